// The seed templates (issue #6): every template in forms/templates/ lints clean, has at least
// five golden samples covering every kind of outcome, and every golden equals — byte for byte —
// the report of the native CLI and of the WASM package. Goldens are written only by
// `npm run goldens` (scripts/update-goldens.mjs), never by this test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cli, root } from '../lib/paths.mjs';
import {
  checkNative, checkWasm, exitCodes, goldenFile, kinds, listSamples, listTemplates, loadSample, refusalCodes,
  samplesDir, templateFile,
} from '../lib/samples.mjs';
import { loadYushen } from '../lib/wasm.mjs';

const yushen = await loadYushen();
const slugs = listTemplates();
const update = 'run `npm run goldens -- <slug>` and review the diff';

test('forms/: at least eight seed templates, each listed in forms/README.md', () => {
  assert.ok(slugs.length >= 8, `only ${slugs.length} templates in forms/templates`);
  const readme = fs.readFileSync(path.join(root, 'forms', 'README.md'), 'utf8');
  for (const slug of slugs) assert.ok(readme.includes(`templates/${slug}.json`), `forms/README.md does not list ${slug}`);
});

test('forms/: every sample folder belongs to a template and every golden to a sample', () => {
  assert.ok(fs.existsSync(samplesDir), 'forms/samples/ is missing');
  for (const dir of fs.readdirSync(samplesDir)) {
    assert.ok(slugs.includes(dir), `forms/samples/${dir} has no template`);
    for (const file of fs.readdirSync(path.join(samplesDir, dir)).filter((f) => f.endsWith('.report.json'))) {
      const sample = path.join(samplesDir, dir, file.replace(/\.report\.json$/, '.json'));
      assert.ok(fs.existsSync(sample), `golden ${dir}/${file} has no sample`);
    }
  }
});

for (const slug of slugs) {
  test(`template ${slug}: yushen lint finds no error and no warning`, () => {
    const result = spawnSync(cli, ['lint', templateFile(slug)], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.deepEqual(JSON.parse(result.stdout).errors, []);
  });

  const samples = listSamples(slug).map(loadSample);
  test(`template ${slug}: at least five samples, covering ${kinds.join(', ')}`, () => {
    assert.ok(samples.length >= 5, `${samples.length} samples`);
    const covered = new Set(samples.map((s) => s.kind));
    for (const kind of kinds) assert.ok(covered.has(kind), `no "${kind}" sample`);
    for (const sample of samples) {
      const name = path.basename(sample.file);
      assert.ok(kinds.includes(sample.kind), `${name}: unknown kind ${sample.kind}`);
      assert.ok(typeof sample.description === 'string' && sample.description.length > 0, `${name}: description`);
      assert.ok(Array.isArray(sample.exercises) && sample.exercises.length > 0, `${name}: exercises`);
      assert.ok(typeof sample.context?.now === 'string', `${name}: a fixed context.now, so the golden never drifts`);
    }
  });

  let compiled = null;
  const compile = () => (compiled ??= yushen.compileTemplate(fs.readFileSync(templateFile(slug), 'utf8')));
  for (const sample of samples) {
    const name = path.basename(sample.file, '.json');
    test(`template ${slug}, sample ${name} (${sample.kind}): native and WASM reports equal the golden`, () => {
      const golden = goldenFile(sample.file);
      assert.ok(fs.existsSync(golden), `no golden ${path.relative(root, golden)}: ${update}`);
      const expected = fs.readFileSync(golden, 'utf8').trimEnd();
      const native = checkNative(slug, sample);
      assert.equal(native.text, expected, `native report differs from the golden: ${update}`);
      assert.equal(checkWasm(compile(), sample), expected, 'WASM report differs from the golden');
      const report = JSON.parse(expected);
      assert.ok(report.decision, `the golden is a fatal error, not a report: ${expected.slice(0, 200)}`);
      assert.equal(native.status, exitCodes[report.decision], 'exit code');
      if (sample.kind === 'illegal-deferral') {
        assert.equal(report.decision, 'needs-correction');
        const refusals = report.issues.filter((issue) => refusalCodes.has(issue.code));
        assert.ok(refusals.length > 0, 'an illegal deferral must be refused with a check.deferral_*/commitment_* code');
      } else {
        assert.equal(report.decision, sample.kind);
      }
      if (sample.kind === 'needs-correction') {
        const codes = new Set(report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.path ?? i.material}`));
        assert.ok(codes.size >= 3, 'a needs-correction sample shows several problems at once');
      }
    });
  }
}
