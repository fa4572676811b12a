// The cost of moving strings across the JS/WASM boundary, before and after issue 7, in one
// run: the Embind std::string build (a snapshot of the old glue + .wasm + index.mjs) against
// the raw pointer + TextEncoder.encodeInto / TextDecoder path of wasm/boundary.mjs.
//  - boundary only: three strings in (a ~2 KB instance, "ajv", "zh-CN"), a short string out,
//    no core work (Embind: validate() on an uncompiled SchemaChecker returns at once; raw:
//    the same arguments into an export that ignores them, result decoded);
//  - end to end: checkField on the example template with a ~2 KB submission, and validate()
//    of a ~2 KB instance, on both builds (the core work is the same code).
// Usage: node bench/boundary.mjs [BEFORE_DIR] [AFTER_DIR]
//   BEFORE_DIR default build/before-embind: glue, .wasm and wasm/index.mjs + errors.mjs of commit
//   8cd3943 (the last Embind build; build it in a worktree with scripts/build.sh wasm and copy
//   build/wasm/dist/{yushen_core.*,index.mjs,errors.mjs}). AFTER_DIR default build/wasm/dist.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const beforeDir = path.resolve(process.argv[2] || path.join(root, 'build', 'before-embind'));
const afterDir = path.resolve(process.argv[3] || path.join(root, 'build', 'wasm', 'dist'));

if (!fs.existsSync(path.join(beforeDir, 'yushen_core.wasm'))) {
  console.error(`boundary: no Embind build in ${beforeDir}; see the usage at the top of bench/boundary.mjs`);
  process.exit(2);
}
const before = await (await import(pathToFileURL(path.join(beforeDir, 'index.mjs')).href)).load();
const after = await (await import(pathToFileURL(path.join(afterDir, 'index.mjs')).href)).load();

// ~2 KB of JSON with Chinese text (3 bytes per character in UTF-8), like a form submission.
const form = {};
for (let i = 0; i < 32; i++) form[`field${i}`] = `第${i}项：北京市朝阳区建国路${i}号 Room ${i}`;
const submission = { form: { ...form, unitName: '张三饭店', mobile: '13812345678' } };
const instanceText = JSON.stringify(form);
const submissionText = JSON.stringify(submission);

function time(fn, minMs = 400) {
  for (let i = 0; i < 200; i++) fn();  // warm up (JIT, memory growth)
  let n = 0;
  const t0 = performance.now();
  let t1 = t0;
  while (t1 - t0 < minMs) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
    t1 = performance.now();
  }
  return ((t1 - t0) * 1000) / n;  // µs per call
}

// Boundary only.
const embindChecker = new before.core.SchemaChecker();
const embindOnly = () => embindChecker.validate(instanceText, 'ajv', 'zh-CN');
const b = after.boundary;
const rawOnly = () => b.result(b.call(b.core._yushen_result, [], [instanceText, 'ajv', 'zh-CN']));

const example = fs.readFileSync(path.join(root, 'forms', 'examples', 'public-place-hygiene-license.json'), 'utf8');
const beforeTemplate = before.compileTemplate(example);
const afterTemplate = after.compile(example);
const beforeField = () => beforeTemplate.checkField('/form/mobile', '1381234567', submission, null, 'zh-CN');
const afterField = () => afterTemplate.checkField('/form/mobile', '1381234567', submission, null, 'zh-CN');
const schema = { type: 'object', additionalProperties: { type: 'string', maxLength: 60 } };
const beforeSchema = before.compileSchema(schema);
const afterSchema = after.compileSchema(schema);
const beforeValidate = () => beforeSchema.validateText(instanceText);
const afterValidate = () => afterSchema.validateText(instanceText);

if (beforeField().issues.length !== afterField().issues.length || beforeValidate() !== afterValidate()) {
  throw new Error('the two builds disagree');
}

const rows = [
  ['boundary only: 3 strings in (2 KB), short out', embindOnly, rawOnly],
  ['checkField, 2 KB submission', beforeField, afterField],
  ['compiled validate, 2 KB instance', beforeValidate, afterValidate],
];
console.log(`strings: instance ${Buffer.byteLength(instanceText)} B, submission ${Buffer.byteLength(submissionText)} B (UTF-8)`);
console.log(`${'µs per call'.padEnd(48)}${'Embind'.padStart(10)}${'raw ptr'.padStart(10)}${'ratio'.padStart(8)}`);
const results = [];
for (const [name, old, now] of rows) {
  // Alternate the two so drift on a shared machine hits both.
  const a1 = time(old);
  const n1 = time(now);
  const a2 = time(old);
  const n2 = time(now);
  const embind = Math.min(a1, a2);
  const raw = Math.min(n1, n2);
  results.push({ name, embind, raw, ratio: embind / raw });
  console.log(`${name.padEnd(48)}${embind.toFixed(1).padStart(10)}${raw.toFixed(1).padStart(10)}${(embind / raw).toFixed(2).padStart(8)}`);
}
if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, `${JSON.stringify(results, null, 2)}\n`);
