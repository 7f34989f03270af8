// Writes dist/career-widgets.css (npm run build, after rollup): the space each element keeps until its code and
// data have arrived, as `:not(:defined)` rules. A page that links it (the demo pages do; the README shows how) keeps
// that room from its first paint, so nothing moves when the widgets load. Generated (run through tsx) by
// src/internal/reserve.ts from the element registry (src/elements/registry.ts), the one place the heights are set.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {ROOT} from './serve.mjs';

const {reserveCss} = await import('../src/internal/reserve.ts');
const css = `/* career-widgets: room for each widget until it has loaded (set --cw-loading-height on one to change it). */\n${reserveCss(undefined, true)}\n`;
writeFileSync(join(ROOT, 'dist', 'career-widgets.css'), css);
console.log(`reserved space: dist/career-widgets.css (${css.length} bytes)`);
