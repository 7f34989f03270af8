/**
 * REPORT.md's count of the notes widgets show: whose figures a section shows (the same `figuresSubject` the
 * widgets call), O*NET's low-precision estimates, missing previous-year medians, and the two sources of
 * derived state hourly percentiles.
 */
import type {Occupation, PreviousMedian, WageRow} from '../../src/data/dataset-types.js';
import {FIGURE_SECTIONS, figuresSubject, type FiguresReason} from '../../src/data/figures-subject.js';

const fmt = (n: number) => n.toLocaleString('en-US');

const REASONS: [FiguresReason, string][] = [
  ['aggregate', 'a wider BLS code that groups it with others (`blsAggregate`)'],
  ['all-other', 'a catch-all "All Other" SOC code'],
  ['broader', 'the SOC occupation an O*NET specialty (`.01` and up) belongs to'],
];

/** Where a section's figures show: BLS skill ranks only stand in where O*NET has no skill ratings. */
const shown = (o: Occupation, section: (typeof FIGURE_SECTIONS)[number]) => section !== 'blsSkills' || !o.skills?.length;

function subjectTable(occupations: Occupation[]): string[] {
  const rows = REASONS.map(([reason, label]) => {
    const counts = FIGURE_SECTIONS.map((section) => occupations.filter((o) => shown(o, section) && figuresSubject(o, section)?.reason === reason).length);
    const any = occupations.filter((o) => figuresSubject(o)?.reason === reason).length;
    return `| ${label} | ${fmt(any)} | ${counts.map(fmt).join(' | ')} |`;
  });
  return [
    "Sections showing the figures of another BLS code than the occupation's own; each names that code and its title (`src/data/figures-subject.ts`):",
    '',
    '| figures of | occupations | wages | projections | education (BLS) | BLS skill ranks shown |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
  ];
}

function lowPrecisionTable(occupations: Occupation[]): string[] {
  const count = (pick: (o: Occupation) => number) => {
    let values = 0;
    let occs = 0;
    for (const o of occupations) {
      const n = pick(o);
      values += n;
      if (n) occs++;
    }
    return `${fmt(values)} | ${fmt(occs)}`;
  };
  const flagged = (list: Occupation['skills'], what: 'importance' | 'level') => (list ?? []).filter((e) => e.lowPrecision?.includes(what)).length;
  return [
    'O*NET estimates flagged "Recommend Suppress" (low precision), kept with `lowPrecision`:',
    '',
    '| estimate | values | occupations | widgets |',
    '|---|---:|---:|---|',
    `| education percentages flagged | ${count((o) => (o.education.distribution ?? []).filter((s) => s.lowPrecision).length)} | shown, marked low precision |`,
    `| skill importance flagged | ${count((o) => flagged(o.skills, 'importance'))} | shown, marked low precision |`,
    `| knowledge importance flagged | ${count((o) => flagged(o.knowledge, 'importance'))} | shown, marked low precision |`,
    `| skill levels flagged | ${count((o) => flagged(o.skills, 'level'))} | left out, said so |`,
    `| knowledge levels flagged | ${count((o) => flagged(o.knowledge, 'level'))} | left out, said so |`,
  ];
}

type Tally = Record<'top-coded' | 'not-available' | 'no previous data', number>;

/** A previous median that is missing where the current one is published: the comparison the widget explains. */
function tallyPrevious(row: WageRow, basis: 'annual' | 'hourly', tally: Tally): void {
  if (row[basis].median === null) return;
  const previous: PreviousMedian | null = row.previousMedian;
  if (!previous) tally['no previous data']++;
  else if (previous[basis] === null) tally[previous.status?.[basis] ?? 'not-available']++;
}

function previousTable(wageCodes: Map<string, Occupation['wages']>): string[] {
  const empty = (): Tally => ({'top-coded': 0, 'not-available': 0, 'no previous data': 0});
  const t = {nationalAnnual: empty(), nationalHourly: empty(), stateAnnual: empty(), stateHourly: empty()};
  // State rows labelled top-coded although the national median of that period was published: by their pattern.
  const byPattern = empty();
  for (const w of wageCodes.values()) {
    if (w.national) {
      tallyPrevious(w.national, 'annual', t.nationalAnnual);
      tallyPrevious(w.national, 'hourly', t.nationalHourly);
    }
    for (const row of Object.values(w.states)) {
      tallyPrevious(row, 'annual', t.stateAnnual);
      tallyPrevious(row, 'hourly', t.stateHourly);
      if (w.national?.previousMedian?.status?.annual !== 'top-coded') tallyPrevious(row, 'annual', byPattern);
    }
  }
  const row = (reason: keyof Tally, label: string) =>
    `| ${label} | ${[t.nationalAnnual, t.nationalHourly, t.stateAnnual, t.stateHourly].map((x) => fmt(x[reason])).join(' | ')} |`;
  return [
    'Wage rows (once per BLS code) whose current median is published but whose previous median is missing (the widget says why):',
    '',
    '| previous median missing, because | national annual | national hourly | state annual | state hourly |',
    '|---|---:|---:|---:|---:|',
    row('top-coded', 'top-coded'),
    row('not-available', 'not published (the cell, or the whole row)'),
    row('no previous data', 'no previous-period files in this dataset'),
    '',
    `${fmt(byPattern['top-coded'])} of the top-coded state annual medians are in rows whose national median of that period was published: ` +
      'the state files do not say why a value is missing, so a missing state median counts as top-coded where the row has the ' +
      'top-coding pattern, its 10th or 25th percentile published and its median and 75th percentile missing (`isTopCodedFromTheTop` in ' +
      "`pipeline/wages.ts`). A wage BLS does not publish removes all the row's percentiles; the top code removes only those at or " +
      'above it, from the top (physicians and chief executives in some states earn more than their national median).',
  ];
}

function derivedHourly(wageCodes: Map<string, Occupation['wages']>): string[] {
  let fromAnnual = 0;
  let fromMedian = 0;
  for (const w of wageCodes.values()) {
    for (const row of Object.values(w.states)) {
      for (const k of ['p10', 'p25', 'p75', 'p90'] as const) {
        if (row.status[`hourly.${k}`] !== 'derived') continue;
        if (row.annual[k] === row.annual.median && row.hourly[k] === row.hourly.median) fromMedian++;
        else fromAnnual++;
      }
    }
  }
  return [
    `Derived state hourly percentiles (status \`derived\`): ${fmt(fromAnnual)} are annual ÷ 2,080 to the cent; ${fmt(fromMedian)} are the published hourly median, where the annual percentile equals the annual median (see \`data/README.md\`).`,
  ];
}

export function figureNotesSection(occupations: Occupation[], wageCodes: Map<string, Occupation['wages']>): string[] {
  return [
    '## Notes the widgets show',
    '',
    ...subjectTable(occupations),
    '',
    ...lowPrecisionTable(occupations),
    '',
    ...previousTable(wageCodes),
    '',
    ...derivedHourly(wageCodes),
    '',
  ];
}
