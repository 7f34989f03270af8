import type {
  DatasetIndex,
  DatasetMeta,
  IndexEntry,
  Occupation,
  ProgramEntry,
  ProgramIndex,
  RegionSummary,
  SearchIndex,
  SearchVocabularyIndex,
} from './dataset-types.js';
import {DatasetError} from './errors.js';
import {DEFAULT_FETCH_OPTIONS, detachable, fetchJson, type FetchOptions} from './fetch-json.js';
import {indexEntryOf} from './index-entry.js';
import type {OccupationTranslation} from './overlay-types.js';
import type {TitleMatcher} from './search.js';
import type {SearcherOptions} from './search-types.js';
import {BUNDLED_VOCABULARIES} from './vocabularies.js';
import type * as Validators from './validate.js';

type Validator<T> = (validators: typeof Validators, value: unknown, url: string) => T;

let validators: Promise<typeof Validators> | undefined;

/**
 * Where a dataset's files come from when they are not fetched: the files a pre-rendered page carries inline, or a
 * dataset folder on disk when a server pre-renders. Returns the file's parsed JSON (or a promise of it), or
 * undefined for a file it does not hold, which is then fetched as usual. What it returns is validated like a fetched
 * file.
 */
export type FileProvider = (path: string) => unknown;

/** File providers by dataset folder URL. */
const providers = new Map<string, FileProvider>();

/**
 * Gives the data layer the files of the dataset at `url` (a folder URL ending in `/`) from elsewhere than the network,
 * in place of any provider given earlier for that URL.
 */
export function provideFiles(url: string, provider: FileProvider): void {
  providers.set(url, provider);
}

/** Told of every file a widget's data comes from, each time it is read (see {@link watchFileUse}). */
let fileUse: ((url: string, path: string, value: unknown) => void) | undefined;

/**
 * Calls `listener` with the dataset URL, path and validated content of each file read from now on (loaded, or taken
 * from memory), until the returned function is called: a server pre-rendering a widget learns which files its
 * render used, the data the page then carries for the browser.
 */
export function watchFileUse(listener: (url: string, path: string, value: unknown) => void): () => void {
  fileUse = listener;
  return () => {
    if (fileUse === listener) fileUse = undefined;
  };
}

/** On a server: the files already loaded and validated, by URL (see {@link fileNow}). */
let filesInMemory: ((url: string) => unknown) | undefined;

/** On a server: where {@link fileNow} finds the files already loaded (the pre-renderer keeps them per page). */
export function readFilesInMemory(read: (url: string) => unknown): void {
  filesInMemory = read;
}

/**
 * The validators, a chunk of their own in the script-tag bundle (~3 kB that a page without widgets never needs):
 * requested together with the first data file, so they arrive while it does and add no wait. `checks.js` is
 * requested at once too: it is a chunk shared with the overlay and catalog readers, and would otherwise be asked
 * for only once the validators had arrived.
 */
function loadValidators(url: string): Promise<typeof Validators> {
  validators ??= Promise.all([import('./validate.js'), import('./checks.js')]).then(([module]) => module);
  return validators.catch((error: unknown) => {
    validators = undefined; // offline: a later attempt loads them again
    throw new DatasetError('network', `The data checks could not be loaded (${(error as Error)?.message ?? error}).`, url);
  });
}

/** The occupation a code resolved to, and what else the host might have meant. */
export interface Resolution {
  /** The code as the host wrote it. */
  requested: string;
  /** The occupation shown. */
  entry: IndexEntry;
  /** Other occupations under the same SOC code (offered to the visitor). */
  alternatives: Alternative[];
  /** True when the exact code was not in the dataset and its SOC code was used instead. */
  fallback: boolean;
}

/** Another occupation under the same SOC code. */
export type Alternative = Pick<IndexEntry, 'code' | 'title' | 'kind'>;

