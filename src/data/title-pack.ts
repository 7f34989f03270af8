/**
 * The packing of `search.json`'s titles: written by the pipeline (`packTitles`), read by the data layer
 * (`unpackTitles`). It is part of the dataset format, like `dataset-types.ts`, which is why both sides share
 * this one module: a change here changes the format, and the round-trip test catches a mismatch.
 *
 * Why a packing at all: ~57,000 alternate and reported titles as plain JSON strings are ~295 KB gzip; the same
 * titles as token numbers into one token list, front-coded per occupation, are ~230 KB. A title is split into
 * tokens: words (letters, digits, `'`, `.`, `&`) and the separators between them (`, `, ` (`, `)`, `-`, ...).
 * A single space between two words is implied, so it is not stored. Tokens are numbered by frequency (the
 * 1,000 most frequent first, then the rest in code-unit order) and written in a JSON-safe base-90 alphabet:
 * 1 character for the first 56 numbers, 2 for the next 2,700, 3 for the rest. An occupation's titles are
 * sorted; each starts with one digit, the number of leading tokens it shares with the title before it (0-9),
 * then the numbers of its other tokens. Titles are separated by `|`.
 */

/** JSON-safe characters other than `|` (the title separator): `#` to `~` without the backslash. */
const ALPHABET = [...Array(92)]
  .map((_, i) => String.fromCharCode(35 + i))
  .filter((c) => c !== '\\' && c !== '|')
  .join('');
const BASE = ALPHABET.length; // 90
const ONE = 56; // lead characters [0, 56) stand alone
const TWO = 86; // [56, 86) lead a 2-character number, [86, 90) a 3-character one
const CAPACITY = ONE + (TWO - ONE) * BASE + (BASE - TWO) * BASE * BASE;
/** Character code -> digit value, -1 for characters outside the alphabet. */
const DIGIT_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE; i++) DIGIT_OF[ALPHABET.charCodeAt(i)] = i;
const digitAt = (text: string, i: number): number => {
  const code = text.charCodeAt(i);
  return code < 128 ? DIGIT_OF[code]! : -1;
};

/** Words and separators of a title; `joinTokens` gives the title back exactly. */
const WORD = /[\p{L}\p{N}'.&]+/gu;
const WORD_ONLY = /^[\p{L}\p{N}'.&]+$/u;

export function splitTokens(title: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const match of title.matchAll(WORD)) {
    const separator = title.slice(last, match.index);
    if (separator !== '' && separator !== ' ') out.push(separator);
    out.push(match[0]);
    last = match.index + match[0].length;
  }
  if (last < title.length) out.push(title.slice(last));
  return out;
}

export const isWordToken = (token: string) => WORD_ONLY.test(token);

export function joinTokens(tokens: readonly string[]): string {
  let out = '';
  tokens.forEach((token, i) => {
    if (i > 0 && isWordToken(token) && isWordToken(tokens[i - 1]!)) out += ' ';
    out += token;
  });
  return out;
}

function encodeNumber(n: number): string {
  if (n < ONE) return ALPHABET[n]!;
  let rest = n - ONE;
  const twoCount = (TWO - ONE) * BASE;
  if (rest < twoCount) return ALPHABET[ONE + Math.floor(rest / BASE)]! + ALPHABET[rest % BASE]!;
  rest -= twoCount;
  return ALPHABET[TWO + Math.floor(rest / (BASE * BASE))]! + ALPHABET[Math.floor(rest / BASE) % BASE]! + ALPHABET[rest % BASE]!;
}

const TOP_BY_FREQUENCY = 1_000;
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The fields of `search.json` (and of the first tier and a vocabulary file) that hold the titles. */
export interface PackedTitles {
  tokens: string;
  titles: string[];
  /** Per occupation, one digit 0-3 per title in the packed order: how strongly the title belongs to it. */
  strength?: string[];
}

/**
 * Titles per occupation (index order) -> the `tokens` and `titles` fields of `search.json`; with `strengths`
 * (a number 0-3 per title, parallel to `lists`) also `strength`, reordered as the titles are.
 */
export function packTitles(lists: readonly (readonly string[])[], strengths?: readonly (readonly number[])[]): PackedTitles {
  const orders = lists.map((list) => [...list.keys()].sort((a, b) => byCodeUnit(list[a]!, list[b]!)));
  const split = lists.map((list, i) => orders[i]!.map((k) => splitTokens(list[k]!)));
  const frequency = new Map<string, number>();
  for (const list of split) for (const tokens of list) for (const t of tokens) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const ranked = [...frequency].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0])).map(([t]) => t);
  const order = [...ranked.slice(0, TOP_BY_FREQUENCY), ...ranked.slice(TOP_BY_FREQUENCY).sort(byCodeUnit)];
  if (order.length > CAPACITY) throw new Error(`search index: ${order.length} distinct tokens, the packing holds ${CAPACITY}`);
  for (const t of order) if (t.includes('\n')) throw new Error(`search index: token ${JSON.stringify(t)} holds a line break`);
  const number = new Map(order.map((t, i) => [t, encodeNumber(i)]));
  const titles = split.map((list) => {
    let previous: string[] = [];
    return list
      .map((tokens) => {
        let shared = 0;
        while (shared < 9 && shared < previous.length && shared < tokens.length && previous[shared] === tokens[shared]) shared++;
        previous = tokens;
        return (
          String(shared) +
          tokens
            .slice(shared)
            .map((t) => number.get(t))
            .join('')
        );
      })
      .join('|');
  });
  if (!strengths) return {tokens: order.join('\n'), titles};
  const strength = orders.map((keys, i) =>
    keys
      .map((k) => {
        const value = strengths[i]?.[k];
        if (value === undefined || !Number.isInteger(value) || value < 0 || value > 3)
          throw new Error(`search index: title ${JSON.stringify(lists[i]![k])} has no strength 0-3`);
        return String(value);
      })
      .join(''),
  );
  return {tokens: order.join('\n'), titles, strength};
}

