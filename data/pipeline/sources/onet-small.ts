import {parseTsv} from './tsv.js';
import {cleanTitle, groupBy, num, requireColumns} from './group.js';
import type {JobZoneInfo} from '../../../src/data/dataset-types.js';

const CODE = 'O*NET-SOC Code';

/** `Job Zones.txt`: occupation -> job zone number. */
export function parseJobZones(text: string): Map<string, number> {
  const t = parseTsv(text);
  requireColumns(t.header, [CODE, 'Job Zone'], 'Job Zones.txt');
  return new Map(t.rows.map((r) => [r[CODE], num(r['Job Zone'], `Job Zones.txt ${r[CODE]}`)]));
}

/** A row of `Job Zone Reference.txt`, already in the dataset's shape. */
export type JobZoneRef = JobZoneInfo;

/** `Job Zone Reference.txt`: the zones this release defines (30.2 merged zones 1 and 2 into zone 2). */
export function parseJobZoneReference(text: string): JobZoneRef[] {
  const t = parseTsv(text);
  requireColumns(t.header, ['Job Zone', 'Name', 'Experience', 'Education', 'Job Training', 'Examples', 'SVP Range'], 'Job Zone Reference.txt');
  return t.rows.map((r) => ({
    zone: num(r['Job Zone'], 'Job Zone Reference.txt'),
    name: r['Name'],
    experience: r['Experience'],
    education: r['Education'],
    training: r['Job Training'],
    examples: r['Examples'],
    svpRange: r['SVP Range'],
  }));
}

/** `Education, Training, and Experience Categories.txt`: (element, scale, category) -> label. */
export function parseEteCategories(text: string): Map<string, string> {
  const t = parseTsv(text);
  requireColumns(t.header, ['Element ID', 'Scale ID', 'Category', 'Category Description'], 'Education, Training, and Experience Categories.txt');
  return new Map(t.rows.map((r) => [`${r['Element ID']}|${r['Scale ID']}|${r['Category']}`, r['Category Description']]));
}

export interface RelatedRecord {
  code: string;
  tier: 'primary-short' | 'primary-long' | 'supplemental';
  index: number;
}

const TIERS: Record<string, RelatedRecord['tier']> = {
  'Primary-Short': 'primary-short',
  'Primary-Long': 'primary-long',
  Supplemental: 'supplemental',
};

/** `Related Occupations.txt`: occupation -> related occupations with tier and O*NET's own index order. */
export function parseRelatedOccupations(text: string): Map<string, RelatedRecord[]> {
  const t = parseTsv(text);
  requireColumns(t.header, [CODE, 'Related O*NET-SOC Code', 'Relatedness Tier', 'Index'], 'Related Occupations.txt');
  const records = t.rows.map((r) => {
    const tier = TIERS[r['Relatedness Tier']];
    if (!tier) throw new Error(`Related Occupations.txt: ${r[CODE]}: unknown tier ${JSON.stringify(r['Relatedness Tier'])}`);
    return {from: r[CODE], code: r['Related O*NET-SOC Code'], tier, index: num(r['Index'], `Related Occupations.txt ${r[CODE]}`)};
  });
  const grouped = groupBy(records, (r) => r.from);
  return new Map([...grouped].map(([code, list]) => [code, list.map(({code: c, tier, index}) => ({code: c, tier, index}))]));
}

/** Column of `Sample of Reported Titles.txt` that marks the titles O*NET's My Next Move shows to students. */
const SHOWN_IN_MY_NEXT_MOVE = 'Shown in My Next Move';

/**
 * `Alternate Titles.txt` (column `Alternate Title`) or `Sample of Reported Titles.txt` (`Reported Job Title`).
 * Reported titles keep the file's order, except that those shown in My Next Move (`Y`) come first: they are the
 * ones O*NET itself puts in front of students.
 */
export function parseTitles(text: string, file: string): Map<string, string[]> {
  const t = parseTsv(text);
  const column = t.header.includes('Alternate Title') ? 'Alternate Title' : 'Reported Job Title';
  requireColumns(t.header, [CODE, column], file);
  const shownFirst = t.header.includes(SHOWN_IN_MY_NEXT_MOVE);
  const grouped = groupBy(t.rows, (r) => r[CODE]);
  return new Map(
    [...grouped].map(([code, list]) => {
      const ordered = shownFirst ? [...list.filter((r) => r[SHOWN_IN_MY_NEXT_MOVE] === 'Y'), ...list.filter((r) => r[SHOWN_IN_MY_NEXT_MOVE] !== 'Y')] : list;
      return [code, ordered.map((r) => cleanTitle(r[column])).filter((s) => s !== '')];
    }),
  );
}
