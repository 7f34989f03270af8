/**
 * A search vocabulary (words of a language and the occupations or English titles they mean) turned into titles
 * per occupation, packed like `search.json`'s, so the matcher searches them as it searches the English titles.
 * The pipeline compiles the built-in vocabularies with it (`data/vocabulary/<lang>.json` -> `search-<lang>.json`);
 * the matcher compiles a host catalog's vocabulary with it in the browser.
 */
import type {IndexEntry} from './dataset-types.js';
import type {SearchVocabulary} from './search-types.js';
import {titleKey} from './search-words.js';
import {packTitles, type PackedTitles} from './title-pack.js';

/** Index positions and strengths (0-3) of the occupations an English title (by `titleKey`) leads to. */
export type TitleHolders = (key: string) => readonly (readonly [position: number, strength: number])[];

const CODE = /^\d\d-\d{4}(\.\d\d)?$/;
/** A code target's strength (0-3) by its place in the list: what a word means first is as strong as a title gets. */
const codeStrength = (place: number) => Math.max(2, 3 - place);

/** Positions a code names: the exact O*NET-SOC code, or for a SOC code its `.00` occupation (else its only one). */
export function codePositions(entries: readonly IndexEntry[]): (code: string) => number[] {
  const byCode = new Map(entries.map((e, i) => [e.code, i]));
  return (code) => {
    const exact = byCode.get(code) ?? byCode.get(`${code}.00`);
    if (exact !== undefined) return [exact];
    const under = entries.flatMap((e, i) => (e.soc === code ? [i] : []));
    return under.length === 1 ? under : [];
  };
}

export interface CompiledVocabulary {
  packed: PackedTitles;
  /** Targets that named no occupation of this dataset. */
  unresolved: string[];
}

/** A vocabulary onto the index's positions (`entries`): its forms as titles of the occupations they mean. */
export function compileVocabulary(vocabulary: SearchVocabulary, entries: readonly IndexEntry[], holders: TitleHolders): CompiledVocabulary {
  const positions = codePositions(entries);
  const forms = entries.map(() => new Map<string, {form: string; strength: number}>());
  const unresolved: string[] = [];
  for (const entry of vocabulary.entries) {
    const meant: [number, number][] = [];
    entry.targets.forEach((target, place) => {
      const trimmed = target.trim();
      const found: readonly (readonly [number, number])[] = CODE.test(trimmed)
        ? positions(trimmed).map((p) => [p, codeStrength(place)] as const)
        : holders(titleKey(trimmed));
      if (!found.length) unresolved.push(target);
      for (const [position, strength] of found) meant.push([position, strength]);
    });
    for (const [position, strength] of meant) {
      for (const form of entry.forms) {
        const text = form.trim().replace(/\s+/g, ' ');
        if (!text) continue;
        const key = text.toLowerCase();
        const had = forms[position]!.get(key);
        if (!had || had.strength < strength) forms[position]!.set(key, {form: had?.form ?? text, strength});
      }
    }
  }
  const lists = forms.map((map) => [...map.values()]);
  return {
    packed: packTitles(
      lists.map((list) => list.map((f) => f.form)),
      lists.map((list) => list.map((f) => f.strength)),
    ),
    unresolved,
  };
}
