import {parseTsv} from './tsv.js';
import {groupBy, num, requireColumns} from './group.js';

const CODE = 'O*NET-SOC Code';

/**
 * One rating row of an O*NET "element x scale" file (Skills, Knowledge, Abilities, Work Activities,
 * Work Context, Interests, Work Styles, Work Values): the layout all of them share.
 */
export interface ScaledRow {
  elementId: string;
  elementName: string;
  scale: string;
  /** `Category` column where the file has one ('' otherwise or when 'n/a'). */
  category: string;
  value: number;
  /** `Recommend Suppress` = Y: O*NET advises not to show the estimate. */
  suppress: boolean;
  /** `Not Relevant` = Y (level scale only): the element is not relevant to the occupation. */
  notRelevant: boolean;
}

/** Any O*NET element x scale file (text or converted TSV) -> rows per occupation, in file order. */
export function parseScaledFile(text: string, file: string): Map<string, ScaledRow[]> {
  const t = parseTsv(text);
  requireColumns(t.header, [CODE, 'Element ID', 'Element Name', 'Scale ID', 'Data Value'], file);
  const rows = t.rows.map((r, i) => ({
    code: r[CODE],
    row: {
      elementId: r['Element ID'],
      elementName: r['Element Name'],
      scale: r['Scale ID'],
      category: r['Category'] === undefined || r['Category'] === 'n/a' ? '' : r['Category'],
      value: num(r['Data Value'], `${file} row ${i + 2} (${r[CODE]} ${r['Element ID']} ${r['Scale ID']})`),
      suppress: r['Recommend Suppress'] === 'Y',
      notRelevant: r['Not Relevant'] === 'Y',
    },
  }));
  const grouped = groupBy(rows, (r) => r.code);
  return new Map([...grouped].map(([code, list]) => [code, list.map((r) => r.row)]));
}
