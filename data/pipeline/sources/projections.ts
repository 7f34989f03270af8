import {parseCsv} from './csv.js';
import {cleanTitle, num} from './group.js';

/** BLS marks "not applicable" with an em dash. */
const DASH = '\u2014';

function findColumn(header: string[], pattern: RegExp, file: string): string {
  const found = header.filter((h) => pattern.test(h));
  if (found.length !== 1) throw new Error(`${file}: expected one column matching ${pattern}, found ${found.length}`);
  return found[0];
}

function optionalNumber(value: string, context: string): number | null {
  return value === DASH || value === '' ? null : num(value, context);
}

function optionalText(value: string): string | null {
  return value === DASH || value === '' ? null : value;
}

/** Removes footnote marks like `[1]` that BLS appends to titles. */
export function stripFootnotes(title: string): string {
  return cleanTitle(title.replace(/\[\d+\]/g, ''));
}

const TITLE = /^2024 National Employment Matrix title$|National Employment Matrix title$/;
const CODE = /National Employment Matrix code$/;

export interface ProjectionRow {
  code: string;
  title: string;
  /** 'Line item' (detailed) or 'Summary' (aggregate) in table 1.2. */
  type: string;
  /** Thousands, as published. */
  employmentBase: number | null;
  employmentProjected: number | null;
  change: number | null;
  percentChange: number | null;
  annualOpenings: number | null;
  typicalEntry: string | null;
  workExperience: string | null;
  onTheJobTraining: string | null;
}

export interface ProjectionTable {
  /** e.g. "2024-34" (BLS writes an en dash; normalised to a hyphen). */
  period: string;
  baseYear: number;
  projectedYear: number;
  rows: ProjectionRow[];
}

/** Table 1.2, occupational projections. Header names carry an en dash ("2024–34"): matched by pattern. */
export function parseProjectionsTable(text: string, file: string): ProjectionTable {
  const t = parseCsv(text);
  const years = t.header.map((h) => /^Employment, (\d{4})$/.exec(h)?.[1]).filter((y): y is string => !!y);
  if (years.length !== 2) throw new Error(`${file}: expected two "Employment, <year>" columns`);
  const [base, projected] = years.map(Number).sort((a, b) => a - b);
  const col = {
    title: findColumn(t.header, TITLE, file),
    code: findColumn(t.header, CODE, file),
    type: findColumn(t.header, /^Occupation type$/, file),
    change: findColumn(t.header, /^Employment change, numeric/, file),
    percent: findColumn(t.header, /^Employment change, percent/, file),
    openings: findColumn(t.header, /^Occupational openings/, file),
    education: findColumn(t.header, /^Typical education needed for entry/, file),
    experience: findColumn(t.header, /^Work experience in a related occupation/, file),
    training: findColumn(t.header, /^Typical on-the-job training/, file),
  };
  const rows = t.rows.map((r) => {
    const ctx = (c: string) => `${file} ${r[col.code]} ${c}`;
    return {
      code: r[col.code],
      title: stripFootnotes(r[col.title]),
      type: r[col.type],
      employmentBase: optionalNumber(r[`Employment, ${base}`], ctx('base')),
      employmentProjected: optionalNumber(r[`Employment, ${projected}`], ctx('projected')),
      change: optionalNumber(r[col.change], ctx('change')),
      percentChange: optionalNumber(r[col.percent], ctx('percent')),
      annualOpenings: optionalNumber(r[col.openings], ctx('openings')),
      typicalEntry: optionalText(r[col.education]),
      workExperience: optionalText(r[col.experience]),
      onTheJobTraining: optionalText(r[col.training]),
    };
  });
  return {period: `${base}-${String(projected).slice(2)}`, baseYear: base, projectedYear: projected, rows};
}

/** Table 1.10: annual average occupational openings (thousands) per code, used to cross-check table 1.2. */
export function parseOpeningsTable(text: string, file: string): Map<string, number | null> {
  const t = parseCsv(text);
  const code = findColumn(t.header, CODE, file);
  const openings = findColumn(t.header, /^Occupational openings/, file);
  return new Map(t.rows.map((r) => [r[code], optionalNumber(r[openings], `${file} ${r[code]} openings`)]));
}

export interface EducationAssignment {
  typicalEntry: string;
  workExperience: string;
  onTheJobTraining: string;
}

/** Table 5.4: typical entry-level education, related work experience and on-the-job training per code. */
export function parseEducationTable(text: string, file: string): Map<string, EducationAssignment> {
  const t = parseCsv(text);
  const code = findColumn(t.header, CODE, file);
  const education = findColumn(t.header, /^Typical education needed for entry/, file);
  const experience = findColumn(t.header, /^Work experience in a related occupation/, file);
  const training = findColumn(t.header, /^Typical on-the-job training/, file);
  const out = new Map<string, EducationAssignment>();
  for (const r of t.rows) {
    const [e, x, o] = [optionalText(r[education]), optionalText(r[experience]), optionalText(r[training])];
    if (e && x && o) out.set(r[code], {typicalEntry: e, workExperience: x, onTheJobTraining: o});
  }
  return out;
}

/** Table 6.5: the 17 BLS skills' percentile ranks per code, in the table's column order. */
export function parseSkillsTable(text: string, file: string): Map<string, {name: string; percentile: number}[]> {
  const t = parseCsv(text);
  const title = findColumn(t.header, TITLE, file);
  const code = findColumn(t.header, CODE, file);
  const skills = t.header.filter((h) => h !== title && h !== code && h !== '');
  const out = new Map<string, {name: string; percentile: number}[]>();
  for (const r of t.rows) {
    const list = skills.filter((s) => r[s] !== DASH && r[s] !== '').map((s) => ({name: stripFootnotes(s), percentile: num(r[s], `${file} ${r[code]} ${s}`)}));
    out.set(r[code], list);
  }
  return out;
}
