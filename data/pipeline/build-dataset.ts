/** The join: parsed sources -> every dataset file's content (as typed objects). */
import {
  DATASET_SCHEMA_VERSION,
  type DatasetIndex,
  type DatasetMeta,
  type Occupation,
  type ProgramIndex,
  type RegionSummary,
  type SearchIndex,
  type SearchVocabularyIndex,
  type WageRow,
} from '../../src/data/dataset-types.js';
import type {ParsedSources} from './parse-sources.js';
import {
  buildActivities,
  buildEducationDistribution,
  buildInterests,
  buildRated,
  buildTasks,
  buildTechnology,
  buildTools,
  buildWorkContext,
  buildWorkStyles,
  buildWorkValues,
  mergeTitles,
} from './build-onet-sections.js';
import {SocHierarchy} from './soc-hierarchy.js';
import {previousFromOews, previousFromStateJson, wageRowFromOews, wageRowFromStateJson} from './wages.js';
import {outlookFrom} from './outlook.js';
import {buildElements, buildMeta} from './meta.js';
import {cmp, groupBy} from './sources/group.js';
import {indexEntryOf} from '../../src/data/index-entry.js';
import {suggestCourses} from './high-school-courses.js';
import {buildProgramIndex, programsFor, videosFor, type VideoStats} from './build-programs.js';
import {buildRegionSummaries} from './build-regions.js';
import {buildSearch} from './build-search.js';

export interface Dataset {
  meta: DatasetMeta;
  index: DatasetIndex;
  search: SearchIndex;
  /** `search-first.json`: the first tier of the search titles. */
  searchFirst: SearchIndex;
  /** `search-<lang>.json`, one per vocabulary. */
  vocabularies: SearchVocabularyIndex[];
  /** In code order. */
  occupations: Occupation[];
  /** `regions/<code>.json`: `US`, then each state with wage rows, in code order. */
  regions: RegionSummary[];
  /** `programs.json`; null when built without the CIP-SOC crosswalk. */
  programs: ProgramIndex | null;
  /** Crosswalk rows skipped: programs with no occupation (`99-9999`), occupations with no program (`99.9999`). */
  programStats: {noMatch: number; noProgram: number} | null;
  /** How the video list joined; null when built without it. */
  videoStats: VideoStats | null;
}

/** O*NET-SOC `29-2072.00` -> SOC `29-2072`. */
export const socOf = (code: string) => code.slice(0, 7);

