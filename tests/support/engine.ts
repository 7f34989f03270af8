/** The engine this test page runs in (the same names as scripts/engines.mjs and the ENGINE variable). */
export type Engine = 'chromium' | 'firefox' | 'webkit';

const ua = navigator.userAgent;
export const engine: Engine = /Firefox\//.test(ua) ? 'firefox' : /Chrome\/|Chromium\//.test(ua) ? 'chromium' : 'webkit';

/**
 * Skips the running test outside `engines`, naming the reason in its title so `npm test`'s summary says what
 * was skipped where and why. Call first thing in a `function () {}` test (not an arrow: it needs mocha's `this`).
 */
export function onlyIn(context: Mocha.Context, engines: Engine[], why: string): void {
  if (engines.includes(engine)) return;
  if (context.test) context.test.title += ` [skipped in ${engine}: ${why}]`;
  context.skip();
}
