/**
 * The visitor's shortlist of compared careers, kept in `localStorage` under one key per list name. Storage may
 * be missing (disabled, a sandboxed frame, Safari's private mode quota) or hold anything (an older version, a
 * hand edit, another script's value under our key): every read is validated and every failure means "nothing
 * saved", never an exception in the host page.
 */
const PREFIX = 'career-widgets:compare:';
/** Outside PREFIX, so no list name (`shortlist="probe"`) can ever be the key the probe writes and removes. */
const PROBE_KEY = 'career-widgets:storage-probe';
const CODE = /^\d\d-\d{4}(?:\.\d\d)?$/;

const keyFor = (name: string) => PREFIX + (name.trim() || 'shortlist');

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // reading the property itself throws where storage is blocked
  }
}

/** The saved codes, or null when nothing valid is saved (or storage cannot be read). */
export function readShortlist(name: string, max: number): string[] | null {
  let raw: string | null;
  try {
    raw = storage()?.getItem(keyFor(name)) ?? null;
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    const codes = (value as {codes?: unknown})?.codes;
    if ((value as {v?: unknown}).v !== 1 || !Array.isArray(codes)) return null;
    const valid = [...new Set(codes.filter((c): c is string => typeof c === 'string' && CODE.test(c)))].slice(0, max);
    return valid.length ? valid : null;
  } catch {
    return null;
  }
}

/** Saves the codes (an empty list removes the entry); false when the browser does not let us. */
export function writeShortlist(name: string, codes: readonly string[]): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (codes.length) store.setItem(keyFor(name), JSON.stringify({v: 1, codes}));
    else store.removeItem(keyFor(name));
    return true;
  } catch {
    return false; // quota exceeded, or storage blocked after the fact
  }
}

/** Whether saving works here at all, asked once so the widget can say so beside the list. */
export function canSaveShortlist(): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(PROBE_KEY, '1');
    store.removeItem(PROBE_KEY);
    return true;
  } catch {
    return false;
  }
}
