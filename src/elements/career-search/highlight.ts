import {html, type TemplateResult} from 'lit';

/**
 * `text` with the `[start, end)` ranges in `marks` wrapped in `<mark>`: built from strings through Lit's
 * escaping, never parsed as markup, so a title such as "R&D <Lead>" stays text.
 */
export function highlight(text: string, marks: readonly (readonly [number, number])[]): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start) continue; // overlapping or empty ranges add nothing
    if (start > at) parts.push(text.slice(at, start));
    parts.push(html`<mark part="mark">${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
