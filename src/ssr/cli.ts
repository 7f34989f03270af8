#!/usr/bin/env node
/// <reference types="node" />
/**
 * `career-widgets prerender IN.html > OUT.html`: the page with every career-widgets element pre-rendered (see
 * prerender.ts). `-` (or no file) reads standard input. Widgets left for the browser are named on standard error.
 */
import {readFile} from 'node:fs/promises';
import {parseArgs} from 'node:util';
import {prerenderPage} from './prerender.js';

const USAGE = `Usage: career-widgets prerender [options] IN.html > OUT.html   (IN.html "-" or none: standard input)

Writes the page with every career-widgets element rendered to declarative shadow DOM, from the dataset on disk,
and the data they show inline for the script to take them over. Nothing else in the page changes.

Options:
  --url URL            the page's address, for relative URLs in it (default https://localhost/)
  --data DIR           the dataset for widgets without a source (default: the one bundled with career-widgets)
  --source URL=DIR     the dataset a source URL names is the folder DIR on disk (repeatable)
  --strict             exit with status 2 if any widget was left for the browser
  -h, --help           this text`;

async function main(argv: string[]): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: {type: 'string'},
      data: {type: 'string'},
      source: {type: 'string', multiple: true},
      strict: {type: 'boolean'},
      help: {type: 'boolean', short: 'h'},
    },
  });
  const [command, file = '-', ...rest] = positionals;
  if (values.help || command !== 'prerender' || rest.length) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 64;
  }
  const sources: Record<string, string> = {};
  for (const pair of values.source ?? []) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new Error(`--source ${pair}: expected URL=DIR`);
    sources[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const page = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  const result = await prerenderPage(page, {url: values.url, data: values.data, sources, onSkip: () => undefined});
  process.stdout.write(result.html);
  for (const {tag, line, reason} of result.skipped) console.error(`career-widgets: <${tag}> on line ${line} left for the browser: ${reason}`);
  console.error(`career-widgets: ${result.rendered} pre-rendered, ${result.skipped.length} left for the browser`);
  return values.strict && result.skipped.length ? 2 : 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`career-widgets: ${(error as Error)?.message ?? error}`);
    process.exitCode = 1;
  },
);
