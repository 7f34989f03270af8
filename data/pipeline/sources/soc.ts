import {parseCsv} from './csv.js';
import {cleanTitle, requireColumns} from './group.js';

export interface SocEntry {
  level: 'major' | 'minor' | 'broad' | 'detailed';
  code: string;
  title: string;
  /** SOC definition (detailed codes only; '' elsewhere). */
  definition: string;
}

const LEVELS: Record<string, SocEntry['level']> = {Major: 'major', Minor: 'minor', Broad: 'broad', Detailed: 'detailed'};

/** `soc_2018_definitions.csv`: quoted CSV whose definitions hold commas, quotes and newlines. */
export function parseSocDefinitions(text: string): SocEntry[] {
  const t = parseCsv(text);
  requireColumns(t.header, ['SOC Group', 'SOC Code', 'SOC Title', 'SOC Definition'], 'soc_2018_definitions.csv');
  return t.rows.map((r) => {
    const level = LEVELS[r['SOC Group']];
    if (!level) throw new Error(`soc_2018_definitions.csv: ${r['SOC Code']}: unknown SOC Group ${JSON.stringify(r['SOC Group'])}`);
    return {level, code: r['SOC Code'], title: cleanTitle(r['SOC Title']), definition: r['SOC Definition'].replace(/\r\n/g, '\n')};
  });
}
