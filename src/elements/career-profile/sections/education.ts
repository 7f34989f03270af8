import {html, nothing} from 'lit';
import {term} from '../../../internal/content.js';
import {formatPercent} from '../../../internal/locale.js';
import type {SectionRenderer} from './section.js';

/** O*NET's category labels carry a long gloss after " - "; the table shows the name, the gloss stays in the data. */
const shortLabel = (label: string) => label.split(' - ')[0]!.trim();

export const education: SectionRenderer = ({data: {occupation, meta}, messages: m, locale}) => {
  const {bls, distribution} = occupation.education;
  const zone = meta.jobZones.find((z) => z.zone === occupation.jobZone);
  const shares = (distribution ?? []).filter((s) => s.percent > 0);
  if (!bls && !zone && !shares.length) return null;
  return html`${bls
      ? html`<dl class="figures">
          <div><dt>${m.typicalEntry}</dt><dd>${term(m, bls.typicalEntry)}</dd></div>
          <div><dt>${m.workExperience}</dt><dd>${term(m, bls.workExperience)}</dd></div>
          <div><dt>${m.training}</dt><dd>${term(m, bls.onTheJobTraining)}</dd></div>
        </dl>`
      : nothing}
    ${zone ? html`<p><strong>${term(m, zone.name)}.</strong> ${term(m, zone.education)}</p>` : nothing}
    ${shares.length
      ? html`<table class="distribution">
          <caption>${m.educationDistribution}</caption>
          <thead><tr><th scope="col">${m.educationLevel}</th><th scope="col">${m.percentRespondents}</th></tr></thead>
          <tbody>
            ${shares.map((s) => html`<tr><th scope="row">${term(m, shortLabel(s.label))}</th><td>${formatPercent(s.percent, locale)}</td></tr>`)}
          </tbody>
        </table>`
      : nothing}`;
};
