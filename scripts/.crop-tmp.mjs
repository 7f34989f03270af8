// node /tmp/crop.mjs in.png out.png y height  -- crops a PNG using Chromium
import puppeteer from 'puppeteer-core';
import {readFileSync} from 'node:fs';
const [,, inp, out, y, h] = process.argv;
const b = await puppeteer.launch({executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu']});
const p = await b.newPage();
const data = readFileSync(inp).toString('base64');
await p.setContent(`<body style="margin:0"><img id=i src="data:image/png;base64,${data}">`);
const w = await p.$eval('#i', (i) => i.naturalWidth);
await p.setViewport({width: w, height: Number(h)});
await p.evaluate((y) => window.scrollTo(0, y), Number(y));
await p.screenshot({path: out, clip: {x: 0, y: Number(y), width: w, height: Number(h)}});
await b.close();
