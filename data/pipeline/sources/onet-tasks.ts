import {parseTsv} from './tsv.js';
import {cleanTitle, groupBy, requireColumns} from './group.js';

const CODE = 'O*NET-SOC Code';

export interface TaskRecord {
  id: string;
  text: string;
  type: 'core' | 'supplemental' | null;
}

/** `Task Statements.txt`: tasks per occupation, in file order. */
export function parseTaskStatements(text: string): Map<string, TaskRecord[]> {
  const t = parseTsv(text);
  requireColumns(t.header, [CODE, 'Task ID', 'Task', 'Task Type'], 'Task Statements.txt');
  const records = t.rows.map((r) => {
    const type = r['Task Type'].toLowerCase();
    return {code: r[CODE], id: r['Task ID'], text: r['Task'], type: type === 'core' || type === 'supplemental' ? type : null} as const;
  });
  const grouped = groupBy(records, (r) => r.code);
  return new Map([...grouped].map(([code, list]) => [code, list.map(({id, text, type}) => ({id, text, type}))]));
}

/** `Tasks to DWAs.txt`: occupation -> list of [task id, DWA id] links. */
export function parseTasksToDwas(text: string): Map<string, {taskId: string; dwaId: string}[]> {
  const t = parseTsv(text);
  requireColumns(t.header, [CODE, 'Task ID', 'DWA ID'], 'Tasks to DWAs.txt');
  const grouped = groupBy(t.rows, (r) => r[CODE]);
  return new Map([...grouped].map(([code, list]) => [code, list.map((r) => ({taskId: r['Task ID'], dwaId: r['DWA ID']}))]));
}

/** `DWA Reference.txt`: DWA id -> title. */
export function parseDwaReference(text: string): Map<string, string> {
  const t = parseTsv(text);
  requireColumns(t.header, ['DWA ID', 'DWA Title'], 'DWA Reference.txt');
  return new Map(t.rows.map((r) => [r['DWA ID'], cleanTitle(r['DWA Title'])]));
}
