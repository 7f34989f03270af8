import {parseTsv} from './tsv.js';
import {requireColumns} from './group.js';

const CODE = 'O*NET-SOC Code';

/** What O*NET says about one job title of one occupation: how many of its sources list it, and whether workers report it. */
export interface TitleEvidence {
  /** Sources that list the title (`Alternate Titles.txt`, column `Source(s)`: job postings, incumbents, experts...). */
  sources: number;
  /** In `Sample of Reported Titles.txt`: a title workers in the occupation gave for their own job. */
  reported: boolean;
  /** Reported, and one My Next Move shows students (`Shown in My Next Move` = `Y`). */
  shown: boolean;
}

/** Occupation code -> title (lower case) -> evidence. */
export type TitleEvidenceMap = Map<string, Map<string, TitleEvidence>>;

/**
 * `Alternate Titles.txt` and `Sample of Reported Titles.txt` read for how strongly each title belongs to its
 * occupation (the search ranks by it): the number of sources behind an alternate title, and the reported flags.
 */
export function parseTitleEvidence(alternate: string, reported: string): TitleEvidenceMap {
  const out: TitleEvidenceMap = new Map();
  const entry = (code: string, title: string): TitleEvidence => {
    let titles = out.get(code);
    if (!titles) out.set(code, (titles = new Map()));
    const key = title.toLowerCase();
    let evidence = titles.get(key);
    if (!evidence) titles.set(key, (evidence = {sources: 0, reported: false, shown: false}));
    return evidence;
  };
  const alt = parseTsv(alternate);
  requireColumns(alt.header, [CODE, 'Alternate Title', 'Source(s)'], 'Alternate Titles.txt');
  for (const r of alt.rows) {
    if (!r['Alternate Title']) continue;
    const sources = r['Source(s)'].split(',').filter((s) => s.trim() !== '').length;
    const e = entry(r[CODE], r['Alternate Title']);
    e.sources = Math.max(e.sources, sources);
  }
  const rep = parseTsv(reported);
  requireColumns(rep.header, [CODE, 'Reported Job Title', 'Shown in My Next Move'], 'Sample of Reported Titles.txt');
  for (const r of rep.rows) {
    if (!r['Reported Job Title']) continue;
    const e = entry(r[CODE], r['Reported Job Title']);
    e.reported = true;
    e.shown ||= r['Shown in My Next Move'] === 'Y';
  }
  return out;
}
