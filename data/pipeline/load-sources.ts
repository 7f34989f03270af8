import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

/**
 * Every raw source file as text, keyed by a stable name. All file reading of the pipeline happens here,
 * so everything else is pure and testable on strings.
 */
export interface SourceTexts {
  onet: Record<string, string>;
  /** Optional O*NET files a user may supply (`Work Context.txt`, `Work Activities.txt`, `Abilities.txt`). */
  onetOptional: Record<string, string>;
  onetRatings: {readMe: string; skills: string; knowledge: string};
  oewsNational: {year: number; text: string}[];
  /** Re-packaged state JSON per year: FIPS -> text. */
  oewsStatesJson: {year: number; files: Record<string, string>}[];
  /** Official OEWS state file (`--oews-state`), replacing the current year's JSON files. */
  oewsStateCsv: {year: number; text: string} | null;
  projections: {table12: string; table110: string; table54: string; table65: string};
  soc: string;
  /** NCES CIP-SOC crosswalk (`nces-cip-soc-<year>/CIP*.csv`), null when the folder is absent. */
  cipSoc: string | null;
  /** CareerOneStop video list (`careeronestop-videos/career-videos-mp4.json`), null when absent. */
  careerVideos: string | null;
  /** Search vocabularies (`data/vocabulary/<lang>.json`, this repository's own files, not raw sources). */
  vocabularies: {file: string; text: string}[];
}

export const ONET_FILES = [
  'Read Me.txt',
  'Occupation Data.txt',
  'Task Statements.txt',
  'Tasks to DWAs.txt',
  'DWA Reference.txt',
  'Technology Skills.txt',
  'Tools Used.txt',
  'Content Model Reference.txt',
  'Interests.txt',
  'Work Styles.txt',
  'Work Values.txt',
  'Job Zones.txt',
  'Job Zone Reference.txt',
  'Education, Training, and Experience.txt',
  'Education, Training, and Experience Categories.txt',
  'Related Occupations.txt',
  'Alternate Titles.txt',
  'Sample of Reported Titles.txt',
] as const;

export const ONET_OPTIONAL_FILES = ['Work Context.txt', 'Work Activities.txt', 'Abilities.txt'] as const;

const read = (path: string) => readFileSync(path, 'utf8');

/** The one folder whose name matches, e.g. the newest `onet-NN.N`. */
function pickDir(root: string, pattern: RegExp, what: string): string {
  const dirs = readdirSync(root)
    .filter((d) => pattern.test(d))
    .sort((a, b) => versionKey(a) - versionKey(b));
  if (!dirs.length) throw new Error(`${root}: no ${what} folder (${pattern})`);
  return join(root, dirs[dirs.length - 1]);
}

function versionKey(name: string): number {
  const m = /(\d+)(?:\.(\d+))?/.exec(name);
  return m ? Number(m[1]) * 1000 + Number(m[2] ?? 0) : 0;
}

function findFile(dir: string, prefix: string): string {
  const hits = readdirSync(dir)
    .filter((f) => f.startsWith(prefix))
    .sort();
  if (hits.length !== 1) throw new Error(`${dir}: expected one file starting with ${JSON.stringify(prefix)}, found ${hits.length}`);
  return join(dir, hits[0]);
}

/** Year of an OEWS file name like `state_M2025_dl.csv`. */
export function oewsYear(fileName: string): number {
  const m = /M(\d{4})/.exec(fileName);
  if (!m) throw new Error(`${fileName}: no OEWS period (M<year>) in the file name`);
  return Number(m[1]);
}

/**
 * Reads the raw sources below `root` (and an official OEWS state file, if given), and the search vocabularies in
 * `vocabularyDir` (none when not given: a dataset built without them has no `search-<lang>.json`).
 */
