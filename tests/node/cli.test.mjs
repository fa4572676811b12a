// The native CLI: streaming, exit codes, and clear coded errors for bad input.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { cli } from '../lib/paths.mjs';
import { runCli } from '../lib/cli.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yushen-cli-'));
function schemaFile(schema, name = 'schema.json') {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, typeof schema === 'string' ? schema : JSON.stringify(schema));
  return file;
}

test('--version', () => {
  const { status, lines } = runCli(['--version']);
  assert.equal(status, 0);
  assert.match(lines[0], /^yushen \d+\.\d+\.\d+$/);
});

test('streams one result per instance line, in order, skipping blank lines', () => {
  const file = schemaFile({ type: 'integer' });
  const input = Array.from({ length: 2000 }, (_, i) => (i % 2 ? '"x"' : String(i)));
  input.splice(10, 0, '', '   ');
  const { status, lines } = runCli(['validate', '--schema', file, '--output', 'flag'], input);
  assert.equal(status, 0);
  assert.equal(lines.length, 2000);
  lines.forEach((line, i) => assert.equal(line, i % 2 ? '{"valid":false}' : '{"valid":true}'));
});

test('a malformed line gets a coded error and the stream continues', () => {
  const file = schemaFile({});
  const { status, lines } = runCli(['validate', '--schema', file], ['{"a":', '1']);
  assert.equal(status, 0);
  assert.equal(JSON.parse(lines[0]).error.code, 'json.syntax');
  assert.equal(lines[1], '{"errors":[],"valid":true}');
});

test('invalid UTF-8 is reported as json.invalid_utf8 with its offset', () => {
  const file = schemaFile({});
  const result = spawnSync(cli, ['validate', '--schema', file], { input: Buffer.from([0x22, 0x61, 0xff, 0x22, 0x0a]) });
  const line = JSON.parse(result.stdout.toString().trim());
  assert.equal(line.error.code, 'json.invalid_utf8');
  assert.equal(line.error.params.offset, 2);
});

test('100,000-deep nesting gives limit.json_depth', () => {
  const file = schemaFile({});
  const deep = '['.repeat(100000) + ']'.repeat(100000);
  const { lines } = runCli(['validate', '--schema', file], [deep]);
  assert.equal(JSON.parse(lines[0]).error.code, 'limit.json_depth');
});

test('a huge pattern input runs in linear time: ^(a+)+$ against 1 MB', () => {
  const file = schemaFile({ pattern: '^(a+)+$' });
  const instance = JSON.stringify('a'.repeat(1 << 20) + 'b');
  const result = spawnSync(cli, ['validate', '--schema', file, '--output', 'flag'], { input: instance + '\n', encoding: 'utf8', timeout: 20000 });
  assert.equal(result.status, 0, 'finished before the 20 s timeout');
  assert.equal(result.stdout.trim(), '{"valid":false}');
});

test('usage errors exit 2 with cli.usage', () => {
  const missing = runCli(['validate']);
  assert.equal(missing.status, 2);
  assert.equal(JSON.parse(missing.lines[0]).error.code, 'cli.usage');
  assert.equal(runCli(['frobnicate']).status, 2);
  assert.equal(runCli(['validate', '--schema', schemaFile({}), '--output', 'xml']).status, 2);
});

test('unreadable, malformed and non-schema files exit 2 with their codes', () => {
  const cases = [
    [path.join(tmp, 'nope.json'), 'cli.file_unreadable'],
    [schemaFile('{"type":', 'bad.json'), 'json.syntax'],
    [schemaFile('[1,2]', 'array.json'), 'schema.not_schema'],
    [schemaFile({ $ref: '#' }, 'cycle.json'), 'schema.ref_cycle'],
    [schemaFile({ $ref: 'http://example.com/x.json' }, 'remote.json'), 'schema.unresolved_ref'],
    [schemaFile({ pattern: '(?=a)' }, 'lookahead.json'), 'schema.bad_pattern'],
  ];
  for (const [file, code] of cases) {
    const { status, lines } = runCli(['validate', '--schema', file]);
    assert.equal(status, 2, file);
    assert.equal(JSON.parse(lines[0]).error.code, code, file);
  }
});

test('--remote maps a base URL to a directory, and never outside it', () => {
  const dir = fs.mkdtempSync(path.join(tmp, 'remote-'));
  fs.writeFileSync(path.join(dir, 'int.json'), '{"type":"integer"}');
  const file = schemaFile({ $ref: 'http://example.test/int.json' }, 'uses-remote.json');
  const ok = runCli(['validate', '--schema', file, '--remote', `http://example.test/=${dir}`, '--output', 'flag'], ['1', '"a"']);
  assert.deepEqual(ok.lines, ['{"valid":true}', '{"valid":false}']);
  const escape = schemaFile({ $ref: 'http://example.test/../escape.json' }, 'escape.json');
  assert.equal(runCli(['validate', '--schema', escape, '--remote', `http://example.test/=${dir}`]).status, 2);
});

test('messages come in the requested locale', () => {
  const file = schemaFile({ required: ['a'] });
  const zhTW = JSON.parse(runCli(['validate', '--schema', file, '--locale', 'zh-TW'], ['{}']).lines[0]);
  const en = JSON.parse(runCli(['validate', '--schema', file, '--locale', 'en'], ['{}']).lines[0]);
  assert.equal(zhTW.errors[0].message, '請填寫a');
  assert.equal(en.errors[0].message, 'Fill in a');
});
