// The size budget (`npm test` prints it): what an applicant's browser downloads for the npm
// package (glue + wrapper + .wasm, without locale packs: an applicant needs one locale, and
// zh-CN is built in), each locale pack on its own line, and what a mini-program packages, raw / gzip -9 / brotli
// -q 11 (node:zlib, the same algorithms as the CLIs). Also the sections of the .wasm.
// Goal (issue 7): ≤ 120 KB brotli for the page download. The script fails only above the hard
// caps below, set well over today's figures so that a real regression (e.g. a second copy of
// the Unicode tables, or Embind coming back) stops `npm test` while ordinary growth does not.
// Usage: node scripts/size.mjs [build/wasm]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import { wasmSections } from './lib/wasm_reader.mjs';

// Hard caps in bytes, brotli: the page download and the mini-program package (WeChat caps
// the main package at 2 MB in total, the app's own code included).
const CAP_PAGE_BROTLI = 400 * 1024;
const CAP_MINIPROGRAM = 600 * 1024;

const build = process.argv[2] || path.join('build', 'wasm');
const dist = path.join(build, 'dist');
const mp = path.join(build, 'miniprogram');

function sizes(file) {
  return sizesOf(fs.readFileSync(file));
}

function sizesOf(bytes) {
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
const row = (name, s) => `  ${name.padEnd(28)}${kb(s.raw)}${kb(s.gzip)}${kb(s.brotli)}`;
const header = `  ${''.padEnd(28)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`;

function table(title, dir, files) {
  console.log(`${title} (${dir})`);
  console.log(header);
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const s = sizes(path.join(dir, file));
    console.log(row(file, s));
    for (const k of Object.keys(total)) total[k] += s[k];
  }
  console.log(row('total', total));
  return total;
}

// The page imports index.mjs (one file: the wrapper, the worker client and the glue;
// wasm/tools/bundle_index.mjs) and instantiates the .wasm. worker.mjs is fetched only when
// loadInWorker() is used; client.mjs and errors.mjs only by a page that imports client.mjs alone.
const page = table('Page download (npm package)', dist, ['yushen_core.wasm', 'index.mjs']);
console.log(row('+ worker.mjs (loadInWorker)', sizes(path.join(dist, 'worker.mjs'))));
// zh-TW and en are not in the .wasm: a page fetches the pack of the locale it shows (loadLocale).
const packs = fs.existsSync(path.join(dist, 'locales')) ? fs.readdirSync(path.join(dist, 'locales')).filter((f) => f.endsWith('.json')).sort() : [];
for (const file of packs) console.log(row(`+ locales/${file}`, sizes(path.join(dist, 'locales', file))));
console.log(`  goal: ≤ 120 KB brotli; hard cap ${kb(CAP_PAGE_BROTLI).trim()}`);
const wasmBytes = fs.readFileSync(path.join(dist, 'yushen_core.wasm'));
const wasmParts = wasmSections(wasmBytes);
console.log(`  .wasm sections: ${wasmParts.map((s) => `${s.name} ${kb(s.size).trim()}`).join(', ')}`);
// Code and data compressed alone (they do not add up to the file's brotli exactly): the split
// that decides what a size change can reach (docs/building.md "Size").
for (const part of wasmParts.filter((s) => s.name === 'code' || s.name === 'data')) {
  console.log(row(`  .wasm ${part.name} section`, sizesOf(wasmBytes.subarray(part.start, part.end))));
}

console.log('');
const mpLocales = fs.existsSync(path.join(mp, 'locales')) ? fs.readdirSync(path.join(mp, 'locales')).sort().map((f) => `locales/${f}`) : [];
const mpFiles = ['yushen_core.wasm.br', 'yushen_core.js', 'yushen.js', ...mpLocales];
let mpPackaged = 0;
console.log(`Mini-program package (${mp}): bytes in the code package`);
for (const file of mpFiles) {
  const n = fs.statSync(path.join(mp, file)).size;
  mpPackaged += n;
  console.log(`  ${file.padEnd(28)}${kb(n)}`);
}
console.log(`  ${'total'.padEnd(28)}${kb(mpPackaged)}   (WeChat main package cap: 2048 KB; hard cap here ${kb(CAP_MINIPROGRAM).trim()})`);

let failed = false;
if (page.brotli > CAP_PAGE_BROTLI) {
  console.error(`size: page download ${page.brotli} B brotli is over the hard cap ${CAP_PAGE_BROTLI} B`);
  failed = true;
}
if (mpPackaged > CAP_MINIPROGRAM) {
  console.error(`size: mini-program package ${mpPackaged} B is over the hard cap ${CAP_MINIPROGRAM} B`);
  failed = true;
}
process.exit(failed ? 1 : 0);
