import {css} from 'lit';

/**
 * Shared by every widget. Public knobs (`--cw-*`, documented on each element) are read once here into private
 * `--_*` properties, so internals never depend on undocumented variables. Sizes are in `em` so a host's odd
 * root font size cannot shrink or blow up the widget.
 *
 * Colour on any page: text and muted text derive from the host's own text colour (muted is that colour at 75%,
 * 4.5:1 or better on whatever background makes the host's text readable), so a dark page needs nothing. Accent
 * colours cannot be derived that way; they follow the page's `color-scheme` (`light-dark()`), which is how a
 * page says it is dark, and through `color-scheme: light dark` the visitor's `prefers-color-scheme`.
 */
export const baseStyles = css`
  :host {
    --_text: var(--cw-color-text, inherit);
    --_muted: var(--cw-color-muted, color-mix(in srgb, currentColor 75%, transparent));
    --_accent: var(--cw-color-accent, #0b5cad);
    --_accent-2: var(--cw-color-accent-2, #7a4e00);
    --_accent-contrast: var(--cw-color-accent-contrast, #fff);
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
    /* Words break only when one alone is wider than the widget (a long URL), never to squeeze a column:
       'anywhere' would let tables and grids shrink words to a few letters per line. No hyphenation either
       (Firefox hyphenates wherever 'hyphens: auto' reaches a page's lang): a word is laid out whole. */
    overflow-wrap: break-word;
    hyphens: manual;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      /* On a dark page: the same hues, light enough for 4.5:1 on near-black (and 3:1 as chart marks). */
      --_accent: var(--cw-color-accent, light-dark(#0b5cad, #8ab4f8));
      --_accent-2: var(--cw-color-accent-2, light-dark(#7a4e00, #e9b25f));
      --_accent-contrast: var(--cw-color-accent-contrast, light-dark(#fff, #111));
      --_error: var(--cw-color-error, light-dark(#b3261e, #f2b8b5));
    }
  }
  /* Two widgets in a row (or a widget and the host's next paragraph) never touch; host CSS on the element wins.
     The same as WIDGET_GAP in reserve.ts, which keeps it before the element is defined. */
  :host(:not(:last-child)) {
    margin-block-end: calc(var(--cw-space, 1em) * 1.5);
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
  /* WCAG 2.4.7: every control shows where the keyboard is; nothing in a widget clips it (overflow: hidden). */
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
    padding: 0.75em 1em;
    color: var(--_muted);
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
  button.link {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.2em 0.8em;
    background: transparent;
    color: var(--_accent);
    text-align: start;
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
