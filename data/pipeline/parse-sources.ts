import type {SourceTexts} from './load-sources.js';
import {parseOccupationData, parseReadMe, type OnetOccupation, type OnetRelease} from './sources/onet-occupations.js';
import {parseContentModel, type ContentElement} from './sources/onet-content-model.js';
import {parseDwaReference, parseTaskStatements, parseTasksToDwas, type TaskRecord} from './sources/onet-tasks.js';
import {parseTechnologySkills, parseToolsUsed, type TechRecord, type ToolRecord} from './sources/onet-technology.js';
import {parseScaledFile, type ScaledRow} from './sources/onet-scaled.js';
import {
  parseEteCategories,
  parseJobZoneReference,
  parseJobZones,
  parseRelatedOccupations,
  parseTitles,
  type JobZoneRef,
  type RelatedRecord,
} from './sources/onet-small.js';
import {parseOewsCsv, type OewsRecord} from './sources/oews-csv.js';
import {parseStateJson, type StateJsonOccupation} from './sources/oews-state-json.js';
import {
  parseEducationTable,
  parseOpeningsTable,
  parseProjectionsTable,
  parseSkillsTable,
  type EducationAssignment,
  type ProjectionTable,
} from './sources/projections.js';
import {parseSocDefinitions, type SocEntry} from './sources/soc.js';
import {stateByFips} from './regions.js';
import {parseCipSoc, type CipSocCrosswalk} from './sources/cip-soc.js';
import {parseCareerVideos, type VideoLink} from './sources/career-videos.js';
import {parseTitleEvidence, type TitleEvidenceMap} from './sources/onet-titles.js';
import {parseVocabulary, type VocabularyFile} from './vocabulary.js';

/** State wage rows of one period: state code -> SOC code -> either an official row or a JSON row. */
export type StateRows = Map<string, Map<string, {kind: 'official'; row: OewsRecord} | {kind: 'json'; row: StateJsonOccupation}>>;

export interface ParsedSources {
  release: OnetRelease;
  ratingsRelease: OnetRelease;
  occupations: OnetOccupation[];
  contentModel: Map<string, ContentElement>;
  tasks: Map<string, TaskRecord[]>;
  taskDwas: Map<string, {taskId: string; dwaId: string}[]>;
  dwaTitles: Map<string, string>;
  technology: Map<string, TechRecord[]>;
  tools: Map<string, ToolRecord[]>;
  skills: Map<string, ScaledRow[]>;
  knowledge: Map<string, ScaledRow[]>;
  interests: Map<string, ScaledRow[]>;
  workStyles: Map<string, ScaledRow[]>;
  workValues: Map<string, ScaledRow[]>;
  education: Map<string, ScaledRow[]>;
  eteCategories: Map<string, string>;
  /** Present only when the user supplied the file. */
  workContext: Map<string, ScaledRow[]> | null;
  workActivities: Map<string, ScaledRow[]> | null;
  abilities: Map<string, ScaledRow[]> | null;
  jobZones: Map<string, number>;
  jobZoneReference: JobZoneRef[];
  related: Map<string, RelatedRecord[]>;
  alternateTitles: Map<string, string[]>;
  reportedTitles: Map<string, string[]>;
  /** How strongly O*NET ties each alternate and reported title to its occupation (search ranking). */
  titleEvidence: TitleEvidenceMap;
  oews: {year: number; national: Map<string, OewsRecord>};
  oewsPrevious: {year: number; national: Map<string, OewsRecord>};
  states: {year: number; rows: StateRows; official: boolean};
  statesPrevious: {year: number; rows: StateRows} | null;
  /** State code -> name, for every state with rows in the current period. */
  regions: Map<string, string>;
  projections: ProjectionTable;
  openings: Map<string, number | null>;
  blsEducation: Map<string, EducationAssignment>;
  blsSkills: Map<string, {name: string; percentile: number}[]>;
  soc: SocEntry[];
  /** Null when the sources folder has no crosswalk / no video list. */
  crosswalk: CipSocCrosswalk | null;
  videos: {generated: string; links: VideoLink[]} | null;
  /** Search vocabularies of other languages, checked for shape and duplicates (targets: against the dataset). */
  vocabularies: VocabularyFile[];
}

function byCode(records: OewsRecord[]): Map<string, OewsRecord> {
  return new Map(records.map((r) => [r.code, r]));
}

function statesFromJson(files: Record<string, string>, year: number, regions?: Map<string, string>): StateRows {
  const rows: StateRows = new Map();
  for (const fips of Object.keys(files).sort()) {
    const file = parseStateJson(files[fips], `bls-oews-state-${year}/states/${fips}.json`);
    const state = stateByFips(file.fips);
    if (!state) throw new Error(`bls-oews-state-${year}/states/${fips}.json: unknown state FIPS ${file.fips}`);
    regions?.set(state.code, state.name);
    rows.set(state.code, new Map([...file.occupations].map(([code, row]) => [code, {kind: 'json' as const, row}])));
  }
  return rows;
}

