// The WASM package in Node 20: loading, the ajv error shape, code-point lengths, coded
// errors for bad input, string cleaning at the boundary, dispose.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../lib/cli.mjs';
import { loadYushen } from '../lib/wasm.mjs';

const yushen = await loadYushen();

test('version matches the native CLI', () => {
  const { lines } = runCli(['--version']);
  assert.equal(lines[0], `yushen ${yushen.version}`);
});

test('every error at once, in the ajv shape with stable codes', () => {
  const schema = { type: 'object', required: ['name', 'phone'], properties: { name: { type: 'string', minLength: 2 }, age: { type: 'integer' } } };
  const result = yushen.validate(schema, { name: '张', age: 1.5 });
  assert.equal(result.valid, false);
  assert.deepEqual(result.errors.map((e) => e.code), ['schema.required', 'schema.type', 'schema.minLength']);
  const required = result.errors[0];
  assert.deepEqual(Object.keys(required).sort(), ['code', 'instancePath', 'keyword', 'message', 'params', 'schemaPath']);
  assert.equal(required.params.missingProperty, 'phone');
  assert.equal(required.message, '请填写phone');
  assert.equal(result.errors[2].instancePath, '/name');
  assert.equal(result.errors[2].schemaPath, '#/properties/name/minLength');
});

test('lengths count code points: 张三🙂 is 3', () => {
  // A JS string argument is JSON text; a string value is passed as JSON text too.
  assert.equal(yushen.validate({ minLength: 3, maxLength: 3 }, '"张三🙂"').valid, true);
  assert.equal(yushen.validate({ maxLength: 2 }, JSON.stringify('张三🙂')).valid, false);
});

test('JSON text and plain values are both accepted', () => {
  const compiled = yushen.compileSchema('{"type":"integer"}');
  assert.equal(compiled.validate('42').valid, true);
  assert.equal(compiled.validate(42).valid, true);
  assert.equal(compiled.validate('"42"').valid, false);
  compiled.dispose();
});

test('malformed instance JSON throws a coded YushenError', () => {
  const compiled = yushen.compileSchema({});
  assert.throws(() => compiled.validate('{"a":'), (error) => error.name === 'YushenError' && error.code === 'json.syntax');
  compiled.dispose();
});

test('a schema that is not a schema throws schema.not_schema', () => {
  assert.throws(() => yushen.compileSchema('[1]'), (error) => error.code === 'schema.not_schema');
  assert.throws(() => yushen.compileSchema('5'), (error) => error.code === 'schema.not_schema');
  assert.throws(() => yushen.compileSchema('{"type":'), (error) => error.code === 'json.syntax');
});

test('a bad keyword value is located and coded', () => {
  assert.throws(() => yushen.compileSchema({ properties: { a: { minLength: -1 } } }),
    (error) => error.code === 'schema.bad_keyword' && error.path === '/properties/a/minLength');
});

test('lone surrogates become U+FFFD instead of swallowing the next character', () => {
  // As JSON text holding a raw lone surrogate, and as a value (JSON.stringify escapes it).
  assert.equal(yushen.validate({ const: '\ufffdx' }, '"\ud800x"').valid, true);
  assert.equal(yushen.validate({ const: { k: 'a\ufffd' } }, { k: 'a\udc00' }).valid, true);
  assert.equal(yushen.validate({ const: '\ud83d\ude42' }, JSON.stringify('\ud83d\ude42')).valid, true);
});

test('short strings copied as ASCII, and ones that turn out not to be, arrive intact', () => {
  // The boundary copies short ASCII by a loop and falls back to TextEncoder at the first
  // non-ASCII character, rewriting what it copied: texts around the 32-character cut.
  for (const length of [1, 30, 31, 32, 33, 40]) {
    for (const tail of ['', '张', '\ud800', '\ud83d\ude42']) {
      const value = 'a'.repeat(length) + tail;
      const expected = value.replace(/\ud800/, '\ufffd');
      assert.equal(yushen.validate({ const: expected }, JSON.stringify(value).replace('\\ud800', '\ud800')).valid, true,
        `${length} + ${JSON.stringify(tail)}`);
    }
  }
});

// The boundary reuses the last short result's string when the bytes repeat (boundary.mjs,
// result()): results of the same length with different bytes must still differ.
test('short results of the same length are decoded, repeats reused', () => {
  const rule = yushen.compileRule({ var: 'a' });
  const seen = [1, 2, 1, 1, 7, 'x', '张'].map((a) => rule.runText({ a }));
  assert.deepEqual(seen.map((line) => JSON.parse(line).result), [1, 2, 1, 1, 7, 'x', '张']);
  const schema = yushen.compileSchema({ type: 'integer' });
  assert.equal(schema.validateText('1'), '{"errors":[],"valid":true}');
  assert.equal(schema.validateText('"a"', { output: 'flag' }), '{"valid":false}');
  assert.equal(schema.validateText('2', { output: 'flag' }), '{"valid":true}');
  assert.equal(schema.validateText('3'), '{"errors":[],"valid":true}');
});

test('a disposed schema refuses to validate with api.disposed', () => {
  const compiled = yushen.compileSchema({});
  compiled.dispose();
  compiled.dispose();
  assert.throws(() => compiled.validate('1'), (error) => error.code === 'api.disposed');
});

test('deeply nested input gives limit.json_depth, not a crash', () => {
  const deep = '['.repeat(100000) + ']'.repeat(100000);
  const compiled = yushen.compileSchema({});
  assert.throws(() => compiled.validate(deep), (error) => error.code === 'limit.json_depth');
  compiled.dispose();
});

test('a $ref cycle gives schema.ref_cycle', () => {
  assert.throws(() => yushen.compileSchema({ $defs: { a: { $ref: '#/$defs/b' }, b: { allOf: [{ $ref: '#/$defs/a' }] } }, $ref: '#/$defs/a' }),
    (error) => error.code === 'schema.ref_cycle');
});
