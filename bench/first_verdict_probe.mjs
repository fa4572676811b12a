// Where a cold first verdict goes, for docs/performance.md "First verdict: what V8 does with
// it": in one fresh process, load the engine, compile the same schema twice and validate
// twice. The second compile and validation run code V8 has already compiled, so the
// difference to the first is lazy compilation (and, without --liftoff-only, tier-up).
//   node [--liftoff-only|--no-wasm-lazy-compilation] bench/first_verdict_probe.mjs \
//        SCHEMA_FILE INSTANCES_JSONL WASM_INDEX_URL
import { readFileSync } from 'node:fs';

const [schemaFile, instancesFile, wasmIndexUrl] = process.argv.slice(2);
const schemaText = readFileSync(schemaFile, 'utf8');
const [first, second] = readFileSync(instancesFile, 'utf8').split('\n');

const t0 = performance.now();
const { load } = await import(wasmIndexUrl);
const core = await load();
const t1 = performance.now();
const compiled = core.compileSchema(schemaText, { assertFormats: true });
const t2 = performance.now();
core.compileSchema(schemaText, { assertFormats: true }).dispose();
const t3 = performance.now();
compiled.validate(first);
const t4 = performance.now();
compiled.validate(second);
const t5 = performance.now();
const ms = (a, b) => Math.round((b - a) * 100) / 100;
console.log(JSON.stringify({
  load: ms(t0, t1), compile1: ms(t1, t2), compile2: ms(t2, t3), validate1: ms(t3, t4), validate2: ms(t4, t5),
}));