function statesFromOfficial(records: OewsRecord[], regions: Map<string, string>, file: string): StateRows {
  const rows: StateRows = new Map();
  for (const r of records) {
    if (r.group !== 'detailed') continue;
    const state = stateByFips(r.area);
    // Official state files also hold PR, GU and VI: outside the 50 states + DC this dataset covers.
    if (!state) continue;
    if (r.state && r.state !== state.code) throw new Error(`${file}: AREA ${r.area} is ${state.code} but PRIM_STATE says ${r.state}`);
    regions.set(state.code, state.name);
    let m = rows.get(state.code);
    if (!m) rows.set(state.code, (m = new Map()));
    m.set(r.code, {kind: 'official', row: r});
  }
  return rows;
}

export function parseSources(src: SourceTexts): ParsedSources {
  const o = src.onet;
  const national = [...src.oewsNational].sort((a, b) => b.year - a.year);
  if (national.length < 2) throw new Error('bls-oews-national: need the current and the previous national_M<year>_dl.csv');
  const jsonStates = [...src.oewsStatesJson].sort((a, b) => b.year - a.year);
  const currentYear = national[0].year;
  const regions = new Map<string, string>();
  let states: ParsedSources['states'];
  if (src.oewsStateCsv) {
    const file = `state_M${src.oewsStateCsv.year}_dl.csv`;
    states = {year: src.oewsStateCsv.year, official: true, rows: statesFromOfficial(parseOewsCsv(src.oewsStateCsv.text, file), regions, file)};
  } else {
    const current = jsonStates.find((s) => s.year === currentYear);
    if (!current) throw new Error(`no state files for ${currentYear} (bls-oews-state-${currentYear}/states)`);
    states = {year: currentYear, official: false, rows: statesFromJson(current.files, currentYear, regions)};
  }
  const previousStates = jsonStates.find((s) => s.year === national[1].year);
  const optional = (name: string) => (src.onetOptional[name] ? parseScaledFile(src.onetOptional[name], name) : null);
  return {
    release: parseReadMe(o['Read Me.txt']),
    ratingsRelease: parseReadMe(src.onetRatings.readMe),
    occupations: parseOccupationData(o['Occupation Data.txt']),
    contentModel: parseContentModel(o['Content Model Reference.txt']),
    tasks: parseTaskStatements(o['Task Statements.txt']),
    taskDwas: parseTasksToDwas(o['Tasks to DWAs.txt']),
    dwaTitles: parseDwaReference(o['DWA Reference.txt']),
    technology: parseTechnologySkills(o['Technology Skills.txt']),
    tools: parseToolsUsed(o['Tools Used.txt']),
    skills: parseScaledFile(src.onetRatings.skills, 'Skills'),
    knowledge: parseScaledFile(src.onetRatings.knowledge, 'Knowledge'),
    interests: parseScaledFile(o['Interests.txt'], 'Interests.txt'),
    workStyles: parseScaledFile(o['Work Styles.txt'], 'Work Styles.txt'),
    workValues: parseScaledFile(o['Work Values.txt'], 'Work Values.txt'),
    education: parseScaledFile(o['Education, Training, and Experience.txt'], 'Education, Training, and Experience.txt'),
    eteCategories: parseEteCategories(o['Education, Training, and Experience Categories.txt']),
    workContext: optional('Work Context.txt'),
    workActivities: optional('Work Activities.txt'),
    abilities: optional('Abilities.txt'),
    jobZones: parseJobZones(o['Job Zones.txt']),
    jobZoneReference: parseJobZoneReference(o['Job Zone Reference.txt']),
    related: parseRelatedOccupations(o['Related Occupations.txt']),
    alternateTitles: parseTitles(o['Alternate Titles.txt'], 'Alternate Titles.txt'),
    reportedTitles: parseTitles(o['Sample of Reported Titles.txt'], 'Sample of Reported Titles.txt'),
    titleEvidence: parseTitleEvidence(o['Alternate Titles.txt'], o['Sample of Reported Titles.txt']),
    oews: {year: national[0].year, national: byCode(parseOewsCsv(national[0].text, `national_M${national[0].year}_dl.csv`))},
    oewsPrevious: {year: national[1].year, national: byCode(parseOewsCsv(national[1].text, `national_M${national[1].year}_dl.csv`))},
    states,
    statesPrevious: previousStates ? {year: previousStates.year, rows: statesFromJson(previousStates.files, previousStates.year)} : null,
    regions,
    projections: parseProjectionsTable(src.projections.table12, 'ep_table_1.2'),
    openings: parseOpeningsTable(src.projections.table110, 'ep_table_1.10'),
    blsEducation: parseEducationTable(src.projections.table54, 'ep_table_5.4'),
    blsSkills: parseSkillsTable(src.projections.table65, 'ep_table_6.5'),
    soc: parseSocDefinitions(src.soc),
    crosswalk: src.cipSoc === null ? null : parseCipSoc(src.cipSoc),
    videos: src.careerVideos === null ? null : parseCareerVideos(src.careerVideos),
    vocabularies: src.vocabularies.map(({file, text}) => parseVocabulary(file, text)),
  };
}
