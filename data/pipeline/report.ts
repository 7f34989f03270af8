/** `data/REPORT.md`: what the dataset holds and how big it is. Deterministic: no timestamps. */
import {gzipSync} from 'node:zlib';
import type {ValueStatus, WageRow} from '../../src/data/dataset-types.js';
import type {Dataset} from './build-dataset.js';
import type {VideoStats} from './build-programs.js';
import {MOST_RELEVANT, RELEVANT} from './program-relevance.js';
import {compareGrowth} from './outlook.js';
import {figureNotesSection} from './report-notes.js';
import {cmp} from './sources/group.js';

export const GZIP_BUDGET = 12 * 1024;

const gz = (s: string) => gzipSync(Buffer.from(s), {level: 9}).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const fmt = (n: number) => n.toLocaleString('en-US');

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))];
}

export function buildReport(d: Dataset, files: Map<string, string>, notes: string[]): string {
  const occ = d.occupations;
  const onet = occ.filter((o) => o.kind === 'onet');
  const bls = occ.filter((o) => o.kind === 'bls');
  const rated = onet.filter((o) => o.skills !== null);

  // Wage rows are per BLS code; O*NET siblings repeat them, so count each BLS code once.
  const wageCodes = new Map<string, Dataset['occupations'][number]['wages']>();
  for (const o of occ) wageCodes.set(o.blsAggregate?.code ?? o.soc, o.wages);
  const statusCount: Record<'national' | 'state', Record<ValueStatus, number>> = {
    national: {derived: 0, 'top-coded': 0, 'not-available': 0},
    state: {derived: 0, 'top-coded': 0, 'not-available': 0},
  };
  const tally = (row: WageRow, where: 'national' | 'state') => {
    for (const s of Object.values(row.status)) if (s) statusCount[where][s]++;
  };
  let stateRows = 0;
  let nationalRows = 0;
  const basis = {'annual-only': 0, 'hourly-only': 0};
  for (const w of wageCodes.values()) {
    if (w.national) {
      nationalRows++;
      tally(w.national, 'national');
      if (w.national.basis) basis[w.national.basis]++;
    }
    for (const row of Object.values(w.states)) {
      stateRows++;
      tally(row, 'state');
    }
  }
  const stateRowsInFiles = occ.reduce((n, o) => n + Object.keys(o.wages.states).length, 0);

  const occFiles = [...files].filter(([p]) => p.startsWith('occupations/'));
  const sizes = occFiles.map(([p, c]) => ({path: p, raw: Buffer.byteLength(c), gz: gz(c)}));
  const gzSorted = sizes.map((s) => s.gz).sort((a, b) => a - b);
  const rawSorted = sizes.map((s) => s.raw).sort((a, b) => a - b);
  const over = sizes.filter((s) => s.gz > GZIP_BUDGET).sort((a, b) => b.gz - a.gz || cmp(a.path, b.path));
  const sizeRow = (name: string) => {
    const c = files.get(name) ?? '';
    return `| ${name} | ${kb(Buffer.byteLength(c))} | ${kb(gz(c))} |`;
  };
  const comparisons = new Map<string, number>();
  for (const o of occ) if (o.outlook) comparisons.set(o.outlook.comparison, (comparisons.get(o.outlook.comparison) ?? 0) + 1);
  const avg = d.meta.projections.allOccupationsPercentChange;

  const lines = [
    '# Dataset report',
    '',
    `Written by \`npm run data\` (data/pipeline). Dataset \`${d.meta.datasetVersion}\`, schema version ${d.meta.schemaVersion}.`,
    '',
    '## Occupations',
    '',
    '| | count |',
    '|---|---:|',
    `| occupations (files) | ${fmt(occ.length)} |`,
    `| kind \`onet\` (O*NET-SOC profiles) | ${fmt(onet.length)} |`,
    `| kind \`bls\` (BLS codes without an O*NET occupation) | ${fmt(bls.length)} |`,
    `| O*NET occupations with O*NET skills/knowledge ratings | ${fmt(rated.length)} |`,
    `| O*NET occupations without ratings (\`skills: null\`) | ${fmt(onet.length - rated.length)} |`,
    `| ... of which with BLS skill ranks (\`blsSkills\`) | ${fmt(onet.filter((o) => o.skills === null && o.blsSkills !== null).length)} |`,
    `| O*NET occupations showing a BLS aggregate's figures (\`blsAggregate\`) | ${fmt(onet.filter((o) => o.blsAggregate).length)} |`,
    `| occupations with national wages | ${fmt(occ.filter((o) => o.wages.national).length)} |`,
    `| occupations with projections (\`outlook\`) | ${fmt(occ.filter((o) => o.outlook).length)} |`,
    `| occupations with neither wages nor projections | ${fmt(occ.filter((o) => !o.wages.national && !o.outlook).length)} |`,
    '',
    `BLS-only codes: ${bls.map((o) => `${o.code} ${o.title}`).join('; ')}.`,
    '',
    `Outlook comparison (our bands against the all-occupations rate ${avg}%, see \`data/pipeline/outlook.ts\`): ` +
      ['much-faster', 'faster', 'average', 'slower', 'little-or-no-change', 'decline'].map((c) => `${c} ${comparisons.get(c) ?? 0}`).join(', ') +
      `. Medical records specialists (7.1%): ${compareGrowth(7.1, avg)}.`,
    '',
    ...programLines(d),
    '## Wages',
    '',
    `Counted once per BLS code (O*NET occupations sharing a SOC code share its rows).`,
    '',
    '| | count |',
    '|---|---:|',
    `| BLS codes with a national wage row | ${fmt(nationalRows)} |`,
    `| state x occupation wage rows (distinct BLS codes) | ${fmt(stateRows)} |`,
    `| state x occupation wage rows in occupation files (with O*NET siblings repeating them) | ${fmt(stateRowsInFiles)} |`,
    `| regions | ${Object.keys(d.meta.regions).length} |`,
    `| national rows published annual-only / hourly-only | ${basis['annual-only']} / ${basis['hourly-only']} |`,
    '',
    'Values without a plain published figure, by reason (`status`):',
    '',
    '| status | national | state |',
    '|---|---:|---:|',
    ...(['not-available', 'top-coded', 'derived'] as const).map((s) => `| ${s} | ${fmt(statusCount.national[s])} | ${fmt(statusCount.state[s])} |`),
    '',
    ...figureNotesSection(occ, wageCodes),
    '## File sizes',
    '',
    '| file | raw | gzip |',
    '|---|---:|---:|',
    sizeRow('meta.json'),
    sizeRow('index.json'),
    sizeRow('search.json'),
    sizeRow('search-first.json'),
    ...d.vocabularies.map((v) => sizeRow(`search-${v.lang}.json`)),
    ...(files.has('programs.json') ? [sizeRow('programs.json')] : []),
    ...regionSizeRows(files),
    '',
    `Occupation files (${fmt(sizes.length)}):`,
    '',
    '| | min | median | p90 | max |',
    '|---|---:|---:|---:|---:|',
    `| raw | ${kb(rawSorted[0])} | ${kb(quantile(rawSorted, 0.5))} | ${kb(quantile(rawSorted, 0.9))} | ${kb(rawSorted[rawSorted.length - 1])} |`,
    `| gzip | ${kb(gzSorted[0])} | ${kb(quantile(gzSorted, 0.5))} | ${kb(quantile(gzSorted, 0.9))} | ${kb(gzSorted[gzSorted.length - 1])} |`,
    '',
    `Skills, knowledge and the other rated sections keep every element O*NET rates; their descriptions are stored once, in \`meta.json\` (\`elements\`: ${fmt(Object.keys(d.meta.elements).length)} content-model elements).`,
    '',
    `Over the ${kb(GZIP_BUDGET)} gzip budget: ${over.length} file(s).`,
    '',
    ...(over.length ? ['| file | gzip | raw |', '|---|---:|---:|', ...over.map((s) => `| ${s.path} | ${kb(s.gz)} | ${kb(s.raw)} |`)] : []),
    '',
    '## Search',
    '',
    '`search.json`: the alternate and reported titles, packed (see `src/data/title-pack.ts`), each with how firmly it belongs to its occupation (`strength`, `data/pipeline/title-strength.ts`), plus national employment for ranking. `search-first.json`: the first tier, the firmly tied titles (strength 3) and up to two short ones of strength 2 per occupation, which a search answers from while the rest arrives.',
    '',
    '| | count |',
    '|---|---:|',
    `| titles searched: occupation titles (index.json) + alternate and reported titles | ${fmt(occ.length)} + ${fmt(occ.reduce((n, o) => n + o.alternateTitles.length, 0))} |`,
    `| occupations with alternate or reported titles | ${fmt(occ.filter((o) => o.alternateTitles.length).length)} |`,
    `| distinct tokens (words and separators) | ${fmt(d.search.tokens.split('\n').length)} |`,
    `| occupations with national employment (ranking) | ${fmt(d.search.employment.filter((e) => e !== null).length)} |`,
    `| titles by strength 0 / 1 / 2 / 3 | ${[0, 1, 2, 3]
      .map((n) =>
        fmt(
          (d.search.strength ?? [])
            .join('')
            .split('')
            .filter((c) => c === String(n)).length,
        ),
      )
      .join(' / ')} |`,
    `| first tier: titles (occupations with any) | ${fmt((d.searchFirst.strength ?? []).join('').length)} (${fmt(d.searchFirst.titles.filter(Boolean).length)}) |`,
    ...d.vocabularies.map(
      (v) =>
        `| vocabulary \`${v.lang}\` (\`data/vocabulary/${v.lang}.json\`): words placed (occupations reached) | ${fmt(v.strength.join('').length)} (${fmt(v.titles.filter(Boolean).length)}) |`,
    ),
    '',
    '## Sources',
    '',
    '| id | source | version | date | licence |',
    '|---|---|---|---|---|',
    ...d.meta.sources.map((s) => `| ${s.id} | ${s.name} | ${s.version} | ${s.date} | ${s.license} |`),
    '',
    ...(notes.length ? ['## Notes', '', ...notes.map((n) => `- ${n}`), ''] : []),
  ];
  return lines.join('\n').replace(/\n+$/, '\n');
}

