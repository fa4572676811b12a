// The official JSON Schema Test Suite (draft2020-12 and draft7 required tests) through the
// native CLI and the WASM module. Prints pass/fail per file and per engine; exits 1 on
// any failure. Known divergences would live in known_divergences.json (target: empty).
// Usage: node tests/conformance/run.mjs [native|wasm|both]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../lib/cli.mjs';
import { loadYushen } from '../lib/wasm.mjs';
import { REMOTE_BASE, remotes, remotesDir, suiteFiles } from '../lib/suite.mjs';

const which = process.argv[2] || 'both';
const drafts = [
  { dir: 'draft2020-12', dialect: 'draft2020-12' },
  { dir: 'draft7', dialect: 'draft7' },
];
const known = JSON.parse(fs.readFileSync(new URL('./known_divergences.json', import.meta.url), 'utf8'));
const isKnown = (draft, file, group, test) => known.some((k) => k.draft === draft && k.file === file && k.group === group && k.test === test);

function nativeEngine() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yushen-suite-'));
  let n = 0;
  return {
    name: 'native',
    run(dialect, schema, instances) {
      const file = path.join(tmp, `schema-${n++}.json`);
      fs.writeFileSync(file, JSON.stringify(schema));
      const args = ['validate', '--schema', file, '--output', 'flag', '--remote', `${REMOTE_BASE}=${remotesDir}`];
      if (dialect === 'draft7') args.push('--draft7');
      const { status, lines } = runCli(args, instances.map((i) => JSON.stringify(i)));
      if (status !== 0) return instances.map(() => ({ error: lines.join(' ') }));
      return lines.map((line) => JSON.parse(line));
    },
  };
}

async function wasmEngine() {
  const yushen = await loadYushen();
  const remoteMap = remotes();
  return {
    name: 'wasm',
    run(dialect, schema, instances) {
      let compiled;
      try {
        compiled = yushen.compileSchema(schema, { remotes: remoteMap, dialect });
      } catch (error) {
        return instances.map(() => ({ error: `${error.code}: ${error.message}` }));
      }
      try {
        return instances.map((i) => JSON.parse(compiled.validateText(JSON.stringify(i), { output: 'flag' })));
      } finally {
        compiled.dispose();
      }
    },
  };
}

async function main() {
  const engines = [];
  if (which === 'native' || which === 'both') engines.push(nativeEngine());
  if (which === 'wasm' || which === 'both') engines.push(await wasmEngine());
  let failures = 0;
  let total = 0;
  for (const engine of engines) {
    for (const draft of drafts) {
      let draftPass = 0;
      let draftFail = 0;
      for (const file of suiteFiles(draft.dir)) {
        let pass = 0;
        let fail = 0;
        for (const group of file.groups) {
          const results = engine.run(draft.dialect, group.schema, group.tests.map((t) => t.data));
          group.tests.forEach((test, i) => {
            const got = results[i];
            const ok = got && got.error === undefined && got.valid === test.valid;
            if (ok || isKnown(draft.dir, file.name, group.description, test.description)) {
              pass++;
            } else {
              fail++;
              console.log(`  FAIL ${engine.name} ${draft.dir}/${file.name} :: ${group.description} :: ${test.description} (expected ${test.valid}, got ${JSON.stringify(got)})`);
            }
          });
        }
        draftPass += pass;
        draftFail += fail;
        console.log(`${engine.name.padEnd(6)} ${draft.dir.padEnd(12)} ${file.name.padEnd(32)} ${pass} passed, ${fail} failed`);
      }
      console.log(`${engine.name.padEnd(6)} ${draft.dir.padEnd(12)} TOTAL ${draftPass} passed, ${draftFail} failed`);
      failures += draftFail;
      total += draftPass + draftFail;
    }
  }
  console.log(`conformance: ${total - failures} passed, ${failures} failed`);
  process.exit(failures ? 1 : 0);
}

await main();
