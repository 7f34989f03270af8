import {css} from 'lit';

/**
 * Shared by every widget. Public knobs (`--cw-*`, documented on each element) are read once here into private
 * `--_*` properties, so internals never depend on undocumented variables. Sizes are in `em` so a host's odd
 * root font size cannot shrink or blow up the widget.
 */
export const baseStyles = css`
  :host {
    --_text: var(--cw-color-text, inherit);
    --_muted: var(--cw-color-muted, #555);
    --_accent: var(--cw-color-accent, #0b5cad);
    --_accent-2: var(--cw-color-accent-2, #7a4e00);
    --_surface: var(--cw-color-surface, transparent);
    --_border: var(--cw-color-border, color-mix(in srgb, currentColor 22%, transparent));
    --_error: var(--cw-color-error, #b3261e);
    --_radius: var(--cw-radius, 0.375em);
    --_space: var(--cw-space, 1em);
    --_font: var(--cw-font-family, inherit);

    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1, h2, h3, h4, h5, h6 {
    font-size: 1.15em;
    line-height: 1.3;
    margin: 0 0 0.5em;
  }
  p {
    margin: 0 0 0.5em;
  }
  a {
    color: var(--_accent);
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .fallback-note {
    margin: 0 0 0.75em;
    padding: 0.25em 0.6em;
    border-inline-start: 0.25em solid var(--_accent-2);
    font-size: 0.9em;
  }
  .loading {
    min-height: var(--cw-loading-height, var(--_loading-height, 12em));
    border-radius: var(--_radius);
    background: linear-gradient(90deg, transparent, color-mix(in srgb, currentColor 6%, transparent), transparent);
  }
  .error {
    border: 1px solid var(--_error);
    border-inline-start-width: 0.3em;
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin-block-end: 0.5em;
  }
  .error-title {
    font-weight: 600;
  }
  .error button {
    padding: 0.35em 0.9em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    margin-block-end: 0.5em;
  }
  .error-detail {
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
  }
  .empty {
    color: var(--_muted);
  }
  .source {
    font-size: 0.8em;
    color: var(--_muted);
    margin-block: 0.75em 0;
  }
  .source-item {
    display: block;
  }
  .source .original summary {
    cursor: pointer;
    inline-size: fit-content;
  }
  .note {
    font-size: 0.875em;
    color: var(--_muted);
  }
  bdi, li, td, th {
    unicode-bidi: isolate;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .loading {
      background-size: 200% 100%;
      animation: cw-shimmer 1.6s linear infinite;
    }
  }
  @keyframes cw-shimmer {
    from { background-position: 100% 0; }
    to { background-position: -100% 0; }
  }
  @media print {
    button, .loading {
      display: none;
    }
    /* Paper can't be clicked open: print what the disclosures hold. */
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    h1, h2, h3, h4, h5, h6 {
      break-after: avoid;
    }
    a::after {
      content: ' <' attr(href) '>';
      font-size: 0.85em;
    }
  }
`;
