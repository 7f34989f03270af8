/**
 * The English catalog as one object that grows as code arrives: the strings every element shares
 * (`messages.ts`, in the entry) and each element's own part (`messages/<name>.ts`, in its chunk), which adds
 * itself here when it loads. Other catalogs in use borrow English for what they lack, parts loaded later included.
 *
 * It imports nothing: the parts add themselves here without an import path back through `messages.ts` (which
 * types the whole catalog from the parts) or `i18n.ts` (which loads the other catalogs).
 */
export const english: object = {};

/** Catalogs of other languages in use, which take English for what they have no text of their own for. */
const borrowing = new Set<object>();

/** Adds English strings to the English catalog, and to catalogs in use where they have no text of their own. */
export function addEnglish(part: object): void {
  fillFrom(english, part);
  for (const catalog of borrowing) fillFrom(catalog, part);
}

/** Fills `catalog`'s gaps with English, now and whenever more English arrives with an element's code. */
export function borrowEnglish(catalog: object): void {
  if (catalog === english) return;
  fillFrom(catalog, english);
  borrowing.add(catalog);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Copies into `target` what it lacks of `source`, key by key, nested groups (`sections.overview`) included. */
export function fillFrom(target: object, source: object): void {
  const into = target as Record<string, unknown>;
  for (const [name, value] of Object.entries(source)) {
    const own = into[name];
    if (own === undefined) into[name] = isRecord(value) ? {...value} : value;
    else if (isRecord(own) && isRecord(value)) fillFrom(own, value);
  }
}
