import type {OccupationData} from '../data/dataset.js';
import type {WageRow} from '../data/dataset-types.js';
import {figuresSubject} from '../data/figures-subject.js';
import {type PayBasis, type PercentileKey, wageColumns} from '../data/wage-model.js';
import {en} from '../internal/messages.js';

/** What the widget shows, so the structured data says no more and no less (Google's consistency rule). */
export interface SchemaOptions {
  /** Two-letter state or `US`. */
  region: string;
  /** Pay basis shown; a row BLS publishes on the other basis only is given on that basis instead. */
  pay: PayBasis;
  /** Percentiles the widget's table shows. */
  percentiles: readonly PercentileKey[];
  /** Include description, education and skills (the profile shows them; a lone wage range does not). */
  details: boolean;
}

type Json = Record<string, unknown>;

const SCHEMA_PERCENTILE: Record<PercentileKey, string> = {
  p10: 'percentile10',
  p25: 'percentile25',
  median: 'median',
  p75: 'percentile75',
  p90: 'percentile90',
};
/** ISO 8601 durations Google documents for `MonetaryAmountDistribution.duration`. */
const DURATION: Record<PayBasis, string> = {annual: 'P1Y', hourly: 'PT1H'};

/**
 * schema.org `Occupation` for one occupation in one region, in the shape Google documents for the estimated
 * salary rich result: `name`, `occupationLocation`, `estimatedSalary` (a `MonetaryAmountDistribution` with
 * currency, duration and percentiles), plus description, `occupationalCategory` (the O*NET-SOC or SOC code),
 * `educationRequirements`, `skills`, `sameAs` (O*NET OnLine) and the data's sources and date. Pure: no DOM.
 */
export function occupationSchema({occupation, meta}: OccupationData, options: SchemaOptions): Json {
  const {columns} = wageColumns(occupation, meta, options.region, en); // the structured data is English, whatever the widget's language
  const column = columns[0]; // the state when it has figures, else the nation (as the widget shows)
  const oews = meta.sources.find((s) => s.id === 'oews');
  const dates = meta.sources
    .filter((s) => ['onet', 'oews', 'projections'].includes(s.id))
    .map((s) => s.date)
    .sort();
  const schema: Json = {
    '@context': 'https://schema.org/',
    '@type': 'Occupation',
    name: occupation.title,
    occupationalCategory: occupation.code,
    occupationLocation: [column && column.region !== 'US' ? {'@type': 'State', name: column.name} : {'@type': 'Country', name: 'United States'}],
  };
  if (occupation.kind === 'onet') schema.sameAs = `https://www.onetonline.org/link/summary/${occupation.code}`;
  if (dates.length) schema.mainEntityOfPage = {'@type': 'WebPage', lastReviewed: dates[dates.length - 1]};
  const salary = column && salaryOf(column.row, options);
  if (salary) {
    // Figures of a wider or catch-all BLS code are not this occupation's alone: say whose they are.
    const subject = figuresSubject(occupation, 'wages');
    salary.description = [
      `${meta.attribution.wages}${oews ? ` (${oews.url})` : ''}.`,
      subject ? `Figures for SOC ${subject.code} ${subject.title}, which BLS publishes for this and other occupations together.` : '',
    ]
      .filter(Boolean)
      .join(' ');
    schema.estimatedSalary = [salary];
  }
  if (options.details) {
    schema.description = occupation.description;
    const education = occupation.education.bls?.typicalEntry;
    if (education) schema.educationRequirements = education;
    const skills = (occupation.skills ?? [])
      .slice()
      .sort((a, b) => b.importance - a.importance)
      .map((s) => s.name);
    const named = skills.length
      ? skills
      : (occupation.blsSkills ?? [])
          .slice()
          .sort((a, b) => b.percentile - a.percentile)
          .map((s) => s.name);
    if (named.length) schema.skills = named.slice(0, 10);
  }
  return schema;
}

function salaryOf(row: WageRow, {pay, percentiles}: SchemaOptions): Json | null {
  const basis: PayBasis = row.basis === 'annual-only' ? 'annual' : row.basis === 'hourly-only' ? 'hourly' : pay;
  const figures = row[basis];
  if (figures.median === null) return null; // no published median: nothing Google could use
  const salary: Json = {'@type': 'MonetaryAmountDistribution', name: 'base', currency: 'USD', duration: DURATION[basis]};
  for (const key of percentiles) {
    const value = figures[key];
    if (value !== null && row.status[`${basis}.${key}`] !== 'top-coded') salary[SCHEMA_PERCENTILE[key]] = value;
  }
  return salary;
}

/**
 * JSON text safe to place in a `<script type="application/ld+json">` even when a page is later serialised to
 * HTML (prerendering, a CMS saving the DOM): `<`, `>` and `&` are escaped so data can never close the script.
 */
export const jsonLdText = (schema: Json): string =>
  JSON.stringify(schema).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
