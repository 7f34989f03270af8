/**
 * Evaluated just before Lit's hydration support (see hydration.ts), which sets a global hook as it loads: this keeps
 * whatever the page had there, so that hydration.ts can put it back.
 */
export const pageHydrationHook: unknown = (globalThis as {litElementHydrateSupport?: unknown}).litElementHydrateSupport;
