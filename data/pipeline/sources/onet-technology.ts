import {parseTsv} from './tsv.js';
import {groupBy, requireColumns} from './group.js';

const CODE = 'O*NET-SOC Code';

export interface TechRecord {
  name: string;
  category: string;
  hot: boolean;
  inDemand: boolean;
}

/** `Technology Skills.txt`: software examples with UNSPSC commodity and the Hot Technology / In Demand flags. */
export function parseTechnologySkills(text: string): Map<string, TechRecord[]> {
  const t = parseTsv(text);
  requireColumns(t.header, [CODE, 'Example', 'Commodity Title', 'Hot Technology', 'In Demand'], 'Technology Skills.txt');
  const grouped = groupBy(t.rows, (r) => r[CODE]);
  return new Map(
    [...grouped].map(([code, list]) => [
      code,
      list.map((r) => ({name: r['Example'], category: r['Commodity Title'], hot: r['Hot Technology'] === 'Y', inDemand: r['In Demand'] === 'Y'})),
    ]),
  );
}

export interface ToolRecord {
  name: string;
  category: string;
}

/** `Tools Used.txt`: tool examples with UNSPSC commodity. */
export function parseToolsUsed(text: string): Map<string, ToolRecord[]> {
  const t = parseTsv(text);
  requireColumns(t.header, [CODE, 'Example', 'Commodity Title'], 'Tools Used.txt');
  const grouped = groupBy(t.rows, (r) => r[CODE]);
  return new Map([...grouped].map(([code, list]) => [code, list.map((r) => ({name: r['Example'], category: r['Commodity Title']}))]));
}
