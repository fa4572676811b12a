// Cold start to the first verdict in headless Chromium (Debian's, via playwright-core), yushen
// against ajv 8 (+ ajv-formats, bundled for the page by bench/browser_bundle.mjs) in the same
// run. Every run uses a fresh browser context (empty HTTP and code caches) and a page that has
// already fetched its data (schema text, instance text): the clock starts when the page starts
// to import the engine and stops at the first verdict.
//  - schema: compile bench/corpus/form50.schema.json (formats asserted) and validate one
//    instance — both engines;
//  - template: compile forms/examples/public-place-hygiene-license.json and checkField one
//    value — yushen only (ajv has no templates).
// Files are served from loopback without compression, so download time is near zero: this
// measures parse/compile/instantiate, not the network (see the size budget for bytes).
// Usage: node bench/cold_start_browser.mjs [runs=9]      (BENCH_JSON=file writes the figures;
//   YUSHEN_DIST=dir measures another build; YUSHEN_DIST_BEFORE=dir adds that build's rows,
//   interleaved in the same run, e.g. build/before-embind — see bench/boundary.mjs)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/lib/static_server.mjs';
import { bundle } from './browser_bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.env.YUSHEN_DIST || path.join(root, 'build', 'wasm', 'dist'));
const beforeDist = process.env.YUSHEN_DIST_BEFORE ? path.resolve(process.env.YUSHEN_DIST_BEFORE) : null;
const runs = Number(process.argv[2] || 9);

const pages = fs.mkdtempSync(path.join(os.tmpdir(), 'yushen-cold-'));
fs.writeFileSync(path.join(pages, 'ajv_bundle.js'), bundle({
  entries: { Ajv2020: 'ajv/dist/2020.js', addFormats: 'ajv-formats' }, from: root, globalName: 'ajvBundle',
}));
fs.copyFileSync(path.join(root, 'bench', 'corpus', 'form50.schema.json'), path.join(pages, 'schema.json'));
fs.writeFileSync(path.join(pages, 'instance.json'), fs.readFileSync(path.join(root, 'bench', 'corpus', 'form50.valid.jsonl'), 'utf8').split('\n')[0]);
fs.copyFileSync(path.join(root, 'forms', 'examples', 'public-place-hygiene-license.json'), path.join(pages, 'template.json'));

const common = `
const text = async (url) => (await fetch(url)).text();
const [schemaText, instanceText, templateText] = await Promise.all([text('schema.json'), text('instance.json'), text('template.json')]);
const params = new URLSearchParams(location.search);
const mode = params.get('mode');
const dist = params.get('dist') === 'before' ? '/before/' : '/dist/';
`;
fs.writeFileSync(path.join(pages, 'yushen.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="yushen.mjs"></script>');
fs.writeFileSync(path.join(pages, 'yushen.mjs'), `${common}
const t0 = performance.now();
const { load } = await import(dist + 'index.mjs');
const t1 = performance.now();
const yushen = await load();
const t2 = performance.now();
let verdict;
if (mode === 'template') {
  const checker = (yushen.compile || yushen.compileTemplate).call(yushen, templateText);  // older builds: compileTemplate
  verdict = checker.checkField('/form/mobile', '1381234567', null, null, 'zh-CN').issues.length;
} else {
  const compiled = yushen.compileSchema(schemaText, { assertFormats: true });
  verdict = compiled.validate(instanceText).valid;
}
const t3 = performance.now();
window.__result = { import: t1 - t0, init: t2 - t1, compileAndCheck: t3 - t2, total: t3 - t0, verdict };
`);
fs.writeFileSync(path.join(pages, 'ajv.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="ajv.mjs"></script>');
fs.writeFileSync(path.join(pages, 'ajv.mjs'), `${common}
const t0 = performance.now();
await new Promise((resolve, reject) => {
  const script = document.createElement('script');
  script.src = 'ajv_bundle.js';
  script.onload = resolve;
  script.onerror = reject;
  document.head.append(script);
});
const t1 = performance.now();
const ajv = new self.ajvBundle.Ajv2020.default({ allErrors: true });
self.ajvBundle.addFormats.default(ajv);
const t2 = performance.now();
const validate = ajv.compile(JSON.parse(schemaText));
const verdict = validate(JSON.parse(instanceText));
const t3 = performance.now();
window.__result = { import: t1 - t0, init: t2 - t1, compileAndCheck: t3 - t2, total: t3 - t0, verdict };
`);

const server = await startStaticServer([['/dist/', dist], ...(beforeDist ? [['/before/', beforeDist]] : []), ['/', pages]]);
const browser = await chromium.launch({
  executablePath: process.env.YUSHEN_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function once(page, mode) {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${server.url}${page}?mode=${mode}`);
    await tab.waitForFunction(() => window.__result !== undefined, null, { timeout: 60000 }).catch((error) => {
      throw new Error(`${page}?mode=${mode}: ${errors.join('; ') || error.message}`);
    });
    return await tab.evaluate(() => window.__result);
  } finally {
    await context.close();
  }
}

const cases = [['yushen schema', 'yushen.html', 'schema'], ['ajv schema', 'ajv.html', 'schema'], ['yushen template', 'yushen.html', 'template']];
if (beforeDist) cases.push(['before: schema', 'yushen.html', 'schema&dist=before'], ['before: template', 'yushen.html', 'template&dist=before']);
const samples = Object.fromEntries(cases.map(([name]) => [name, []]));
try {
  for (const [name, page, mode] of cases) await once(page, mode);  // warm the OS file cache, not the browser's
  for (let i = 0; i < runs; i++) {
    for (const [name, page, mode] of cases) samples[name].push(await once(page, mode));  // interleaved
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const summary = {};
console.log(`cold start to first verdict in Chromium, median of ${runs} fresh contexts (ms)`);
console.log(`${''.padEnd(18)}${'import'.padStart(9)}${'init'.padStart(9)}${'compile+check'.padStart(15)}${'total'.padStart(9)}  verdict`);
for (const [name] of cases) {
  const row = {};
  for (const key of ['import', 'init', 'compileAndCheck', 'total']) row[key] = median(samples[name].map((s) => s[key]));
  row.verdict = samples[name][0].verdict;
  summary[name] = row;
  console.log(`${name.padEnd(18)}${row.import.toFixed(1).padStart(9)}${row.init.toFixed(1).padStart(9)}${row.compileAndCheck.toFixed(1).padStart(15)}${row.total.toFixed(1).padStart(9)}  ${row.verdict}`);
}
const ratio = summary['yushen schema'].total / summary['ajv schema'].total;
console.log(`yushen / ajv (schema, total): ${ratio.toFixed(2)}`);
if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, `${JSON.stringify({ runs, summary, ratio }, null, 2)}\n`);
fs.rmSync(pages, { recursive: true, force: true });
