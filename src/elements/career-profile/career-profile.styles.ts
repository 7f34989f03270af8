import {css} from 'lit';
import {ELEMENTS} from '../registry.js';

export const careerProfileStyles = css`
  /* The loading placeholder reserves about the compact profile's height at desktop width (29-2072: 110em at
     1280px; on a 375px phone it is about 145em, but then what follows is off screen either way): internal/reserve.ts. */
  :host {
    --_loading-height: ${ELEMENTS['career-profile'].height}em;
  }
  header {
    margin-block-end: var(--_space);
  }
  header > [part='heading'] {
    font-size: 1.5em;
  }
  .codes {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part='section'] {
    padding-block: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
  }
  ul {
    padding-inline-start: 1.25em;
    margin-block: 0.25em 0.5em;
  }
  ul.groups, ul.related {
    list-style: none;
    padding: 0;
  }
  ul.groups li {
    margin-block-end: 0.35em;
  }
  .group-name {
    font-weight: 600;
  }
  .tag {
    font-size: 0.8em;
    padding: 0 0.35em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    white-space: nowrap;
  }
  .more-count {
    color: var(--_muted);
  }
  .meaning {
    display: block;
    font-weight: normal;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .scope {
    font-weight: 600;
  }
  .also {
    margin-block-end: 0.25em;
  }
  details.titles {
    font-size: 0.875em;
    margin-block-end: 0.5em;
  }
  button.more {
    margin-block: 0.5em;
    padding: 0.35em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
  }
  .learn-more {
    margin-block: 0.75em 0;
  }
  ul.related {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  button.link[aria-current='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  table {
    border-collapse: collapse;
    margin-block: 0.5em;
  }
  caption {
    text-align: start;
    font-size: 0.875em;
    color: var(--_muted);
  }
  th, td {
    text-align: start;
    padding: 0.25em 0.75em 0.25em 0;
    font-weight: normal;
  }
  tr.high th {
    font-weight: 700;
  }
  meter {
    width: 8em;
  }
  /* The bars repeat the scores beside them (aria-hidden): in a sidebar the words need the room. */
  @container (max-width: 24em) {
    table.scores meter {
      display: none;
    }
  }
  meter::-webkit-meter-optimum-value {
    background: var(--_accent);
  }
  meter::-moz-meter-bar {
    background: var(--_accent);
  }
  dl.figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(11em, 100%), 1fr));
    gap: 0.5em 1em;
    margin: 0.5em 0;
  }
  dl.figures dt {
    font-size: 0.875em;
    color: var(--_muted);
  }
  dl.figures dd {
    margin: 0;
    font-weight: 600;
    font-size: 1.1em;
  }
  .qualifier, ol.notes {
    font-size: 0.875em;
    color: var(--_muted);
  }
  dl.soc-parts dt {
    font-weight: 600;
  }
  dl.soc-parts dd {
    margin: 0 0 0.5em;
  }
  details > summary {
    cursor: pointer;
    color: var(--_accent);
  }
  /* A phone-width profile: figures two by two; the wage chart left out, since the stacked wage
     table right under it holds the same figures (a wage-range of its own keeps its chart). */
  @container (max-width: 26em) {
    header {
      margin-block-end: calc(var(--_space) * 0.5);
    }
    [part='section'] {
      padding-block: calc(var(--_space) * 0.6);
    }
    dl.figures {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    wage-range::part(chart) {
      display: none;
    }
  }
  @container (min-width: 48em) {
    .lead {
      font-size: 1.05em;
      max-width: 70ch;
    }
  }

`;
