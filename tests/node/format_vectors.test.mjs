// Every format's vectors (tests/formats/vectors/, tests/cn/vectors/) asserted through a
// JSON Schema `format` on both builds: each verdict and code as expected, and the native
// CLI and the WASM module byte-identical.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runCli } from '../lib/cli.mjs';
import { root } from '../lib/paths.mjs';
import { loadYushen } from '../lib/wasm.mjs';

const yushen = await loadYushen();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yushen-formats-'));

function both(format, values, today) {
  const schema = { format };
  const file = path.join(tmp, `${format}.json`);
  fs.writeFileSync(file, JSON.stringify(schema));
  const lines = values.map((v) => JSON.stringify(v));
  const args = ['validate', '--schema', file, '--assert-formats'];
  if (today) args.push('--today', today);
  const native = runCli(args, lines);
  assert.equal(native.status, 0);
  const compiled = yushen.compileSchema(schema, { assertFormats: true, today });
  const wasm = lines.map((line) => compiled.validateText(line));
  compiled.dispose();
  assert.deepEqual(wasm, native.lines, `${format}: native and WASM differ`);
  return wasm.map((line) => JSON.parse(line));
}

const standardDir = path.join(root, 'tests', 'formats', 'vectors');
for (const name of fs.readdirSync(standardDir).filter((f) => f.endsWith('.json')).sort()) {
  const format = name.replace(/\.json$/, '');
  test(`format ${format}: vectors on both builds`, () => {
    const rows = JSON.parse(fs.readFileSync(path.join(standardDir, name), 'utf8'));
    const results = both(format, rows.map((r) => r.value));
    rows.forEach((row, i) => assert.equal(results[i].valid, row.valid, `${format} ${JSON.stringify(row.value)}: ${row.note}`));
  });
}

const cnDir = path.join(root, 'tests', 'cn', 'vectors');
// Personal identifiers must never come back unmasked (个人信息保护法).
const personal = new Set(['cn-resident-id', 'cn-foreign-permanent-id', 'cn-passport', 'cn-hk-macao-permit',
  'cn-taiwan-permit', 'cn-mobile', 'cn-phone', 'bank-card']);
for (const name of fs.readdirSync(cnDir).filter((f) => f.endsWith('.json')).sort()) {
  const spec = JSON.parse(fs.readFileSync(path.join(cnDir, name), 'utf8'));
  test(`format ${spec.format}: vectors on both builds`, () => {
    // Strict mode is not reachable through `format`; a case may override "today" (null = none).
    // Raw-byte cases (input_hex) cannot be JSON strings; the gtest covers them.
    const cases = spec.cases.filter((c) => !c.strict && !('input_hex' in c));
    const todayOf = (c) => ('today' in c ? c.today || undefined : spec.today);
    for (const today of new Set(cases.map(todayOf))) {
      const group = cases.filter((c) => todayOf(c) === today);
      const results = both(spec.format, group.map((c) => c.input), today);
      group.forEach((c, i) => {
        const result = results[i];
        const label = `${spec.format} ${JSON.stringify(c.input)}: ${c.note}`;
        if (c.ok) {
          assert.equal(result.valid, true, label);  // warnings are advisory: valid
          return;
        }
        assert.equal(result.valid, false, label);
        assert.equal(result.errors[0].code, c.code, label);
        const value = c.input.trim();
        if (personal.has(spec.format) && value.length >= 6) {
          for (const error of result.errors) assert.ok(!JSON.stringify(error).includes(value), `${label}: the value is echoed`);
        }
      });
    }
  });
}
