import {css} from 'lit';

export const careerSearchStyles = css`
  :host {
    --_mark: var(--cw-color-mark, color-mix(in srgb, var(--_accent) 16%, transparent));
    --_list-height: var(--cw-search-list-height, 22em);
    --_field-surface: var(--cw-color-surface, Canvas);
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  .row {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .field {
    position: relative;
    flex: 1 1 auto;
  }
  input {
    width: 100%;
    font: inherit;
    color: inherit;
    padding: 0.55em 2.4em 0.55em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_field-surface);
  }
  input:focus-visible {
    outline-offset: 0;
  }
  .clear {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-end: 0.3em;
    transform: translateY(-50%);
    inline-size: 2em;
    block-size: 2em;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_muted);
    font-size: 1.1em;
    line-height: 1;
  }
  .popup {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    inset-block-start: calc(100% + 0.25em);
    background: var(--_field-surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.5em 1.5em color-mix(in srgb, currentColor 14%, transparent);
  }
  .popup[hidden] {
    display: none;
  }
  [role='listbox'] {
    max-block-size: var(--_list-height);
    overflow-y: auto;
    margin: 0;
    padding: 0.25em 0;
    list-style: none;
  }
  .popup .source {
    margin: 0;
    padding: 0.35em 0.75em;
    border-block-start: 1px solid var(--_border);
    font-size: 0.75em;
    line-height: 1.35;
  }
  [role='option'] {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0 0.75em;
    padding: 0.45em 0.75em;
    cursor: pointer;
  }
  [role='option'] .code {
    color: var(--_muted);
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
    align-self: center;
  }
  [role='option'].partial .title {
    color: var(--_muted);
  }
  .arrow,
  .target {
    color: var(--_muted);
  }
  [role='option']:hover {
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  [role='option'][aria-selected='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  [role='option'][aria-selected='true'] :is(.code, .arrow, .target, .title) {
    color: inherit;
  }
  mark {
    background: var(--_mark);
    color: inherit;
    font-weight: 600;
    border-radius: 0.15em;
  }
  [aria-selected='true'] mark {
    background: transparent;
    text-decoration: underline;
  }
  .hint {
    font-size: 0.85em;
    color: var(--_muted);
    margin-block: 0.35em 0;
  }
  .message {
    margin-block: 0.5em 0;
  }
  .suggestion {
    border: 0;
    padding: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  .filters label {
    font-weight: normal;
    font-size: 0.9em;
    margin: 0;
    flex: 1 1 12em;
  }
  .filters span {
    display: block;
    color: var(--_muted);
  }
  select {
    font: inherit;
    inline-size: 100%;
    padding: 0.4em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_field-surface);
    color: inherit;
  }
  .error {
    margin-block-start: 0.5em;
  }
  /* Narrow containers (a phone): each code after its title, on the same line when it fits; the list may take
     more of the screen's height (the hint is left out: the label and the list say enough). */
  @container (max-width: 24em) {
    [role='option'] {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.6em;
      padding-block: 0.4em;
    }
    [role='listbox'] {
      max-block-size: var(--cw-search-list-height, max(22em, 60vh));
    }
    .hint {
      display: none;
    }
  }
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    mark {
      background: Mark;
      color: MarkText;
    }
  }
  @media print {
    .popup,
    .hint,
    .filters,
    [role='status'] {
      display: none;
    }
    input {
      border: 0;
      padding-inline: 0;
    }
  }
`;
