import {css, html, nothing, type TemplateResult} from 'lit';
import type {Messages} from './messages.js';

/**
 * Sentences that explain how to read the figures above them (what a percentile is, whose projection it is, where
 * a count comes from): in place where the widget has room; in a phone-width widget, behind one "About these
 * figures" disclosure, so the figures themselves come first and the page stays short.
 */
export function renderHelp(m: Messages, notes: readonly (TemplateResult | typeof nothing)[]): TemplateResult | typeof nothing {
  const shown = notes.filter((note) => note !== nothing);
  return shown.length ? html`<details class="help"><summary>${m.aboutFigures}</summary>${shown}</details>` : nothing;
}

/**
 * Where there is room the disclosure is not one: no summary, its content always shown (`::details-content`; a
 * browser without it shows a closed disclosure instead, which loses nothing).
 */
export const helpStyles = css`
  details.help > summary {
    cursor: pointer;
    color: var(--_accent);
    font-size: 0.875em;
    margin-block-end: 0.5em;
  }
  @container (min-width: 26.01em) {
    details.help > summary {
      display: none;
    }
    details.help::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
