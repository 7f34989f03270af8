import {mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {Dataset} from './build-dataset.js';
import {cmp} from './sources/group.js';
import {regionPath} from './build-regions.js';

/**
 * Compact JSON with object keys in code-unit order at every level: the same data always gives the same
 * bytes, whatever order the code happened to build an object in. Arrays keep their (explicitly sorted) order.
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort(cmp)) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

/** File name of an occupation: its code (`29-2072.00.json`, `29-2099.json`). */
export const occupationPath = (code: string) => `occupations/${code}.json`;

/** Dataset -> relative path -> file content (no trailing newline). Schemas are added by the caller. */
export function datasetFiles(d: Dataset): Map<string, string> {
  const files = new Map<string, string>();
  files.set('meta.json', stableStringify(d.meta));
  files.set('index.json', stableStringify(d.index));
  files.set('search.json', stableStringify(d.search));
  files.set('search-first.json', stableStringify(d.searchFirst));
  for (const v of d.vocabularies) files.set(`search-${v.lang}.json`, stableStringify(v));
  if (d.programs) files.set('programs.json', stableStringify(d.programs));
  for (const o of d.occupations) files.set(occupationPath(o.code), stableStringify(o));
  for (const r of d.regions) files.set(regionPath(r.region), stableStringify(r));
  return files;
}

/** Replaces the output folder's dataset files with `files` (removes stale occupation files). */
export function writeFiles(outDir: string, files: Map<string, string>): void {
  rmSync(join(outDir, 'occupations'), {recursive: true, force: true});
  rmSync(join(outDir, 'regions'), {recursive: true, force: true});
  for (const [rel, content] of [...files].sort((a, b) => cmp(a[0], b[0]))) {
    const path = join(outDir, rel);
    mkdirSync(dirname(path), {recursive: true});
    writeFileSync(path, content);
  }
}

/** Every file below `dir`, as relative paths with forward slashes, sorted. */
export function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), {withFileTypes: true})) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort(cmp);
}
