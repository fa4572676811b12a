// yushen vs ajv 8 in one Node process, on the form corpus (bench/corpus/): time to first
// verdict (fresh child processes), warm compile, steady-state JSON text in -> result out,
// where the WASM time goes (boundary, reader, evaluation, report), and the native CLI as a
// peer. Contenders run interleaved in rounds; every figure is a median with its spread.
//   node bench/js.mjs [--quick] [--out bench/results/latest.json]
// Method and current figures: docs/performance.md. Run by scripts/bench.sh.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { writeCorpus } from './corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const outFile = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : join(here, 'results', 'latest.json');
const wasmIndex = process.env.YUSHEN_WASM_INDEX || join(root, 'build/wasm/dist/index.mjs');
const cliPath = process.env.YUSHEN_CLI || join(root, 'build/native/yushen');

const CONFIG = quick
  ? { firstReps: 3, compileRounds: 3, compileCalls: 5, rounds: 5, roundMs: 60, warmMs: 300, cliLines: 4000, cliReps: 3 }
  : { firstReps: 11, compileRounds: 7, compileCalls: 10, rounds: 9, roundMs: 150, warmMs: 1000, cliLines: 20000, cliReps: 5 };

// ---- statistics ---------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
// Median with the range, and the spread as (max - min) / median.
function stats(xs) {
  const med = median(xs);
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  return { median: med, min, max, spread: med ? (max - min) / med : 0, n: xs.length };
}
const round = (x, digits = 3) => Number(x.toPrecision(digits));

// ---- corpus ---------------------------------------------------------------------------
function loadCorpus() {
  const dir = join(here, 'corpus');
  if (!existsSync(join(dir, 'form50.schema.json'))) writeCorpus(dir);
  const lines = (name) => readFileSync(join(dir, name), 'utf8').trim().split('\n');
  return {
    dir,
    schema50: readFileSync(join(dir, 'form50.schema.json'), 'utf8'),
    schema200: readFileSync(join(dir, 'form200.schema.json'), 'utf8'),
    valid: lines('form50.valid.jsonl'),
    invalid: lines('form50.invalid.jsonl'),
  };
}

// ---- engines ----------------------------------------------------------------------------
function makeAjv() {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  return ajv;
}

// Both engines must give the same verdict and the same (keyword, instancePath) errors on
// every instance, or the comparison would not be of the same work.
function checkAgreement(corpus, ajvValidate, compiled) {
  const key = (errors) => errors.map((e) => `${e.keyword} ${e.instancePath}`).sort().join('|');
  let same = 0;
  const differences = [];
  for (const text of [...corpus.valid, ...corpus.invalid]) {
    const ajvValid = ajvValidate(JSON.parse(text));
    const ajvKey = ajvValid ? '' : key(ajvValidate.errors);
    const result = compiled.validate(text);
    if (result.valid === ajvValid && key(result.errors) === ajvKey) same++;
    else differences.push({ ajv: ajvKey, yushen: key(result.errors) });
  }
  return { same, total: corpus.valid.length + corpus.invalid.length, differences };
}

// ---- 1. time to first verdict (fresh processes) --------------------------------------------
function firstVerdict(corpus) {
  const script = join(here, 'first_verdict.mjs');
  const schemaFile = join(corpus.dir, 'form50.schema.json');
  const instanceFile = join(corpus.dir, 'form50.invalid.jsonl');
  const wasmUrl = pathToFileURL(wasmIndex).href;
  const runs = { yushen: [], ajv: [], nodeEmpty: [] };
  const spawnMs = (args) => {
    const t0 = performance.now();
    const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
    const wall = performance.now() - t0;
    if (child.status !== 0) throw new Error(`first_verdict failed: ${child.stderr}`);
    return { wall, stdout: child.stdout };
  };
  for (let rep = 0; rep < CONFIG.firstReps; rep++) {
    const order = rep % 2 ? ['ajv', 'yushen'] : ['yushen', 'ajv'];
    for (const engine of order) {
      const { wall, stdout } = spawnMs([script, engine, schemaFile, instanceFile, wasmUrl]);
      runs[engine].push({ ...JSON.parse(stdout), processWall: wall });
    }
    runs.nodeEmpty.push(spawnMs(['-e', '']).wall);
  }
  const summary = {};
  for (const engine of ['yushen', 'ajv']) {
    summary[engine] = {};
    for (const phase of ['import', 'init', 'compile', 'validate', 'total', 'cpu', 'sinceProcessStart', 'processWall']) {
      summary[engine][phase] = stats(runs[engine].map((r) => r[phase]));
    }
    summary[engine].verdict = { valid: runs[engine][0].valid, errors: runs[engine][0].errors };
  }
  summary.nodeEmptyProcessWall = stats(runs.nodeEmpty);
  const ratios = runs.yushen.map((r, i) => r.total / runs.ajv[i].total);
  summary.ratio = stats(ratios);  // yushen / ajv, per repetition pair
  summary.cpuRatio = stats(runs.yushen.map((r, i) => r.cpu / runs.ajv[i].cpu));
  return summary;
}

