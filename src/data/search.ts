/**
 * Finding occupations by job title: a pure, DOM-free matcher over the index's occupation titles, the search
 * index's ~57,000 alternate and reported titles (or its first tier), and the words of a language's vocabulary
 * (Spanish, a host's). Built once per dataset and language (`Dataset.searcher()`), then each call of `search()`
 * is one keystroke.
 *
 * Why not a search library: MiniSearch, uFuzzy and FlexSearch were measured on these titles (see
 * `benchmarks/results.md`): MiniSearch ranks well but needs about a second to index 58,000 titles and its short
 * prefixes ("me", "re") take tens of milliseconds; uFuzzy scans every title per keystroke (5-12 ms); FlexSearch
 * misses most typos. The titles already arrive as numbered tokens, so an inverted index over them costs ~20 ms
 * to build and a keystroke touches only the titles holding a matching word.
 *
 * Matching, per query word: the same word (singular or plural alike), a word it begins (for the word being
 * typed), or, from four letters on, a word one typo away (two from eight letters; same first letter), with
 * decreasing weight; rare words count for more than common ones ("hvac" more than "tech"). A title matches when
 * it holds every query word in any order; titles holding all but one follow, if the words they hold are the
 * telling ones.
 *
 * Ranking, per occupation, from its best title: how much of the title the query covers (an exact title first),
 * the occupation's own title (or a name it lists: "Farmers" of "Farmers, Ranchers, and Other Agricultural
 * Managers") before an alternate one, and how firmly O*NET ties an alternate title to this occupation rather than
 * to others holding the same words (`SearchIndex.strength`, from `data/pipeline/title-strength.ts`: "Police" is a
 * secretaries' title from one source, while "police" is in the patrol officers' own title). Then how much of the
 * query's words the occupation holds across all its titles (police officers hold 27 of the 105 titles with
 * "police"), then how many people do the work (national employment), then code order. Results far weaker than
 * the first, and for several words occupations with only a stray title holding them all ("Medical Records Coder"
 * of file clerks, where medical records specialists have sixteen "coder" titles), are left out rather than
 * listed as if they were answers.
 */
import type {DatasetIndex, IndexEntry, SearchIndex, SearchVocabularyIndex} from './dataset-types.js';
import {DatasetError} from './errors.js';
import {MIN_QUERY_LENGTH, type SearchOptions, type SearchResult, type SearchVocabulary} from './search-types.js';
import {compileVocabulary} from './search-vocabulary.js';
import {editDistance, languageSingulars, normalizeWord, STOPWORDS} from './search-words.js';
import {isWordToken, joinTokens, splitTokens, unpackStrength, unpackTitlesInSlices, type PackedTitles} from './title-pack.js';

export {editDistance, normalizeWord, titleKey} from './search-words.js';
export {MIN_QUERY_LENGTH, type SearchField, type SearchHit, type SearchOptions, type SearchResult, type SearchVocabulary} from './search-types.js';

const CODE_QUERY = /^\d{2}(-\d{0,4}(\.\d{0,2})?)?$|^\d{2,6}$/;
/** Titles unpacked, or documents indexed, between two pauses of a build in slices. */
const SLICE_DOCS = 8_000;
/** Set while `TitleMatcher.build()` creates an instance to build in slices. */
let buildingLater = false;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/** Strength of a title in a dataset built before titles had one. */
const DEFAULT_STRENGTH = 2;
/** The strongest tie of a title to an occupation (`SearchIndex.strength`). */
const MAX_STRENGTH = 3;
/** A title's weight at strength 0 (3 is 1): a weakly tied title still matches, behind strongly tied ones. */
const WEAKEST = 0.45;
/**
 * Weight of an occupation's hold on the query's words: of all titles holding a word, the share that are its own,
 * beyond `SPREAD` (a word spread thinly over many occupations, "teacher", leaves the order to the titles).
 */
const HOLD = 1;
const SPREAD = 0.1;
/** Results scoring below this share of the first of their kind (complete, or missing a word) are left out. */
const CUTOFF = 0.25;
/**
 * For a query of several words, a result whose best title is not firmly its own is left out when its titles hold
 * all the words less than this share as firmly as the first result's do.
 */
