import {css} from 'lit';

export const careerProfileStyles = css`
  :host {
    --_loading-height: 40em;
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
  section[part='section'] {
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
  .badge {
    color: var(--_accent-2);
    margin-inline-start: 0.15em;
  }
  ul.related {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  button.link {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.2em 0.8em;
    background: transparent;
    color: var(--_accent);
    text-align: start;
  }
  button.link[aria-current='true'] {
    background: var(--_accent);
    color: var(--cw-color-accent-contrast, #fff);
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
  meter::-webkit-meter-optimum-value {
    background: var(--_accent);
  }
  meter::-moz-meter-bar {
    background: var(--_accent);
  }
  dl.figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11em, 1fr));
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
  @container (min-width: 48em) {
    .lead {
      font-size: 1.05em;
      max-width: 70ch;
    }
  }

`;