// ---- 2. warm compile ---------------------------------------------------------------------------
function timeCalls(fn, calls) {
  const times = [];
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function warmCompile(corpus, yushen) {
  const sharedAjv = makeAjv();
  const out = {};
  for (const [name, text] of [['form50', corpus.schema50], ['form200', corpus.schema200]]) {
    const contenders = {
      yushen: () => yushen.compileSchema(text, { assertFormats: true }).dispose(),
      ajvShared: () => sharedAjv.compile(JSON.parse(text)),  // a new object: ajv's cache misses
      ajvFresh: () => makeAjv().compile(JSON.parse(text)),
    };
    for (const fn of Object.values(contenders)) timeCalls(fn, 3);
    const rows = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
    for (let r = 0; r < CONFIG.compileRounds; r++) {
      for (const [k, fn] of Object.entries(contenders)) rows[k].push(timeCalls(fn, CONFIG.compileCalls));
    }
    out[name] = Object.fromEntries(Object.entries(rows).map(([k, xs]) => [k, stats(xs)]));
    out[name].ratio = stats(rows.yushen.map((y, i) => y / rows.ajvShared[i]));
  }
  return out;
}

// ---- 3. steady state -------------------------------------------------------------------------------
// Runs fn over the texts (cycling) for about `ms`, in whole passes; returns ops/s by wall
// clock and by process CPU time.
function runFor(fn, texts, ms) {
  let sink = 0;
  let ops = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    for (let i = 0; i < texts.length; i++) sink += fn(texts[i]);
    ops += texts.length;
    t = performance.now();
  }
  const cpu = process.cpuUsage(cpu0);
  globalThis.__sink = sink;
  return { wall: ops / ((t - t0) / 1000), cpu: ops / ((cpu.user + cpu.system) / 1e6) };
}

// Every contender runs once per round, in a rotating order; ratios are taken within a round.
function rounds(contenders, texts, baseline) {
  const names = Object.keys(contenders);
  for (const name of names) runFor(contenders[name], texts, CONFIG.warmMs);
  const perRound = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < CONFIG.rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + r) % names.length];
      perRound[name].push(runFor(contenders[name], texts, CONFIG.roundMs));
    }
  }
  const out = {};
  for (const name of names) {
    const runs = perRound[name];
    out[name] = {
      opsPerSec: stats(runs.map((x) => x.wall)),
      usPerOp: stats(runs.map((x) => 1e6 / x.wall)),
      cpuUsPerOp: stats(runs.map((x) => 1e6 / x.cpu)),
    };
    if (baseline && name !== baseline) {
      out[name].ratioVsAjv = stats(runs.map((x, i) => x.wall / perRound[baseline][i].wall));
      out[name].cpuRatioVsAjv = stats(runs.map((x, i) => x.cpu / perRound[baseline][i].cpu));
    }
  }
  return out;
}

function steadyState(corpus, ajvValidate, compiled) {
  const contenders = {
    ajv: (t) => (ajvValidate(JSON.parse(t)) ? 1 : ajvValidate.errors.length),
    'yushen.validateText': (t) => compiled.validateText(t).length,
    'yushen.validate': (t) => compiled.validate(t).errors.length,
    'yushen.validateText(flag)': (t) => compiled.validateText(t, { output: 'flag' }).length,
    'JSON.parse only': (t) => (JSON.parse(t) ? 1 : 0),
  };
  return { valid: rounds(contenders, corpus.valid, 'ajv'), invalid: rounds(contenders, corpus.invalid, 'ajv') };
}