/** Everything a widget needs to render one occupation. */
export interface OccupationData {
  meta: DatasetMeta;
  resolution: Resolution;
  occupation: Occupation;
  /**
   * The host's own translations of the occupation's title and description, by language tag (`es`, `so`), which
   * `occupationText` prefers in a widget of that language. Absent by default; nothing in the library fills it yet
   * (the overlay's `translations` are validated but not copied here).
   */
  translations?: Record<string, OccupationTranslation>;
}

/** How a program's careers are ordered: national employment (largest first) or national median wage (highest first). */
export type ProgramCareerSort = 'employment' | 'wage';

/** What `<program-careers>` renders: a program and the careers it prepares for, in order, up to a limit. */
export interface ProgramCareersData {
  meta: DatasetMeta;
  program: ProgramEntry;
  /** The careers shown, in the requested order; their occupation files are loaded. */
  careers: Occupation[];
  /** How many careers the program prepares for in all (`careers` may hold fewer, up to the limit). */
  total: number;
}

const CODE_PATTERN = /^(\d\d)-?(\d{4})(?:\.(\d\d))?$/;
/** CIP 2020 codes: `51.0707`; a host may leave out the leading zero of the series (`1.0000` -> `01.0000`). */
const CIP_PATTERN = /^(\d{1,2})\.(\d{4})$/;

/**
 * One dataset folder (the bundled one or a host's): loads its files once, validates them, looks codes up.
 * Free of DOM code; obtain instances through {@link getDataset} so every widget on the page shares one.
 */
export class Dataset {
  readonly #files = new Map<string, Promise<unknown>>();
  #lookup?: Promise<Lookup>;
  /** Set once the index is in: from then on codes resolve at once and guessing files would only add requests. */
  #lookupReady = false;

  constructor(
    readonly url: string,
    readonly options: FetchOptions = DEFAULT_FETCH_OPTIONS,
  ) {}

  meta(signal?: AbortSignal): Promise<DatasetMeta> {
    return this.#file('meta.json', (v, value, url) => v.validateMeta(value, url), signal);
  }

  index(signal?: AbortSignal): Promise<DatasetIndex> {
    return this.#file('index.json', (v, value, url) => v.validateIndex(value, url), signal);
  }

  /** Alternate and reported titles, packed (`search.json`, ~240 KB gzip): only search should ask for it. */
  searchIndex(signal?: AbortSignal): Promise<SearchIndex> {
    return this.#file('search.json', (v, value, url) => v.validateSearch(value, url), signal);
  }

  /** The first tier of those titles (`search-first.json`, ~40 KB gzip): the firmly tied ones, for a first answer. */
  searchFirst(signal?: AbortSignal): Promise<SearchIndex> {
    return this.#file('search-first.json', (v, value, url) => v.validateSearch(value, url), signal);
  }

  /** A language's words for jobs (`search-es.json`): only a search in that language should ask for it. */
  vocabulary(lang: string, signal?: AbortSignal): Promise<SearchVocabularyIndex> {
    return this.#file(`search-${lang}.json`, (v, value, url) => v.validateVocabulary(value, url), signal);
  }

  /**
   * The title search over this dataset, built once per tier and language from `index.json` and the titles. Ask
   * for it when a visitor first focuses or types in a search (the first tier may be asked for earlier: it is
   * small), never before: `search.json` is the largest download of the dataset after the index.
   *
   * A language's vocabulary is used when the titles list it (`vocabularies`); a dataset without one searches
   * English. For the languages the bundled dataset has a vocabulary for, it is requested together with the
   * titles rather than after them (one round trip less on a slow network).
   */
  searcher(signal?: AbortSignal, options: SearcherOptions = {}): Promise<TitleMatcher> {
    // The tier's titles set out together with the builder's code, not after it (a round trip less when cold).
    (options.tier === 'first' ? this.searchFirst() : this.searchIndex()).catch(() => undefined);
    // Built in the matcher's lazy chunk: pages without a search never load it.
    return detachable(
      import('./searcher.js').then(({searcherOf}) => searcherOf(this, options)),
      signal,
    );
  }

