/** Facts about the sources worth knowing when reading the dataset, measured rather than assumed. */
import type {ParsedSources} from './parse-sources.js';
import {OEWS_VALUE_COLUMNS} from './sources/oews-csv.js';
import {TOP_CODE} from './wages.js';

export function sourceNotes(p: ParsedSources): string[] {
  const notes: string[] = [];
  for (const {year, national} of [p.oews, p.oewsPrevious]) {
    let hash = 0;
    let above = 0;
    for (const r of national.values()) {
      for (const col of OEWS_VALUE_COLUMNS) {
        const v = r.values[col];
        if (v === '#') hash++;
        else if (typeof v === 'number' && col !== 'TOT_EMP' && v >= (col.startsWith('A_') ? TOP_CODE.annual : TOP_CODE.hourly)) above++;
      }
    }
    notes.push(
      `national_M${year}_dl.csv: ${hash} top-coded (\`#\`) cells; ${above} published wage cells at or above the top code ($${TOP_CODE.hourly}/h, $${TOP_CODE.annual.toLocaleString('en-US')}/yr).`,
    );
  }
  notes.push(
    `State wages May ${p.states.year}: ${p.states.official ? 'official OEWS state file (hourly percentiles published)' : 're-packaged state JSON (a missing key is resolved with the national flag of the same code and column; hourly 10/25/75/90th percentiles derived: the published hourly median where the annual percentile equals the annual median, else annual / 2080; not for annual-only occupations)'}.`,
  );
  const noZone = p.occupations.filter((o) => !p.jobZones.has(o.code)).length;
  notes.push(`${noZone} O*NET occupations have no job zone in Job Zones.txt (\`jobZone: null\`).`);
  if (p.ratingsRelease.version !== p.release.version) {
    notes.push(
      `Version skew: skills and knowledge ratings are O*NET ${p.ratingsRelease.version} (${p.ratingsRelease.release}); everything else O*NET ${p.release.version} (${p.release.release}). The O*NET attribution says so.`,
    );
  }
  const optional = [p.workContext && 'Work Context', p.workActivities && 'Work Activities', p.abilities && 'Abilities'].filter(Boolean);
  notes.push(
    optional.length
      ? `User-supplied O*NET files used: ${optional.join(', ')}.`
      : 'O*NET Work Context, Work Activities and Abilities were not supplied: those sections are absent.',
  );
  return notes;
}
