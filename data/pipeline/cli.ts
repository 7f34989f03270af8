/**
 * npm run data [-- --sources <dir>] [--out <dir>] [--oews-state <csv>] [--vocabulary <dir>] [--check]
 * Builds the dataset from the raw sources and this repository's search vocabularies (`data/vocabulary`). `--check` builds into a temp folder and compares it byte for
 * byte with the committed dataset and report, exiting 1 with the differing files.
 */
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {runPipeline} from './pipeline.js';
import {listFiles, writeFiles} from './write.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Args {
  sources: string;
  out: string;
  oewsState?: string;
  vocabulary: string;
  check: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    sources: resolve(repoRoot, '../shared/data'),
    out: resolve(repoRoot, 'data/v1'),
    vocabulary: resolve(repoRoot, 'data/vocabulary'),
    check: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (!v) throw new Error(`${a} needs a value`);
      return resolve(v);
    };
    if (a === '--sources') args.sources = value();
    else if (a === '--out') args.out = value();
    else if (a === '--oews-state') args.oewsState = value();
    else if (a === '--vocabulary') args.vocabulary = value();
    else if (a === '--check') args.check = true;
    else throw new Error(`unknown argument ${a} (use --sources <dir>, --out <dir>, --oews-state <csv>, --vocabulary <dir>, --check)`);
  }
  return args;
}

/** The report sits beside the dataset folder: data/v1 -> data/REPORT.md. */
const reportPath = (out: string) => join(dirname(out), 'REPORT.md');

function write(out: string, files: Map<string, string>, report: string): void {
  writeFiles(out, files);
  writeFileSync(reportPath(out), report);
}

/** Files that differ between two dataset folders (missing on either side counts). */
export function diffDirs(expected: string, actual: string): string[] {
  const a = existsSync(expected) ? listFiles(expected) : [];
  const b = existsSync(actual) ? listFiles(actual) : [];
  const all = [...new Set([...a, ...b])].sort();
  return all.filter((f) => {
    const pa = join(expected, f);
    const pb = join(actual, f);
    return !existsSync(pa) || !existsSync(pb) || !readFileSync(pa).equals(readFileSync(pb));
  });
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const {dataset, files, report} = runPipeline(args.sources, args.oewsState, args.vocabulary);
  if (args.check) {
    const tmp = mkdtempSync(join(tmpdir(), 'career-data-'));
    try {
      const out = join(tmp, 'v1');
      write(out, files, report);
      const diff = diffDirs(args.out, out).map((f) => `${args.out}/${f}`);
      const committed = reportPath(args.out);
      if (!existsSync(committed) || readFileSync(committed, 'utf8') !== report) diff.push(committed);
      if (diff.length) {
        console.error(
          `data:check: ${diff.length} file(s) differ from a fresh build:\n${diff
            .slice(0, 50)
            .map((f) => `  ${f}`)
            .join('\n')}${diff.length > 50 ? `\n  ... and ${diff.length - 50} more` : ''}`,
        );
        return 1;
      }
      console.log(`data:check: ${files.size} files and REPORT.md match a fresh build (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      return 0;
    } finally {
      rmSync(tmp, {recursive: true, force: true});
    }
  }
  write(args.out, files, report);
  console.log(
    `wrote ${files.size} files (${dataset.occupations.length} occupations) to ${args.out} and ${reportPath(args.out)} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main();
  } catch (err) {
    console.error(`data pipeline failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
