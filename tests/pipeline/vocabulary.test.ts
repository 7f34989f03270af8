// The search vocabularies in the pipeline (data/pipeline/vocabulary.ts): their checks, and what they compile to.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildOutputs, runPipeline} from '../../data/pipeline/pipeline.js';
import {loadSources} from '../../data/pipeline/load-sources.js';
import {parseVocabulary} from '../../data/pipeline/vocabulary.js';
import type {SearchIndex, SearchVocabularyIndex} from '../../src/data/dataset-types.js';
import {unpackTitleLists} from '../../src/data/title-pack.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = join(root, 'fixtures/pipeline/sources');
const vocabularyDir = join(root, 'fixtures/pipeline/vocabulary');
const fixture = readFileSync(join(vocabularyDir, 'es.json'), 'utf8');
const withEntries = (entries: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({format: 'career-widgets-vocabulary/1', lang: 'es', stopwords: ['de'], entries, ...extra});

test('vocabulary: compiled to search-es.json, listed by search.json and its first tier', () => {
  const {files} = runPipeline(sources, undefined, vocabularyDir);
  const index = JSON.parse(files.get('index.json')!);
  const es: SearchVocabularyIndex = JSON.parse(files.get('search-es.json')!);
  assert.equal(es.lang, 'es');
  assert.deepEqual(es.stopwords, ['de', 'la']);
  assert.equal(es.datasetVersion, index.datasetVersion);
  const words = unpackTitleLists(es.titles, es.tokens.split('\n'));
  const at = (code: string) => index.occupations.findIndex((e: {code: string}) => e.code === code);
  assert.deepEqual(words[at('29-2072.00')], ['codificador', 'codificadora', 'codificadora médica', 'especialista en registros médicos']);
  assert.deepEqual(words[at('25-2021.00')], ['maestra de primaria', 'maestro de primaria']);
  assert.equal(es.strength[at('25-2021.00')], '33');
  for (const name of ['search.json', 'search-first.json']) assert.deepEqual((JSON.parse(files.get(name)!) as SearchIndex).vocabularies, ['es']);
  assert.ok(files.has('schema/search-vocabulary.schema.json'));
  // Without the folder: no vocabulary file, none listed.
  const without = runPipeline(sources);
  assert.ok(!without.files.has('search-es.json'));
  assert.deepEqual((JSON.parse(without.files.get('search.json')!) as SearchIndex).vocabularies, []);
});

test('vocabulary: a form twice (as the search compares words), an empty form or an entry without targets stop the run', () => {
  assert.throws(
    () =>
      parseVocabulary(
        'es.json',
        withEntries([
          {forms: ['Enfermera'], targets: ['29-1141.00']},
          {forms: ['enfermera'], targets: ['29-2061.00']},
        ]),
      ),
    /entries\[1\] \(enfermera\): the form "enfermera" is already in entries\[0\]/,
  );
  assert.throws(
    () => parseVocabulary('es.json', withEntries([{forms: ['maestra de kínder', 'maestra kinder'], targets: ['25-2012.00']}])),
    /already in entries\[0\]/,
  );
  assert.throws(() => parseVocabulary('es.json', withEntries([{forms: ['  '], targets: ['29-1141.00']}])), /entries\[0\]\.forms\[0\]: empty text/);
  assert.throws(() => parseVocabulary('es.json', withEntries([{forms: ['de'], targets: ['29-1141.00']}])), /no word that is not a stop word/);
  assert.throws(() => parseVocabulary('es.json', withEntries([{forms: ['enfermera'], targets: []}])), /entries\[0\]\.targets: no targets/);
  assert.throws(() => parseVocabulary('es.json', withEntries([{forms: [], targets: ['29-1141.00']}])), /entries\[0\]\.forms: no forms/);
  assert.throws(() => parseVocabulary('es.json', withEntries([{forms: ['enfermera'], targets: ['29-1141.00', '29-1141.00']}])), /a target is listed twice/);
  assert.throws(() => parseVocabulary('es.json', withEntries([], {format: 'other/1'})), /format is not/);
  assert.throws(() => parseVocabulary('fr.json', withEntries([])), /lang "es" does not match the file name/);
  assert.throws(() => parseVocabulary('es.json', '{"format": '), /es\.json: not JSON/);
});

test('vocabulary: every target must be an occupation or a title of the O*NET release', () => {
  const texts = loadSources(sources, undefined, vocabularyDir);
  const withTargets = (targets: string[]) => ({
    ...texts,
    vocabularies: [{file: 'data/vocabulary/es.json', text: withEntries([{forms: ['codificadora'], targets}])}],
  });
  assert.throws(
    () => buildOutputs(withTargets(['29-9999.00'])),
    /entries\[0\] \(codificadora\): the target "29-9999\.00" is not an occupation in O\*NET 30\.2/,
  );
  assert.throws(() => buildOutputs(withTargets(['Medical Biller'])), /the target "Medical Biller" is not a title in O\*NET 30\.2/);
  assert.doesNotThrow(() => buildOutputs(withTargets(['coders', '29-2072.00'])), 'titles compare as the search compares them (case, plural)');
  assert.ok(fixture.includes('"Coder"'));
});
