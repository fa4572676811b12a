// Native and WASM must give byte-identical results: the hand-written case files in
// tests/parity/cases/ (every output form and locale) and every group of the JSON Schema
// Test Suite in the ajv output form.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runCli } from '../lib/cli.mjs';
import { root } from '../lib/paths.mjs';
import { REMOTE_BASE, remotes, remotesDir, suiteFiles } from '../lib/suite.mjs';
import { loadYushen } from '../lib/wasm.mjs';

const yushen = await loadYushen();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yushen-parity-'));
const remoteMap = remotes();
let counter = 0;

function native(schema, instances, { output = 'ajv', locale = 'zh-CN', assertFormats = false, dialect } = {}) {
  const file = path.join(tmp, `s${counter++}.json`);
  fs.writeFileSync(file, typeof schema === 'string' ? schema : JSON.stringify(schema));
  const args = ['validate', '--schema', file, '--output', output, '--locale', locale, '--remote', `${REMOTE_BASE}=${remotesDir}`];
  if (assertFormats) args.push('--assert-formats');
  if (dialect === 'draft7') args.push('--draft7');
  const { status, lines } = runCli(args, instances);
  assert.equal(status, 0, lines.join('\n'));
  return lines;
}

function wasm(schema, instances, { output = 'ajv', locale = 'zh-CN', assertFormats = false, dialect } = {}) {
  const compiled = yushen.compileSchema(schema, { remotes: remoteMap, assertFormats, dialect });
  try {
    return instances.map((instance) => compiled.validateText(instance, { output, locale }));
  } finally {
    compiled.dispose();
  }
}

const caseDir = path.join(root, 'tests', 'parity', 'cases');
for (const name of fs.readdirSync(caseDir).filter((f) => f.endsWith('.json')).sort()) {
  const spec = JSON.parse(fs.readFileSync(path.join(caseDir, name), 'utf8'));
  for (const output of ['ajv', 'basic', 'flag']) {
    for (const locale of ['zh-CN', 'zh-TW', 'en']) {
      test(`${name} ${output} ${locale}`, () => {
        const instances = spec.instances.map((i) => (typeof i === 'string' && spec.raw ? i : JSON.stringify(i)));
        const options = { ...spec.options, output, locale };
        assert.deepEqual(wasm(spec.schema, instances, options), native(spec.schema, instances, options));
      });
    }
  }
}

for (const draft of ['draft2020-12', 'draft7']) {
  test(`JSON Schema Test Suite ${draft}: ajv output identical`, () => {
    let compared = 0;
    for (const file of suiteFiles(draft)) {
      for (const group of file.groups) {
        const instances = group.tests.map((t) => JSON.stringify(t.data));
        const options = { dialect: draft === 'draft7' ? 'draft7' : undefined };
        assert.deepEqual(wasm(group.schema, instances, options), native(group.schema, instances, options), `${file.name}: ${group.description}`);
        compared += instances.length;
      }
    }
    assert.ok(compared > 900);
  });
}
