import {html, nothing} from 'lit';
import type {DatasetMeta} from '../../../data/dataset-types.js';
import {formatChange, formatMonth, formatNumber} from '../../../internal/locale.js';
import {renderFiguresNote} from '../../../internal/figures-note.js';
import type {SectionRenderer} from './section.js';

/** BLS publishes employment in thousands; shown as whole numbers of jobs (194.8 thousand -> 194,800). */
const jobs = (thousands: number, locale: string) => formatNumber(Math.round(thousands * 1000), locale);

/** The wage survey's period in the page's language ("May 2025", "mayo de 2025"), from its source date. */
const wagePeriod = (meta: DatasetMeta, locale: string) => {
  const date = meta.sources.find((s) => s.id === 'oews')?.date;
  return date ? formatMonth(date, locale) : meta.wages.period;
};

/** BLS writes the period `2024-34`; shown with an en dash, as in print. */
const period = (value: string) => value.replace(/(\d)-(\d)/, '$1–$2');

/**
 * BLS projections are national only: the section says whose figures they are (a Minnesota profile must not read
 * as if 194,800 worked in Minnesota), and, where the wage table shows too, why its employment count differs.
 */
export const outlook: SectionRenderer = ({data: {occupation, meta}, messages: m, locale, region, shown}) => {
  const o = occupation.outlook;
  if (!o) return null;
  const {baseYear, projectedYear, allOccupationsPercentChange} = meta.projections;
  const scope = period(meta.projections.period);
  const state = region !== 'US' ? meta.regions[region] : undefined;
  const wagesShown = shown.has('wages') && (occupation.wages.national !== null || Object.keys(occupation.wages.states).length > 0);
  return html`<p class="scope">${state ? m.outlookNational(state, scope) : `${m.unitedStates}, ${scope}`}</p>
    ${renderFiguresNote(m, occupation, 'outlook')}
    <p>
      ${m.outlookSentence(formatChange(o.percentChange, locale), String(baseYear), String(projectedYear), formatChange(allOccupationsPercentChange, locale))}
      <strong>${m.comparison[o.comparison]}</strong>
    </p>
    <dl class="figures">
      <div><dt>${m.employmentIn(baseYear)}</dt><dd>${jobs(o.employmentBase, locale)}</dd></div>
      <div><dt>${m.employmentIn(projectedYear)}</dt><dd>${jobs(o.employmentProjected, locale)}</dd></div>
      <div><dt>${m.employmentChange}</dt><dd>${formatChange(o.percentChange, locale)}</dd></div>
      <div><dt>${m.openings}</dt><dd>${jobs(o.annualOpenings, locale)}</dd></div>
    </dl>
    <p class="note">${m.comparisonOurs(formatChange(allOccupationsPercentChange, locale))}</p>
    ${wagesShown ? html`<p class="note">${m.twoEmploymentFigures(wagePeriod(meta, locale), baseYear)}</p>` : nothing}`;
};
