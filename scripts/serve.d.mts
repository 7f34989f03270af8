import type {Server} from 'node:http';

/** The repository's root folder. */
export const ROOT: string;
/** Serves `root` on `port` (0: any free port; a taken port falls back to a free one). */
export function startServer(options?: {root?: string; port?: number}): Promise<{server: Server; port: number; close: () => Promise<void>}>;
