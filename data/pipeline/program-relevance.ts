/**
 * Programs by relevance, for an occupation that inherits a wider code's program list. The CIP-SOC crosswalk pairs
 * programs with 2018 SOC codes only, so an O*NET specialty (`11-9199.09` Wind Energy Operations Managers) gets the
 * whole list of its SOC code (`11-9199` Managers, All Other: 128 programs, Library Science among them). The
 * crosswalk carries program titles, not definitions, so the method is word overlap between the program's title and
 * the occupation's own words:
 *
 * - Words are lower-cased, stop words dropped ("and", "general", "other"), and reduced to a stem by a small suffix
 *   list ({@link stem}: managers, management and managing are one word; so are economist and economics).
 * - A program title word counts by how rare it is among all program titles (inverse document frequency: "Library"
 *   counts more than "Management") and by where the occupation uses it: its title 1, its other job titles and its
 *   description 0.5, its task statements 0.25.
 * - A program's relevance is the share of its title's weight the occupation matches, 0 to 1 ("Project
 *   Management" for Wind Energy Development Managers: 0.65; "Library and Information Science": 0).
 * - Programs are ordered by relevance, ties in CIP code order; those of relevance {@link RELEVANT} or more (at most
 *   {@link MOST_RELEVANT}) are the ones a widget shows first, the rest one click away.
 */
import type {Occupation, ProgramRef} from '../../src/data/dataset-types.js';

/** The relevance from which a program counts as close to the occupation's own work. */
export const RELEVANT = 0.35;
/** How many relevant programs a widget shows before the rest. */
export const MOST_RELEVANT = 5;

const STOP_WORDS = new Set([
  'a',
  'all',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'general',
  'in',
  'including',
  'into',
  'its',
  'may',
  'of',
  'on',
  'or',
  'other',
  'related',
  'such',
  'studies',
  'the',
  'their',
  'to',
  'use',
  'using',
  'various',
  'with',
]);

/** Longest first; each pass removes one, and a stem keeps at least four letters. */
const SUFFIXES = [
  'izations',
  'ization',
  'ational',
  'ations',
  'ation',
  'ators',
  'ator',
  'ative',
  'ements',
  'ement',
  'ments',
  'ment',
  'icians',
  'ician',
  'ists',
  'ist',
  'isms',
  'ism',
  'ities',
  'ity',
  'ings',
  'ing',
  'ives',
  'ive',
  'ical',
  'ics',
  'ers',
  'er',
  'ors',
  'or',
  'ies',
  'es',
  'al',
  'ly',
  's',
  'y',
  'e',
];

/** A word's stem: suffixes removed, up to three passes (engineering -> engineer -> engin). */
export function stem(word: string): string {
  let w = word;
  for (let pass = 0; pass < 3; pass++) {
    const suffix = SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= 4);
    if (!suffix) break;
    w = w.slice(0, -suffix.length);
  }
  return w;
}

/** The stems of a text's words, stop words left out. */
export function stems(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .map(stem);
}

/** Inverse document frequency of every stem over a list of program titles. */
export function programWordWeights(titles: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  let n = 0;
  for (const title of titles) {
    n++;
    for (const s of new Set(stems(title))) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return new Map([...counts].map(([s, count]) => [s, Math.log(n / count)]));
}

/** Where the occupation uses each stem, as the weight of the strongest place (title 1 ... tasks 0.25). */
function occupationWords(o: Pick<Occupation, 'title' | 'description' | 'alternateTitles' | 'tasks'>): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const s of stems(text)) weights.set(s, Math.max(weights.get(s) ?? 0, weight));
  };
  for (const task of o.tasks) add(task.text, 0.25);
  add(o.description, 0.5);
  for (const title of o.alternateTitles) add(title, 0.5);
  add(o.title, 1);
  return weights;
}

/** A program's relevance to the occupation, 0 to 1: the share of its title's word weight the occupation matches. */
function relevance(title: string, own: Map<string, number>, idf: Map<string, number>): number {
  let total = 0;
  let matched = 0;
  for (const s of new Set(stems(title))) {
    const weight = idf.get(s) ?? 0;
    total += weight;
    matched += weight * (own.get(s) ?? 0);
  }
  return total ? matched / total : 0;
}

/**
 * The programs ordered by relevance to the occupation (ties in the given order), and how many of the first are
 * relevant enough to show before the rest (at most {@link MOST_RELEVANT}).
 */
export function rankPrograms(
  programs: readonly ProgramRef[],
  occupation: Pick<Occupation, 'title' | 'description' | 'alternateTitles' | 'tasks'>,
  idf: Map<string, number>,
): {programs: ProgramRef[]; relevant: number} {
  const own = occupationWords(occupation);
  // Rounded, so that the order cannot depend on the last bit of a logarithm (the dataset check is byte for byte).
  const scored = programs.map((p, i) => ({p, i, score: Math.round(relevance(p.title, own, idf) * 1e6) / 1e6}));
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  const relevant = Math.min(MOST_RELEVANT, scored.filter((s) => s.score >= RELEVANT).length);
  return {programs: scored.map((s) => s.p), relevant};
}