// ---- 4. where the WASM time goes ---------------------------------------------------------------------
// All through the public API: a schema `{}` isolates boundary + reader; a text that fails at
// its first byte isolates the string crossing (plus the UTF-8 check); the flag output
// removes reporting. Also a model of the cheaper boundary: TextEncoder.encodeInto into the
// WASM heap versus the JS loop Embind's std::string conversion runs (3.1.6 glue).
function utf8LengthLoop(str) {
  let len = 0;
  for (let i = 0; i < str.length; ++i) {
    let u = str.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdfff) u = (0x10000 + ((u & 0x3ff) << 10)) | (str.charCodeAt(++i) & 0x3ff);
    len += u <= 0x7f ? 1 : u <= 0x7ff ? 2 : u <= 0xffff ? 3 : 4;
  }
  return len;
}
function utf8EncodeLoop(str, heap, at) {
  let out = at;
  for (let i = 0; i < str.length; ++i) {
    let u = str.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdfff) u = (0x10000 + ((u & 0x3ff) << 10)) | (str.charCodeAt(++i) & 0x3ff);
    if (u <= 0x7f) heap[out++] = u;
    else if (u <= 0x7ff) { heap[out++] = 0xc0 | (u >> 6); heap[out++] = 0x80 | (u & 63); }
    else if (u <= 0xffff) { heap[out++] = 0xe0 | (u >> 12); heap[out++] = 0x80 | ((u >> 6) & 63); heap[out++] = 0x80 | (u & 63); }
    else { heap[out++] = 0xf0 | (u >> 18); heap[out++] = 0x80 | ((u >> 12) & 63); heap[out++] = 0x80 | ((u >> 6) & 63); heap[out++] = 0x80 | (u & 63); }
  }
  heap[out] = 0;
  return out - at;
}

function wasmBreakdown(corpus, yushen, compiled) {
  const empty = yushen.compileSchema('{}');
  const core = yushen.core;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const sampleResult = compiled.validateText(corpus.invalid[0]);
  const out = {};
  for (const set of ['valid', 'invalid']) {
    const texts = corpus[set];
    const contenders = {
      'call only ("x")': () => compiled.validateText('x', { output: 'flag' }).length,
      'string in (x+text)': (t) => compiled.validateText(`x${t}`, { output: 'flag' }).length,
      'boundary+reader ({} schema)': (t) => empty.validateText(t, { output: 'flag' }).length,
      'reader+evaluate (flag)': (t) => compiled.validateText(t, { output: 'flag' }).length,
      '+report (ajv text)': (t) => compiled.validateText(t).length,
      '+JSON.parse result': (t) => compiled.validate(t).errors.length,
      'model: JS loop encode (Embind 3.1.6)': (t) => {
        const n = utf8LengthLoop(t);
        const ptr = core._malloc(n + 5);
        const written = utf8EncodeLoop(t, core.HEAPU8, ptr + 4);
        core._free(ptr);
        return written;
      },
      'model: TextEncoder.encodeInto': (t) => {
        const ptr = core._malloc(t.length * 3 + 1);
        const { written } = encoder.encodeInto(t, core.HEAPU8.subarray(ptr, ptr + t.length * 3));
        core._free(ptr);
        return written;
      },
      'model: TextDecoder result': () => decoder.decode(encoder.encode(sampleResult)).length,
    };
    out[set] = rounds(contenders, texts, null);
  }
  empty.dispose();
  return out;
}

