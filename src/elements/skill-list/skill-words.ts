import type {Messages} from '../../internal/messages.js';

/**
 * Ratings and ranks in words, so a student need not know the scales. Importance uses O*NET's own anchors
 * (1 not important … 5 extremely important), rounded to the nearest. Level (0-7) and BLS percentile ranks have no
 * such anchors in the data: the bands below are ours, and the messages show the figure beside the word.
 */
const IMPORTANCE: readonly (keyof Messages['importanceWords'])[] = ['not', 'somewhat', 'important', 'very', 'extremely'];

/** The figure as shown (one decimal), so the word never disagrees with the number beside it. */
const shown = (value: number) => Math.round(value * 10) / 10;

export const importanceWord = (importance: number): keyof Messages['importanceWords'] =>
  IMPORTANCE[Math.min(4, Math.max(0, Math.round(shown(importance)) - 1))]!;

/** Level 0-7: below 3 basic, below 5 intermediate, else advanced. */
export const levelWord = (level: number): keyof Messages['levelWords'] => {
  const value = shown(level);
  return value < 3 ? 'basic' : value < 5 ? 'intermediate' : 'advanced';
};

/** A BLS skill percentile rank (0-100) in words: the top quarter of all jobs is high, the bottom quarter low. */
export function blsRankText(m: Messages, percentile: number, value: string): string {
  if (percentile >= 75) return m.blsRank.high(value);
  if (percentile >= 25) return m.blsRank.average(value);
  return percentile < 1 ? m.blsRank.lowest : m.blsRank.low(Math.round(percentile));
}
