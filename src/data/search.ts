/**
 * Finding occupations by job title: a pure, DOM-free matcher over the index's occupation titles and the search
 * index's ~57,000 alternate and reported titles. Built once per dataset (`Dataset.searcher()`), then each call of
 * `search()` is one keystroke.
 *
 * Why not a search library: MiniSearch, uFuzzy and FlexSearch were measured on these titles (see
 * `benchmarks/results.md`): MiniSearch ranks well but needs about a second to index 58,000 titles and its short
 * prefixes ("me", "re") take tens of milliseconds; uFuzzy scans every title per keystroke (5-12 ms); FlexSearch
 * misses most typos. The titles already arrive as numbered tokens, so an inverted index over them costs ~20 ms
 * to build and a keystroke touches only the titles holding a matching word.
 *
 * Matching, per query word: the same word (singular or plural alike), a word it begins (for the word being
 * typed), or, from four letters on, a word one typo away (two from eight letters; same first letter), with
 * decreasing weight. A title matches when it holds every query word in any order; when too few do, titles
 * holding all but one follow. Ranking: how much of the title the query covers (an exact title first), the
 * occupation's own title before an alternate one, how many of the occupation's titles match, then how many
 * people do the work (national employment), then code order.
 */
import type {DatasetIndex, IndexEntry, SearchIndex} from './dataset-types.js';
import {MIN_QUERY_LENGTH, type SearchOptions, type SearchResult} from './search-types.js';
import {isWordToken, joinTokens, splitTokens, unpackTitles} from './title-pack.js';

export {MIN_QUERY_LENGTH, type SearchField, type SearchHit, type SearchOptions, type SearchResult} from './search-types.js';

const STOPWORDS = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
const CODE_QUERY = /^\d{2}(-\d{0,4}(\.\d{0,2})?)?$|^\d{2,6}$/;

/** Lower case, no accents or punctuation, singular: how query words and title words are compared. */
export function normalizeWord(word: string): string {
  const plain = word.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/g, '');
  if (plain.length <= 3) return plain;
  if (plain.endsWith('ies')) return `${plain.slice(0, -3)}y`;
  if (/(ch|sh|x|ss|z)es$/.test(plain)) return plain.slice(0, -2);
  return /[^isu]s$/.test(plain) ? plain.slice(0, -1) : plain;
}

/** The words of a query, normalized, without stop words (unless nothing else is left). */
function queryWords(query: string): string[] {
  const words = query.split(/[^\p{L}\p{N}]+/u).map(normalizeWord).filter(Boolean);
  const content = words.filter((w) => !STOPWORDS.has(w));
  return content.length ? content : words;
}

interface Candidate {
  term: number;
  weight: number;
  /** Characters of the title word to mark: the whole word, or only the typed beginning. */
  prefix: number;
}

/** An index built once per dataset: every title, its words as term numbers, and who holds each term. */
export class TitleMatcher {
  readonly #entries: readonly IndexEntry[];
  /** Normalized terms, sorted, so a prefix is a range and a first letter a bucket. */
  readonly #terms: string[];
  readonly #termId = new Map<string, number>();
  /** Per token of the token list (search.json's plus the occupation titles'): term number, or -1. */
  readonly #tokenTerm: Int32Array;
  readonly #tokens: string[];
  /** Documents: 0..n-1 are the occupations' own titles, then every alternate title; doc d's token numbers are #docIds[#docStart[d] .. #docStart[d+1]). */
  readonly #docOccupation: Int32Array;
  readonly #docStart: Int32Array;
  readonly #docIds: Int32Array;
  readonly #docTermCount: Uint8Array;
  /** Postings (CSR): documents holding term t are #postings[#postingStart[t] .. #postingStart[t+1]). */
  readonly #postingStart: Int32Array;
  readonly #postings: Int32Array;
  readonly #prior: Float32Array;
  // Per-search scratch, reused between keystrokes (no garbage per keystroke to collect).
  readonly #mask: Uint32Array;
  readonly #score: Float32Array;
  readonly #touched: Int32Array;
  readonly #bestScore: Float32Array;
  readonly #bestDoc: Int32Array;
  readonly #bestComplete: Uint8Array;
  readonly #matches: Uint16Array;
  readonly #candidateCache = new Map<string, Candidate[]>();

