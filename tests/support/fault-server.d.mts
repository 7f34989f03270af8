/** The strict host page's Content-Security-Policy (the one docs/SECURITY.md recommends). */
export const STRICT_CSP: string;
export function faultServer(): {plugin: unknown; middleware: unknown};
