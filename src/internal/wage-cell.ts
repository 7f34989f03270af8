import {css, html, nothing} from 'lit';
import type {WageMeta, WageRow} from '../data/dataset-types.js';
import {type PayBasis, type PercentileKey, wageCell} from '../data/wage-model.js';
import type {Footnotes} from './footnotes.js';
import {formatPay} from './locale.js';
import type {Messages} from './messages.js';
import './messages/figure-terms.js'; // the figures' shared words (see messages.ts)

/** What rendering a wage figure needs besides the figure: shared by `<wage-range>` and `<career-compare>`. */
export interface WageCellContext {
  notes: Footnotes;
  messages: Messages;
  locale: string;
  topCode: WageMeta['topCode'];
}

/** A percentile as a table cell: the figure, or why there is none, with a numbered note where it is not plainly published. */
export function renderWageCell(row: WageRow, basis: PayBasis, key: PercentileKey, {notes, messages: m, locale, topCode}: WageCellContext) {
  const {value, status} = wageCell(row, basis, key);
  if (status === 'top-coded') {
    const top = formatPay(topCode[basis], basis, locale);
    return html`≥ ${top}${notes.mark(m.topCoded(top))}`;
  }
  if (value === null) return html`${m.notAvailable}${notes.mark(whyMissing(row, basis, m))}`;
  return html`${formatPay(value, basis, locale)}${status === 'derived' ? notes.mark(m.derived) : nothing}`;
}

/**
 * A percentile's row label: its plain name first ("Low"), its technical name after it for professionals
 * ("(25th percentile)"), so the table reads like the seed profile's and stays searchable by the usual term.
 */
export function renderWageLabel(key: PercentileKey, m: Messages) {
  return html`${m.wageLevel[key]} <span class="term">(${m[key]})</span>`;
}

/** The help line under a wage table or chart: what low, middle and high mean (and very low and high, when shown). */
export function wageHelp(keys: readonly PercentileKey[], m: Messages): string {
  return keys.includes('p10') || keys.includes('p90') ? `${m.wagePercentileHelp} ${m.wageFullRangeHelp}` : m.wagePercentileHelp;
}

/** Teachers' pay is published per year only, actors' per hour only: say so rather than "not published". */
export function whyMissing({basis: published}: WageRow, basis: PayBasis, m: Messages): string {
  if (published === 'annual-only' && basis === 'hourly') return m.annualOnly;
  if (published === 'hourly-only' && basis === 'annual') return m.hourlyOnly;
  return m.notPublished;
}

/** The annual / hourly toggle: two pressed-state buttons in a labelled group. */
export function renderPayToggle(basis: PayBasis, m: Messages, set: (basis: PayBasis) => void) {
  return html`<div class="controls" role="group" aria-label=${m.payBasis}>
    ${(['annual', 'hourly'] as const).map(
      (option) => html`<button type="button" aria-pressed=${option === basis} @click=${() => set(option)}>${m[option]}</button>`,
    )}
  </div>`;
}

export const payToggleStyles = css`
  /* No overflow: hidden here (it used to round the corners and clipped the focus ring): each button rounds
     its own outer corners, and the focused one is lifted above its neighbour so its whole ring shows. */
  .controls {
    display: inline-flex;
    gap: 0;
    margin-block-end: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .controls button {
    border: 0;
    background: transparent;
    padding: 0.35em 0.9em;
    position: relative;
  }
  .controls button:first-child {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .controls button:last-child {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .controls button:focus-visible {
    z-index: 1;
  }
  .controls button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  @media print {
    .controls {
      display: none;
    }
  }
  /* Forced colours (Windows High Contrast) repaint backgrounds, so the pressed toggle would look like the other
     one (and an outline is clipped by the rounded group): paint it in the theme's selection colours. */
  @media (forced-colors: active) {
    .controls {
      border-color: CanvasText;
    }
    .controls button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