  constructor(index: DatasetIndex, search: SearchIndex) {
    if (search.datasetVersion !== index.datasetVersion || search.titles.length !== index.occupations.length) {
      throw new Error(`search.json (${search.datasetVersion}) does not belong to index.json (${index.datasetVersion})`);
    }
    this.#entries = index.occupations;
    const tokens = search.tokens.split('\n');
    const tokenIndex = new Map(tokens.map((t, i) => [t, i]));
    const alternates = unpackTitles(search.titles, tokens.length);
    const own = index.occupations.map((e) =>
      splitTokens(e.title).map((t) => {
        let id = tokenIndex.get(t);
        if (id === undefined) tokenIndex.set(t, (id = tokens.push(t) - 1));
        return id;
      }),
    );
    this.#tokens = tokens;

    // Terms: the normalized words of all tokens.
    const termOfToken = tokens.map((t) => (isWordToken(t) ? normalizeWord(t) : ''));
    this.#terms = [...new Set(termOfToken.filter((t) => t && !STOPWORDS.has(t)))].sort();
    this.#terms.forEach((t, i) => this.#termId.set(t, i));
    this.#tokenTerm = Int32Array.from(termOfToken, (t) => this.#termId.get(t) ?? -1);

    // Documents, flat: the occupations' own titles (0..n-1), then every alternate title.
    const ownCount = own.reduce((n, ids) => n + ids.length, 0);
    const docCount = own.length + alternates.occupation.length;
    this.#docOccupation = new Int32Array(docCount);
    this.#docStart = new Int32Array(docCount + 1);
    this.#docIds = new Int32Array(ownCount + alternates.ids.length);
    let at = 0;
    own.forEach((ids, i) => {
      this.#docOccupation[i] = i;
      this.#docStart[i] = at;
      this.#docIds.set(ids, at);
      at += ids.length;
    });
    this.#docOccupation.set(alternates.occupation, own.length);
    this.#docIds.set(alternates.ids, ownCount);
    for (let t = 0; t <= alternates.occupation.length; t++) this.#docStart[own.length + t] = ownCount + alternates.start[t]!;

    // Distinct terms per document, counted, then the postings filled (two passes, no per-title allocation).
    const termCount = this.#terms.length;
    this.#docTermCount = new Uint8Array(docCount);
    const start = new Int32Array(termCount + 1);
    const seen = new Int32Array(termCount);
    const eachTerm = (visit: (term: number, doc: number) => void) => {
      seen.fill(-1);
      for (let doc = 0; doc < docCount; doc++) {
        for (let p = this.#docStart[doc]!, end = this.#docStart[doc + 1]!; p < end; p++) {
          const term = this.#tokenTerm[this.#docIds[p]!]!;
          if (term < 0 || seen[term] === doc) continue;
          seen[term] = doc;
          visit(term, doc);
        }
      }
    };
    eachTerm((term, doc) => {
      start[term + 1]!++;
      if (this.#docTermCount[doc]! < 255) this.#docTermCount[doc]!++;
    });
    for (let t = 1; t <= termCount; t++) start[t]! += start[t - 1]!;
    this.#postingStart = start.slice();
    this.#postings = new Int32Array(start[termCount]!);
    eachTerm((term, doc) => (this.#postings[start[term]!++] = doc));

    // How many people do the work, as a gentle tie-breaker (1.0 to ~1.35).
    this.#prior = Float32Array.from(search.employment, (e) => 1 + 0.05 * Math.log10(1 + (e ?? 0)));
    this.#mask = new Uint32Array(docCount);
    this.#score = new Float32Array(docCount);
    this.#touched = new Int32Array(docCount);
    const occupationCount = index.occupations.length;
    this.#bestScore = new Float32Array(occupationCount);
    this.#bestDoc = new Int32Array(occupationCount).fill(-1);
    this.#bestComplete = new Uint8Array(occupationCount);
    this.#matches = new Uint16Array(occupationCount);
  }

  /** Number of titles searched (own and alternate). */
  get size(): number {
    return this.#docOccupation.length;
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const limit = options.limit ?? 8;
    const trimmed = query.trim();
    if (trimmed.length < MIN_QUERY_LENGTH) return {query, hits: [], total: 0};
    if (CODE_QUERY.test(trimmed)) return this.#searchCode(query, trimmed, limit, options.filter);
    const words = queryWords(trimmed).slice(0, 8);
    if (!words.length) return {query, hits: [], total: 0};
    // The last word is still being typed unless the query ends in a space.
    const typing = !/\s$/.test(query);
    const candidates = words.map((w, i) => this.#candidates(w, typing && i === words.length - 1));
    return this.#rank(query, words.length, candidates, limit, options.filter);
  }

  /** A better-spelled query when nothing matches: each unknown word replaced by the nearest common word. */
  suggest(query: string): string | null {
    const words = query.trim().split(/\s+/).filter(Boolean);
    let changed = false;
    const fixed = words.map((word) => {
      const w = normalizeWord(word);
      if (!w || STOPWORDS.has(w) || this.#termId.has(w) || this.#prefixRange(w)[1] > this.#prefixRange(w)[0]) return word;
      let best: string | null = null;
      let bestScore = Infinity;
      for (let t = 0; t < this.#terms.length; t++) {
        const term = this.#terms[t]!;
        if (Math.abs(term.length - w.length) > 2) continue;
        const d = editDistance(w, term, 2);
        const score = d * 1e6 - this.#postingLength(t);
        if (d <= 2 && score < bestScore) (best = term), (bestScore = score);
      }
      if (best === null) return word;
      changed = true;
      return best;
    });
    return changed ? fixed.join(' ') : null;
  }

  /** The title of a document, as it reads. */
  #text(doc: number): string {
    return joinTokens([...this.#docIds.subarray(this.#docStart[doc]!, this.#docStart[doc + 1]!)].map((id) => this.#tokens[id]!));
  }

  #postingLength(term: number): number {
    return this.#postingStart[term + 1]! - this.#postingStart[term]!;
  }

  /** Terms in `[from, to)` start with `prefix`. */
  #prefixRange(prefix: string): [number, number] {
    const terms = this.#terms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < terms.length && terms[end]!.startsWith(prefix)) end++;
    return [lo, end];
  }

  /** Terms a query word may stand for, best first; cached, as each keystroke repeats the earlier words. */
  #candidates(word: string, typing: boolean): Candidate[] {
    const key = `${typing ? '>' : '='}${word}`;
    const cached = this.#candidateCache.get(key);
    if (cached) return cached;
    const found = new Map<number, Candidate>();
    const add = (term: number, weight: number, prefix: number) => {
      const had = found.get(term);
      if (!had || had.weight < weight) found.set(term, {term, weight, prefix});
    };
    const exact = this.#termId.get(word);
    if (exact !== undefined) add(exact, 1, 0);
    if (typing) {
      const [from, to] = this.#prefixRange(word);
      for (let t = from; t < to; t++) add(t, 0.5 + 0.4 * (word.length / this.#terms[t]!.length), word.length);
    }
    if (word.length >= 4) {
      const maxEdits = word.length >= 8 ? 2 : 1;
      const [from, to] = this.#prefixRange(word[0]!);
      for (let t = from; t < to; t++) {
        const term = this.#terms[t]!;
        if (found.has(t)) continue;
        if (Math.abs(term.length - word.length) <= maxEdits) {
          const d = editDistance(word, term, maxEdits);
          if (d <= maxEdits) {
            add(t, d === 1 ? 0.6 : 0.45, 0);
            continue;
          }
        }
        // A typo in the word being typed: compare with the term's beginning of about the same length.
        if (typing && term.length > word.length) {
          const d = editDistance(word, term, 1, word.length);
          if (d <= 1) add(t, 0.4, word.length);
        }
      }
    }
    const list = [...found.values()].sort((a, b) => b.weight - a.weight || a.term - b.term);
    if (this.#candidateCache.size > 500) this.#candidateCache.clear();
    this.#candidateCache.set(key, list);
    return list;
  }

  #rank(query: string, wordCount: number, candidates: Candidate[][], limit: number, filter?: (e: IndexEntry) => boolean): SearchResult {
    const mask = this.#mask;
    const score = this.#score;
    const touched = this.#touched;
    let touchedCount = 0;
    candidates.forEach((list, j) => {
      const bit = 1 << j;
      // Best weight first, so a document's first hit for this word is its best.
      for (const {term, weight} of list) {
        for (let p = this.#postingStart[term]!, end = this.#postingStart[term + 1]!; p < end; p++) {
          const doc = this.#postings[p]!;
          const m = mask[doc]!;
          if (m & bit) continue;
          if (m === 0) touched[touchedCount++] = doc;
          mask[doc] = m | bit;
          score[doc]! += weight;
        }
      }
    });
    // Per occupation: its best title (score, document, complete) and how many of its titles match fully.
    const full = (1 << wordCount) - 1;
    const occupations: number[] = [];
    const bestScore = this.#bestScore;
    const bestDoc = this.#bestDoc;
    const bestComplete = this.#bestComplete;
    const matches = this.#matches;
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i]!;
      const m = mask[doc]!;
      const sum = score[doc]!;
      mask[doc] = 0;
      score[doc] = 0;
      const complete = m === full;
      const matched = popcount(m);
      if (!complete && !(wordCount > 1 && matched === wordCount - 1)) continue;
      const occupation = this.#docOccupation[doc]!;
      if (filter && !filter(this.#entries[occupation]!)) continue;
      const s = this.#docScore(doc, matched, sum / wordCount, complete);
      if (bestDoc[occupation] === -1) {
        occupations.push(occupation);
        bestScore[occupation] = -1;
        matches[occupation] = 0;
      }
      if (complete) matches[occupation]!++;
      if (s > bestScore[occupation]!) {
        bestScore[occupation] = s;
        bestDoc[occupation] = doc;
        bestComplete[occupation] = complete ? 1 : 0;
      }
    }
    const ranked = occupations.map((occupation) => {
      const extra = Math.min(5, Math.max(0, matches[occupation]! - 1)); // more matching titles: more likely meant
      const result = {
        occupation,
        doc: bestDoc[occupation]!,
        complete: bestComplete[occupation] === 1,
        final: bestScore[occupation]! * (1 + 0.04 * extra) * this.#prior[occupation]!,
      };
      bestDoc[occupation] = -1;
      return result;
    });
    ranked.sort((a, b) => Number(b.complete) - Number(a.complete) || b.final - a.final || a.occupation - b.occupation);
    const hits = ranked.slice(0, limit).map(({occupation, doc, complete}) => {
      const text = this.#text(doc);
      return {
        entry: this.#entries[occupation]!,
        position: occupation,
        field: doc < this.#entries.length ? ('title' as const) : ('alternate' as const),
        text,
        marks: this.#marks(text, candidates),
        complete,
      };
    });
    return {query, hits, total: ranked.length};
  }

  /** How well one title matches: the words' weights, how much of the title they cover, exact and own-title bonuses. */
  #docScore(doc: number, matched: number, weight: number, complete: boolean): number {
    const terms = this.#docTermCount[doc]! || 1;
    let s = weight * (0.6 + 0.4 * Math.min(1, matched / terms));
    if (complete && weight === 1 && matched >= terms) s *= 1.5; // the exact title
    if (doc < this.#entries.length) s *= 1.2; // the occupation's own title
    return complete ? s : s * 0.5;
  }

  /** Ranges of `text` whose words matched a query word: whole words, or the typed beginning of a prefix match. */
  #marks(text: string, candidates: Candidate[][]): [number, number][] {
    const marks: [number, number][] = [];
    for (const match of text.matchAll(/[\p{L}\p{N}'.&]+/gu)) {
      const term = this.#termId.get(normalizeWord(match[0]));
      if (term === undefined) continue;
      let length = 0;
      for (const list of candidates) {
        const c = list.find((x) => x.term === term);
        if (c) length = Math.max(length, c.prefix ? Math.min(c.prefix, match[0].length) : match[0].length);
      }
      if (length) marks.push([match.index, match.index + length]);
    }
    return marks;
  }

  #searchCode(query: string, code: string, limit: number, filter?: (e: IndexEntry) => boolean): SearchResult {
    // `292072` reads as `29-2072`; the dash is optional as in the data layer's own code pattern.
    const wanted = /^\d{3,}$/.test(code) ? `${code.slice(0, 2)}-${code.slice(2)}` : code;
    const matches = this.#entries
      .map((entry, position) => ({entry, position}))
      .filter(({entry}) => entry.code.startsWith(wanted) && (!filter || filter(entry)));
    const hits = matches.slice(0, limit).map(({entry, position}) => ({
      entry,
      position,
      field: 'code' as const,
      text: entry.code,
      marks: [[0, wanted.length]] as [number, number][],
      complete: true,
    }));
    return {query, hits, total: matches.length};
  }
}

function popcount(n: number): number {
  let count = 0;
  for (; n; n &= n - 1) count++;
  return count;
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
