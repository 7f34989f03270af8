/**
 * Programs and videos: joins the CIP-SOC crosswalk and the CareerOneStop video list onto the occupations.
 * Pure: parsed sources and occupations in, the per-occupation lists and the program index out.
 */
import {
  DATASET_SCHEMA_VERSION,
  type CareerVideo,
  type Occupation,
  type ProgramIndex,
  type ProgramRef,
  type ProgramsFrom,
} from '../../src/data/dataset-types.js';
import type {CipSocCrosswalk} from './sources/cip-soc.js';
import type {VideoLink} from './sources/career-videos.js';
import {cmp, groupBy} from './sources/group.js';
import {programWordWeights, rankPrograms} from './program-relevance.js';

/** What the report counts about the video list, beyond what the dataset itself shows. */
export interface VideoStats {
  listed: number;
  /** Entries whose video is another occupation's (kept, marked `own: false`). */
  other: number;
  /**
   * Entries dropped: filed under a code the dataset lacks (`listedFor`), or whose video's file names a code the
   * dataset lacks (`videoCode`: 51-9151 points to 51-9131.04.mp4, an O*NET-SOC 2010 code).
   */
  dropped: {listedFor: string; videoCode: string; missing: 'listed' | 'video'}[];
}

const byCip = (a: ProgramRef, b: ProgramRef) => cmp(a.cip, b.cip);

/** An occupation's programs, and whose list they are when it is a wider code's. */
export interface OccupationPrograms {
  programs: ProgramRef[];
  from?: ProgramsFrom;
}

/**
 * `Occupation.programs` for every occupation: the crosswalk's programs for its SOC code, in CIP code order. A BLS
 * aggregate (`29-2010`, which the crosswalk never names) gets the programs of the detailed SOC codes it combines.
 * An O*NET specialty (`.01` and up) has no pairs of its own: it gets its SOC code's list, ordered by relevance to
 * the specialty (`program-relevance.ts`), with `from` naming that code. (The crosswalk's pairs for the
 * occupation's own code, when it has any, would come first in CIP order; a specialty has none.)
 */
export function programsFor(occupations: Occupation[], crosswalk: CipSocCrosswalk, combines: (code: string) => string[]): Map<string, OccupationPrograms> {
  const bySoc = groupBy(crosswalk.pairs, (p) => p.soc);
  const idf = programWordWeights(new Map(crosswalk.pairs.map((p) => [p.cip, p.title])).values());
  const out = new Map<string, OccupationPrograms>();
  for (const o of occupations) {
    const socs = bySoc.has(o.soc) ? [o.soc] : o.kind === 'bls' ? combines(o.code) : [];
    const found = new Map<string, ProgramRef>();
    for (const soc of socs) for (const p of bySoc.get(soc) ?? []) found.set(p.cip, {cip: p.cip, title: p.title});
    const programs = [...found.values()].sort(byCip);
    const specialty = o.kind === 'onet' && !o.code.endsWith('.00');
    if (!specialty || !programs.length) {
      out.set(o.code, {programs});
      continue;
    }
    const ranked = rankPrograms(programs, o, idf);
    const title = o.socHierarchy.find((g) => g.level === 'detailed')?.title ?? o.soc;
    out.set(o.code, {programs: ranked.programs, from: {code: o.soc, title, relevant: ranked.relevant}});
  }
  return out;
}

/**
 * `programs.json`: each program with the occupations whose own SOC code the crosswalk pairs it with (aggregates are
 * left out: their O*NET occupations are listed instead), largest national employment first. Programs whose SOC
 * codes match no occupation of the dataset are left out.
 */
export function buildProgramIndex(occupations: Occupation[], crosswalk: CipSocCrosswalk): ProgramIndex {
  const bySoc = groupBy(occupations, (o) => o.soc);
  const employment = (o: Occupation) => o.wages.national?.employment ?? -1;
  const programs = new Map<string, {cip: string; title: string; occupations: Occupation[]}>();
  for (const pair of crosswalk.pairs) {
    const matches = bySoc.get(pair.soc) ?? [];
    if (!matches.length) continue;
    let program = programs.get(pair.cip);
    if (!program) programs.set(pair.cip, (program = {cip: pair.cip, title: pair.title, occupations: []}));
    for (const o of matches) if (!program.occupations.includes(o)) program.occupations.push(o);
  }
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    programs: [...programs.values()].sort(byCip).map((p) => ({
      cip: p.cip,
      title: p.title,
      occupations: [...p.occupations].sort((a, b) => employment(b) - employment(a) || cmp(a.code, b.code)).map((o) => o.code),
    })),
  };
}

/**
 * `Occupation.video`: the list's entry filed under the occupation. Whose video it is comes from the code in the
 * MP4's file name; when that is another occupation, the video is kept with `own: false` and that occupation's
 * title, so a widget can say so. An entry naming a code the dataset does not have is dropped.
 */
export function videosFor(occupations: Occupation[], links: VideoLink[]): {videos: Map<string, CareerVideo>; stats: VideoStats} {
  const titles = new Map(occupations.map((o) => [o.code, o.title]));
  const videos = new Map<string, CareerVideo>();
  const stats: VideoStats = {listed: links.length, other: 0, dropped: []};
  for (const link of links) {
    const aboutTitle = titles.get(link.videoCode);
    if (!titles.has(link.listedFor) || aboutTitle === undefined) {
      stats.dropped.push({listedFor: link.listedFor, videoCode: link.videoCode, missing: titles.has(link.listedFor) ? 'video' : 'listed'});
      continue;
    }
    const own = link.videoCode === link.listedFor;
    if (!own) stats.other++;
    videos.set(link.listedFor, {url: link.url, poster: link.poster, about: {code: link.videoCode, title: aboutTitle}, own});
  }
  return {videos, stats};
}