// ---- 5. the native CLI as a peer ----------------------------------------------------------------------
function cliPeer(corpus) {
  if (!existsSync(cliPath)) return { skipped: `${cliPath} not built` };
  const dir = mkdtempSync(join(tmpdir(), 'yushen-bench-'));
  const schemaFile = join(corpus.dir, 'form50.schema.json');
  const inputs = { empty: join(dir, 'empty.jsonl'), valid: join(dir, 'valid.jsonl'), invalid: join(dir, 'invalid.jsonl') };
  writeFileSync(inputs.empty, '');
  for (const set of ['valid', 'invalid']) {
    const lines = [];
    for (let i = 0; i < CONFIG.cliLines; i++) lines.push(corpus[set][i % corpus[set].length]);
    writeFileSync(inputs[set], lines.join('\n') + '\n');
  }
  // bash's `time` gives the child's wall, user and system time.
  const run = (input) => {
    const output = join(dir, 'out.jsonl');
    const child = spawnSync('bash', ['-c',
      'TIMEFORMAT="%3R %3U %3S"; time "$0" validate --schema "$1" --assert-formats --output ajv < "$2" > "$3"',
      cliPath, schemaFile, input, output], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`yushen validate failed: ${child.stderr}`);
    const [real, user, sys] = child.stderr.trim().split('\n').pop().split(' ').map(Number);
    const lines = readFileSync(output, 'utf8').split('\n').length - 1;
    return { wall: real * 1000, cpu: (user + sys) * 1000, lines };
  };
  const runs = { empty: [], valid: [], invalid: [] };
  for (let rep = 0; rep < CONFIG.cliReps; rep++) {
    for (const set of ['empty', 'valid', 'invalid']) runs[set].push(run(inputs[set]));
  }
  rmSync(dir, { recursive: true, force: true });
  const out = { lines: CONFIG.cliLines, emptyRun: { wallMs: stats(runs.empty.map((r) => r.wall)), cpuMs: stats(runs.empty.map((r) => r.cpu)) } };
  for (const set of ['valid', 'invalid']) {
    if (runs[set].some((r) => r.lines !== CONFIG.cliLines)) throw new Error(`CLI wrote the wrong number of lines for ${set}`);
    const emptyWall = out.emptyRun.wallMs.median;
    const emptyCpu = out.emptyRun.cpuMs.median;
    out[set] = {
      usPerInstance: stats(runs[set].map((r) => ((r.wall - emptyWall) * 1000) / CONFIG.cliLines)),
      cpuUsPerInstance: stats(runs[set].map((r) => ((r.cpu - emptyCpu) * 1000) / CONFIG.cliLines)),
    };
  }
  return out;
}

function gitCommit() {
  const git = spawnSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  return git.status === 0 ? git.stdout.trim() : process.env.YUSHEN_BENCH_COMMIT || null;
}

// ---- report ---------------------------------------------------------------------------------------------------
const fmt = (s, digits = 3) => `${round(s.median, digits)} [${round(s.min, digits)}–${round(s.max, digits)}]`;

