/** O*NET sections of a profile, each built from one source's parsed rows. Pure functions. */
import type {
  EducationShare,
  Interests,
  RatedElement,
  RiasecKey,
  Task,
  TechnologyGroup,
  ToolGroup,
  WorkContextItem,
  WorkStyle,
  WorkValue,
} from '../../src/data/dataset-types.js';
import type {ContentElement} from './sources/onet-content-model.js';
import type {ScaledRow} from './sources/onet-scaled.js';
import type {TaskRecord} from './sources/onet-tasks.js';
import type {TechRecord, ToolRecord} from './sources/onet-technology.js';
import {cmp, groupBy} from './sources/group.js';

const TYPE_ORDER = {core: 0, supplemental: 1, none: 2};

/** Core tasks first, then supplemental, then untyped; O*NET's own order within each. */
export function buildTasks(records: TaskRecord[] = []): Task[] {
  return records
    .map((r, i) => ({r, i}))
    .sort((a, b) => TYPE_ORDER[a.r.type ?? 'none'] - TYPE_ORDER[b.r.type ?? 'none'] || a.i - b.i)
    .map(({r}) => ({text: r.text, type: r.type}));
}

/** Distinct DWA titles, by how many of the occupation's tasks map to them (most first), then by title. */
export function buildActivities(links: {taskId: string; dwaId: string}[] = [], dwaTitles: Map<string, string>, context: string): string[] {
  const tasksPerTitle = new Map<string, Set<string>>();
  for (const {taskId, dwaId} of links) {
    const title = dwaTitles.get(dwaId);
    if (title === undefined) throw new Error(`Tasks to DWAs.txt: ${context}: DWA ${dwaId} is not in DWA Reference.txt`);
    let set = tasksPerTitle.get(title);
    if (!set) tasksPerTitle.set(title, (set = new Set()));
    set.add(taskId);
  }
  return [...tasksPerTitle].sort((a, b) => b[1].size - a[1].size || cmp(a[0], b[0])).map(([title]) => title);
}

/**
 * Technology grouped by UNSPSC commodity. Groups with more in-demand, then hot examples come first (what
 * employers ask for), then larger groups, then by name; inside a group: in-demand, hot, then by name.
 */
export function buildTechnology(records: TechRecord[] = []): TechnologyGroup[] {
  const score = (e: {hot: boolean; inDemand: boolean}) => (e.inDemand ? 2 : 0) + (e.hot ? 1 : 0);
  const groups = [...groupBy(records, (r) => r.category)].map(([category, list]) => {
    const seen = new Set<string>();
    const examples = list
      .filter((r) => (seen.has(r.name) ? false : (seen.add(r.name), true)))
      .map((r) => ({name: r.name, hot: r.hot, inDemand: r.inDemand}))
      .sort((a, b) => score(b) - score(a) || cmp(a.name, b.name));
    return {category, examples};
  });
  const count = (g: TechnologyGroup, f: (e: TechnologyGroup['examples'][number]) => boolean) => g.examples.filter(f).length;
  return groups.sort(
    (a, b) =>
      count(b, (e) => e.inDemand) - count(a, (e) => e.inDemand) ||
      count(b, (e) => e.hot) - count(a, (e) => e.hot) ||
      b.examples.length - a.examples.length ||
      cmp(a.category, b.category),
  );
}

/** Tools grouped by UNSPSC commodity: larger groups first, then by name; examples by name. */
export function buildTools(records: ToolRecord[] = []): ToolGroup[] {
  return [...groupBy(records, (r) => r.category)]
    .map(([category, list]) => ({category, examples: [...new Set(list.map((r) => r.name))].sort(cmp)}))
    .sort((a, b) => b.examples.length - a.examples.length || cmp(a.category, b.category));
}

/** Fails the build when a rating file names an element the content model does not define (its description lives in `meta.elements`). */
export function requireElement(cm: Map<string, ContentElement>, id: string, fallbackName: string, file: string, code: string): ContentElement {
  const el = cm.get(id);
  if (!el) throw new Error(`${file}: ${code}: element ${id} (${fallbackName}) is not in Content Model Reference.txt`);
  return el;
}

/**
 * Importance (IM, 1-5) and level (LV, 0-7) per element. Level is null where O*NET recommends suppressing
 * it or marks the element not relevant. Every rated element is kept (descriptions live once in
 * `meta.elements`, so the full lists are cheap). Sorted by importance, then level (nulls last), then name.
 */
export function buildRated(rows: ScaledRow[] | undefined, cm: Map<string, ContentElement>, file: string, code: string): RatedElement[] | null {
  if (!rows?.length) return null;
  const out: RatedElement[] = [];
  for (const [id, list] of groupBy(rows, (r) => r.elementId)) {
    const im = list.find((r) => r.scale === 'IM');
    if (!im) continue;
    const lv = list.find((r) => r.scale === 'LV');
    requireElement(cm, id, im.elementName, file, code);
    const element: RatedElement = {
      id,
      name: im.elementName,
      importance: im.value,
      level: lv && !lv.suppress && !lv.notRelevant ? lv.value : null,
    };
    // O*NET's "Recommend Suppress" flag is kept: a flagged importance stays (shown as low precision), a
    // flagged level is left out; a level that is not relevant is left out for that reason instead.
    const lowPrecision = [im.suppress && 'importance', lv?.suppress && !lv.notRelevant && 'level'].filter((f): f is 'importance' | 'level' => !!f);
    if (lowPrecision.length) element.lowPrecision = lowPrecision;
    out.push(element);
  }
  if (!out.length) return null;
  return out.sort((a, b) => b.importance - a.importance || (b.level ?? -1) - (a.level ?? -1) || cmp(a.name, b.name));
}

