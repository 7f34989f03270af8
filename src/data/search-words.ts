/**
 * How the title search reads words: what counts as the same word (case, accents, punctuation and English plurals
 * aside), the words that say nothing (stop words), and a typo's distance. Shared by the matcher, the vocabulary
 * compiler and the pipeline (which ranks titles by the same notion of "the same title").
 */
import {isWordToken, splitTokens} from './title-pack.js';

/** English words that say nothing about a job. A vocabulary adds its language's own. */
export const STOPWORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Lower case, no accents or punctuation. */
export function plainWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Lower case, no accents or punctuation, singular: how query words and title words are compared. */
export function normalizeWord(word: string): string {
  return singular(plainWord(word));
}

function singular(plain: string): string {
  if (plain.length <= 3) return plain;
  if (plain.endsWith('ies')) return `${plain.slice(0, -3)}y`;
  if (/(ch|sh|x|ss|z)es$/.test(plain)) return plain.slice(0, -2);
  return /[^isu]s$/.test(plain) ? plain.slice(0, -1) : plain;
}

/**
 * Other singulars a word may have in a vocabulary's language, beyond the English rule of `normalizeWord`: Spanish
 * plurals in `-es` after a consonant (`profesores` -> `profesor`, `jueces` -> `juez`). Only for languages whose
 * plurals the English rule misses; a host language lists its plural forms in its vocabulary instead.
 */
export function languageSingulars(word: string, lang: string): string[] {
  if (lang.split('-')[0]!.toLowerCase() !== 'es') return [];
  const plain = plainWord(word);
  if (plain.length <= 4) return [];
  if (plain.endsWith('ces')) return [`${plain.slice(0, -3)}z`];
  if (/[^aeiou]es$/.test(plain)) return [plain.slice(0, -2)];
  return [];
}

/**
 * A title as the search compares whole titles: its words normalized, without stop words, in order
 * (`Registered Nurses` and `registered nurse` are one title; so are `Cashier` and `Cashiers`).
 */
export function titleKey(title: string, stopwords: ReadonlySet<string> = STOPWORDS): string {
  return splitTokens(title)
    .filter(isWordToken)
    .map(normalizeWord)
    .filter((w) => w && !stopwords.has(w))
    .join(' ');
}

const rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance (typos incl. swapped letters) between `a` and the first `bLength`
 * characters of `b`, giving up above `max`.
 */
export function editDistance(a: string, b: string, max: number, bLength = b.length): number {
  const n = Math.min(bLength, b.length);
  if (Math.abs(a.length - n) > max) return max + 1;
  if (n >= rows[0]!.length) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(n + 1);
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}