function printTable(title, header, rows) {
  console.log(`\n${title}`);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

// The CLI peer as a ratio: ajv µs per op / CLI µs per instance (>1: the CLI is faster).
function addCliRatios(results) {
  if (results.cli.skipped) return;
  for (const set of ['valid', 'invalid']) {
    const ajv = results.steady[set].ajv;
    results.cli[set].ratioVsAjv = ajv.usPerOp.median / results.cli[set].usPerInstance.median;
    results.cli[set].cpuRatioVsAjv = ajv.cpuUsPerOp.median / results.cli[set].cpuUsPerInstance.median;
  }
}

function printReport(results) {
  const fv = results.firstVerdict;
  printTable('Time to first verdict, ms (median [min–max] of fresh processes; import → verdict)',
    ['engine', 'import', 'init', 'compile', 'validate', 'total', 'CPU (all threads)', 'since process start'],
    ['yushen', 'ajv'].map((e) => [e, fmt(fv[e].import), fmt(fv[e].init), fmt(fv[e].compile), fmt(fv[e].validate), fmt(fv[e].total), fmt(fv[e].cpu), fmt(fv[e].sinceProcessStart)]));
  console.log(`yushen/ajv first verdict: ${fmt(fv.ratio)} (wall), ${fmt(fv.cpuRatio)} (CPU)   (an empty node process: ${fmt(fv.nodeEmptyProcessWall)} ms)`);

  printTable('Warm compile, ms per schema', ['schema', 'yushen WASM', 'ajv (shared instance)', 'ajv (new Ajv each)', 'yushen/ajv'],
    ['form50', 'form200'].map((s) => [s, fmt(results.compile[s].yushen), fmt(results.compile[s].ajvShared), fmt(results.compile[s].ajvFresh), fmt(results.compile[s].ratio)]));

  for (const set of ['valid', 'invalid']) {
    const rows = Object.entries(results.steady[set]).map(([name, r]) => [name, fmt(r.opsPerSec), fmt(r.usPerOp), fmt(r.cpuUsPerOp),
      r.ratioVsAjv ? fmt(r.ratioVsAjv) : '', r.cpuRatioVsAjv ? fmt(r.cpuRatioVsAjv) : '']);
    printTable(`Steady state, ${set} instances: JSON text in → result out`, ['contender', 'ops/s', 'µs/op', 'CPU µs/op', '×ajv (wall)', '×ajv (CPU)'], rows);
  }
  for (const set of ['valid', 'invalid']) {
    const rows = Object.entries(results.wasmBreakdown[set]).map(([name, r]) => [name, fmt(r.usPerOp), fmt(r.cpuUsPerOp)]);
    printTable(`Where the WASM time goes, ${set} instances (µs per call)`, ['step', 'µs/op', 'CPU µs/op'], rows);
  }
  if (results.cli.skipped) {
    console.log(`\nnative CLI: skipped (${results.cli.skipped})`);
  } else {
    printTable(`Native CLI (yushen validate --output ajv, ${results.cli.lines} lines, empty run subtracted: ${fmt(results.cli.emptyRun.wallMs)} ms)`,
      ['set', 'µs/instance', 'CPU µs/instance', '×ajv (wall)', '×ajv (CPU)'],
      ['valid', 'invalid'].map((s) => [s, fmt(results.cli[s].usPerInstance), fmt(results.cli[s].cpuUsPerInstance),
        round(results.cli[s].ratioVsAjv), round(results.cli[s].cpuRatioVsAjv)]));
  }
}

async function main() {
  const corpus = loadCorpus();
  const load0 = loadavg();
  console.log(`yushen bench (js): node ${process.version}, ${cpus().length} cores (${cpus()[0].model}), load ${load0.map((x) => x.toFixed(2)).join(' ')}${quick ? ', QUICK' : ''}`);
  console.log(`corpus: form50 schema ${corpus.schema50.length} chars, ${corpus.valid.length} valid + ${corpus.invalid.length} invalid instances ` +
    `(${Math.round(corpus.valid.reduce((a, t) => a + Buffer.byteLength(t), 0) / corpus.valid.length)} / ` +
    `${Math.round(corpus.invalid.reduce((a, t) => a + Buffer.byteLength(t), 0) / corpus.invalid.length)} bytes avg)`);

  const { load } = await import(pathToFileURL(wasmIndex).href);
  const yushen = await load();
  const compiled = yushen.compileSchema(corpus.schema50, { assertFormats: true });
  const ajvValidate = makeAjv().compile(JSON.parse(corpus.schema50));
  const agreement = checkAgreement(corpus, ajvValidate, compiled);
  console.log(`agreement ajv vs yushen (verdict + keyword/instancePath of every error): ${agreement.same}/${agreement.total}`);

  const results = {
    meta: {
      date: new Date().toISOString(), commit: gitCommit(), node: process.version, cores: cpus().length, cpu: cpus()[0].model,
      loadBefore: load0, quick, config: CONFIG, yushenVersion: yushen.version,
      corpus: { schema50Bytes: Buffer.byteLength(corpus.schema50), schema200Bytes: Buffer.byteLength(corpus.schema200), instances: corpus.valid.length },
    },
    agreement,
  };

  console.log('… time to first verdict (fresh processes)');
  results.firstVerdict = firstVerdict(corpus);
  console.log('… warm compile');
  results.compile = warmCompile(corpus, yushen);
  console.log('… steady state');
  results.steady = steadyState(corpus, ajvValidate, compiled);
  console.log('… WASM breakdown');
  results.wasmBreakdown = wasmBreakdown(corpus, yushen, compiled);
  console.log('… native CLI peer');
  results.cli = cliPeer(corpus);
  results.meta.loadAfter = loadavg();

  addCliRatios(results);
  printReport(results);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(results, null, 1) + '\n');
  console.log(`\nwrote ${outFile}`);
  compiled.dispose();
}

await main();
