// JsonLogic on both builds: the 278 official cases through `yushen logic` and the WASM
// module give the expected values and byte-identical lines; dates and working days too.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runCli } from '../lib/cli.mjs';
import { root, shared } from '../lib/paths.mjs';
import { loadYushen } from '../lib/wasm.mjs';

const yushen = await loadYushen();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yushen-logic-'));
const cases = JSON.parse(fs.readFileSync(path.join(shared, 'testdata', 'jsonlogic', 'tests.json'), 'utf8'))
  .filter((c) => Array.isArray(c));

function both(rule, dataLines, context) {
  const ruleFile = path.join(tmp, 'rule.json');
  fs.writeFileSync(ruleFile, JSON.stringify(rule));
  const args = ['logic', '--rule', ruleFile];
  if (context) {
    const contextFile = path.join(tmp, 'context.json');
    fs.writeFileSync(contextFile, JSON.stringify(context));
    args.push('--context', contextFile);
  }
  const native = runCli(args, dataLines);
  const compiled = yushen.compileRule(JSON.stringify(rule), context || {});  // strings are JSON text
  const wasm = dataLines.map((line) => compiled.runText(line));
  compiled.dispose();
  return { native, wasm };
}

test('the 278 official JsonLogic cases pass on both builds, byte-identical', () => {
  assert.equal(cases.length, 278);
  let passed = 0;
  for (const [rule, data, expected] of cases) {
    const { native, wasm } = both(rule, [JSON.stringify(data)]);
    assert.equal(native.status, 0, JSON.stringify(rule));
    assert.deepEqual(wasm, native.lines, JSON.stringify(rule));
    assert.deepEqual(JSON.parse(wasm[0]).result, expected, `${JSON.stringify(rule)} on ${JSON.stringify(data)}`);
    passed++;
  }
  assert.equal(passed, 278);
});

test('working days and identifier checks in rules agree on both builds', () => {
  const calendar = JSON.parse(fs.readFileSync(path.join(root, 'forms', 'calendar', 'cn-mainland.json'), 'utf8'));
  const rule = { cat: [
    { 'yushen.add_working_days': [{ var: 'submitted' }, 5] }, ' ',
    { 'yushen.format': ['cn-resident-id', { var: 'id' }] }, ' ',
    { 'yushen.match': ['^\\p{Script=Han}{2,4}$', { var: 'name' }] },
  ] };
  const lines = [
    JSON.stringify({ submitted: '2025-09-26', id: '11010519491231002X', name: '张三' }),  // 国庆 holiday in between
    JSON.stringify({ submitted: '2025-01-24', id: '110105194912310021', name: 'Zhang' }),  // 春节
    JSON.stringify({ submitted: '2030-01-01', id: '', name: '' }),                          // outside the calendar
  ];
  const { native, wasm } = both(rule, lines, { today: '2025-09-26', calendar });
  assert.deepEqual(wasm, native.lines);
  assert.equal(JSON.parse(wasm[0]).result, '2025-10-10 true true');
  assert.equal(JSON.parse(wasm[1]).result, '2025-02-07 false false');
  assert.equal(JSON.parse(wasm[2]).error.code, 'calendar.out_of_range');
});

test('rules that do not compile throw coded errors', () => {
  assert.throws(() => yushen.compileRule({ no_such_op: [1] }), (error) => error.code === 'logic.unknown_operator');
  assert.throws(() => yushen.compileRule({ 'yushen.match': ['a'] }), (error) => error.code === 'logic.bad_arity');
});
