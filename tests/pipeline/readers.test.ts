import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseTsv} from '../../data/pipeline/sources/tsv.js';
import {parseCsv, parseCsvRows} from '../../data/pipeline/sources/csv.js';

test('TSV: CRLF line endings and a UTF-8 BOM do not leak into names or values', () => {
  const t = parseTsv('\uFEFFO*NET-SOC Code\tTitle\r\n29-2072.00\tMedical Records Specialists\r\n\r\n');
  assert.deepEqual(t.header, ['O*NET-SOC Code', 'Title']);
  assert.deepEqual(t.rows, [{'O*NET-SOC Code': '29-2072.00', Title: 'Medical Records Specialists'}]);
});

test('TSV: a short row gets empty fields, LF files work too', () => {
  const t = parseTsv('a\tb\tc\n1\t2\n');
  assert.deepEqual(t.rows, [{a: '1', b: '2', c: ''}]);
});

test('CSV: quoted fields with commas, doubled quotes and CRLF/LF newlines inside (RFC 4180)', () => {
  const rows = parseCsvRows('code,def\r\n29-2072,"Compile, process.\r\nIncludes ""coders""."\r\n29-2099,plain\n');
  assert.deepEqual(rows, [
    ['code', 'def'],
    ['29-2072', 'Compile, process.\r\nIncludes "coders".'],
    ['29-2099', 'plain'],
  ]);
});

test('CSV: empty fields, a missing final newline and a BOM', () => {
  assert.deepEqual(parseCsvRows('\uFEFFa,,c\n,,'), [
    ['a', '', 'c'],
    ['', '', ''],
  ]);
  assert.deepEqual(parseCsv('x,y\n1,\n').rows, [{x: '1', y: ''}]);
});

test('CSV: an unterminated quote is an error, not silently swallowed data', () => {
  assert.throws(() => parseCsvRows('a,"b\n'), /unterminated/);
});
