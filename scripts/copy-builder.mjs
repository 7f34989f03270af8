// Ships the embed builder in dist/ so a host that self-hosts dist/ has it too (npm run build, after the manifest):
//   dist/builder.html, dist/builder/{builder.js, snippets.js, demo.css, builder.css, favicon.svg}, dist/custom-elements.json
// The page's paths are rewritten from the demo layout (../dist/, assets/) to the dist layout (./, builder/).
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {ROOT} from './serve.mjs';

const DIST = join(ROOT, 'dist');
const ASSETS = ['builder.js', 'snippets.js', 'demo.css', 'builder.css', 'favicon.svg'];

mkdirSync(join(DIST, 'builder'), {recursive: true});
for (const name of ASSETS) copyFileSync(join(ROOT, 'demo', 'assets', name), join(DIST, 'builder', name));
copyFileSync(join(ROOT, 'custom-elements.json'), join(DIST, 'custom-elements.json'));

const rewrites = [
  ['data-dist="../dist/"', 'data-dist="./"'],
  ['data-manifest="../custom-elements.json"', 'data-manifest="./custom-elements.json"'],
  ['href="assets/', 'href="builder/'],
  ['src="assets/', 'src="builder/'],
];
let html = readFileSync(join(ROOT, 'demo', 'builder.html'), 'utf8');
for (const [from, to] of rewrites) {
  if (!html.includes(from)) throw new Error(`copy-builder: demo/builder.html no longer contains ${from}; update scripts/copy-builder.mjs`);
  html = html.replaceAll(from, to);
}
writeFileSync(join(DIST, 'builder.html'), html);
console.log(`embed builder: dist/builder.html and dist/builder/ (${ASSETS.length} files)`);
