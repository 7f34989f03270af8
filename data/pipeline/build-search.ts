/**
 * The search files: `search.json` (every alternate and reported title, with its strength), its first tier
 * `search-first.json` (the firmly tied titles and a few short ones: a search answers from it while the rest arrives), and one
 * `search-<lang>.json` per vocabulary in `data/vocabulary/`.
 */
import {DATASET_SCHEMA_VERSION, type IndexEntry, type Occupation, type SearchIndex, type SearchVocabularyIndex} from '../../src/data/dataset-types.js';
import {titleKey} from '../../src/data/search-words.js';
import {packTitles} from '../../src/data/title-pack.js';
import type {ParsedSources} from './parse-sources.js';
import {MAX_STRENGTH, titleStrengths} from './title-strength.js';
import {compileVocabularyFile} from './vocabulary.js';

/** Per occupation, the first tier holds its firm titles and at most this many short ones of strength 2. */
const FIRST_TIER_SHORT = 2;
const words = (title: string) => title.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;

/**
 * Which titles of an occupation (by their place in `titles`) make the first tier: the firmly tied ones, and up to
 * two of one or two words tied less firmly ("Cop", "Bookkeeper": what people type first), shortest first.
 */
function firstTier(titles: readonly string[], strengths: readonly number[]): number[] {
  const firm = titles.flatMap((_, k) => (strengths[k] === MAX_STRENGTH ? [k] : []));
  const short = titles
    .flatMap((t, k) => (strengths[k] === MAX_STRENGTH - 1 && words(t) <= 2 ? [k] : []))
    .sort((a, b) => words(titles[a]!) - words(titles[b]!) || titles[a]!.length - titles[b]!.length || (titles[a]! < titles[b]! ? -1 : 1))
    .slice(0, FIRST_TIER_SHORT);
  return [...firm, ...short].sort((a, b) => a - b);
}

export interface SearchFiles {
  search: SearchIndex;
  first: SearchIndex;
  vocabularies: SearchVocabularyIndex[];
}

export function buildSearch(p: ParsedSources, occupations: readonly Occupation[], entries: readonly IndexEntry[], datasetVersion: string): SearchFiles {
  const strengths = titleStrengths(occupations, p.titleEvidence);
  // BLS's figures are per SOC code, or per BLS aggregate (31-1120 for home health and personal care aides): the
  // O*NET occupations under one share its count.
  const whose = (o: Occupation) => (o.kind === 'onet' ? (o.blsAggregate?.code ?? o.soc) : o.code);
  const sharing = new Map<string, number>();
  for (const o of occupations) sharing.set(whose(o), (sharing.get(whose(o)) ?? 0) + 1);
  const employment = occupations.map((o) => searchEmployment(o, sharing.get(whose(o))!));
  const header = {schemaVersion: DATASET_SCHEMA_VERSION, datasetVersion};

  // Where an English title leads, for vocabulary targets written as titles: own titles firmly, alternates by strength.
  const holders = new Map<string, [number, number][]>();
  const hold = (title: string, position: number, strength: number) => {
    const key = titleKey(title);
    const list = holders.get(key);
    if (list) list.push([position, strength]);
    else holders.set(key, [[position, strength]]);
  };
  occupations.forEach((o, i) => {
    hold(o.title, i, MAX_STRENGTH);
    o.alternateTitles.forEach((t, k) => hold(t, i, strengths[i]![k]!));
  });
  const onet = {
    release: p.release.version,
    codes: new Set(p.occupations.map((o) => o.code)),
    titles: new Set([
      ...p.occupations.map((o) => titleKey(o.title)),
      ...[...p.alternateTitles.values(), ...p.reportedTitles.values()].flat().map((t) => titleKey(t)),
    ]),
  };
  const vocabularies = p.vocabularies.map((file): SearchVocabularyIndex => {
    const packed = compileVocabularyFile(file, entries, onet, (key) => holders.get(key) ?? []);
    return {
      ...header,
      lang: file.vocabulary.lang,
      stopwords: file.vocabulary.stopwords ?? [],
      tokens: packed.tokens,
      titles: packed.titles,
      strength: packed.strength!,
    };
  });
  const langs = vocabularies.map((v) => v.lang);

  const firm = occupations.map((o, i) => firstTier(o.alternateTitles, strengths[i]!));
  return {
    search: {
      ...header,
      ...packTitles(
        occupations.map((o) => o.alternateTitles),
        strengths,
      ),
      employment,
      vocabularies: langs,
    },
    first: {
      ...header,
      partial: true,
      ...packTitles(
        firm.map((keep, i) => keep.map((k) => occupations[i]!.alternateTitles[k]!)),
        firm.map((keep, i) => keep.map((k) => strengths[i]![k]!)),
      ),
      employment,
      vocabularies: langs,
    },
    vocabularies,
  };
}

/**
 * How many people do the work, for ranking search results: all jobs, self-employed included (the projections'
 * base year), where BLS projects the occupation, else the wage survey's count of employees (farmers: 836,100 jobs,
 * 6,500 employees). BLS counts per SOC code (or per aggregate of codes), so the O*NET occupations sharing one
 * (Registered Nurses and its four nursing specialties) share its count equally: each specialty is not as big as
 * all registered nurses.
 */
function searchEmployment(o: Occupation, sharing: number): number | null {
  const count = o.outlook ? o.outlook.employmentBase * 1000 : o.wages.national?.employment;
  return count == null ? null : Math.round(count / sharing);
}
