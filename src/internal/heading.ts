import {html, type TemplateResult} from 'lit';

/**
 * A real `<hN>` at the level the host asks for, so the widget fits the page's outline. One literal template
 * per level: Lit binds no tag names except through its static-HTML escape hatch, which this library never uses.
 */
export function heading(level: number, content: unknown, id?: string): TemplateResult {
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part="heading" id=${id ?? ''}>${content}</h1>`;
    case 2:
      return html`<h2 part="heading" id=${id ?? ''}>${content}</h2>`;
    case 3:
      return html`<h3 part="heading" id=${id ?? ''}>${content}</h3>`;
    case 4:
      return html`<h4 part="heading" id=${id ?? ''}>${content}</h4>`;
    case 5:
      return html`<h5 part="heading" id=${id ?? ''}>${content}</h5>`;
    default:
      return html`<h6 part="heading" id=${id ?? ''}>${content}</h6>`;
  }
}

export const clampLevel = (level: number): number => (Number.isInteger(level) ? Math.min(6, Math.max(1, level)) : 2);
