/** Sources folder -> every output file (dataset, schemas) and the report, validated. No writing here. */
import {loadSources, type SourceTexts} from './load-sources.js';
import {parseSources} from './parse-sources.js';
import {buildDataset, type Dataset} from './build-dataset.js';
import {checkDataset} from './checks.js';
import {datasetFiles} from './write.js';
import {generateSchemas} from './generate-schema.js';
import {validateFiles} from './schema-validate.js';
import {buildReport} from './report.js';
import {sourceNotes} from './notes.js';
import {stableStringify} from './write.js';
import {cmp} from './sources/group.js';

export interface PipelineResult {
  dataset: Dataset;
  /** Relative path below the output folder -> content. */
  files: Map<string, string>;
  report: string;
}

/** `vocabularyDir`: the search vocabularies to compile (the CLI passes `data/vocabulary`); none when absent. */
export function runPipeline(sourcesDir: string, oewsStateCsv?: string, vocabularyDir?: string): PipelineResult {
  return buildOutputs(loadSources(sourcesDir, oewsStateCsv, vocabularyDir));
}

/** The pure part: source texts -> validated files and report. */
export function buildOutputs(texts: SourceTexts): PipelineResult {
  const parsed = parseSources(texts);
  const dataset = buildDataset(parsed);
  checkDataset(dataset, parsed.occupations.length);
  const schemas = generateSchemas();
  const files = datasetFiles(dataset);
  validateFiles(files, schemas);
  for (const [name, schema] of schemas) files.set(`schema/${name}`, stableStringify(schema));
  const sorted = new Map([...files].sort((a, b) => cmp(a[0], b[0])));
  return {dataset, files: sorted, report: buildReport(dataset, sorted, sourceNotes(parsed))};
}