/** Programs (CIP-SOC crosswalk) and career videos: what joined, what was left out and why. */
function programLines(d: Dataset): string[] {
  const occ = d.occupations;
  const lines: string[] = [];
  if (d.programs) {
    const counts = occ.map((o) => o.programs?.length ?? 0).sort((a, b) => a - b);
    const pairs = d.programs.programs.reduce((n, p) => n + p.occupations.length, 0);
    const widest = [...d.programs.programs].sort((a, b) => b.occupations.length - a.occupations.length || cmp(a.cip, b.cip))[0];
    lines.push(
      '## Programs (CIP 2020 to SOC 2018 crosswalk)',
      '',
      '| | count |',
      '|---|---:|',
      `| programs in \`programs.json\` (CIP codes with at least one occupation) | ${fmt(d.programs.programs.length)} |`,
      `| program x occupation pairs in \`programs.json\` (O*NET occupations sharing a SOC code each count) | ${fmt(pairs)} |`,
      `| occupations listing at least one program | ${fmt(occ.filter((o) => o.programs?.length).length)} |`,
      `| occupations listing none | ${fmt(occ.filter((o) => !o.programs?.length).length)} |`,
      `| programs per occupation: median / max | ${quantile(counts, 0.5)} / ${counts[counts.length - 1] ?? 0} |`,
      '',
      `Crosswalk rows skipped: ${fmt(d.programStats?.noMatch ?? 0)} programs paired with \`99-9999 NO MATCH\` (no occupation), ${fmt(d.programStats?.noProgram ?? 0)} occupations paired with \`99.9999 NO MATCH\` (no program).`,
      '',
      widest ? `Widest program: ${widest.cip} ${widest.title} (${widest.occupations.length} occupations).` : '',
      '',
      ...inheritedPrograms(occ),
    );
  }
  lines.push(
    '## Helpful high-school courses',
    '',
    `Suggested through the one mapping table in \`data/pipeline/high-school-courses.ts\`: the courses of the occupation's field, then ` +
      `those of its O*NET knowledge ratings (${fmt(occ.filter((o) => o.courses?.basis === 'onet-knowledge').length)} occupations) or, where O*NET ` +
      `rates no knowledge area important, of its BLS skill ranks (${fmt(occ.filter((o) => o.courses?.basis === 'bls-skills').length)}); ` +
      `none where neither rates the occupation (${fmt(occ.filter((o) => !o.courses).length)}).`,
    '',
  );
  if (d.videoStats) {
    const own = occ.filter((o) => o.video?.own).length;
    const other = occ.filter((o) => o.video && !o.video.own).length;
    lines.push(
      '## Career videos (CareerOneStop)',
      '',
      '| | count |',
      '|---|---:|',
      `| entries in the video list | ${fmt(d.videoStats.listed)} |`,
      `| occupations with their own video (\`own: true\`) | ${fmt(own)} |`,
      `| occupations pointed to another occupation's video (\`own: false\`, the widget says whose) | ${fmt(other)} |`,
      `| occupations without a video | ${fmt(occ.filter((o) => !o.video).length)} |`,
      `| entries dropped (a code not in the dataset) | ${fmt(d.videoStats.dropped.length)}${d.videoStats.dropped.length ? `: ${d.videoStats.dropped.map(droppedVideo).join('; ')}` : ''} |`,
      '',
      "The video links are a third party's list and could not be checked from the build machine; widgets load nothing from the video host until a visitor asks.",
      '',
    );
  }
  return lines;
}

