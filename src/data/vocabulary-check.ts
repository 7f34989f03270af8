/**
 * The shape of a search vocabulary (`SearchVocabulary`): checked where one enters, the built-in files by the
 * pipeline (`data/vocabulary/<lang>.json`) and a host catalog's `search` field in the browser. Every entry needs
 * at least one form and one target, and no text may be empty; what the targets name is checked against the
 * dataset by whoever has it (the pipeline against O*NET; the browser skips and reports what names nothing).
 */
import {array, type Check, object, optional, refine, string} from './checks.js';
import type {SearchVocabulary} from './search-types.js';

const nonEmpty = (max: number) => refine(string(max), (value) => (value.trim() ? null : 'empty text'));

const words = {
  stopwords: optional(array(nonEmpty(50), 500)),
  entries: array(
    object({
      forms: refine(array(nonEmpty(200), 100), (forms) => (forms.length ? null : 'no forms')),
      targets: refine(array(nonEmpty(200), 50), (targets) => (targets.length ? null : 'no targets')),
    }),
    20_000,
  ),
};

/** A vocabulary file: its language and its words. */
export const vocabularyCheck: Check<SearchVocabulary> = object({
  lang: refine(string(35), (lang) => (/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(lang) ? null : `"${lang}" is not a language tag`)),
  ...words,
});

/** A host catalog's `search` field: the words only, in the catalog's language. */
export const catalogVocabularyCheck: Check<Omit<SearchVocabulary, 'lang'>> = object(words);
