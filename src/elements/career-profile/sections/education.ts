import {html, nothing} from 'lit';
import {ownText, term} from '../../../internal/content.js';
import {renderFiguresNote} from '../../../internal/figures-note.js';
import {renderHelp} from '../../../internal/help.js';
import {Footnotes} from '../../../internal/footnotes.js';
import type {Messages} from '../../../internal/messages.js';
import {formatPercent} from '../../../internal/locale.js';
import {combinedLowLevels, preparationLevel, preparationMeaning} from '../../../internal/preparation.js';
import type {SectionRenderer} from './section.js';
import '../../../internal/messages/education-terms.js'; // BLS's categories in plain words (see messages.ts)

/** O*NET's category labels carry a long gloss after " - "; the table shows the name, the gloss stays in the data. */
const shortLabel = (label: string) => label.split(' - ')[0]!.trim();

/** A BLS category with its plain-language meaning, where the label alone does not say it. */
const explained = (value: string, m: Messages, meaning = ownText(m.blsTerms, value)) =>
  html`${term(m, value)}${meaning ? html` <span class="meaning">${meaning}</span>` : nothing}`;

/** One note for the section: whose each figure is (O*NET's preparation level, BLS's typical education); `zoneCombined`: the level shown is O*NET's merged "1–2". */
function sources(m: Messages, bls: boolean, zoneCombined: boolean | null): string {
  const parts = [];
  if (zoneCombined !== null) parts.push(m.preparationSource, ...(zoneCombined ? [m.preparationCombined] : []));
  if (bls) parts.push(m.educationSources);
  return parts.join(' ');
}

export const education: SectionRenderer = ({data: {occupation, meta}, messages: m, locale}) => {
  const {bls, distribution} = occupation.education;
  const zone = meta.jobZones.find((z) => z.zone === occupation.jobZone);
  const shares = (distribution ?? []).filter((s) => s.percent > 0);
  if (!bls && !zone && !shares.length) return null;
  // O*NET flags some shares "Recommend Suppress": shown, but marked as the low-precision estimates they are.
  const notes = new Footnotes(m.note);
  const share = (percent: number, lowPrecision: boolean | undefined) =>
    lowPrecision
      ? html`${formatPercent(percent, locale)} <span class="qualifier">(${m.lowPrecision})</span>${notes.mark(m.lowPrecisionNote)}`
      : formatPercent(percent, locale);
  // BLS's "None" is a category of both rows; as training it means no long training once hired, not no training.
  const training = bls && (bls.onTheJobTraining === 'None' ? m.noTrainingMeaning : undefined);
  return html`${
    bls
      ? html`${renderFiguresNote(m, occupation, 'education')}
          <dl class="figures education">
            <div><dt>${m.typicalEntry}</dt><dd>${explained(bls.typicalEntry, m)}</dd></div>
            <div><dt>${m.workExperience}</dt><dd>${explained(bls.workExperience, m)}</dd></div>
            <div><dt>${m.training}</dt><dd>${explained(bls.onTheJobTraining, m, training || undefined)}</dd></div>
          </dl>`
      : nothing
  }
    ${
      zone
        ? html`<p><strong>${m.preparationNeeded}: ${preparationLevel(m, zone.zone, meta.jobZones)}.</strong> ${preparationMeaning(m, zone.zone, meta.jobZones)}</p>`
        : nothing
    }
    ${renderHelp(m, [
      bls || zone ? html`<p class="note">${sources(m, Boolean(bls), zone ? zone.zone === 2 && combinedLowLevels(meta.jobZones) : null)}</p>` : nothing,
    ])}
    ${
      shares.length
        ? html`<table class="distribution">
            <caption>${m.educationDistribution}</caption>
            <thead><tr><th scope="col">${m.educationLevel}</th><th scope="col">${m.percentRespondents}</th></tr></thead>
            <tbody>
              ${shares.map((s) => html`<tr><th scope="row">${term(m, shortLabel(s.label))}</th><td>${share(s.percent, s.lowPrecision)}</td></tr>`)}
            </tbody>
          </table>
          ${notes.render()}`
        : nothing
    }`;
};