/** Which code of a dropped video entry the dataset lacks: the one it is listed under, or the one its video file names. */
function droppedVideo(d: VideoStats['dropped'][number]): string {
  return d.missing === 'listed'
    ? `${d.listedFor} (listed under a code not in the dataset)`
    : `${d.listedFor}, whose video file is ${d.videoCode}.mp4 (${d.videoCode} is not in the dataset)`;
}

/** The O*NET specialties that show their SOC code's program list, ordered by relevance (`programsFrom`). */
function inheritedPrograms(occ: Dataset['occupations']): string[] {
  const inherited = occ.filter((o) => o.programsFrom);
  if (!inherited.length) return [];
  const byRelevant = new Map<number, number>();
  for (const o of inherited) byRelevant.set(o.programsFrom!.relevant, (byRelevant.get(o.programsFrom!.relevant) ?? 0) + 1);
  const counts = [...byRelevant]
    .sort((a, b) => a[0] - b[0])
    .map(([n, count]) => `${n}: ${fmt(count)}`)
    .join(', ');
  return [
    `O*NET specialties listing their SOC code's programs (\`programsFrom\`), ordered by relevance to the specialty ` +
      `(\`pipeline/program-relevance.ts\`): ${fmt(inherited.length)}. Programs close to the specialty's own work, shown first ` +
      `(relevance >= ${RELEVANT}, at most ${MOST_RELEVANT}), by how many: ${counts}.`,
    '',
  ];
}

/** The largest region summaries (what `<career-explorer>` loads beside the index), and the range over all of them. */
function regionSizeRows(files: Map<string, string>): string[] {
  const regions = [...files].filter(([p]) => p.startsWith('regions/')).map(([path, c]) => ({path, raw: Buffer.byteLength(c), gz: gz(c)}));
  if (!regions.length) return [];
  const national = regions.find((r) => r.path === 'regions/US.json');
  const largest = [...regions].sort((a, b) => b.gz - a.gz || cmp(a.path, b.path))[0]!;
  const smallest = [...regions].sort((a, b) => a.gz - b.gz || cmp(a.path, b.path))[0]!;
  return [
    ...(national ? [`| ${national.path} | ${kb(national.raw)} | ${kb(national.gz)} |`] : []),
    `| region summaries (${regions.length}), largest: ${largest.path} | ${kb(largest.raw)} | ${kb(largest.gz)} |`,
    `| region summaries, smallest: ${smallest.path} | ${kb(smallest.raw)} | ${kb(smallest.gz)} |`,
  ];
}
