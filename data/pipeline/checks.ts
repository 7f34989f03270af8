/** Consistency checks beyond the schema: wage order and statuses, index <-> files, every reference resolves. */
import type {Percentiles, WageRow} from '../../src/data/dataset-types.js';
import type {Dataset} from './build-dataset.js';
import {RIASEC} from './build-onet-sections.js';
import {referencedElements} from './meta.js';
import {cmp} from './sources/group.js';
import {unpackStrength, unpackTitleLists, unpackTitles} from '../../src/data/title-pack.js';

const ORDER = ['p10', 'p25', 'median', 'p75', 'p90'] as const;

function fail(file: string, code: string, field: string, message: string): never {
  throw new Error(`consistency check failed: ${file} (code ${code}) field ${field}: ${message}`);
}

function checkWageRow(row: WageRow, file: string, code: string, where: string): void {
  for (const basis of ['annual', 'hourly'] as const) {
    const p: Percentiles = row[basis];
    let last: {key: string; value: number} | null = null;
    for (const key of ORDER) {
      const v = p[key];
      if (v === null) continue;
      if (last && v < last.value) fail(file, code, `${where}.${basis}.${key}`, `${v} is below ${basis}.${last.key} ${last.value}`);
      last = {key, value: v};
    }
    for (const key of [...ORDER, 'mean'] as const) {
      const field = `${basis}.${key}` as const;
      const status = row.status[field];
      if (p[key] === null && status !== 'not-available' && status !== 'top-coded') fail(file, code, `${where}.${field}`, 'null without a reason in status');
      if (p[key] !== null && status !== undefined && status !== 'derived') fail(file, code, `${where}.${field}`, `has a value but status ${status}`);
      if (p[key] !== null && p[key]! < 0) fail(file, code, `${where}.${field}`, 'negative wage');
    }
  }
  if (row.employment === null && row.status.employment !== 'not-available') fail(file, code, `${where}.employment`, 'null without a reason in status');
}

export function checkDataset(d: Dataset, expectedOnetCount?: number): void {
  const codes = new Set(d.occupations.map((o) => o.code));
  if (codes.size !== d.occupations.length) fail('occupations/', '-', 'code', 'duplicate occupation codes');
  if (d.index.occupations.length !== d.occupations.length)
    fail('index.json', '-', 'occupations', `${d.index.occupations.length} entries for ${d.occupations.length} files`);
  d.index.occupations.forEach((e, i) => {
    const o = d.occupations[i];
    const file = `occupations/${o.code}.json`;
    if (e.code !== o.code) fail('index.json', e.code, `occupations[${i}].code`, `index order differs from files (${o.code})`);
    if (i > 0 && !(d.index.occupations[i - 1].code < e.code)) fail('index.json', e.code, `occupations[${i}]`, 'not in code order');
    if (e.title !== o.title || e.soc !== o.soc || e.kind !== o.kind || e.jobZone !== o.jobZone)
      fail(file, o.code, 'title/soc/kind/jobZone', 'differs from index.json');
    if (e.median !== (o.wages.national?.annual.median ?? null)) fail(file, o.code, 'wages.national.annual.median', 'differs from index.json median');
  });
  const onetCount = d.occupations.filter((o) => o.kind === 'onet').length;
  if (expectedOnetCount !== undefined && onetCount !== expectedOnetCount)
    fail('occupations/', '-', 'kind', `${onetCount} O*NET occupations, expected ${expectedOnetCount}`);
  for (const o of d.occupations) {
    const file = `occupations/${o.code}.json`;
    if (o.code.slice(0, 7) !== o.soc) fail(file, o.code, 'soc', `${o.soc} does not match the code`);
    if (o.kind === 'onet' && !/^\d{2}-\d{4}\.\d{2}$/.test(o.code)) fail(file, o.code, 'code', 'not an O*NET-SOC code');
    if (o.kind === 'bls' && !/^\d{2}-\d{4}$/.test(o.code)) fail(file, o.code, 'code', 'not a SOC code');
    o.related.forEach((r, i) => codes.has(r.code) || fail(file, o.code, `related[${i}].code`, `${r.code} has no file`));
    o.siblings.forEach((s, i) => codes.has(s.code) || fail(file, o.code, `siblings[${i}].code`, `${s.code} has no file`));
    if (o.blsAggregate && !codes.has(o.blsAggregate.code)) fail(file, o.code, 'blsAggregate.code', `${o.blsAggregate.code} has no file`);
    if (o.jobZone !== null && !d.meta.jobZones.some((z) => z.zone === o.jobZone))
      fail(file, o.code, 'jobZone', `zone ${o.jobZone} is not in Job Zone Reference`);
    if (o.wages.national) checkWageRow(o.wages.national, file, o.code, 'wages.national');
    for (const [state, row] of Object.entries(o.wages.states)) {
      if (!(state in d.meta.regions)) fail(file, o.code, `wages.states.${state}`, 'unknown region');
      checkWageRow(row, file, o.code, `wages.states.${state}`);
    }
    const ol = o.outlook;
    if (ol && Math.abs(ol.employmentProjected - ol.employmentBase - ol.change) > 0.15) fail(file, o.code, 'outlook.change', 'does not match projected - base');
  }
  checkProgramsAndVideos(d, codes);
  for (const [id, ref] of referencedElements(d.occupations)) {
    if (!d.meta.elements[id]) fail(`occupations/${ref.code}.json`, ref.code, ref.section, `element ${id} has no entry in meta.json elements`);
  }
  for (const [id] of RIASEC) if (!d.meta.elements[id]) fail('meta.json', '-', `elements.${id}`, 'RIASEC interest element missing');
  checkSearchIndex(d);
}

