// The portal page on a slow phone network, in headless Chromium (Debian's, via playwright-core):
// from navigation to a form the applicant can fill in (`body[data-ready]`: engine loaded,
// templates index and calendar read, the first template compiled and rendered). The network is
// emulated by the DevTools protocol — each request waits one round trip, bytes share the
// bandwidth — and the files are served brotli-compressed, as a portal would serve them.
// Contenders, interleaved in the same run, each run in a fresh browser context (empty caches):
//  - page: the bundle as `web/bundle.mjs` writes it (preload links for everything it fetches
//    at start);
//  - page without preloads: the same files with index.html's preload links removed, the peer
//    the links are measured against (modules found one import at a time);
//  - with YUSHEN_PORTAL_BEFORE=dir, also a portal bundle built earlier (e.g. `node web/bundle.mjs
//    DIR` in a checkout of an older commit), served the same way.
// Usage: node bench/page_load_browser.mjs [runs=7] [--rtt ms] [--kbps n] [--locale en|zh-TW]
//   (default RTT 150 ms, 1,600 kbit/s down, 750 up: the "slow 4G" of Lighthouse's mobile run)
//   BENCH_JSON=file writes the figures.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildBundle } from '../web/bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const runs = Number(argv.find((a, i) => /^\d+$/.test(a) && !String(argv[i - 1]).startsWith('--')) || 7);
const rttMs = option('--rtt', 150);
const downKbps = option('--kbps', 1600);
const locale = argv.includes('--locale') ? argv[argv.indexOf('--locale') + 1] : null;  // the page's saved choice
const upKbps = 750;
const dist = path.resolve(process.env.YUSHEN_DIST || path.join(root, 'build', 'wasm', 'dist'));
const portalBefore = process.env.YUSHEN_PORTAL_BEFORE ? path.resolve(process.env.YUSHEN_PORTAL_BEFORE) : null;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'yushen-pageload-'));
const quiet = { warn: () => {} };
const contenders = { page: path.join(work, 'page'), 'page without preloads': path.join(work, 'plain') };
buildBundle(contenders.page, { engineDir: dist, ...quiet });
buildBundle(contenders['page without preloads'], { engineDir: dist, ...quiet });
const plainIndex = path.join(contenders['page without preloads'], 'index.html');
fs.writeFileSync(plainIndex, fs.readFileSync(plainIndex, 'utf8').replace(/^\s*<link rel="(?:module)?preload"[^>]*>\n/gm, ''));
if (portalBefore) {
  contenders['YUSHEN_PORTAL_BEFORE'] = path.join(work, 'before');
  fs.cpSync(portalBefore, contenders['YUSHEN_PORTAL_BEFORE'], { recursive: true });
}

const types = { '.html': 'text/html; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
const compressed = new Map();
function brotli(file) {
  if (!compressed.has(file)) {
    compressed.set(file, zlib.brotliCompressSync(fs.readFileSync(file), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return compressed.get(file);
}
// One server; the first path segment names the contender's directory.
const server = http.createServer((req, res) => {
  const [, name, ...rest] = decodeURIComponent(req.url.split('?')[0]).split('/');
  const dir = Object.values(contenders).find((d) => path.basename(d) === name);
  const file = dir && path.resolve(dir, rest.join('/') || 'index.html');
  if (!file || !file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404);
    res.end();
    return;
  }
  const body = brotli(file);
  res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream', 'content-encoding': 'br',
    'content-length': body.length, 'cache-control': 'no-cache' });
  res.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.YUSHEN_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function loadOnce(dir) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  if (locale) await context.addInitScript((tag) => localStorage.setItem('yushen.locale', tag), locale);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: rttMs, downloadThroughput: (downKbps * 1000) / 8, uploadThroughput: (upKbps * 1000) / 8,
  });
  let requests = 0;
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => { requests++; bytes += event.encodedDataLength; });
  await page.goto(`${base}${path.basename(dir)}/`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 120000, polling: 10 });
  const ready = await page.evaluate(() => performance.now());
  await context.close();
  return { ready, requests, bytes };
}

const results = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
try {
  for (const dir of Object.values(contenders)) await loadOnce(dir);  // warm the server's brotli cache and Chromium itself
  for (let r = 0; r < runs; r++) {
    const names = Object.keys(contenders);
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + r) % names.length];
      results[name].push(await loadOnce(contenders[name]));
    }
  }
} finally {
  await browser.close();
  server.close();
  fs.rmSync(work, { recursive: true, force: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`Portal page to a fillable form${locale ? ` in ${locale}` : ''}, Chromium, RTT ${rttMs} ms, ${downKbps} kbit/s down, brotli; median of ${runs} [min–max]`);
const summary = { rttMs, downKbps, upKbps, runs, locale, contenders: {} };
const reference = median(results.page.map((x) => x.ready));
for (const [name, rows] of Object.entries(results)) {
  const ready = rows.map((x) => x.ready);
  const row = { readyMs: median(ready), minMs: Math.min(...ready), maxMs: Math.max(...ready), requests: median(rows.map((x) => x.requests)),
    kilobytes: median(rows.map((x) => x.bytes)) / 1024 };
  summary.contenders[name] = row;
  console.log(`  ${name.padEnd(40)} ${row.readyMs.toFixed(0).padStart(6)} ms [${row.minMs.toFixed(0)}–${row.maxMs.toFixed(0)}]` +
    `  ${row.requests} requests, ${row.kilobytes.toFixed(1)} KB` + (name === 'page' ? '' : `  (page / this: ${(reference / row.readyMs).toFixed(2)})`));
}
if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, `${JSON.stringify(summary, null, 1)}\n`);
