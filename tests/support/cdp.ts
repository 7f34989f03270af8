import {executeServerCommand} from '@web/test-runner-commands';

/** See tests/support/cdp-plugin.mjs. Each resolves to false where the engine has no DevTools protocol. */
export interface MediaFeature {
  name: string;
  value: string;
}

const run = async (command: string, payload?: unknown): Promise<boolean> =>
  ((await executeServerCommand<{supported: boolean}, unknown>(command, payload)) ?? {supported: false}).supported;

export const emulateMedia = (options: {media?: string; features?: MediaFeature[]}) => run('cdp-emulate-media', options);
export const resetMedia = () => run('cdp-emulate-media', {media: '', features: []});
export const zoom = (factor: number, width = 640, height = 800) => run('cdp-zoom', {factor, width, height});
export const resetZoom = () => run('cdp-reset-zoom');

/** What the DevTools protocol says of the page's memory, right after forcing garbage collection. */
export interface MemorySample {
  heapUsed: number;
  heapTotal: number;
  documents: number;
  nodes: number;
  jsEventListeners: number;
  /** Live objects of the custom element class named by `tag` (null when no tag was given). */
  instances: number | null;
}

/** Forces GC and samples heap and DOM counters (and `tag`'s live instances); null without the DevTools protocol. */
export async function memoryAfterGc(tag?: string): Promise<MemorySample | null> {
  const result = await executeServerCommand<MemorySample & {supported: boolean}, unknown>('cdp-memory', {tag});
  if (!result?.supported) return null;
  const {supported: _, ...sample} = result;
  return sample;
}
