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
