// The pre-check on both builds: every fixture in tests/check/fixtures/ runs through the native
// CLI (`yushen check`, exit code by decision) and through WASM (compileTemplate().checkText),
// and both must be byte-identical to the stored report <name>.expected.json (also checked by
// tests/check/fixtures_test.cc). `yushen lint` accepts the example template and locates the
// problems of a broken one. YUSHEN_UPDATE_FIXTURES=1 rewrites the expected reports from the
// native CLI (review the diff before committing).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { cli, root } from '../lib/paths.mjs';
import { loadYushen } from '../lib/wasm.mjs';

const yushen = await loadYushen();
const fixtureDir = path.join(root, 'tests', 'check', 'fixtures');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yushen-check-'));
const update = process.env.YUSHEN_UPDATE_FIXTURES === '1';
const exitCodes = { ready: 0, 'ready-with-commitments': 10, 'needs-correction': 20, ineligible: 30 };

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// A fixture's template: a repo-relative file name, or an inline object.
function templateFile(name, spec) {
  if (typeof spec.template === 'string') return path.join(root, spec.template);
  const file = path.join(tmp, `${name}.template.json`);
  fs.writeFileSync(file, JSON.stringify(spec.template));
  return file;
}

function runNative(name, spec) {
  const submission = path.join(tmp, `${name}.submission.json`);
  fs.writeFileSync(submission, JSON.stringify(spec.submission));
  const context = { ...spec.context };
  if (typeof context.calendar === 'string') context.calendar = path.join(root, context.calendar);
  const contextFile = path.join(tmp, `${name}.context.json`);
  fs.writeFileSync(contextFile, JSON.stringify(context));
  const args = ['check', '--template', templateFile(name, spec), '--submission', submission, '--context', contextFile,
    '--locale', spec.locale];
  const result = spawnSync(cli, args, { encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, text: result.stdout.trimEnd() };
}

function runWasm(spec) {
  const template = typeof spec.template === 'string' ? fs.readFileSync(path.join(root, spec.template), 'utf8') : spec.template;
  const context = { ...spec.context };
  if (typeof context.calendar === 'string') context.calendar = readJson(path.join(root, context.calendar));
  const compiled = yushen.compileTemplate(template);
  try {
    return compiled.checkText(spec.submission, context, spec.locale);
  } finally {
    compiled.dispose();
  }
}

const names = fs.readdirSync(fixtureDir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json')).sort();
assert.ok(names.length >= 15, 'fixtures present');

for (const file of names) {
  const name = file.slice(0, -'.json'.length);
  test(`check fixture ${name}: native and WASM reports are byte-identical to the stored one`, () => {
    const spec = readJson(path.join(fixtureDir, file));
    const native = runNative(name, spec);
    const wasm = runWasm(spec);
    const expectedFile = path.join(fixtureDir, `${name}.expected.json`);
    if (update) fs.writeFileSync(expectedFile, `${native.text}\n`);
    const expected = fs.readFileSync(expectedFile, 'utf8').trimEnd();
    assert.equal(native.text, expected, 'native');
    assert.equal(wasm, expected, 'wasm');
    const report = JSON.parse(expected);
    assert.equal(native.status, report.error ? 2 : exitCodes[report.decision], 'exit code');
  });
}

test('lint: the example template is clean, a broken one gets located errors and exit 1', () => {
  const example = path.join(root, 'forms', 'examples', 'public-place-hygiene-license.json');
  let result = spawnSync(cli, ['lint', example], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout);
  assert.deepEqual(JSON.parse(result.stdout).errors, []);
  const broken = readJson(example);
  broken.rules[1].assert['<='][1].var = 'form.staffCuont';
  broken.tolerance.materials.push('legal-rep-id');
  broken.materials[0].accept.push('PDF');
  const file = path.join(tmp, 'broken.json');
  fs.writeFileSync(file, JSON.stringify(broken));
  result = spawnSync(cli, ['lint', '--locale', 'en', file], { encoding: 'utf8' });
  assert.equal(result.status, 1);
  const errors = JSON.parse(result.stdout).errors.map((e) => `${e.code} ${e.path}`);
  assert.deepEqual(errors, [
    'schema.pattern /materials/0/accept/3',
    'template.unknown_field /rules/1/assert/<=/1/var',
    'template.key_material_in_policy /tolerance/materials/1',
  ]);
  result = spawnSync(cli, ['lint'], { encoding: 'utf8' });
  assert.equal(result.status, 2);
});

test('WASM API: compile errors throw YushenError, checkField runs per keystroke, dispose', () => {
  assert.throws(() => yushen.compileTemplate({ yushen: 'template/1' }), (e) => e.name === 'YushenError' && e.code === 'template.required');
  const template = readJson(path.join(root, 'forms', 'examples', 'public-place-hygiene-license.json'));
  const compiled = yushen.compileTemplate(template);
  const field = compiled.checkField('/form/mobile', '1381234567', null, null, 'en');
  assert.equal(field.applies, true);
  assert.deepEqual(field.issues.map((i) => i.code), ['cn.mobile.length']);
  assert.deepEqual(compiled.checkField('/form/mobile', '13812345678').issues, []);
  assert.equal(compiled.checkField('/form/poolArea', -1, { form: { business: 'hotel' } }).applies, false);
  assert.deepEqual(compiled.checkField('/form/unitName', undefined, {}, null, 'en').issues.map((i) => i.code), ['schema.required']);
  assert.throws(() => compiled.checkField('unitName', 'x'), (e) => e.code === 'template.bad_pointer');
  assert.throws(() => compiled.check([]), (e) => e.code === 'check.bad_submission');
  const report = compiled.check({ form: {} }, null, 'en');
  assert.equal(report.decision, 'needs-correction');
  compiled.dispose();
  assert.throws(() => compiled.check({}), (e) => e.code === 'api.disposed');
});