export function buildDataset(p: ParsedSources): Dataset {
  const soc = new SocHierarchy(p.soc);
  const oewsDetailed = new Map([...p.oews.national].filter(([, r]) => r.group === 'detailed'));
  const lineItems = new Map(p.projections.rows.filter((r) => r.type === 'Line item').map((r) => [r.code, r]));
  const onetBySoc = groupBy(p.occupations, (o) => socOf(o.code));
  const onetTitle = new Map(p.occupations.map((o) => [o.code, o.title]));
  const hasBlsData = (code: string) => oewsDetailed.has(code) || lineItems.has(code);

  // BLS codes without an O*NET occupation: "All other" codes and BLS aggregates such as 29-2010.
  const blsOnly = [...new Set([...oewsDetailed.keys(), ...lineItems.keys()])].filter((c) => !onetBySoc.has(c)).sort(cmp);

  // Where BLS publishes a SOC code only inside an aggregate of its broad group (29-2011 -> 29-2010), the
  // O*NET occupation shows the aggregate's figures, labelled (`blsAggregate`). Only a unique match counts.
  const aggregateOf = (socCode: string): string | null => {
    if (hasBlsData(socCode)) return null;
    const hits = blsOnly.filter((c) => c.slice(0, 6) === socCode.slice(0, 6) && soc.entries.get(c)?.level !== 'detailed');
    return hits.length === 1 ? hits[0] : null;
  };

  const allOccupations = lineItems.size ? p.projections.rows.find((r) => r.code === '00-0000') : undefined;
  if (allOccupations?.percentChange == null) throw new Error('ep_table_1.2: no percent change on the 00-0000 (all occupations) row');
  const allPercent = allOccupations.percentChange;

  const blsTitle = (code: string) => oewsDetailed.get(code)?.title ?? soc.entries.get(code)?.title ?? lineItems.get(code)?.title ?? code;

  const wagesFor = (code: string): Occupation['wages'] => {
    const nationalRec = oewsDetailed.get(code);
    const prevNational = p.oewsPrevious.national.get(code);
    const national = nationalRec ? wageRowFromOews(nationalRec, previousFromOews(prevNational)) : null;
    const states: Record<string, WageRow> = {};
    for (const [state, rows] of [...p.states.rows].sort((a, b) => cmp(a[0], b[0]))) {
      const cur = rows.get(code);
      if (!cur) continue;
      // No previous state files at all: no comparison (null); a state file without the row: not published.
      const prev = p.statesPrevious?.rows.get(state)?.get(code);
      const previous = p.statesPrevious ? previousFromStateJson(prev?.kind === 'json' ? prev.row : undefined, prevNational) : null;
      states[state] = cur.kind === 'official' ? wageRowFromOews(cur.row, previous) : wageRowFromStateJson(cur.row, nationalRec, previous);
    }
    return {national, states};
  };

  /** The BLS-sourced parts, for the code BLS publishes (the SOC code itself or its aggregate). */
  const blsParts = (code: string) => {
    const row = lineItems.get(code);
    const openings = p.openings.get(code);
    if (row && openings !== undefined && openings !== row.annualOpenings) {
      throw new Error(`ep_table_1.10 vs ep_table_1.2: ${code}: annualOpenings ${openings} vs ${row.annualOpenings}`);
    }
    return {
      wages: wagesFor(code),
      outlook: outlookFrom(row, allPercent),
      bls: p.blsEducation.get(code) ?? null,
      blsSkills: p.blsSkills.get(code) ?? null,
    };
  };

  const onetOccupations: Occupation[] = p.occupations.map((o) => {
    const socCode = socOf(o.code);
    const aggregate = aggregateOf(socCode);
    const bls = blsParts(aggregate ?? socCode);
    const occ: Occupation = {
      schemaVersion: DATASET_SCHEMA_VERSION,
      code: o.code,
      soc: socCode,
      title: o.title,
      kind: 'onet',
      description: o.description,
      socHierarchy: soc.chain(socCode),
      siblings: (onetBySoc.get(socCode) ?? []).filter((s) => s.code !== o.code).map((s) => ({code: s.code, title: s.title})),
      alternateTitles: mergeTitles(o.title, p.alternateTitles.get(o.code), p.reportedTitles.get(o.code)),
      reportedTitles: mergeTitles(o.title, p.reportedTitles.get(o.code)),
      tasks: buildTasks(p.tasks.get(o.code)),
      activities: buildActivities(p.taskDwas.get(o.code), p.dwaTitles, o.code),
      technology: buildTechnology(p.technology.get(o.code)),
      tools: buildTools(p.tools.get(o.code)),
      skills: buildRated(p.skills.get(o.code), p.contentModel, 'Skills.tsv', o.code),
      knowledge: buildRated(p.knowledge.get(o.code), p.contentModel, 'Knowledge.tsv', o.code),
      blsSkills: bls.blsSkills,
      interests: buildInterests(p.interests.get(o.code), o.code),
      workStyles: buildWorkStyles(p.workStyles.get(o.code), p.contentModel, o.code),
      workValues: buildWorkValues(p.workValues.get(o.code), p.contentModel, o.code),
      jobZone: p.jobZones.get(o.code) ?? null,
      education: {distribution: buildEducationDistribution(p.education.get(o.code), p.eteCategories, o.code), bls: bls.bls},
      outlook: bls.outlook,
      wages: bls.wages,
      related: [...(p.related.get(o.code) ?? [])]
        .sort((a, b) => a.index - b.index)
        .map((r) => ({code: r.code, title: onetTitle.get(r.code) ?? r.code, tier: r.tier})),
    };
    // Sections from optional user-supplied files appear only when the file was supplied.
    if (p.workContext) occ.workContext = buildWorkContext(p.workContext.get(o.code), p.contentModel, o.code);
    if (p.workActivities) occ.workActivities = buildRated(p.workActivities.get(o.code), p.contentModel, 'Work Activities.txt', o.code) ?? [];
    if (p.abilities) occ.abilities = buildRated(p.abilities.get(o.code), p.contentModel, 'Abilities.txt', o.code) ?? [];
    if (aggregate) occ.blsAggregate = {code: aggregate, title: blsTitle(aggregate)};
    return occ;
  });

  const blsOccupations: Occupation[] = blsOnly.map((code) => {
    const bls = blsParts(code);
    return {
      schemaVersion: DATASET_SCHEMA_VERSION,
      code,
      soc: code,
      title: blsTitle(code),
      kind: 'bls',
      description: blsDescription(code, soc, hasBlsData),
      ...socPartsOf(code, soc, hasBlsData),
      socHierarchy: soc.chain(code),
      siblings: [],
      alternateTitles: [],
      tasks: [],
      activities: [],
      technology: [],
      tools: [],
      skills: null,
      knowledge: null,
      blsSkills: bls.blsSkills,
      interests: null,
      workStyles: null,
      workValues: null,
      jobZone: null,
      education: {distribution: null, bls: bls.bls},
      outlook: bls.outlook,
      wages: bls.wages,
      related: [],
    };
  });

  const occupations = [...onetOccupations, ...blsOccupations].sort((a, b) => cmp(a.code, b.code));
  for (const o of occupations) o.courses = suggestCourses(o);
  let programs: ProgramIndex | null = null;
  if (p.crosswalk) {
    // The detailed SOC codes a BLS aggregate combines (as `blsDescription` lists them).
    const combines = (code: string) =>
      [...soc.entries.values()].filter((e) => e.level === 'detailed' && e.code.slice(0, 6) === code.slice(0, 6) && !hasBlsData(e.code)).map((e) => e.code);
    const lists = programsFor(occupations, p.crosswalk, combines);
    for (const o of occupations) {
      const {programs, from} = lists.get(o.code)!;
      o.programs = programs;
      if (from) o.programsFrom = from;
    }
    programs = buildProgramIndex(occupations, p.crosswalk);
  }
  const programStats = p.crosswalk ? {noMatch: p.crosswalk.noMatch.length, noProgram: p.crosswalk.noProgram.length} : null;
  let videoStats: VideoStats | null = null;
  if (p.videos) {
    const joined = videosFor(occupations, p.videos.links);
    for (const o of occupations) o.video = joined.videos.get(o.code) ?? null;
    videoStats = joined.stats;
  }
  const meta = buildMeta(p, allPercent, buildElements(occupations, p.contentModel));
  const index: DatasetIndex = {
    schemaVersion: DATASET_SCHEMA_VERSION,
    datasetVersion: meta.datasetVersion,
    occupations: occupations.map(indexEntryOf),
    majorGroups: soc.majorGroups(),
  };
  const {search, first, vocabularies} = buildSearch(p, occupations, index.occupations, meta.datasetVersion);
  const regions = buildRegionSummaries(index, occupations, Object.keys(meta.regions));
  return {meta, index, search, searchFirst: first, vocabularies, regions, occupations, programs, programStats, videoStats};
}