/** search.json: one entry per index position, and its packing gives back every occupation's titles exactly. */
function checkSearchIndex(d: Dataset): void {
  const {search, index, occupations} = d;
  const count = index.occupations.length;
  if (search.titles.length !== count || search.employment.length !== count)
    fail('search.json', '-', 'titles/employment', `not one entry per index position (${count})`);
  if (search.datasetVersion !== index.datasetVersion) fail('search.json', '-', 'datasetVersion', 'differs from index.json');
  if (!search.strength) fail('search.json', '-', 'strength', 'missing');
  try {
    unpackStrength(search.strength, unpackTitles(search.titles, search.tokens.split('\n').length));
  } catch (error) {
    fail('search.json', '-', 'strength', (error as Error).message);
  }
  unpackTitleLists(search.titles, search.tokens.split('\n')).forEach((titles, i) => {
    const expected = [...occupations[i]!.alternateTitles].sort(cmp);
    if (titles.join('\n') !== expected.join('\n'))
      fail('search.json', occupations[i]!.code, `titles[${i}]`, "does not unpack to the occupation's alternate titles");
  });
  // The first tier: the same positions, a part of each occupation's titles, nothing of its own.
  const first = d.searchFirst;
  if (first.datasetVersion !== index.datasetVersion || first.titles.length !== count)
    fail('search-first.json', '-', 'titles', `not one entry per index position (${count})`);
  unpackTitleLists(first.titles, first.tokens.split('\n')).forEach((titles, i) => {
    const all = new Set(occupations[i]!.alternateTitles);
    const stray = titles.find((t) => !all.has(t));
    if (stray !== undefined) fail('search-first.json', occupations[i]!.code, `titles[${i}]`, `"${stray}" is not one of the occupation's titles`);
  });
  for (const v of [first, ...d.vocabularies]) {
    const file = v === first ? 'search-first.json' : `search-${(v as {lang: string}).lang}.json`;
    if (v.datasetVersion !== index.datasetVersion || v.titles.length !== count) fail(file, '-', 'titles', `not one entry per index position (${count})`);
    try {
      unpackStrength(v.strength ?? [], unpackTitles(v.titles, v.tokens.split('\n').length));
    } catch (error) {
      fail(file, '-', 'strength', (error as Error).message);
    }
  }
  const langs = d.vocabularies.map((v) => v.lang);
  if ((search.vocabularies ?? []).join() !== langs.join() || (first.vocabularies ?? []).join() !== langs.join())
    fail('search.json', '-', 'vocabularies', `does not list ${langs.join(', ') || 'no'} vocabularies`);
}

/** Programs listed per occupation and in `programs.json` agree both ways; every video says whose it is. */
function checkProgramsAndVideos(d: Dataset, codes: Set<string>): void {
  const inIndex = new Map<string, Set<string>>();
  d.programs?.programs.forEach((p, i) => {
    if (i > 0 && !(d.programs!.programs[i - 1].cip < p.cip)) fail('programs.json', '-', `programs[${i}]`, 'not in CIP code order');
    if (!p.occupations.length) fail('programs.json', p.cip, `programs[${i}].occupations`, 'a program without occupations');
    for (const code of p.occupations) {
      if (!codes.has(code)) fail('programs.json', p.cip, `programs[${i}].occupations`, `${code} has no file`);
      let set = inIndex.get(code);
      if (!set) inIndex.set(code, (set = new Set()));
      set.add(p.cip);
    }
  });
  for (const o of d.occupations) {
    const file = `occupations/${o.code}.json`;
    // A wider code's list (`programsFrom`) is in order of relevance instead; its relevant ones are among its first.
    if (!o.programsFrom) {
      o.programs?.forEach((p, i) => {
        if (i > 0 && !(o.programs![i - 1].cip < p.cip)) fail(file, o.code, `programs[${i}]`, 'not in CIP code order');
      });
    } else {
      const {code, relevant} = o.programsFrom;
      if (code !== o.soc || o.code.endsWith('.00')) fail(file, o.code, 'programsFrom.code', `${code} for an occupation of SOC ${o.soc}`);
      if (!(relevant >= 0 && relevant <= Math.min(5, o.programs?.length ?? 0)))
        fail(file, o.code, 'programsFrom.relevant', `${relevant} of ${o.programs?.length ?? 0}`);
    }
    const listed = inIndex.get(o.code);
    // Every program the index lists for an occupation is in its file; a BLS aggregate's file may list more.
    for (const cip of listed ?? [])
      if (!o.programs?.some((p) => p.cip === cip)) fail(file, o.code, 'programs', `${cip} lists this occupation in programs.json but not here`);
    if (o.kind === 'onet' && d.programs && (o.programs?.length ?? 0) !== (listed?.size ?? 0)) fail(file, o.code, 'programs', 'differs from programs.json');
    const v = o.video;
    if (v) {
      if (v.own !== (v.about.code === o.code)) fail(file, o.code, 'video.own', `says ${v.own} for a video about ${v.about.code}`);
      if (!codes.has(v.about.code)) fail(file, o.code, 'video.about.code', `${v.about.code} has no file`);
      if (!/^https:\/\//.test(v.url) || (v.poster !== null && !/^https:\/\//.test(v.poster))) fail(file, o.code, 'video.url', 'not https');
    }
  }
}