/** Every title of `search.json`, flat (one allocation per array, not one per title: 57,000 titles load fast). */
export interface UnpackedTitles {
  /** Per title: the index position of its occupation. */
  occupation: Int32Array;
  /** Title `i`'s token numbers are `ids[start[i] .. start[i + 1])`. */
  start: Int32Array;
  ids: Int32Array;
}

/**
 * `search.json`'s `titles` -> every title as token numbers into `tokens.split('\n')`, in order.
 * Throws on a malformed entry (a number outside the token list, a shared count longer than the previous title).
 */
export function unpackTitles(packed: readonly string[], tokenCount: number): UnpackedTitles {
  const steps = unpackTitlesInSlices(packed, tokenCount);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `unpackTitles` as steps: it pauses (`yield`) after every `slice` occupations, so a page can run in between. */
export function* unpackTitlesInSlices(packed: readonly string[], tokenCount: number, slice = 100): Generator<void, UnpackedTitles, void> {
  const occupation: number[] = [];
  const start: number[] = [];
  const ids: number[] = [];
  for (let position = 0; position < packed.length; position++) {
    if (position % slice === slice - 1) yield;
    const entry = packed[position]!;
    if (entry === '') continue;
    let previous = -1;
    let previousLength = 0;
    for (let i = 0; i < entry.length;) {
      const shared = entry.charCodeAt(i) - 48;
      if (!(shared >= 0 && shared <= 9) || shared > previousLength) throw new Error(`titles[${position}]: bad shared-token count`);
      const begin = ids.length;
      occupation.push(position);
      start.push(begin);
      for (let k = 0; k < shared; k++) ids.push(ids[previous + k]!);
      for (i += 1; i < entry.length && entry.charCodeAt(i) !== 124 /* | */;) {
        const lead = digitAt(entry, i);
        let n = -1;
        if (lead >= 0 && lead < ONE) {
          n = lead;
          i += 1;
        } else if (lead >= ONE && lead < TWO) {
          n = ONE + (lead - ONE) * BASE + checked(digitAt(entry, i + 1));
          i += 2;
        } else if (lead >= TWO) {
          n = ONE + (TWO - ONE) * BASE + (lead - TWO) * BASE * BASE + checked(digitAt(entry, i + 1)) * BASE + checked(digitAt(entry, i + 2));
          i += 3;
        }
        if (!(n >= 0 && n < tokenCount)) throw new Error(`titles[${position}]: token number out of range`);
        ids.push(n);
      }
      i += 1; // the separator
      previous = begin;
      previousLength = ids.length - begin;
    }
  }
  start.push(ids.length);
  return {occupation: Int32Array.from(occupation), start: Int32Array.from(start), ids: Int32Array.from(ids)};
}

/**
 * `strength` (one digit per title, per occupation) -> one number per title of `unpackTitles`, in its order; 0-3.
 * Throws when an occupation's digits do not match its title count.
 */
export function unpackStrength(strength: readonly string[], titles: UnpackedTitles): Uint8Array {
  const out = new Uint8Array(titles.occupation.length);
  let t = 0;
  strength.forEach((digits, position) => {
    for (let k = 0; k < digits.length; k++, t++) {
      const value = digits.charCodeAt(k) - 48;
      if (titles.occupation[t] !== position || !(value >= 0 && value <= 3)) throw new Error(`strength[${position}]: not one digit per title`);
      out[t] = value;
    }
  });
  if (t !== out.length) throw new Error('strength: not one digit per title');
  return out;
}

/** Per occupation (index position), its titles as text: for the pipeline's checks and for tests. */
export function unpackTitleLists(packed: readonly string[], tokens: readonly string[]): string[][] {
  const {occupation, start, ids} = unpackTitles(packed, tokens.length);
  const lists: string[][] = packed.map(() => []);
  for (let t = 0; t < occupation.length; t++) {
    lists[occupation[t]!]!.push(joinTokens([...ids.subarray(start[t]!, start[t + 1]!)].map((n) => tokens[n]!)));
  }
  return lists;
}

/** A missing or foreign continuation character makes the whole number invalid. */
const checked = (digit: number) => (digit < 0 ? Number.NaN : digit);
