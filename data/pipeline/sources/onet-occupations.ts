import {parseTsv} from './tsv.js';
import {cleanTitle, requireColumns} from './group.js';

export interface OnetOccupation {
  code: string;
  title: string;
  description: string;
}

const CODE = 'O*NET-SOC Code';

/** `Occupation Data.txt`: one row per O*NET-SOC occupation. */
export function parseOccupationData(text: string): OnetOccupation[] {
  const t = parseTsv(text);
  requireColumns(t.header, [CODE, 'Title', 'Description'], 'Occupation Data.txt');
  return t.rows.map((r) => ({code: r[CODE], title: cleanTitle(r['Title']), description: r['Description']}));
}

export interface OnetRelease {
  /** e.g. "30.2" */
  version: string;
  /** e.g. "February 2026" */
  release: string;
  /** ISO year-month, e.g. "2026-02" */
  date: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `Read Me.txt`: "O*NET 30.2 Database" / "February 2026 Release". */
export function parseReadMe(text: string): OnetRelease {
  const version = /O\*NET\s+(\d+\.\d+)\s+Database/.exec(text)?.[1];
  const m = /(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\s+Release/.exec(text);
  if (!version || !m) throw new Error('Read Me.txt: no "O*NET <version> Database" / "<Month> <year> Release" lines');
  const month = String(MONTHS.indexOf(m[1]) + 1).padStart(2, '0');
  return {version, release: `${m[1]} ${m[2]}`, date: `${m[2]}-${month}`};
}