export const RIASEC: [string, RiasecKey][] = [
  ['1.B.1.a', 'R'],
  ['1.B.1.b', 'I'],
  ['1.B.1.c', 'A'],
  ['1.B.1.d', 'S'],
  ['1.B.1.e', 'E'],
  ['1.B.1.f', 'C'],
];
const HIGH_POINTS = ['1.B.1.g', '1.B.1.h', '1.B.1.i'];
const HIGH_POINT_LETTER = ['', 'R', 'I', 'A', 'S', 'E', 'C'];

/** OI scores for R I A S E C; the IH rows give first to third high point as 1-6 (0 = none). */
export function buildInterests(rows: ScaledRow[] | undefined, code: string): Interests | null {
  if (!rows?.length) return null;
  const scores = {} as Record<RiasecKey, number>;
  for (const [id, key] of RIASEC) {
    const row = rows.find((r) => r.elementId === id && r.scale === 'OI');
    if (!row) return null;
    scores[key] = row.value;
  }
  let highPoint = '';
  for (const id of HIGH_POINTS) {
    const v = rows.find((r) => r.elementId === id && r.scale === 'IH')?.value ?? 0;
    if (!Number.isInteger(v) || v < 0 || v > 6) throw new Error(`Interests.txt: ${code}: high point ${id} = ${v}, expected 0-6`);
    highPoint += HIGH_POINT_LETTER[v];
  }
  return {scores, highPoint};
}

/** Work styles: impact (WI, -3..3) with distinctiveness rank (DR); most impact first, then name. */
export function buildWorkStyles(rows: ScaledRow[] | undefined, cm: Map<string, ContentElement>, code: string): WorkStyle[] | null {
  if (!rows?.length) return null;
  const out: WorkStyle[] = [];
  for (const [id, list] of groupBy(rows, (r) => r.elementId)) {
    const wi = list.find((r) => r.scale === 'WI');
    if (!wi) continue;
    const dr = list.find((r) => r.scale === 'DR');
    requireElement(cm, id, wi.elementName, 'Work Styles.txt', code);
    out.push({id, name: wi.elementName, impact: wi.value, distinctiveness: dr ? dr.value : null});
  }
  return out.length ? out.sort((a, b) => b.impact - a.impact || cmp(a.name, b.name)) : null;
}

/** Work values: extent (EX, 1-7), highest first, then name. */
export function buildWorkValues(rows: ScaledRow[] | undefined, cm: Map<string, ContentElement>, code: string): WorkValue[] | null {
  const ex = (rows ?? []).filter((r) => r.scale === 'EX');
  if (!ex.length) return null;
  return ex
    .map((r) => {
      requireElement(cm, r.elementId, r.elementName, 'Work Values.txt', code);
      return {id: r.elementId, name: r.elementName, extent: r.value};
    })
    .sort((a, b) => b.extent - a.extent || cmp(a.name, b.name));
}

/** Work context (user-supplied file): the CX and CT context scores, in content-model order. */
export function buildWorkContext(rows: ScaledRow[] | undefined, cm: Map<string, ContentElement>, code: string): WorkContextItem[] {
  return (rows ?? [])
    .filter((r) => (r.scale === 'CX' || r.scale === 'CT') && r.category === '' && !r.suppress)
    .map((r) => {
      requireElement(cm, r.elementId, r.elementName, 'Work Context.txt', code);
      return {id: r.elementId, name: r.elementName, value: r.value, scale: r.scale};
    })
    .sort((a, b) => cmp(a.id, b.id) || cmp(a.scale, b.scale));
}

const REQUIRED_EDUCATION = '2.D.1';

/** O*NET "Required Level of Education" (RL): percent of respondents per category, by category. */
export function buildEducationDistribution(rows: ScaledRow[] | undefined, categories: Map<string, string>, code: string): EducationShare[] | null {
  const rl = (rows ?? []).filter((r) => r.elementId === REQUIRED_EDUCATION && r.scale === 'RL');
  if (!rl.length) return null;
  return rl
    .map((r) => {
      const label = categories.get(`${REQUIRED_EDUCATION}|RL|${r.category}`);
      if (label === undefined) throw new Error(`Education, Training, and Experience.txt: ${code}: RL category ${r.category} has no label`);
      const share: EducationShare = {category: Number(r.category), label, percent: r.value};
      if (r.suppress) share.lowPrecision = true;
      return share;
    })
    .sort((a, b) => a.category - b.category);
}

/** Alternate titles then reported titles, without case-insensitive repeats or the occupation's own title. */
export function mergeTitles(title: string, ...lists: (string[] | undefined)[]): string[] {
  const seen = new Set([title.toLowerCase()]);
  const out: string[] = [];
  for (const list of lists) {
    for (const t of list ?? []) {
      const key = t.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(t);
    }
  }
  return out;
}
