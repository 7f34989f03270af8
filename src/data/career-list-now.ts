import {careerRows, type CareerRow} from './career-list.js';
import type {CareerListData, Dataset} from './dataset.js';
import type {DatasetIndex, DatasetMeta, RegionSummary} from './dataset-types.js';

/** Rows joined once per index and region summary (a list re-renders often before its task has settled). */
const joined = new WeakMap<RegionSummary, {index: DatasetIndex; rows: CareerRow[]}>();

/**
 * What `dataset.careerList()` resolves to, at once when the files it needs are in memory (see `Dataset.loadNow`);
 * undefined when one is not. Apart from the Dataset class so that only `<career-explorer>` carries it.
 */
export function careerListNow(dataset: Dataset, requested: string): CareerListData | undefined {
  const wanted = requested.trim().toUpperCase() || 'US';
  const meta = dataset.fileNow<DatasetMeta>('meta.json');
  const index = dataset.fileNow<DatasetIndex>('index.json');
  if (!meta || !index) return undefined;
  const region = wanted === 'US' || Object.hasOwn(meta.regions, wanted) ? wanted : 'US';
  const summary = dataset.fileNow<RegionSummary>(`regions/${region}.json`);
  if (!summary) return undefined;
  let rows = joined.get(summary);
  if (rows?.index !== index) joined.set(summary, (rows = {index, rows: careerRows(index, summary)}));
  return {meta, region, rows: rows.rows, majorGroups: index.majorGroups, ...(region === wanted ? {} : {unknownRegion: wanted})};
}
