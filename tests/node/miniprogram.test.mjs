// The mini-program artefact (build/wasm/miniprogram) in a sandbox shaped like a WeChat
// mini-program (tests/lib/miniprogram.mjs): it loads through WXWebAssembly from the packaged
// .wasm.br, and every golden (tests/check/fixtures, forms/samples) gives the byte-identical
// report through the adapter.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { test } from 'node:test';
import { goldens } from '../lib/goldens.mjs';
import { createSandbox, miniprogramDir } from '../lib/miniprogram.mjs';
import { findEval } from '../lib/no_eval.mjs';

const sandbox = createSandbox();
const adapter = sandbox.require('./yushen.js');
const yushen = await adapter.load({ wasmPath: '/yushen/yushen_core.wasm.br', locales: ['zh-TW', 'en'] });

test('the artefact holds the glue, the adapter and only the compressed .wasm', () => {
  const files = fs.readdirSync(miniprogramDir).sort();
  for (const file of ['README.md', 'codes.d.ts', 'yushen.d.ts', 'yushen.js', 'yushen_core.js', 'yushen_core.wasm.br']) {
    assert.ok(files.includes(file), file);
  }
  assert.ok(!files.includes('yushen_core.wasm'), 'the uncompressed .wasm is not packaged');
  assert.deepEqual(fs.readdirSync(path.join(miniprogramDir, 'locales')).sort(), ['en.js', 'zh-TW.js']);
});

test('locale packs: a locale not loaded is refused with locale.not_loaded; loadLocale requires its module', async () => {
  const other = createSandbox();
  const fresh = await other.require('./yushen.js').load({ wasmPath: '/yushen/yushen_core.wasm.br' });
  assert.equal(fresh.hasLocale('zh-CN'), true);
  assert.equal(fresh.hasLocale('en'), false);
  assert.throws(() => fresh.validate({ type: 'string' }, 1, { locale: 'en' }),
    (e) => e.name === 'YushenError' && e.code === 'locale.not_loaded' && /loadLocale\('en'\)/.test(e.message));
  assert.equal(fresh.validate({ type: 'string' }, 1, { locale: 'zh-CN' }).errors[0].code, 'schema.type');
  await fresh.loadLocale('en');
  assert.equal(fresh.validate({ type: 'string' }, 1, { locale: 'en' }).errors[0].message,
    yushen.validate({ type: 'string' }, 1, { locale: 'en' }).errors[0].message);
  assert.equal(fresh.hasLocale('zh-TW'), false);
  await assert.rejects(fresh.loadLocale('zh-TW', other.require('./locales/en.js')), (e) => e.code === 'locale.pack_invalid');
  assert.equal(fresh.hasLocale('zh-TW'), false);
});

test('the sandbox is a mini-program: no WebAssembly, fetch, XMLHttpRequest, document, TextDecoder; no eval', () => {
  const globals = sandbox.globals();
  for (const name of ['WebAssembly', 'fetch', 'XMLHttpRequest', 'document', 'window', 'TextEncoder', 'TextDecoder', 'require', 'process']) {
    assert.ok(!globals.includes(name), `${name} is absent`);
  }
  assert.throws(() => sandbox.run('eval("1")'), /EvalError|Code generation from strings disallowed/);
  assert.throws(() => sandbox.run('new Function("return 1")'), /EvalError|Code generation from strings disallowed/);
  assert.deepEqual(sandbox.instantiated, ['/yushen/yushen_core.wasm.br']);
});

test('the .wasm imports and exports only functions, memory and a table (WXWebAssembly on iOS has no Global exports)', () => {
  const module = new WebAssembly.Module(zlib.brotliDecompressSync(fs.readFileSync(path.join(miniprogramDir, 'yushen_core.wasm.br'))));
  const kinds = new Set([...WebAssembly.Module.exports(module), ...WebAssembly.Module.imports(module)].map((e) => e.kind));
  assert.deepEqual([...kinds].sort(), ['function', 'memory', 'table']);
});

test('a wrong package path rejects load() with the path in the message', async () => {
  const other = createSandbox();
  await assert.rejects(other.require('./yushen.js').load({ wasmPath: '/yushen/missing.wasm.br' }),
    (e) => /\/yushen\/missing\.wasm\.br/.test(e.message));
});

test('the shipped mini-program JS has no eval or Function constructor', () => {
  for (const file of ['yushen.js', 'yushen_core.js']) {
    const text = fs.readFileSync(path.join(miniprogramDir, file), 'utf8');
    assert.deepEqual(findEval(text), [], file);
  }
});

test('the adapter has the npm API: compile, check, checkField, validate, compileRule, dispose', () => {
  assert.match(yushen.version, /^\d+\.\d+\.\d+/);
  const template = JSON.parse(fs.readFileSync(path.join(miniprogramDir, '..', '..', '..', 'forms', 'examples',
    'public-place-hygiene-license.json'), 'utf8'));
  const checker = yushen.compile(template);
  // Objects made in the sandbox are compared as JSON (deepEqual would see another realm's Array).
  const codes = (field) => JSON.stringify(field.issues.map((i) => i.code));
  assert.equal(codes(checker.checkField('/form/mobile', '1381234567', null, null, 'en')), '["cn.mobile.length"]');
  assert.equal(codes(checker.checkField('/form/unitName', '张三🙂\ud800')), '[]');
  assert.equal(checker.check({ form: {} }, null, 'en').decision, 'needs-correction');
  checker.dispose();
  assert.throws(() => checker.check({}), (e) => e.code === 'api.disposed');
  assert.throws(() => yushen.compile({ yushen: 'template/1' }), (e) => e.name === 'YushenError' && e.code === 'template.required');
  // Lengths are code points, without TextEncoder/TextDecoder (the adapter's own UTF-8 codec).
  assert.equal(yushen.validate({ minLength: 3, maxLength: 3 }, '"张三🙂"').valid, true);
  assert.equal(yushen.validate({ const: '\ufffdx' }, '"\ud800x"').valid, true);
  const result = yushen.validate({ type: 'object', required: ['name'] }, {}, { locale: 'zh-CN' });
  assert.equal(result.valid, false);
  assert.equal(result.errors[0].keyword, 'required');
  const rule = yushen.compileRule({ '+': [{ var: 'a' }, 1] });
  assert.equal(rule.run({ a: 41 }), 42);
  rule.dispose();
  // 1-, 2-, 3- and 4-byte UTF-8 out through the adapter's own decoder.
  const cat = yushen.compileRule({ cat: [{ var: 'a' }, 'é张🙂'] });
  assert.equal(cat.run({ a: 'x' }), 'xé张🙂');
  cat.dispose();
});

const all = goldens();
assert.ok(all.length >= 15, 'goldens present');
for (const golden of all) {
  test(`mini-program: ${golden.name} gives the golden report byte for byte`, () => {
    const checker = yushen.compile(golden.template);
    try {
      assert.equal(checker.checkText(golden.submission, golden.context, golden.locale), golden.expected);
    } finally {
      checker.dispose();
    }
  });
}
