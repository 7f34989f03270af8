import {html} from 'lit';
import type {RiasecKey} from '../../../data/dataset-types.js';
import {formatScore} from '../../../internal/locale.js';
import type {SectionRenderer} from './section.js';

const ORDER: RiasecKey[] = ['R', 'I', 'A', 'S', 'E', 'C'];

/** RIASEC: the high-point code in words, and all six scores in a table (the text alternative of the bars). */
export const interests: SectionRenderer = ({data: {occupation}, messages: m, locale}) => {
  const found = occupation.interests;
  if (!found) return null;
  const high = [...found.highPoint].filter((k): k is RiasecKey => ORDER.includes(k as RiasecKey));
  return html`<p>${m.interestsIntro} <strong>${high.map((k) => m.riasec[k]).join(', ')}</strong>.</p>
    <table class="scores">
      <caption>${m.interestTable}</caption>
      <tbody>
        ${ORDER.map(
          (key) => html`<tr class=${high.includes(key) ? 'high' : ''}>
            <th scope="row">${m.riasec[key]}</th>
            <td><meter min="1" max="7" value=${found.scores[key]} aria-hidden="true"></meter></td>
            <td>${m.interestScore(formatScore(found.scores[key], locale, 2))}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
};
