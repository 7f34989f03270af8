import type {JobZoneInfo} from '../data/dataset-types.js';
import type {Messages} from './messages.js';
import './messages/figure-terms.js'; // the figures' shared words (see messages.ts)

/**
 * An O*NET job zone as a level of preparation, in words a student reads ("level 3 of 5 (medium)"), not O*NET's
 * "Job Zone Three: Medium Preparation Needed". O*NET 30 reports zones 1 and 2 as one ("Job Zone 1-2", filed as
 * zone 2): when the dataset's zones have no zone 1, zone 2 reads "level 1–2 of 5".
 */
export function preparationLevel(m: Messages, zone: number, zones: readonly Pick<JobZoneInfo, 'zone'>[]): string {
  const key = levelKey(zone, zones);
  return m.preparationLevel(key.replace('-', '–'), m.preparationWords[key] ?? '');
}

/** What the level asks for, in plain words (O*NET's own sentence says "in this zone" and names degrees unexplained). */
export const preparationMeaning = (m: Messages, zone: number, zones: readonly Pick<JobZoneInfo, 'zone'>[]): string =>
  m.preparationMeaning[levelKey(zone, zones)] ?? '';

const levelKey = (zone: number, zones: readonly Pick<JobZoneInfo, 'zone'>[]) => (zone === 2 && combinedLowLevels(zones) ? '1-2' : String(zone));

/** Whether the dataset reports the first two levels as one (O*NET 30's "Job Zone 1-2"). */
export const combinedLowLevels = (zones: readonly Pick<JobZoneInfo, 'zone'>[]): boolean => zones.some((z) => z.zone === 2) && !zones.some((z) => z.zone === 1);

/** First letter upper-cased, for a message that also reads mid-sentence ("level 3 …" -> "Level 3 …"). */
export const capitalize = (text: string, locale: string): string => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
