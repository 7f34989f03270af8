import {html, nothing} from 'lit';
import {InEnglish, sentence} from '../../../internal/content.js';
import {formatChange, formatNumber} from '../../../internal/locale.js';
import type {SectionRenderer} from './section.js';

/** BLS publishes employment in thousands; shown as whole numbers of jobs (194.8 thousand -> 194,800). */
const jobs = (thousands: number, locale: string) => formatNumber(Math.round(thousands * 1000), locale);

export const outlook: SectionRenderer = ({data: {occupation, meta}, messages: m, locale}) => {
  const o = occupation.outlook;
  if (!o) return null;
  const {baseYear, projectedYear, allOccupationsPercentChange} = meta.projections;
  return html`${occupation.blsAggregate ? html`<p class="note">${sentence(m, m.aggregateNote, occupation.blsAggregate.code, new InEnglish(occupation.blsAggregate.title))}</p>` : nothing}
    <p>
      ${m.outlookSentence(formatChange(o.percentChange, locale), String(baseYear), String(projectedYear), formatChange(allOccupationsPercentChange, locale))}
      <strong>${m.comparison[o.comparison]}</strong>
    </p>
    <dl class="figures">
      <div><dt>${m.employmentIn(baseYear)}</dt><dd>${jobs(o.employmentBase, locale)}</dd></div>
      <div><dt>${m.employmentIn(projectedYear)}</dt><dd>${jobs(o.employmentProjected, locale)}</dd></div>
      <div><dt>${m.employmentChange}</dt><dd>${formatChange(o.percentChange, locale)}</dd></div>
      <div><dt>${m.openings}</dt><dd>${jobs(o.annualOpenings, locale)}</dd></div>
    </dl>`;
};
