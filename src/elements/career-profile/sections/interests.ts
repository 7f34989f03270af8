import {html, nothing} from 'lit';
import type {RiasecKey} from '../../../data/dataset-types.js';
import {dataLang} from '../../../internal/content.js';
import {formatScore} from '../../../internal/locale.js';
import type {Messages} from '../../../internal/messages.js';
import type {SectionRenderer} from './section.js';

/** RIASEC keys in O*NET's order, with their content-model element ids (descriptions are in `meta.elements`). */
const ELEMENT_IDS: Record<RiasecKey, string> = {R: '1.B.1.a', I: '1.B.1.b', A: '1.B.1.c', S: '1.B.1.d', E: '1.B.1.e', C: '1.B.1.f'};
const ORDER = Object.keys(ELEMENT_IDS) as RiasecKey[];

/** Our bands over O*NET's 1-7 interest scale, so a score says what it means ("7.0 of 7 (strong match)"). */
const fit = (score: number): keyof Messages['interestFit'] => (score >= 5 ? 'strong' : score >= 3 ? 'some' : 'weak');

/** RIASEC: the high-point interests with what they mean, and all six scores in a table (the bars' text alternative). */
export const interests: SectionRenderer = ({data: {occupation, meta}, messages: m, locale}) => {
  const found = occupation.interests;
  if (!found) return null;
  const high = [...found.highPoint].filter((k): k is RiasecKey => ORDER.includes(k as RiasecKey));
  return html`<p>${m.interestsIntro}</p>
    <ul>
      ${high.map((key) => {
        const description = meta.elements[ELEMENT_IDS[key]]?.description;
        return html`<li><strong>${m.riasec[key]}</strong>${description ? html` — <span lang=${dataLang(m)}>${description}</span>` : nothing}</li>`;
      })}
    </ul>
    <table class="scores">
      <caption>${m.interestTable}</caption>
      <tbody>
        ${ORDER.map(
          (key) => html`<tr class=${high.includes(key) ? 'high' : ''}>
            <th scope="row">${m.riasec[key]}</th>
            <td><meter min="1" max="7" value=${found.scores[key]} aria-hidden="true"></meter></td>
            <td>${m.interestScore(formatScore(found.scores[key], locale), m.interestFit[fit(found.scores[key])])}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
};
