// The benchmark summary: reads the native Google Benchmark results (bench/results/native.json)
// and the JS run (bench/results/latest.json) of the same `npm run bench`, prints the native
// table and the four goals of issue #3 with their ratios, and adds both to latest.json.
//   node bench/summary.mjs [RESULTS_DIR]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] || join(dirname(fileURLToPath(import.meta.url)), 'results');
const latestFile = join(dir, 'latest.json');
const nativeFile = join(dir, 'native.json');
const latest = JSON.parse(readFileSync(latestFile, 'utf8'));
const round = (x, digits = 3) => Number(x.toPrecision(digits));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => {
  const med = median(xs);
  return { median: med, min: Math.min(...xs), max: Math.max(...xs), spread: med ? (Math.max(...xs) - Math.min(...xs)) / med : 0, n: xs.length };
};
const fmt = (s, digits = 3) => `${round(s.median, digits)} [${round(s.min, digits)}–${round(s.max, digits)}]`;

// Google Benchmark JSON -> { name: { cpuNs, realNs, allocs, allocBytes } } over repetitions.
function readNative() {
  if (!existsSync(nativeFile)) return null;
  // Google Benchmark writes NaN for the spread of counters that are always zero.
  const data = JSON.parse(readFileSync(nativeFile, 'utf8').replace(/:\s*-?(nan|inf)\b/gi, ': null'));
  const toNs = { ns: 1, us: 1e3, ms: 1e6, s: 1e9 };
  const runs = {};
  for (const b of data.benchmarks) {
    if (b.run_type !== 'iteration' || b.error_occurred) continue;
    const k = toNs[b.time_unit];
    (runs[b.run_name] ??= []).push({ cpu: b.cpu_time * k, real: b.real_time * k, allocs: b.allocs, allocBytes: b.alloc_bytes });
  }
  const out = {};
  for (const [name, rs] of Object.entries(runs)) {
    out[name] = { cpuNs: stats(rs.map((r) => r.cpu)), realNs: stats(rs.map((r) => r.real)), allocs: rs[0].allocs, allocBytes: rs[0].allocBytes };
  }
  return { context: data.context, rows: out };
}

function printNative(native) {
  console.log('\nNative (Google Benchmark, ns/op: CPU time median [min–max] over repetitions; wall-clock median)');
  const order = ['read/', 'compile/', 'validate/', 'evaluate/', 'report/'];
  const rank = (name) => order.findIndex((p) => name.startsWith(p));
  const sorted = Object.entries(native.rows).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  const rows = sorted.map(([name, r]) => [name, fmt(r.cpuNs), round(r.realNs.median), round(r.allocs ?? 0), round(r.allocBytes ?? 0)]);
  const header = ['benchmark', 'CPU ns/op', 'wall ns/op', 'allocs/op', 'bytes/op'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

function goals(native) {
  const fv = latest.firstVerdict;
  const steady = latest.steady;
  const out = [];
  out.push({
    goal: 'first verdict yushen WASM / ajv', target: '≤ 0.2', value: fv.ratio.median, spread: fv.ratio,
    met: fv.ratio.median <= 0.2,
    detail: `yushen ${round(fv.yushen.total.median)} ms vs ajv ${round(fv.ajv.total.median)} ms (import → verdict, fresh processes)`,
  });
  const wasm = ['valid', 'invalid'].map((s) => steady[s]['yushen.validateText'].ratioVsAjv);
  out.push({
    goal: 'steady state WASM / ajv throughput', target: '≥ 1', value: Math.min(wasm[0].median, wasm[1].median), spread: wasm,
    met: wasm.every((r) => r.median >= 1),
    detail: `validateText: valid ${fmt(wasm[0])}, invalid ${fmt(wasm[1])} (same process, interleaved rounds)`,
  });
  if (native) {
    const ratio = (set) => {
      const row = native.rows[`validate/ajv_text/valid:${set === 'valid' ? 1 : 0}`];
      const ajvCpuUs = steady[set].ajv.cpuUsPerOp.median;
      return ajvCpuUs / (row.cpuNs.median / 1000);
    };
    const r = { valid: ratio('valid'), invalid: ratio('invalid') };
    const cli = latest.cli && !latest.cli.skipped ? latest.cli : null;
    out.push({
      goal: 'native / ajv throughput (one core)', target: '≥ 3', value: Math.min(r.valid, r.invalid), spread: r,
      met: r.valid >= 3 && r.invalid >= 3,
      detail: `in-process validate+dump (CPU time) vs ajv CPU/op: valid ${round(r.valid)}×, invalid ${round(r.invalid)}×` +
        (cli ? `; CLI incl. I/O: valid ${round(cli.valid.cpuRatioVsAjv)}×, invalid ${round(cli.invalid.cpuRatioVsAjv)}× (CPU)` : ''),
    });
    const compile = native.rows['compile/text/fields:200'];
    out.push({
      goal: 'compile 200-field schema, native', target: '≤ 1 ms', value: compile.cpuNs.median / 1e6, spread: compile.cpuNs,
      met: compile.cpuNs.median <= 1e6,
      detail: `CPU ${fmt({ median: compile.cpuNs.median / 1e6, min: compile.cpuNs.min / 1e6, max: compile.cpuNs.max / 1e6 })} ms, wall ${round(compile.realNs.median / 1e6)} ms (text → plan, incl. reading the schema)`,
    });
  }
  return out;
}

const native = readNative();
if (native) printNative(native);
else console.log(`\n(no ${nativeFile}: native figures missing)`);
const result = goals(native);
console.log('\nGoals (issue #3)');
for (const g of result) {
  console.log(`  ${g.met ? 'MET    ' : 'NOT MET'}  ${g.goal}: ${round(g.value)} (goal ${g.target})  — ${g.detail}`);
}
latest.native = native;
latest.goals = result;
writeFileSync(latestFile, JSON.stringify(latest, null, 1) + '\n');
