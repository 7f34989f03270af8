import {careersShown, cipCode, type Dataset, findProgram, type ProgramCareerSort, type ProgramCareersData} from './dataset.js';
import type {DatasetIndex, DatasetMeta, Occupation, ProgramIndex} from './dataset-types.js';

/**
 * What `dataset.programCareers()` resolves to, at once when the files it needs are in memory (see
 * `Dataset.loadNow`); undefined when one is not. Apart from the Dataset class so that only `<program-careers>`
 * carries it.
 */
export function programCareersNow(
  dataset: Dataset,
  cip: string,
  {sort = 'employment', limit = Infinity}: {sort?: ProgramCareerSort; limit?: number} = {},
): ProgramCareersData | undefined {
  const code = cipCode(cip);
  const meta = dataset.fileNow<DatasetMeta>('meta.json');
  const programs = dataset.fileNow<ProgramIndex>('programs.json');
  const index = sort === 'wage' ? dataset.fileNow<DatasetIndex>('index.json') : undefined;
  if (!meta || !programs || (sort === 'wage' && !index)) return undefined;
  const program = findProgram(programs, code);
  const careers = careersShown(program, index, limit).map((c) => dataset.fileNow<Occupation>(`occupations/${c}.json`));
  if (careers.some((c) => !c)) return undefined;
  return {meta, program, careers: careers as Occupation[], total: program.occupations.length};
}
