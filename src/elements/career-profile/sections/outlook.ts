import {html, nothing} from 'lit';
import {formatChange, formatNumber, formatPercent} from '../../../internal/locale.js';
import {renderFiguresNote} from '../../../internal/figures-note.js';
import type {Messages} from '../../../internal/messages.js';
import {projectionPeriod, surveyPeriod} from '../../../internal/periods.js';
import {renderHelp} from '../../../internal/help.js';
import type {SectionRenderer} from './section.js';

/** BLS publishes employment in thousands; shown as whole numbers of jobs (194.8 thousand -> 194,800). */
const jobs = (thousands: number, locale: string) => formatNumber(Math.round(thousands * 1000), locale);

/** A percent change as words read it: the verb carries the sign ("grow by 7.1%", "shrink by 2.0%"). */
function change<A extends unknown[]>(
  percent: number,
  locale: string,
  words: {grow: (p: string, ...a: A) => string; shrink: (p: string, ...a: A) => string},
  ...args: A
) {
  const size = formatPercent(Math.abs(percent), locale, 1);
  return percent < 0 ? words.shrink(size, ...args) : words.grow(size, ...args);
}

/** The projected change of these jobs, and of all jobs, in two short sentences. */
function outlookSentences(m: Messages, percent: number, average: number, from: string, to: string, locale: string) {
  const own = percent === 0 ? m.outlookChange.same(from, to) : change(percent, locale, m.outlookChange, from, to);
  const all = average === 0 ? m.outlookAll.same : change(average, locale, m.outlookAll);
  return `${own} ${all}`;
}

/**
 * BLS projections are national only: the section says whose figures they are (a Minnesota profile must not read
 * as if 194,800 worked in Minnesota), and, where the wage table shows too, why its count of jobs differs.
 */
export const outlook: SectionRenderer = ({data: {occupation, meta}, messages: m, locale, region, shown}) => {
  const o = occupation.outlook;
  if (!o) return null;
  const {baseYear, projectedYear, allOccupationsPercentChange} = meta.projections;
  const scope = projectionPeriod(meta, m);
  const state = region !== 'US' ? (m.regions[region] ?? meta.regions[region]) : undefined;
  const wagesShown = shown.has('wages') && (occupation.wages.national !== null || Object.keys(occupation.wages.states).length > 0);
  return html`<p class="scope">${state ? m.outlookNational(state, scope) : m.outlookScope(scope)}</p>
    ${renderFiguresNote(m, occupation, 'outlook')}
    <p>
      ${outlookSentences(m, o.percentChange, allOccupationsPercentChange, String(baseYear), String(projectedYear), locale)}
      <strong>${m.comparison[o.comparison]}</strong>
    </p>
    <dl class="figures">
      <div><dt>${m.employmentIn(baseYear)}</dt><dd>${jobs(o.employmentBase, locale)}</dd></div>
      <div><dt>${m.employmentProjected(projectedYear)}</dt><dd>${jobs(o.employmentProjected, locale)}</dd></div>
      <div><dt>${m.employmentChange}</dt><dd>${formatChange(o.percentChange, locale)}</dd></div>
      <div><dt>${m.openings(scope)}</dt><dd>${jobs(o.annualOpenings, locale)} <span class="meaning">${m.openingsMeaning}</span></dd></div>
    </dl>
    ${renderHelp(m, [
      html`<p class="note">
        ${m.comparisonOurs[o.comparison](formatChange(allOccupationsPercentChange, locale))}
        ${wagesShown ? m.twoEmploymentFigures(surveyPeriod(meta, locale), baseYear) : nothing}
      </p>`,
    ])}`;
};