export function loadSources(root: string, oewsStateCsvPath?: string, vocabularyDir?: string): SourceTexts {
  if (!existsSync(root)) throw new Error(`sources folder not found: ${root}`);
  // The newest O*NET folder has the full text release; the one holding Skills.tsv carries the ratings.
  const onetDirs = readdirSync(root)
    .filter((d) => /^onet-\d+\.\d+$/.test(d))
    .sort((a, b) => versionKey(a) - versionKey(b));
  if (!onetDirs.length) throw new Error(`${root}: no onet-<version> folder`);
  const onetDir = join(root, onetDirs[onetDirs.length - 1]);
  const ratingsName = [...onetDirs].reverse().find((d) => existsSync(join(root, d, 'Skills.tsv')) || existsSync(join(root, d, 'Skills.txt')));
  if (!ratingsName) throw new Error(`${root}: no O*NET folder with Skills.tsv or Skills.txt`);
  const ratingsDir = join(root, ratingsName);
  const ratingFile = (base: string) => (existsSync(join(ratingsDir, `${base}.tsv`)) ? join(ratingsDir, `${base}.tsv`) : join(ratingsDir, `${base}.txt`));

  const onet: Record<string, string> = {};
  for (const f of ONET_FILES) onet[f] = read(join(onetDir, f));
  const onetOptional: Record<string, string> = {};
  for (const f of ONET_OPTIONAL_FILES) if (existsSync(join(onetDir, f))) onetOptional[f] = read(join(onetDir, f));

  const nationalDir = pickDir(root, /^bls-oews-national$/, 'OEWS national');
  const oewsNational = readdirSync(nationalDir)
    .filter((f) => /^national_M\d{4}_dl\.csv$/.test(f))
    .sort()
    .map((f) => ({year: oewsYear(f), text: read(join(nationalDir, f))}));

  const oewsStatesJson = readdirSync(root)
    .filter((d) => /^bls-oews-state-\d{4}$/.test(d))
    .sort()
    .map((d) => {
      const dir = join(root, d, 'states');
      const files: Record<string, string> = {};
      for (const f of readdirSync(dir)
        .filter((n) => /^\d{2}\.json$/.test(n))
        .sort())
        files[f.slice(0, 2)] = read(join(dir, f));
      return {year: Number(d.slice(-4)), files};
    });

  const epDir = pickDir(root, /^bls-ep-\d{4}-\d{2}$/, 'BLS Employment Projections');
  const socDir = pickDir(root, /^soc-\d{4}$/, 'SOC');
  // Programs and videos are optional sources: a dataset built without them simply has no such sections.
  const cipDir = readdirSync(root)
    .filter((d) => /^nces-cip-soc-\d{4}$/.test(d))
    .sort()
    .pop();
  const videoFile = join(root, 'careeronestop-videos', 'career-videos-mp4.json');
  return {
    onet,
    onetOptional,
    onetRatings: {readMe: read(join(ratingsDir, 'Read Me.txt')), skills: read(ratingFile('Skills')), knowledge: read(ratingFile('Knowledge'))},
    oewsNational,
    oewsStatesJson,
    oewsStateCsv: oewsStateCsvPath ? {year: oewsYear(oewsStateCsvPath), text: read(oewsStateCsvPath)} : null,
    projections: {
      table12: read(findFile(epDir, 'ep_table_1.2_')),
      table110: read(findFile(epDir, 'ep_table_1.10_')),
      table54: read(findFile(epDir, 'ep_table_5.4_')),
      table65: read(findFile(epDir, 'ep_table_6.5_')),
    },
    soc: read(findFile(socDir, 'soc_')),
    cipSoc: cipDir ? read(findFile(join(root, cipDir), 'CIP')) : null,
    careerVideos: existsSync(videoFile) ? read(videoFile) : null,
    vocabularies: vocabularyDir
      ? readdirSync(vocabularyDir)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => ({file: `data/vocabulary/${f}`, text: read(join(vocabularyDir, f))}))
      : [],
  };
}
