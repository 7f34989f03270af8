/**
 * How strongly each alternate or reported title belongs to its occupation, as a digit 0-3 the search ranks by
 * (`search.json` `strength`). O*NET attaches many titles to several occupations ("Registered Nurse (RN)" to
 * Registered Nurses and to Critical Care Nurses, "Police" to a secretaries' occupation): the digit says which
 * of them the title leads to, from O*NET's own evidence, so no query needs a rule of its own.
 *
 * - Evidence of one title for one occupation: the number of O*NET sources that list it (`Alternate Titles.txt`,
 *   `Source(s)`), plus 2 when workers in the occupation report it (`Sample of Reported Titles.txt`), plus 2 more
 *   when My Next Move shows it to students.
 * - Claims on the title's words (compared as the search compares words: case, plural and punctuation aside):
 *   an occupation claims them with that evidence, and more firmly when its own title holds all of them (the
 *   strongest claim there is: "Police" is in "Police and Sheriff's Patrol Officers") or a title My Next Move shows
 *   for it does ("Police Officer").
 * - Its share: the occupation's claim against the strongest other claim, where 60% of the strongest counts as
 *   a full share: several occupations O*NET ties firmly to a title ("Teacher", "Mechanic") stay equals, and the
 *   number of people doing each job decides among them. So "Police" leads to patrol officers before secretaries,
 *   and "Cashier" to Cashiers before Tellers.
 * - The digit: 3 x share x certainty, rounded, where certainty grows with the title's own evidence (a title one
 *   source lists is a third as certain as one with five or more). Four levels keep `search.json` small:
 *   0 a title others hold far more firmly, 1 one source, 2 two or three, 3 firm.
 */
import {titleKey} from '../../src/data/search-words.js';
import type {TitleEvidence, TitleEvidenceMap} from './sources/onet-titles.js';

/** The claim of an occupation whose own title holds all the words: more than any alternate title's evidence (7 + 4). */
const OWN_TITLE = 12;
/** The claim of an occupation with a title My Next Move shows that holds all the words. */
const SHOWN_TITLE = 8;
/** Evidence at which a title counts as certain. */
const CERTAIN = 5;
/** Share of the strongest other claim that counts as an equal claim. */
const EQUAL_CLAIM = 0.6;

export const MAX_STRENGTH = 3;

export function evidenceOf(e: TitleEvidence | undefined): number {
  if (!e) return 0;
  return e.sources + (e.reported ? 2 : 0) + (e.shown ? 2 : 0);
}

interface Occ {
  code: string;
  title: string;
  alternateTitles: readonly string[];
}

/** Titles by their words: which titles hold every word of a key. */
class WordIndex {
  readonly #holders = new Map<string, Set<number>>();
  readonly owner: number[] = [];

  add(key: string, owner: number): void {
    const id = this.owner.push(owner) - 1;
    for (const word of new Set(key.split(' '))) {
      if (!word) continue;
      let set = this.#holders.get(word);
      if (!set) this.#holders.set(word, (set = new Set()));
      set.add(id);
    }
  }

  /** Owners of a title that holds all of `key`'s words. */
  ownersHolding(key: string): Set<number> {
    const sets = [...new Set(key.split(' '))].map((w) => this.#holders.get(w) ?? new Set<number>()).sort((a, b) => a.size - b.size);
    const out = new Set<number>();
    if (!sets.length) return out;
    for (const id of sets[0]!) if (sets.every((s) => s.has(id))) out.add(this.owner[id]!);
    return out;
  }
}

/**
 * Per occupation (in the order given), the strength digit of each of its `alternateTitles`, in that list's order.
 * A title with no evidence at all (in neither file) counts as listed by one source.
 */
export function titleStrengths(occupations: readonly Occ[], evidence: TitleEvidenceMap): number[][] {
  const evidenceFor = (o: Occ, title: string) => Math.max(1, evidenceOf(evidence.get(o.code)?.get(title.toLowerCase())));
  const own = new WordIndex();
  const shown = new WordIndex();
  occupations.forEach((o, i) => {
    own.add(titleKey(o.title), i);
    for (const [title, e] of evidence.get(o.code) ?? []) if (e.shown) shown.add(titleKey(title), i);
  });
  // Claims per title key: occupation -> claim.
  const claims = new Map<string, Map<number, number>>();
  const claimsOn = (key: string) => {
    let map = claims.get(key);
    if (map) return map;
    claims.set(key, (map = new Map()));
    for (const i of shown.ownersHolding(key)) map.set(i, SHOWN_TITLE);
    for (const i of own.ownersHolding(key)) map.set(i, OWN_TITLE);
    return map;
  };
  occupations.forEach((o, i) => {
    for (const t of o.alternateTitles) {
      const key = titleKey(t);
      if (!key) continue;
      const map = claimsOn(key);
      map.set(i, Math.max(map.get(i) ?? 0, evidenceFor(o, t)));
    }
  });
  return occupations.map((o, i) =>
    o.alternateTitles.map((t) => {
      const key = titleKey(t);
      const own = evidenceFor(o, t);
      let other = 0;
      for (const [holder, claim] of claims.get(key) ?? []) if (holder !== i) other = Math.max(other, claim);
      const mine = claims.get(key)?.get(i) ?? own;
      const share = other > 0 ? Math.min(1, mine / (EQUAL_CLAIM * other)) : 1;
      const certainty = Math.min(1, (own + 1) / (CERTAIN + 1));
      return Math.round(MAX_STRENGTH * share * certainty);
    }),
  );
}
