import {css} from 'lit';
import {stackedRows} from '../../../internal/figure-table.styles.js';

/** The host's own blocks, the program lists, courses and the video placeholder. */
export const hostSectionStyles = [
  css`
  .host {
    border-inline-start: 0.25em solid var(--_accent);
    padding-inline-start: 0.75em;
    margin-block: 0.5em;
  }
  .host-label,
  .host-program-name {
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  ul.host-programs {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  @container (min-width: 40em) {
    ul.host-programs {
      grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    }
    ul.courses {
      columns: 2;
    }
  }
  dl.facts {
    margin: 0;
    font-size: 0.9em;
  }
  dl.facts div {
    display: flex;
    gap: 0.5em;
  }
  dl.facts dt {
    color: var(--_muted);
  }
  dl.facts dd {
    margin: 0;
  }
  .cip {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
    white-space: nowrap;
  }
  .table-scroll {
    overflow-x: auto;
  }
  .local-wages .term {
    color: var(--_muted);
    font-weight: normal;
  }
  figure.video {
    margin: 0.5em 0 1em;
  }
  .video-placeholder {
    display: grid;
    place-items: center;
    gap: 0.25em;
    aspect-ratio: 16 / 9;
    max-width: 40em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 6%, transparent);
    padding: 1em;
    text-align: center;
  }
  button.play {
    font-size: 1.1em;
    padding: 0.5em 1.25em;
    border: 2px solid var(--_accent);
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  video {
    display: block;
    width: 100%;
    max-width: 40em;
    aspect-ratio: 16 / 9;
    background: #000;
  }
  @media print {
    .video-placeholder,
    video {
      display: none;
    }
  }
`,
  // Narrow (a phone, a sidebar): each area becomes a small labelled block instead of a table scrolling sideways.
  stackedRows('local-wages', 30),
];
