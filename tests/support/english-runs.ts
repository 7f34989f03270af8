/**
 * Finds English interface text in a widget that speaks another language: every run of text a visitor can see (or a
 * screen reader reads) that looks English and is not inside an element marked `lang="en"`.
 *
 * The rule. A run is a text node of the widget's shadow trees (nested widgets' too; visually hidden text and closed
 * disclosures included; `<style>` and `<script>` not), or a `data-label` attribute (which CSS shows as a stacked
 * table's cell label). It is English-looking when one of its words is in the English vocabulary and nowhere in the
 * Spanish catalog. The English vocabulary is built, not hand-kept:
 *   - every word of the English catalog (each message; function-valued ones called with sample arguments, so every
 *     branch of `count === 1 ? … : …` counts),
 *   - every word of the data's fixed vocabularies the catalog translates (the keys of `terms`: BLS education and
 *     training categories, O*NET education levels and job-zone texts, BLS skill names, SOC major groups),
 *   - a short list of common English words, so English that never was in any catalog (a hard-coded label) is
 *     caught by its function words ("the", "of", "per", …) too.
 * Subtracting the Spanish catalog's own words keeps out what the two languages share ("social", "video", "no") and
 * the English the Spanish catalog uses on purpose ("(high school)", "nurse"). Words of the dataset that are no
 * interface text (occupation titles, tasks) are not in the vocabulary unless a catalog uses them; they must be
 * marked `lang="en"` all the same, and mostly contain a vocabulary word ("and", "of") that flags them when not.
 */
import {es} from '../../src/internal/catalogs/es.js';
import {en} from '../../src/internal/messages.js';

const COMMON_ENGLISH = `the of and to in for with on at by from is are was were be been this that these those it its or not
  no as an if than then there their they them we our you your he she his her which who what when where why how all any
  each more most less few many much some one two three four five first per year years hour hours week month jobs job
  work worker workers career careers pay wage wages median percentile employment outlook growth average show hide
  about after before between into over under up down out new old only also other such same very too just can may
  will would should must has have had do does did get got make made see seen read here help note notes source data
  loading error try again details owner page site chosen found results search find type use used using level skill
  skills knowledge interests tools technology education training degree school college high low middle number`;

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const words = (text: string) => (text.match(WORD) ?? []).map((w) => w.toLowerCase());

/** Every string a catalog can produce: plain messages, nested groups, and function-valued messages called with samples. */
function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'function') {
    for (const sample of [0, 1, 2]) {
      try {
        out.push(String((value as (...a: unknown[]) => unknown)(...Array.from({length: value.length || 4}, () => sample))));
      } catch {
        // a message that needs real arguments: its other samples still count
      }
    }
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) texts(v, out);
  return out;
}

let vocabulary: Set<string> | undefined;

/** English words that never occur in the Spanish catalog (built once, after the elements' English parts have loaded). */
export function englishVocabulary(): Set<string> {
  if (vocabulary) return vocabulary;
  const spanish = new Set(texts(es).flatMap(words));
  const english = [...texts(en), ...Object.keys(es.terms), ...COMMON_ENGLISH.split(/\s+/)].flatMap(words);
  vocabulary = new Set(english.filter((w) => w.length > 1 && !spanish.has(w)));
  return vocabulary;
}

export interface EnglishRun {
  text: string;
  /** The English words found. */
  words: string[];
  /** Where: the element path inside the widget (tag names and classes). */
  where: string;
}

const isEnglishLang = (lang: string | null) => lang !== null && /^en(-|$)/i.test(lang);

/** The English-looking runs of text in `root`'s shadow trees that are not marked `lang="en"`. */
export function englishRuns(root: Element): EnglishRun[] {
  const vocab = englishVocabulary();
  const found: EnglishRun[] = [];
  const path: string[] = [];
  const check = (text: string, where: string) => {
    const hits = [...new Set(words(text).filter((w) => vocab.has(w)))];
    if (hits.length) found.push({text: text.replace(/\s+/g, ' ').trim(), words: hits, where});
  };
  const walk = (node: Node) => {
    if (node instanceof Element) {
      if (isEnglishLang(node.getAttribute('lang'))) return;
      if (node.localName === 'style' || node.localName === 'script') return;
      path.push(node.localName + (node.classList.length ? `.${[...node.classList].join('.')}` : ''));
      const label = node.getAttribute('data-label');
      if (label) check(label, `${path.join(' > ')}[data-label]`);
      if (node.shadowRoot) walk(node.shadowRoot);
      for (const child of node.childNodes) walk(child);
      path.pop();
      return;
    }
    if (node.nodeType === Node.TEXT_NODE) check(node.textContent ?? '', path.join(' > '));
    else for (const child of node.childNodes) walk(child);
  };
  walk(root.shadowRoot ?? root);
  return found;
}
