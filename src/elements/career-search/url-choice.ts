/**
 * Keeping a search's choice in the page URL (`?career=29-2072`): a shared link restores it, and each choice is a
 * history entry, so the back button steps back through them. Other query parameters and the hash are kept.
 */
const CODE = /^\d\d-\d{4}(\.\d\d)?$/;

/** The code in `param` of the current URL, or null when absent or not a code (the URL is visitor input). */
export function readUrlChoice(param: string): string | null {
  const value = new URL(location.href).searchParams.get(param)?.trim() ?? '';
  return CODE.test(value) ? value : null;
}

/** Adds a history entry with `param` set to `code` (none when the URL already says so). */
export function pushUrlChoice(param: string, code: string): void {
  const url = new URL(location.href);
  if (url.searchParams.get(param) === code) return;
  url.searchParams.set(param, code);
  history.pushState(history.state, '', url);
}
