/**
 * Whose figures a section shows. BLS publishes wages, projections, education assignments and skill ranks per
 * SOC code, not per O*NET occupation, so an O*NET profile often shows another code's figures:
 * - `aggregate`: BLS publishes the occupation's SOC code only inside a wider code (29-2012 -> 29-2010);
 * - `all-other`: the occupation is one of several O*NET specialties under a catch-all "All Other" SOC code
 *   (11-9199.09 Wind Energy Operations Managers -> 11-9199 Managers, All Other);
 * - `broader`: the occupation is an O*NET specialty (`.01` and up) inside a SOC occupation
 *   (11-1011.03 Chief Sustainability Officers -> 11-1011 Chief Executives).
 * An O*NET `.00` code is the SOC occupation itself, and a BLS-only occupation is the BLS code itself: their
 * figures are their own. One DOM-free module, so every widget, the structured data and the pipeline's report
 * decide it the same way.
 */
import type {Occupation} from './dataset-types.js';

/** The sections whose figures come from BLS. */
export type FigureSection = 'wages' | 'outlook' | 'education' | 'blsSkills';

export type FiguresReason = 'aggregate' | 'all-other' | 'broader';

export interface FiguresSubject {
  /** BLS code whose figures are shown (`29-2010`, `11-9199`). */
  code: string;
  /** Its title as BLS / the 2018 SOC gives it. */
  title: string;
  reason: FiguresReason;
}

export const FIGURE_SECTIONS: readonly FigureSection[] = ['wages', 'outlook', 'education', 'blsSkills'];

/** Whether the occupation has figures in the section (a section without any needs no label). */
export function hasFigures(occupation: Occupation, section: FigureSection): boolean {
  switch (section) {
    case 'wages':
      return occupation.wages.national !== null || Object.keys(occupation.wages.states).length > 0;
    case 'outlook':
      return occupation.outlook !== null;
    case 'education':
      return occupation.education.bls !== null;
    case 'blsSkills':
      return !!occupation.blsSkills?.length;
  }
}

/** SOC residual codes are titled "..., All Other" (11-9199 Managers, All Other). */
const CATCH_ALL = /\bAll Other\b/;

/**
 * The code and title whose figures `section` shows, and why; null when they are the occupation's own or the
 * section has none. Without `section`: the subject of all BLS sections (they always share one code).
 */
export function figuresSubject(occupation: Occupation, section?: FigureSection): FiguresSubject | null {
  if (section && !hasFigures(occupation, section)) return null;
  if (occupation.blsAggregate) return {...occupation.blsAggregate, reason: 'aggregate'};
  if (occupation.kind !== 'onet' || occupation.code.endsWith('.00')) return null;
  const soc = occupation.socHierarchy.find((g) => g.level === 'detailed' && g.code === occupation.soc);
  const title = soc?.title ?? occupation.soc;
  return {code: occupation.soc, title, reason: CATCH_ALL.test(title) ? 'all-other' : 'broader'};
}
