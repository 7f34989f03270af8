import {html, nothing, type TemplateResult} from 'lit';
import type {OccupationData} from '../data/dataset.js';
import {isEnglish, type Messages} from './messages.js';

/**
 * The dataset is in English only (O*NET and BLS publish in English). In a widget in another language, dataset
 * text is either translated by the catalog (fixed vocabularies: `terms`, `regions`), or by the host (occupation
 * titles and descriptions, see `occupationText`), or shown in English marked `lang="en"`, so screen readers
 * switch voice and the page's language markup stays true.
 */

/** The `lang` attribute for English-only dataset text: `en` in a widget in another language, else none. */
export const dataLang = (m: Messages): 'en' | typeof nothing => (isEnglish(m) ? nothing : 'en');

/**
 * The text a catalog table (`terms`, `blsTerms`) holds for a key taken from the data: its own property, and only
 * if that is text. Data text equal to a name every object inherits (`constructor`, `toString`) finds nothing.
 */
export function ownText(table: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = Object.hasOwn(table, key) && table[key];
  return typeof value === 'string' ? value : undefined;
}

/** A term of a fixed vocabulary (`Bachelor's degree`): the catalog's translation, else the English, marked. */
export function term(m: Messages, text: string): string | TemplateResult {
  const translated = ownText(m.terms, text);
  if (translated || isEnglish(m)) return translated || text;
  return html`<span lang="en">${text}</span>`;
}

/** Dataset text (an occupation title) placed into a message as an argument: marked `lang="en"` there. */
export class InEnglish {
  constructor(readonly text: string) {}
}

/**
 * A message with some arguments in English: the message's own text around them, each `InEnglish` argument in a
 * `<span lang="en">`. Works for any catalog (a host's too) by calling the message with markers and splitting.
 */
export function sentence<A extends unknown[]>(m: Messages, message: (...args: A) => string, ...args: {[K in keyof A]: A[K] | InEnglish}) {
  const plain = args.map((a) => (a instanceof InEnglish ? a.text : a)) as A;
  if (isEnglish(m) || !args.some((a) => a instanceof InEnglish)) return message(...plain);
  const marked = args.map((a, i) => (a instanceof InEnglish ? `\uE000${i}\uE001` : a)) as A;
  return message(...marked)
    .split(/\uE000(\d+)\uE001/)
    .map((part, i) => (i % 2 ? html`<span lang="en">${(args[Number(part)] as InEnglish).text}</span>` : part));
}

/** A `sentence()` with its plain text beside it: notes are told apart by their text (`Footnotes.mark`). */
export function markedSentence<A extends unknown[]>(m: Messages, message: (...args: A) => string, ...args: {[K in keyof A]: A[K] | InEnglish}) {
  const plain = args.map((a) => (a instanceof InEnglish ? a.text : a)) as A;
  return {text: message(...plain), content: sentence(m, message, ...args)};
}

/** The occupation's title as a message argument: the host's translation if any, else the English, marked. */
export function titleArg(data: OccupationData, m: Messages, lang: string): string | InEnglish {
  const {title} = occupationText(data, m, lang);
  return title.lang === nothing ? title.text : new InEnglish(title.text);
}

/**
 * The occupation's title and description in the widget's language when `OccupationData.translations[lang]` holds
 * them (the host's own; the overlay's are not copied there yet), else the dataset's English, with the `lang` each
 * is in. `lang` is the widget's resolved language tag; `es-MX` also finds translations filed under `es`.
 */
export function occupationText(data: OccupationData, m: Messages, lang: string) {
  const english = isEnglish(m);
  const translations = english ? undefined : data.translations;
  const tag = lang.toLowerCase();
  const own = translations?.[tag] ?? translations?.[tag.split('-')[0]!];
  const pick = (translated: string | undefined, original: string) =>
    translated ? {text: translated, lang: nothing} : {text: original, lang: english ? nothing : ('en' as const)};
  return {title: pick(own?.title, data.occupation.title), description: pick(own?.description, data.occupation.description)};
}

/**
 * Text with a line-break opportunity after each slash. CIP titles join words with slashes
 * (`Medical Records Administration/Administrator`), which browsers do not break at: in a narrow column such a
 * run would otherwise be cut in the middle of a word.
 */
export function slashBreaks(text: string): (string | TemplateResult)[] {
  return text.split('/').flatMap((part, i) => (i ? [html`/<wbr>`, part] : [part]));
}