/** The SOC detailed occupations a BLS aggregate the SOC does not define combines (none for a SOC-defined code). */
function socPartsFor(code: string, soc: SocHierarchy, hasBlsData: (c: string) => boolean) {
  if (soc.entries.get(code)?.definition) return [];
  return [...soc.entries.values()].filter((e) => e.level === 'detailed' && e.code.slice(0, 6) === code.slice(0, 6) && !hasBlsData(e.code));
}

/** `socParts`: the combined occupations with their SOC definitions, verbatim; the key only when there are any. */
function socPartsOf(code: string, soc: SocHierarchy, hasBlsData: (c: string) => boolean): Pick<Occupation, 'socParts'> {
  const parts = socPartsFor(code, soc, hasBlsData);
  return parts.length ? {socParts: parts.map((e) => ({code: e.code, title: e.title, definition: e.definition}))} : {};
}

/** SOC definition; for a BLS aggregate the SOC does not define, a sentence of ours naming the SOC codes it combines. */
function blsDescription(code: string, soc: SocHierarchy, hasBlsData: (c: string) => boolean): string {
  const def = soc.entries.get(code)?.definition;
  if (def) return def;
  const parts = socPartsFor(code, soc, hasBlsData);
  if (!parts.length) return '';
  return `BLS publishes this as one occupation combining the 2018 SOC occupations ${parts.map((e) => `${e.title} (${e.code})`).join('; ')}.`;
}