  /**
   * Loads what the first tier's search in `lang` is built from (its titles, the index, meta, the language's bundled
   * words and the matcher's code) without building it: the entry asks while the search's own code is on its way,
   * so on a slow connection they travel together, before other code the page may need later takes the bandwidth.
   */
  prefetchFirstTier(lang: string): void {
    const base = lang.toLowerCase().split('-')[0]!;
    const loads = [this.searchFirst(), this.index(), this.meta(), import('./searcher.js'), BUNDLED_VOCABULARIES.includes(base) && this.vocabulary(base)];
    for (const load of loads) if (load) load.catch(() => undefined); // the search reports failures when it is used
  }

  /** Loads one occupation file by its exact index code. */
  occupation(code: string, signal?: AbortSignal): Promise<Occupation> {
    if (!CODE_PATTERN.test(code)) return Promise.reject(new DatasetError('config', `"${code}" is not an occupation code.`));
    return this.#file(
      `occupations/${code}.json`,
      (v, value, url) => {
        const occupation = v.validateOccupation(value, url);
        if (occupation.code !== code) throw new DatasetError('invalid', `${url} holds occupation ${occupation.code}, not ${code}.`, url);
        return occupation;
      },
      signal,
    );
  }

  /** Resolves an O*NET-SOC (`29-2072.00`) or SOC (`29-2072`) code against the index. */
  async resolve(requested: string, signal?: AbortSignal): Promise<Resolution> {
    checkCode(requested);
    if (!this.#lookup) {
      const lookup = this.index().then((index) => {
        this.#lookupReady = true;
        return buildLookup(index);
      });
      this.#lookup = lookup;
      // Like failed files, a failed index is forgotten so "Try again" really tries again.
      lookup.catch(() => {
        if (this.#lookup === lookup) this.#lookup = undefined;
      });
    }
    return resolveIn(await detachable(this.#lookup, signal), requested);
  }

  /**
   * Meta, resolution and occupation file together: what an element renders from. The occupation file the code
   * most likely names (`29-2072.00` for `29-2072`) is requested alongside meta, and when it is there the profile
   * renders without the index (the file lists its SOC siblings itself): no request waits for another. Only a code
   * whose file is not there (a BLS-only or mistyped code) costs the index and a second round trip.
   */
  async load(requested: string, signal?: AbortSignal): Promise<OccupationData> {
    const guess = this.#lookupReady ? null : likelyFile(requested);
    const meta = this.meta(signal);
    meta.catch(() => undefined); // awaited below on every path but an abort; never an unhandled rejection
    if (guess) {
      // The file cache keeps this request, so a later `occupation()` reuses it. A wrong guess is not an error.
      const direct = await this.occupation(guess, signal).catch((error: unknown) => {
        if (signal?.aborted) throw error;
        return null;
      });
      if (direct) return {meta: await meta, resolution: resolutionFromFile(requested, direct), occupation: direct};
    }
    const [loadedMeta, resolution] = await Promise.all([meta, this.resolve(requested, signal)]);
    const occupation = await this.occupation(resolution.entry.code, signal);
    return {meta: loadedMeta, resolution, occupation};
  }

  /** The program index (`programs.json`), loaded when a page first asks about a program. */
  programs(signal?: AbortSignal): Promise<ProgramIndex> {
    return this.#file('programs.json', (v, value, url) => v.validatePrograms(value, url), signal);
  }

  /** Looks a CIP code (`51.0707`) up in the program index. */
  async program(cip: string, signal?: AbortSignal): Promise<ProgramEntry> {
    const match = CIP_PATTERN.exec(cip.trim());
    if (!match) throw new DatasetError('config', `"${cip.slice(0, 40)}" is not a CIP code. Use a 2020 CIP code such as 51.0707.`);
    const code = `${match[1]!.padStart(2, '0')}.${match[2]}`;
    const {programs} = await this.programs(signal);
    const found = programs.find((p) => p.cip === code);
    if (!found)
      throw new DatasetError(
        'not-found',
        `Program ${code} is not in this dataset's program index (a CIP code with no occupation in the CIP-SOC crosswalk, or a CIP 2010 code).`,
      );
    return found;
  }

  /**
   * A program with the careers it prepares for: ordered by national employment (the index's order) or by national
   * median wage (from the dataset index, so no extra file is needed to sort), cut to `limit`, and only those
   * careers' occupation files are loaded. The dataset index is loaded only to sort by wage.
   */
  async programCareers(
    cip: string,
    {sort = 'employment', limit = Infinity}: {sort?: ProgramCareerSort; limit?: number} = {},
    signal?: AbortSignal,
  ): Promise<ProgramCareersData> {
    const [meta, program, index] = await Promise.all([this.meta(signal), this.program(cip, signal), sort === 'wage' ? this.index(signal) : undefined]);
    let codes = program.occupations;
    if (index) {
      const median = new Map(index.occupations.map((e) => [e.code, e.median ?? -1]));
      codes = [...codes].sort((a, b) => (median.get(b) ?? -1) - (median.get(a) ?? -1) || (a < b ? -1 : 1));
    }
    const shown = codes.slice(0, Math.max(1, Math.floor(limit)));
    const careers = await Promise.all(shown.map((code) => this.occupation(code, signal)));
    return {meta, program, careers, total: program.occupations.length};
  }

  /** One region's careers and figures (`regions/<code>.json`, `US` for the nation): only lists of careers ask for it. */
  regionSummary(region: string, signal?: AbortSignal): Promise<RegionSummary> {
    if (!/^[A-Z]{2}$/.test(region)) return Promise.reject(new DatasetError('config', `"${region.slice(0, 20)}" is not a region code.`));
    return this.#file(
      `regions/${region}.json`,
      (v, value, url) => {
        const summary = v.validateRegion(value, url);
        if (summary.region !== region) throw new DatasetError('invalid', `${url} holds region ${summary.region}, not ${region}.`, url);
        return summary;
      },
      signal,
    );
  }

  #file<T>(path: string, validate: Validator<T>, signal?: AbortSignal): Promise<T> {
    let file = this.#files.get(path) as Promise<T> | undefined;
    if (!file) {
      const url = new URL(path, this.url).href;
      const raw = Promise.resolve(providers.get(this.url)?.(path)).then((value) => value ?? fetchJson(url, undefined, this.options));
      file = Promise.all([raw, loadValidators(url)]).then(([value, v]) => validate(v, value, url));
      this.#files.set(path, file);
      // Forget failures so a later attempt (network back, dataset fixed) can succeed.
      file.catch(() => this.#files.delete(path));
    }
    const use = fileUse;
    return detachable(use ? file.then((value) => (use(this.url, path, value), value)) : file, signal);
  }
}

/**
 * On a server, a file of the dataset (`meta.json`, `occupations/29-2072.00.json`) at once, when it is already
 * loaded and validated ({@link readFilesInMemory}); else undefined. For a server's synchronous renders.
 */
export function fileNow<T>(dataset: Dataset, path: string): T | undefined {
  const value = filesInMemory?.(new URL(path, dataset.url).href) as T | undefined;
  if (value !== undefined) fileUse?.(dataset.url, path, value);
  return value;
}

/**
 * What `dataset.load()` resolves to, at once, when the files it needs are already in memory ({@link fileNow});
 * undefined when one of them is not. Throws the error `load` would reject with when that is already certain (a
 * malformed code; a code the loaded index lacks). The occupation's own file is read before the index, so a page
 * carries the index only when the code needed it.
 */
export function occupationNow(dataset: Dataset, requested: string): OccupationData | undefined {
  const meta = fileNow<DatasetMeta>(dataset, 'meta.json');
  const direct = fileNow<Occupation>(dataset, `occupations/${likelyFile(checkCode(requested))}.json`);
  if (meta && direct) return {meta, resolution: resolutionFromFile(requested, direct), occupation: direct};
  const index = fileNow<DatasetIndex>(dataset, 'index.json');
  if (!index) return undefined;
  const resolution = resolveIn(lookupOf(index), requested);
  const occupation = fileNow<Occupation>(dataset, `occupations/${resolution.entry.code}.json`);
  return meta && occupation ? {meta, resolution, occupation} : undefined;
}

/** The file an O*NET-SOC code names, or for a SOC code its `.00` occupation (true for almost every code). */
function likelyFile(requested: string): string | null {
  const match = CODE_PATTERN.exec(requested.trim());
  return match ? `${match[1]}-${match[2]}.${match[3] ?? '00'}` : null;
}

/** The code, when it is an O*NET-SOC or SOC code; else a configuration error. */
function checkCode(requested: string): string {
  if (!CODE_PATTERN.test(requested.trim())) {
    throw new DatasetError(
      'config',
      `"${requested.slice(0, 40)}" is not an occupation code. Use an O*NET-SOC code such as 29-2072.00 or a SOC code such as 29-2072.`,
    );
  }
  return requested;
}

/** The occupation a well-formed code names in the index, and its SOC siblings. */
function resolveIn(lookup: Lookup, requested: string): Resolution {
  const [, major, minor, detail] = CODE_PATTERN.exec(checkCode(requested).trim())!;
  const soc = `${major}-${minor}`;
  const siblings = lookup.bySoc.get(soc) ?? [];
  const exact = detail ? lookup.byCode.get(`${soc}.${detail}`) : undefined;
  const entry = exact ?? siblings.find((e) => e.code === `${soc}.00`) ?? siblings[0];
  if (!entry) {
    throw new DatasetError('not-found', `Occupation ${soc}${detail ? `.${detail}` : ''} is not in this dataset.`);
  }
  return {requested, entry, alternatives: siblings.filter((e) => e !== entry), fallback: Boolean(detail) && !exact};
}

/** The resolution the index would give, read from the occupation file the code names (same entry, same siblings). */
function resolutionFromFile(requested: string, occupation: Occupation): Resolution {
  const entry = indexEntryOf(occupation); // as the pipeline writes it into index.json
  const alternatives = occupation.siblings.map(({code, title}): Alternative => ({code, title, kind: 'onet'}));
  return {requested, entry, alternatives, fallback: false};
}

interface Lookup {
  byCode: Map<string, IndexEntry>;
  bySoc: Map<string, IndexEntry[]>;
}

const lookups = new WeakMap<DatasetIndex, Lookup>();

/** The index's lookup tables, built once per index. */
function lookupOf(index: DatasetIndex): Lookup {
  let lookup = lookups.get(index);
  if (!lookup) lookups.set(index, (lookup = buildLookup(index)));
  return lookup;
}

function buildLookup(index: DatasetIndex): Lookup {
  const byCode = new Map<string, IndexEntry>();
  const bySoc = new Map<string, IndexEntry[]>();
  for (const entry of index.occupations) {
    byCode.set(entry.code, entry);
    const list = bySoc.get(entry.soc);
    if (list) list.push(entry);
    else bySoc.set(entry.soc, [entry]);
  }
  return {byCode, bySoc};
}

const datasets = new Map<string, Dataset>();

/**
 * The page-wide instance for a dataset folder URL (ending in `/`) and fetch options. Files are still fetched once
 * per URL for the whole page: a widget with a shorter timeout that asks for a file already on its way waits for
 * that request (and its own signal), not for a second one.
 */
export function getDataset(url: string, options: FetchOptions = DEFAULT_FETCH_OPTIONS): Dataset {
  const key = `${options.timeoutMs} ${options.maxBytes} ${url}`;
  let dataset = datasets.get(key);
  if (!dataset) datasets.set(key, (dataset = new Dataset(url, options)));
  return dataset;
}

/**
 * Forgets every dataset instance and file provider: a server pre-rendering one page after another
 * starts each page afresh, so it knows which files that page used.
 */
export function forgetDatasets(): void {
  datasets.clear();
  providers.clear();
}
