// The npm package (build/wasm/dist) as a portal team uses it: the documented names (load,
// compile, check, checkField, validate, dispose) next to the earlier ones, every golden
// through it byte for byte, JSON text and objects alike, and the Web Worker helper
// (loadInWorker, here on a Node worker thread) giving the same answers asynchronously.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { goldens } from '../lib/goldens.mjs';
import { dist, root } from '../lib/paths.mjs';

const pkg = await import(pathToFileURL(path.join(dist, 'index.mjs')).href);
const yushen = await pkg.load({ locales: ['zh-TW', 'en'] });
const example = fs.readFileSync(path.join(root, 'forms', 'examples', 'public-place-hygiene-license.json'), 'utf8');

test('documented API: compile() is compileTemplate(); JSON text and objects give the same report', () => {
  const fromText = yushen.compile(example);
  const fromObject = yushen.compileTemplate(JSON.parse(example));
  const submission = { form: { unitName: '张三🙂饭店', mobile: '1381234567' } };
  assert.equal(fromText.checkText(submission, null, 'en'), fromObject.checkText(JSON.stringify(submission), 'null', 'en'));
  assert.deepEqual(fromText.checkField('/form/mobile', '1381234567', submission, null, 'en').issues.map((i) => i.code),
    ['cn.mobile.length']);
  fromText.dispose();
  fromObject.dispose();
  fromText.dispose();  // twice is harmless
});

test('errors keep the ajv shape plus yushen codes', () => {
  const result = yushen.validate({ type: 'object', properties: { id: { type: 'string', format: 'cn-resident-id' } } },
    { id: '110101199003074518' }, { assertFormats: true, locale: 'en' });
  assert.equal(result.valid, false);
  const [error] = result.errors;
  for (const key of ['instancePath', 'schemaPath', 'keyword', 'params', 'message', 'code']) assert.ok(key in error, key);
  assert.equal(error.instancePath, '/id');
  assert.match(error.code, /^cn\./);
  assert.throws(() => yushen.compile('{"yushen":'), (e) => e instanceof pkg.YushenError && e.code === 'json.syntax');
});

test('long and non-BMP strings cross the boundary intact (lengths in code points)', () => {
  const long = '张三🙂'.repeat(5000);
  assert.equal(yushen.validate({ minLength: 15000, maxLength: 15000 }, JSON.stringify(long)).valid, true);
  assert.equal(yushen.validate({ const: long }, { toJSON: () => long }).valid, true);
  // A JS value holding lone surrogates (JSON.stringify escapes them): each becomes U+FFFD.
  assert.equal(yushen.validate({ const: '\ufffd\ufffdz' }, { toJSON: () => '\udc00\ud800z' }).valid, true);
});

const all = goldens();
assert.ok(all.length >= 15, 'goldens present');
for (const golden of all) {
  test(`npm package: ${golden.name} gives the golden report byte for byte`, () => {
    const checker = yushen.compile(golden.template);
    try {
      assert.equal(checker.checkText(golden.submission, golden.context, golden.locale), golden.expected);
    } finally {
      checker.dispose();
    }
  });
}

test('loadInWorker: the same API with Promises, answered by a worker thread', async () => {
  const remote = await pkg.loadInWorker({ locales: ['zh-TW', 'en'] });
  try {
    assert.equal(remote.version, yushen.version);
    const checker = await remote.compile(example);
    const field = await checker.checkField('/form/mobile', '1381234567', null, null, 'en');
    assert.deepEqual(field.issues.map((i) => i.code), ['cn.mobile.length']);
    const golden = all[0];
    const goldenChecker = await remote.compile(golden.template);
    assert.equal(await goldenChecker.checkText(golden.submission, golden.context, golden.locale), golden.expected);
    await assert.rejects(remote.compile({ yushen: 'template/1' }), (e) => e instanceof pkg.YushenError && e.code === 'template.required');
    assert.equal((await remote.validate({ type: 'integer' }, 1.5)).valid, false);
    await checker.dispose();
    await assert.rejects(checker.check({}), (e) => e.code === 'api.disposed');
  } finally {
    await remote.terminate();
  }
});

test('TypeScript declarations name the documented API', () => {
  const dts = fs.readFileSync(path.join(dist, 'yushen.d.ts'), 'utf8');
  for (const name of ['compile(template: unknown): CompiledTemplate', 'checkField(path: string', 'dispose(): void',
    'validate(schema: unknown, instance: unknown', 'export declare function load(', 'export declare function loadInWorker(']) {
    assert.ok(dts.includes(name), name);
  }
});
