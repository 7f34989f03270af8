import {parseTsv} from './tsv.js';
import {requireColumns} from './group.js';

export interface ContentElement {
  name: string;
  description: string;
}

/** `Content Model Reference.txt`: element id -> name and description (for skills, styles, values, ...). */
export function parseContentModel(text: string): Map<string, ContentElement> {
  const t = parseTsv(text);
  requireColumns(t.header, ['Element ID', 'Element Name', 'Description'], 'Content Model Reference.txt');
  return new Map(t.rows.map((r) => [r['Element ID'], {name: r['Element Name'], description: r['Description']}]));
}