const TOGETHER = 0.2;
/** A title missing a query word is listed only when the words it holds carry this share of the query's rarity. */
const PARTIAL_SHARE = 0.4;
/** Candidates within this share of a word's best candidate count as the word itself (for rarity and hold). */
const NEAR = 0.9;
/** Most query words looked at. */
const MAX_WORDS = 8;

export interface MatcherOptions {
  /**
   * Words of other languages to search beside the English titles: a dataset's compiled vocabulary
   * (`search-es.json`) or a vocabulary in the source shape (a host catalog's `search`).
   */
  vocabularies?: readonly (SearchVocabularyIndex | SearchVocabulary)[];
}

interface Candidate {
  term: number;
  weight: number;
  /** Characters of the title word to mark: the whole word, or only the typed beginning. */
  prefix: number;
}

/** A packed title list joined into the matcher: its token numbers mapped onto the shared token list. */
interface TitleBlock {
  occupation: Int32Array;
  start: Int32Array;
  ids: Int32Array;
  strength: Uint8Array | null;
  /** 0 for English, else 1 + the vocabulary's place in `#langs`. */
  lang: number;
  /** Parts of the occupations' own titles: as strong as the title. */
  own?: boolean;
}

/** An index built once per dataset: every title, its words as term numbers, and who holds each term. */
export class TitleMatcher {
  #entries!: readonly IndexEntry[];
  #stopwords!: Set<string>;
  /** Languages of the vocabularies searched (their plural rules apply to query words). */
  readonly #langs: string[] = [];
  /** Normalized terms, sorted, so a prefix is a range and a first letter a bucket. */
  #terms!: string[];
  readonly #termId = new Map<string, number>();
  /** Per token of the shared token list: term number, or -1. */
  #tokenTerm!: Int32Array;
  #tokens!: string[];
  /**
   * Documents: 0..n-1 are the occupations' own titles, then every alternate title, then vocabulary words; doc d's
   * token numbers are #docIds[#docStart[d] .. #docStart[d+1]).
   */
  #docOccupation!: Int32Array;
  #docStart!: Int32Array;
  #docIds!: Int32Array;
  #docTermCount!: Uint8Array;
  /** Per document: its weight from its strength (own titles 1). */
  #docWeight!: Float32Array;
  /** Per document: 0 English, else 1 + the place of its vocabulary's language in #langs. */
  #docLang!: Uint8Array;
  /** Documents before this are own titles and their parts ("Farmers" of "Farmers, Ranchers, and Other ..."). */
  #ownEnd!: number;
  /** First document that is not an occupation's own title or an alternate title (vocabulary words follow). */
  #vocabularyStart!: number;
  /** Postings (CSR): documents holding term t are #postings[#postingStart[t] .. #postingStart[t+1]). */
  #postingStart!: Int32Array;
  #postings!: Int32Array;
  #prior!: Float32Array;
  /** Built from a part of the titles (the first tier). */
  #partial!: boolean;
  // Per-search scratch, reused between keystrokes (no garbage per keystroke to collect).
  #mask!: Uint32Array;
  #score!: Float32Array;
  #touched!: Int32Array;
  #bestScore!: Float32Array;
  #bestDoc!: Int32Array;
  #bestComplete!: Uint8Array;
  /** Per occupation and query word: how many of its titles hold the word (`occupation * MAX_WORDS + word`). */
  #held!: Float32Array;
  /** Per occupation: how firmly its titles holding every query word are its own (the sum of their weights). */
  #together!: Float32Array;
  readonly #candidateCache = new Map<string, Candidate[]>();
  /** Targets of a source-shaped vocabulary that named nothing in this dataset (for a console note). */
  readonly unresolved: string[] = [];

