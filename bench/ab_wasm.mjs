// A/B of two WASM builds of the npm package in one Node process: steady-state schema
// validation (form50 corpus, valid and invalid, ajv output) and template checks (every seed
// sample), interleaved in rounds so that machine noise hits both alike. For build-flag and
// code changes; not part of `npm run bench`.
// Usage: node bench/ab_wasm.mjs DIST_A DIST_B [rounds] [--allow-diff]
//   DIST_* is a directory holding index.mjs + yushen_core.{mjs,wasm} (e.g. build/wasm/dist).
// Prints CPU µs per operation (median of rounds) for A and B and the ratio B/A (< 1: B faster).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
// --allow-diff: time even if outputs differ (a change that alters reports on purpose, e.g.
// new behaviour for some samples); the differing operations are counted and printed.
const allowDiff = args.includes('--allow-diff');
const [distA, distB, roundsArg] = args.filter((a) => a !== '--allow-diff');
if (!distA || !distB) {
  console.error('usage: node bench/ab_wasm.mjs DIST_A DIST_B [rounds]');
  process.exit(2);
}
const rounds = Number(roundsArg || 7);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const corpus = (name) => fs.readFileSync(path.join(root, 'bench/corpus', name), 'utf8');
const schemaText = corpus('form50.schema.json');
const lines = (name) => corpus(name).split('\n').filter(Boolean);
const valid = lines('form50.valid.jsonl');
const invalid = lines('form50.invalid.jsonl');

// Every seed sample with its template, as JSON text (what a portal passes).
const samples = [];
for (const file of fs.readdirSync(path.join(root, 'forms/templates')).sort()) {
  const slug = file.replace(/\.json$/, '');
  const template = fs.readFileSync(path.join(root, 'forms/templates', file), 'utf8');
  const dir = path.join(root, 'forms/samples', slug);
  if (!fs.existsSync(dir)) continue;
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.json') || name.endsWith('.report.json')) continue;
    const sample = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    // As a portal passes it: the calendar inline (samples name the file).
    const context = { ...sample.context };
    if (typeof context.calendar === 'string') context.calendar = JSON.parse(fs.readFileSync(path.join(root, context.calendar), 'utf8'));
    samples.push({ slug, template, sample, context });
  }
}

async function setup(dist) {
  const { load } = await import(pathToFileURL(path.resolve(dist, 'index.mjs')).href);
  const yushen = await load({ locales: ['zh-TW', 'en'] });  // samples may be in any locale (older builds ignore the option)
  const schema = yushen.compileSchema(schemaText, { assertFormats: true });
  const checkers = new Map();
  for (const { slug, template } of samples) {
    if (!checkers.has(slug)) checkers.set(slug, yushen.compile(template));
  }
  // Submission as text, context as an object (the calendar inside it is the bulk of it).
  const jobs = samples.map(({ slug, sample, context }) => ({
    checker: checkers.get(slug),
    submission: JSON.stringify(sample.submission),
    context,
    locale: sample.locale ?? 'zh-CN',
  }));
  return {
    'validate valid': (i) => schema.validateText(valid[i % valid.length]),
    'validate invalid': (i) => schema.validateText(invalid[i % invalid.length]),
    'template check': (i) => {
      const job = jobs[i % jobs.length];
      return job.checker.checkText(job.submission, job.context, job.locale);
    },
  };
}

const builds = { A: await setup(distA), B: await setup(distB) };
// Same outputs first: a flag change must not change a byte.
for (const op of Object.keys(builds.A)) {
  const n = op === 'template check' ? samples.length : valid.length;
  for (let i = 0; i < n; ++i) {
    if (builds.A[op](i) !== builds.B[op](i)) {
      console.error(`outputs differ: ${op} #${i}${allowDiff ? '' : ' (--allow-diff to time anyway)'}`);
      if (!allowDiff) process.exit(1);
    }
  }
}

// CPU time of this process (user + system) per call, in µs: on a shared machine it is far
// less disturbed by other jobs than wall time (docs/performance.md "Wall-clock vs CPU time").
const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

function time(fn, ms) {
  let n = 0;
  const start = cpuMicros();
  const end = start + ms * 1e3;
  let now = start;
  while (now < end) {
    for (let k = 0; k < 16; ++k) fn(n++);
    now = cpuMicros();
  }
  return (now - start) / n;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const op of Object.keys(builds.A)) {
  time(builds.A[op], 500);
  time(builds.B[op], 500);
  const a = [];
  const b = [];
  for (let r = 0; r < rounds; ++r) {
    if (r % 2) { b.push(time(builds.B[op], 150)); a.push(time(builds.A[op], 150)); }
    else { a.push(time(builds.A[op], 150)); b.push(time(builds.B[op], 150)); }
  }
  const ratios = a.map((x, i) => b[i] / x);
  console.log(`${op.padEnd(18)} A ${median(a).toFixed(1).padStart(7)} µs   B ${median(b).toFixed(1).padStart(7)} µs   B/A ${median(ratios).toFixed(2)} [${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}]`);
}
