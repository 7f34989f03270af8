/** Groups items by key, keeping each group's items in input order. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Plain code-unit comparison: locale-independent, so output order never depends on the machine. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A title as one line of text: runs of spaces (the CIP crosswalk has "American  History"), tabs or line breaks
 * become one space, and the ends are trimmed. Every parser applies it to the titles it reads.
 */
export function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** Parses a published number; throws on anything else, naming the context, so bad input never becomes 0. */
export function num(value: string, context: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new Error(`${context}: not a number: ${JSON.stringify(value)}`);
  return n;
}

/** Checks that a table has the columns a parser relies on, so a changed release fails loudly. */
export function requireColumns(header: string[], columns: string[], file: string): void {
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length) throw new Error(`${file}: missing column(s) ${missing.map((c) => JSON.stringify(c)).join(', ')}`);
}