  /** Builds the search at once (tests, Node); a page builds it with `TitleMatcher.build()`, in slices. */
  constructor(index: DatasetIndex, search: SearchIndex, options: MatcherOptions = {}) {
    if (buildingLater) return;
    for (const _ of this.#build(index, search, options));
  }

  /**
   * Builds the search in slices, giving the page back its main thread between them (`pause`, default: the next
   * task), so a visitor typing while the full titles are indexed is not kept waiting for ~1 s on a slow phone.
   */
  static async build(index: DatasetIndex, search: SearchIndex, options: MatcherOptions = {}, pause: () => Promise<void> = nextTask): Promise<TitleMatcher> {
    buildingLater = true;
    let matcher: TitleMatcher;
    try {
      matcher = new TitleMatcher(index, search, options);
    } finally {
      buildingLater = false;
    }
    for (const _ of matcher.#build(index, search, options)) await pause();
    return matcher;
  }

  /** The build, as steps: each `yield` is a point where the page may run between slices of the work. */
  *#build(index: DatasetIndex, search: SearchIndex, options: MatcherOptions): Generator<void, void, void> {
    const count = index.occupations.length;
    if (search.datasetVersion !== index.datasetVersion || search.titles.length !== count) {
      throw new Error(`search.json (${search.datasetVersion}) does not belong to index.json (${index.datasetVersion})`);
    }
    this.#entries = index.occupations;
    const tokens: string[] = [];
    const tokenIndex = new Map<string, number>();
    const idOf = (t: string) => {
      let id = tokenIndex.get(t);
      if (id === undefined) tokenIndex.set(t, (id = tokens.push(t) - 1));
      return id;
    };
    // Own titles as searched: without an exclusion ("Janitors and Cleaners, Except Maids ..." is no maid's title).
    const own = index.occupations.map((e) => splitTokens(withoutExcept(e.title)).map(idOf));
    function* block(packed: PackedTitles, lang: number): Generator<void, TitleBlock, void> {
      const local = packed.tokens.split('\n');
      const unpacked = yield* unpackTitlesInSlices(packed.titles, local.length);
      yield;
      const map = Int32Array.from(local, idOf);
      const ids = unpacked.ids.map((id) => map[id]!);
      yield;
      const strength = packed.strength ? unpackStrength(packed.strength, unpacked) : null;
      return {occupation: unpacked.occupation, start: unpacked.start, ids, strength, lang};
    }
    const blocks = [ownParts(index, idOf), yield* block(search, 0)];
    yield;
    this.#stopwords = new Set(STOPWORDS);
    const sources = options.vocabularies ?? [];
    for (const vocabulary of sources) {
      this.#langs.push(vocabulary.lang);
      for (const word of vocabulary.stopwords ?? []) this.#stopwords.add(normalizeWord(word));
    }
    for (const [i, vocabulary] of sources.entries()) {
      if ('entries' in vocabulary) {
        const compiled = compileVocabulary(vocabulary, index.occupations, this.#holders(own, blocks[1]!, tokens));
        this.unresolved.push(...compiled.unresolved);
        blocks.push(yield* block(compiled.packed, i + 1));
        continue;
      }
      if (vocabulary.datasetVersion !== index.datasetVersion || vocabulary.titles.length !== count) {
        throw new Error(`search-${vocabulary.lang}.json (${vocabulary.datasetVersion}) does not belong to index.json (${index.datasetVersion})`);
      }
      blocks.push(yield* block(vocabulary, i + 1));
    }
    this.#tokens = tokens;
    yield;

    // Terms: the normalized words of all tokens.
    const termOfToken = tokens.map((t) => (isWordToken(t) ? normalizeWord(t) : ''));
    yield;
    this.#terms = [...new Set(termOfToken.filter((t) => t && !this.#stopwords.has(t)))].sort();
    this.#terms.forEach((t, i) => this.#termId.set(t, i));
    this.#tokenTerm = Int32Array.from(termOfToken, (t) => this.#termId.get(t) ?? -1);
    yield;

    // Documents, flat: the occupations' own titles (0..n-1), then each block's titles.
    const ownIds = own.reduce((n, ids) => n + ids.length, 0);
    const docCount = count + blocks.reduce((n, b) => n + b.occupation.length, 0);
    this.#docOccupation = new Int32Array(docCount);
    this.#docStart = new Int32Array(docCount + 1);
    this.#docIds = new Int32Array(ownIds + blocks.reduce((n, b) => n + b.ids.length, 0));
    this.#docWeight = new Float32Array(docCount).fill(1);
    this.#docLang = new Uint8Array(docCount);
    let at = 0;
    own.forEach((ids, i) => {
      this.#docOccupation[i] = i;
      this.#docStart[i] = at;
      this.#docIds.set(ids, at);
      at += ids.length;
    });
    let doc = count;
    for (const b of blocks) {
      yield;
      this.#docOccupation.set(b.occupation, doc);
      this.#docIds.set(b.ids, at);
      for (let t = 0; t < b.occupation.length; t++) {
        this.#docStart[doc + t] = at + b.start[t]!;
        this.#docWeight[doc + t] = b.own ? 1 : strengthWeight(b.strength ? b.strength[t]! : DEFAULT_STRENGTH);
        this.#docLang[doc + t] = b.lang;
      }
      doc += b.occupation.length;
      at += b.ids.length;
    }
    this.#docStart[docCount] = at;
    this.#ownEnd = count + blocks[0]!.occupation.length;
    this.#vocabularyStart = this.#ownEnd + blocks[1]!.occupation.length;

    // Distinct terms per document, counted, then the postings filled (two passes, no per-title allocation).
    const termCount = this.#terms.length;
    this.#docTermCount = new Uint8Array(docCount);
    const start = new Int32Array(termCount + 1);
    const seen = new Int32Array(termCount);
    const docStart = this.#docStart;
    const docIds = this.#docIds;
    const tokenTerm = this.#tokenTerm;
    const eachTerm = function* (visit: (term: number, doc: number) => void): Generator<void, void, void> {
      seen.fill(-1);
      for (let d = 0; d < docCount; d++) {
        if (d % SLICE_DOCS === SLICE_DOCS - 1) yield;
        for (let p = docStart[d]!, end = docStart[d + 1]!; p < end; p++) {
          const term = tokenTerm[docIds[p]!]!;
          if (term < 0 || seen[term] === d) continue;
          seen[term] = d;
          visit(term, d);
        }
      }
    };
    const termCounts = this.#docTermCount;
    yield* eachTerm((term, d) => {
      start[term + 1]!++;
      if (termCounts[d]! < 255) termCounts[d]!++;
    });
    for (let t = 1; t <= termCount; t++) start[t]! += start[t - 1]!;
    this.#postingStart = start.slice();
    const postings = (this.#postings = new Int32Array(start[termCount]!));
    yield* eachTerm((term, d) => (postings[start[term]!++] = d));

    // From a part of the titles (the first tier), how much of a word an occupation holds cannot be judged.
    this.#partial = search.partial === true;
    // How many people do the work, as a gentle tie-breaker (1.0 to ~1.35).
    this.#prior = Float32Array.from(search.employment, (e) => 1 + 0.05 * Math.log10(1 + (e ?? 0)));
    this.#mask = new Uint32Array(docCount);
    this.#score = new Float32Array(docCount);
    this.#touched = new Int32Array(docCount);
    this.#bestScore = new Float32Array(count);
    this.#bestDoc = new Int32Array(count).fill(-1);
    this.#bestComplete = new Uint8Array(count);
    this.#held = new Float32Array(count * MAX_WORDS);
    this.#together = new Float32Array(count);
  }

  /** Number of titles searched (own, alternate and vocabulary words). */
  get size(): number {
    return this.#docOccupation.length;
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const limit = options.limit ?? 8;
    const trimmed = query.trim();
    if (trimmed.length < MIN_QUERY_LENGTH) return {query, hits: [], total: 0};
    if (CODE_QUERY.test(trimmed)) return this.#searchCode(query, trimmed, limit, options.filter);
    const words = this.#queryWords(trimmed).slice(0, MAX_WORDS);
    if (!words.length) return {query, hits: [], total: 0};
    // The last word is still being typed unless the query ends in a space.
    const typing = !/\s$/.test(query);
    const candidates = words.map((w, i) => this.#candidates(w, typing && i === words.length - 1));
    return this.#rank(query, candidates, limit, options.filter);
  }

  /** A better-spelled query when nothing matches: each unknown word replaced by the nearest common word. */
  suggest(query: string): string | null {
    const words = query.trim().split(/\s+/).filter(Boolean);
    let changed = false;
    const fixed = words.map((word) => {
      const w = normalizeWord(word);
      if (!w || this.#stopwords.has(w) || this.#termId.has(w) || this.#prefixRange(w)[1] > this.#prefixRange(w)[0]) return word;
      let best: string | null = null;
      let bestScore = Infinity;
      for (let t = 0; t < this.#terms.length; t++) {
        const term = this.#terms[t]!;
        if (Math.abs(term.length - w.length) > 2) continue;
        const d = editDistance(w, term, 2);
        const score = d * 1e6 - this.#postingLength(t);
        if (d <= 2 && score < bestScore) ((best = term), (bestScore = score));
      }
      if (best === null) return word;
      changed = true;
      return best;
    });
    return changed ? fixed.join(' ') : null;
  }

  /** The words of a query as typed (for plural rules) and normalized, without stop words (unless nothing else is left). */
  #queryWords(query: string): {raw: string; word: string}[] {
    const words = withoutExcept(query)
      .split(/[^\p{L}\p{N}]+/u)
      .map((raw) => ({raw, word: normalizeWord(raw)}))
      .filter((w) => w.word);
    const content = words.filter((w) => !this.#stopwords.has(w.word));
    return content.length ? content : words;
  }

  /** Where an English title leads (own titles at full strength): for vocabulary targets given as English titles. */
  #holders(own: number[][], alternates: TitleBlock, tokens: string[]) {
    let byKey: Map<string, [number, number][]> | undefined;
    return (key: string): readonly (readonly [number, number])[] => {
      if (!byKey) {
        byKey = new Map();
        const keyOf = (ids: ArrayLike<number>) => {
          const words: string[] = [];
          for (let k = 0; k < ids.length; k++) {
            const t = tokens[ids[k]!]!;
            if (!isWordToken(t)) continue;
            const w = normalizeWord(t);
            if (w && !this.#stopwords.has(w)) words.push(w);
          }
          return words.join(' ');
        };
        const add = (k: string, position: number, strength: number) => {
          const list = byKey!.get(k);
          if (list) list.push([position, strength]);
          else byKey!.set(k, [[position, strength]]);
        };
        own.forEach((ids, position) => add(keyOf(ids), position, MAX_STRENGTH));
        for (let t = 0; t < alternates.occupation.length; t++) {
          add(
            keyOf(alternates.ids.subarray(alternates.start[t]!, alternates.start[t + 1]!)),
            alternates.occupation[t]!,
            alternates.strength?.[t] ?? DEFAULT_STRENGTH,
          );
        }
      }
      return byKey.get(key) ?? [];
    };
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
  #candidates({raw, word}: {raw: string; word: string}, typing: boolean): Candidate[] {
    const key = `${typing ? '>' : '='}${raw.toLowerCase()}`;
    const cached = this.#candidateCache.get(key);
    if (cached) return cached;
    const found = new Map<number, Candidate>();
    const add = (term: number, weight: number, prefix: number) => {
      const had = found.get(term);
      if (!had || had.weight < weight) found.set(term, {term, weight, prefix});
    };
    const exact = this.#termId.get(word);
    if (exact !== undefined) add(exact, 1, 0);
    for (const lang of this.#langs) {
      for (const other of languageSingulars(raw, lang)) {
        const id = this.#termId.get(normalizeWord(other));
        if (id !== undefined) add(id, 1, 0);
      }
    }
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

  #rank(query: string, candidates: Candidate[][], limit: number, filter?: (e: IndexEntry) => boolean): SearchResult {
    const wordCount = candidates.length;
    const mask = this.#mask;
    const score = this.#score;
    const touched = this.#touched;
    const docCount = this.#docOccupation.length;
    // Rare words say more than common ones: each word weighs by how few titles hold it (or what it may stand for).
    // (Counted on the word itself when it is a word of the titles, not on its typo neighbours.)
    const rarity = candidates.map((list) => {
      let holding = 0;
      for (const {term, weight} of list) if (weight >= (list[0]?.weight ?? 1) * NEAR) holding += this.#postingLength(term);
      return Math.log(1 + docCount / (1 + Math.min(holding, docCount)));
    });
    const rarityTotal = rarity.reduce((a, b) => a + b, 0) || 1;
    let touchedCount = 0;
    const held = this.#held;
    const holding = new Float32Array(wordCount);
    candidates.forEach((list, j) => {
      const bit = 1 << j;
      const weighed = rarity[j]! / rarityTotal;
      // Best weight first, so a document's first hit for this word is its best.
      const near = (list[0]?.weight ?? 1) * NEAR;
      for (const {term, weight} of list) {
        const counts = weight >= near;
        for (let p = this.#postingStart[term]!, end = this.#postingStart[term + 1]!; p < end; p++) {
          const doc = this.#postings[p]!;
          const m = mask[doc]!;
          if (m & bit) continue;
          if (m === 0) touched[touchedCount++] = doc;
          mask[doc] = m | bit;
          score[doc]! += weight * weighed;
          if (weight < 1) mask[doc]! |= 1 << 31; // not every word exact
          // (O*NET's titles only: a vocabulary's own share of words says nothing about the occupations.)
          if (counts && doc < this.#vocabularyStart) {
            held[this.#docOccupation[doc]! * MAX_WORDS + j]! += this.#docWeight[doc]!;
            holding[j]! += this.#docWeight[doc]!;
          }
        }
      }
    });
    // An occupation's hold on the query's words: of the titles holding each word, the share that are its own
    // (weighed by how firmly they are its own), the rarer words counting for more.
    const hold = (occupation: number) => {
      let h = 0;
      for (let j = 0; j < wordCount; j++) h += (rarity[j]! / rarityTotal) * Math.max(0, held[occupation * MAX_WORDS + j]! / (holding[j]! || 1) - SPREAD);
      return h;
    };
    // Per occupation: its best title (score, document, complete), and how firmly its titles hold the whole query.
    const full = (1 << wordCount) - 1;
    const occupations: number[] = [];
    const bestScore = this.#bestScore;
    const bestDoc = this.#bestDoc;
    const bestComplete = this.#bestComplete;
    const together = this.#together;
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i]!;
      const m = mask[doc]!;
      const sum = score[doc]!;
      mask[doc] = 0;
      score[doc] = 0;
      const words = m & 0x7fffffff;
      const complete = words === full;
      const matched = popcount(words);
      // A title missing a word counts only when it holds the query's more telling words ("hvac" of "hvac tech").
      if (!complete && !(wordCount > 1 && matched === wordCount - 1 && sum >= PARTIAL_SHARE)) continue;
      const occupation = this.#docOccupation[doc]!;
      if (filter && !filter(this.#entries[occupation]!)) continue;
      const s = this.#docScore(doc, matched, sum, complete, m >>> 31 === 0);
      if (bestDoc[occupation] === -1) {
        occupations.push(occupation);
        bestScore[occupation] = -1;
        together[occupation] = 0;
      }
      if (complete) together[occupation]! += this.#docWeight[doc]!;
      if (s > bestScore[occupation]!) {
        bestScore[occupation] = s;
        bestDoc[occupation] = doc;
        bestComplete[occupation] = complete ? 1 : 0;
      }
    }
    const ranked = occupations.map((occupation) => ({
      occupation,
      doc: bestDoc[occupation]!,
      complete: bestComplete[occupation] === 1,
      together: together[occupation]!,
      // Holding the words in many titles: more likely meant (police officers hold "police" in 27 titles).
      final: bestScore[occupation]! * this.#affinity(hold(occupation)) * this.#prior[occupation]!,
    }));
    for (const occupation of occupations) bestDoc[occupation] = -1;
    for (let i = 0; i < touchedCount; i++) {
      const at = this.#docOccupation[touched[i]!]! * MAX_WORDS;
      held.fill(0, at, at + wordCount);
    }
    ranked.sort((a, b) => Number(b.complete) - Number(a.complete) || b.final - a.final || a.occupation - b.occupation);
    // Left out: results far weaker than the best of their kind (complete, or missing a word); and for a query of
    // several words, occupations with only a stray title holding all of them where the first holds them in many
    // ("medical coder": 16 titles of medical records specialists, one of file clerks).
    const first = ranked[0];
    const firstPartial = ranked.find((r) => !r.complete);
    const kept = ranked.filter((r) =>
      r.complete
        ? r.final >= first!.final * CUTOFF && (wordCount < 2 || this.#docWeight[r.doc]! >= 1 || r.together >= first!.together * TOGETHER)
        : r.final >= firstPartial!.final * CUTOFF,
    );
    const hits = kept.slice(0, limit).map(({occupation, doc: matched, complete}) => {
      // An own title shows in full, also where a part of it matched ("Farmers").
      const doc = matched < this.#ownEnd ? occupation : matched;
      const text = doc < this.#ownEnd ? this.#entries[occupation]!.title : this.#text(doc);
      const lang = this.#docLang[doc]!;
      return {
        entry: this.#entries[occupation]!,
        position: occupation,
        field: doc < this.#ownEnd ? ('title' as const) : doc < this.#vocabularyStart ? ('alternate' as const) : ('vocabulary' as const),
        text,
        marks: this.#marks(text, candidates),
        complete,
        ...(lang ? {lang: this.#langs[lang - 1]!} : {}),
      };
    });
    return {query, hits, total: kept.length};
  }

  /**
   * How much more likely an occupation is meant for holding the query's words in many titles: its hold on them.
   * Not from a part of the titles (the first tier), where the shares would mislead.
   */
  #affinity(hold: number): number {
    return this.#partial ? 1 : 1 + HOLD * hold;
  }

  /** How well one title matches: the words' weights, how much of the title they cover, exact, own-title and strength. */
  #docScore(doc: number, matched: number, weight: number, complete: boolean, allExact: boolean): number {
    const terms = this.#docTermCount[doc]! || 1;
    let s = weight * (0.6 + 0.4 * Math.min(1, matched / terms));
    // The exact title, the more so the more firmly it is this occupation's ("Police" is a secretaries' title from one source).
    if (complete && allExact && matched >= terms) s *= 1 + (0.5 * (this.#docWeight[doc]! - WEAKEST)) / (1 - WEAKEST);
    if (doc < this.#ownEnd) s *= 1.2; // the occupation's own title, or a part of it
    s *= this.#docWeight[doc]!;
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

/** A title without its exclusion: "Janitors and Cleaners, Except Maids and Housekeeping Cleaners" -> "Janitors and Cleaners". */
const withoutExcept = (title: string) => title.replace(/,?\s*\bExcept\b.*$/is, '');

/**
 * The names an own title lists, as titles of their own: "Farmers", "Ranchers" and "Other Agricultural Managers" of
 * "Farmers, Ranchers, and Other Agricultural Managers"; "Chefs" and "Head Cooks". Only where every part is a plural
 * name, so "Heavy and Tractor-Trailer Truck Drivers" or "Cooks, Restaurant" are not cut into words.
 */
function ownParts(index: DatasetIndex, idOf: (token: string) => number): TitleBlock {
  const occupation: number[] = [];
  const start: number[] = [];
  const ids: number[] = [];
  index.occupations.forEach((entry, position) => {
    if (/\bAll Other\b/i.test(entry.title)) return; // "Dentists, All Other Specialists" is not every dentist
    const parts = withoutExcept(entry.title)
      .split(/,\s*(?:and\s+)?|\s+and\s+/)
      .map((part) => part.trim());
    if (parts.length < 2 || !parts.every((part) => /[a-z]s$/.test(part))) return;
    for (const part of parts) {
      occupation.push(position);
      start.push(ids.length);
      ids.push(...splitTokens(part).map(idOf));
    }
  });
  start.push(ids.length);
  return {occupation: Int32Array.from(occupation), start: Int32Array.from(start), ids: Int32Array.from(ids), strength: null, lang: 0, own: true};
}

/**
 * The search `Dataset.searcher()` builds (in slices): the titles, the dataset's vocabulary of the language when the
 * titles list it, and a host's vocabulary. A broken file is a `DatasetError` naming `url`; a host's targets that name nothing
 * are noted once in the console.
 */
export async function buildMatcher(
  url: string,
  index: DatasetIndex,
  search: SearchIndex,
  own: SearchVocabularyIndex | null,
  host?: SearchVocabulary,
): Promise<TitleMatcher> {
  const vocabularies = [own && search.vocabularies?.includes(own.lang) ? own : null, host ?? null].filter((v) => v !== null);
  let matcher: TitleMatcher;
  try {
    matcher = await TitleMatcher.build(index, search, {vocabularies});
  } catch (error) {
    throw new DatasetError('invalid', `${url}: ${(error as Error).message}`);
  }
  if (matcher.unresolved.length) {
    console.warn(
      `[career-widgets] search words for "${host?.lang}": ${matcher.unresolved.map((t) => `"${t}"`).join(', ')} name no occupation of this dataset.`,
    );
  }
  return matcher;
}

/** A title's weight from its strength 0-3. */
const strengthWeight = (strength: number) => WEAKEST + ((1 - WEAKEST) * Math.min(MAX_STRENGTH, strength)) / MAX_STRENGTH;

function popcount(n: number): number {
  let count = 0;
  for (; n; n &= n - 1) count++;
  return count;
}
