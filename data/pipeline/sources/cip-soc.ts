import {parseCsv} from './csv.js';
import {cleanTitle, requireColumns} from './group.js';

/** One program -> occupation pair of the NCES CIP 2020 to SOC 2018 crosswalk. */
export interface CipSocPair {
  /** CIP 2020 code, text `NN.NNNN` (leading zero kept). */
  cip: string;
  /** Program title without the trailing period the crosswalk gives every title. */
  title: string;
  /** 2018 SOC detailed code. */
  soc: string;
}

export interface CipSocCrosswalk {
  pairs: CipSocPair[];
  /** Programs the crosswalk lists with `99-9999 NO MATCH` (no occupation): skipped, counted for the report. */
  noMatch: string[];
  /** Occupations the crosswalk lists under `99.9999 NO MATCH` (no program): skipped, counted for the report. */
  noProgram: string[];
}

const FILE = 'CIP2020_SOC2018_Crosswalk.csv';
const CIP = /^\d\d\.\d{4}$/;
const SOC = /^\d\d-\d{4}$/;
const NO_MATCH = '99-9999';
const NO_PROGRAM = '99.9999';

/** `Health Information/Medical Records Technology/Technician.` -> without the final period, spaces collapsed. */
export const programTitle = (title: string) => cleanTitle(title).replace(/\.$/, '');

/**
 * `CIP2020_SOC2018_Crosswalk.csv` (CSV export of the "CIP-SOC" sheet; UTF-8 BOM). A malformed code, or one CIP
 * code carrying two different titles, fails the build rather than producing a program nobody can find.
 */
export function parseCipSoc(text: string): CipSocCrosswalk {
  const t = parseCsv(text);
  requireColumns(t.header, ['CIP2020Code', 'CIP2020Title', 'SOC2018Code', 'SOC2018Title'], FILE);
  const pairs: CipSocPair[] = [];
  const noMatch: string[] = [];
  const noProgram: string[] = [];
  const titles = new Map<string, string>();
  const seen = new Set<string>();
  t.rows.forEach((r, i) => {
    const where = `${FILE} row ${i + 2}`;
    const cip = r.CIP2020Code;
    const soc = r.SOC2018Code;
    if (!CIP.test(cip)) throw new Error(`${where}: CIP code ${JSON.stringify(cip)} is not NN.NNNN`);
    if (cip === NO_PROGRAM) {
      noProgram.push(soc);
      return;
    }
    const title = programTitle(r.CIP2020Title);
    if (!title) throw new Error(`${where}: CIP ${cip} has no title`);
    const known = titles.get(cip);
    if (known !== undefined && known !== title) throw new Error(`${where}: CIP ${cip} is titled both ${JSON.stringify(known)} and ${JSON.stringify(title)}`);
    titles.set(cip, title);
    if (soc === NO_MATCH) {
      noMatch.push(cip);
      return;
    }
    if (!SOC.test(soc)) throw new Error(`${where}: SOC code ${JSON.stringify(soc)} is not NN-NNNN`);
    const key = `${cip}|${soc}`;
    if (seen.has(key)) return; // a repeated pair adds nothing
    seen.add(key);
    pairs.push({cip, title, soc});
  });
  return {pairs, noMatch, noProgram};
}
