/**
 * The search vocabularies (`data/vocabulary/<lang>.json`, our own reviewed work, not a raw source): read, checked
 * and compiled into `search-<lang>.json`. The checks stop the run naming the file and the entry:
 * - the shape (`src/data/vocabulary-check.ts`, the same check a host catalog's vocabulary meets in the browser),
 *   the format tag, and a language that matches the file name;
 * - no empty entry, form or target; no form twice (compared as the search compares words, so "Enfermera" and
 *   "enfermera" are one form, and so are "maestra de kínder" and "maestra kinder");
 * - every target exists in the O*NET release the dataset is built from: an O*NET-SOC code of `Occupation Data.txt`,
 *   or an English title O*NET gives some occupation (its title, an alternate or a reported title).
 */
import type {IndexEntry} from '../../src/data/dataset-types.js';
import type {SearchVocabulary} from '../../src/data/search-types.js';
import {compileVocabulary, type TitleHolders} from '../../src/data/search-vocabulary.js';
import {normalizeWord, STOPWORDS, titleKey} from '../../src/data/search-words.js';
import type {PackedTitles} from '../../src/data/title-pack.js';
import {vocabularyCheck} from '../../src/data/vocabulary-check.js';

export const VOCABULARY_FORMAT = 'career-widgets-vocabulary/1';

export interface VocabularyFile {
  file: string;
  vocabulary: SearchVocabulary;
}

const CODE = /^\d\d-\d{4}\.\d\d$/;

/** One vocabulary file's text -> the vocabulary, or an error naming the file and what is wrong. */
export function parseVocabulary(file: string, text: string): VocabularyFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`);
  }
  const issues: string[] = [];
  if (!vocabularyCheck(value, '', issues)) throw new Error(`${file}: ${issues.join('; ')}`);
  const record = value as SearchVocabulary & {format?: unknown};
  if (record.format !== VOCABULARY_FORMAT) throw new Error(`${file}: format is not "${VOCABULARY_FORMAT}"`);
  const named = /^([a-z]{2,3}(?:-[a-z0-9]+)*)\.json$/i.exec(file.split('/').pop()!)?.[1];
  if (named?.toLowerCase() !== record.lang.toLowerCase()) throw new Error(`${file}: lang "${record.lang}" does not match the file name`);
  const vocabulary: SearchVocabulary = {
    lang: record.lang,
    stopwords: record.stopwords ?? [],
    entries: record.entries.map(({forms, targets}) => ({forms, targets})),
  };
  const stopwords = new Set([...STOPWORDS, ...vocabulary.stopwords!.map(normalizeWord)]);
  const seen = new Map<string, number>();
  vocabulary.entries.forEach((entry, i) => {
    const where = `${file}: entries[${i}] (${entry.forms[0]})`;
    for (const form of entry.forms) {
      const key = titleKey(form, stopwords);
      if (!key) throw new Error(`${where}: the form "${form}" has no word that is not a stop word`);
      const before = seen.get(key);
      if (before !== undefined) throw new Error(`${where}: the form "${form}" is already in entries[${before}]`);
      seen.set(key, i);
    }
    if (new Set(entry.targets.map((t) => t.trim().toLowerCase())).size !== entry.targets.length) throw new Error(`${where}: a target is listed twice`);
  });
  return {file, vocabulary};
}

/**
 * Checks every target against the O*NET release and compiles the vocabulary onto the index's positions.
 * `titles` are every O*NET title (own, alternate, reported) by `titleKey`; `holders` says where an English title
 * leads in this dataset (the search's own strengths).
 */
export function compileVocabularyFile(
  {file, vocabulary}: VocabularyFile,
  entries: readonly IndexEntry[],
  onet: {release: string; codes: ReadonlySet<string>; titles: ReadonlySet<string>},
  holders: TitleHolders,
): PackedTitles {
  vocabulary.entries.forEach((entry, i) => {
    for (const target of entry.targets) {
      const known = CODE.test(target.trim()) ? onet.codes.has(target.trim()) : onet.titles.has(titleKey(target));
      if (!known)
        throw new Error(
          `${file}: entries[${i}] (${entry.forms[0]}): the target "${target}" is not ${CODE.test(target.trim()) ? 'an occupation' : 'a title'} in O*NET ${onet.release}`,
        );
    }
  });
  const {packed, unresolved} = compileVocabulary(vocabulary, entries, holders);
  if (unresolved.length) throw new Error(`${file}: ${unresolved.map((t) => `"${t}"`).join(', ')} lead to no occupation of the dataset`);
  return packed;
}
