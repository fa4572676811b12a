// One cold "time to first verdict", run in a fresh Node process by bench/js.mjs so no module
// or compile cache helps: import the engine, set it up, compile the 50-field schema, check
// one instance. Prints one JSON line with the phase times in ms.
//   node bench/first_verdict.mjs yushen|ajv SCHEMA_FILE INSTANCE_FILE WASM_INDEX_URL
// The input files are read before the clock starts: the data is given, the engine is not.
import { readFileSync } from 'node:fs';

const [engine, schemaFile, instanceFile, wasmIndexUrl] = process.argv.slice(2);
const schemaText = readFileSync(schemaFile, 'utf8');
const instanceText = readFileSync(instanceFile, 'utf8').split('\n')[0];

let cpu0;

async function yushen() {
  cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { load } = await import(wasmIndexUrl);
  const t1 = performance.now();
  const core = await load();
  const t2 = performance.now();
  const compiled = core.compileSchema(schemaText, { assertFormats: true });
  const t3 = performance.now();
  const result = compiled.validate(instanceText);
  const t4 = performance.now();
  return { t: [t0, t1, t2, t3, t4], valid: result.valid, errors: result.errors.length };
}

async function ajv() {
  cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { default: Ajv2020 } = await import('ajv/dist/2020.js');
  const { default: addFormats } = await import('ajv-formats');
  const t1 = performance.now();
  const instance = new Ajv2020({ allErrors: true });
  addFormats(instance);
  const t2 = performance.now();
  const validate = instance.compile(JSON.parse(schemaText));
  const t3 = performance.now();
  const valid = validate(JSON.parse(instanceText));
  const t4 = performance.now();
  return { t: [t0, t1, t2, t3, t4], valid, errors: valid ? 0 : validate.errors.length };
}

const run = engine === 'yushen' ? yushen : ajv;
const { t, valid, errors } = await run();
const cpu = process.cpuUsage(cpu0);  // all threads: V8 compiles WASM and JS in the background too
const ms = (a, b) => Math.round((t[b] - t[a]) * 1000) / 1000;
process.stdout.write(JSON.stringify({
  engine,
  import: ms(0, 1),
  init: ms(1, 2),
  compile: ms(2, 3),
  validate: ms(3, 4),
  total: ms(0, 4),
  cpu: Math.round((cpu.user + cpu.system) / 10) / 100,
  sinceProcessStart: Math.round(t[4] * 1000) / 1000,
  valid,
  errors,
}) + '\n');
