// Every pre-check golden in the repository, in one shape, for the tests that run them through
// a build (npm package, mini-program adapter):
//  - tests/check/fixtures/<name>.json with <name>.expected.json ({template: path or object,
//    context, submission, locale});
//  - forms/samples/<slug>/<NN>-<name>.json with <NN>-<name>.report.json ({locale, context,
//    submission}; the template is forms/templates/<slug>.json).
// A context's `calendar` given as a repo-relative path is read into the object.
import fs from 'node:fs';
import path from 'node:path';
import { root } from './paths.mjs';

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

function resolveContext(context) {
  const out = { ...context };
  if (typeof out.calendar === 'string') out.calendar = readJson(path.join(root, out.calendar));
  return out;
}

function fixtureGoldens() {
  const dir = path.join(root, 'tests', 'check', 'fixtures');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json')).sort().map((file) => {
    const spec = readJson(path.join(dir, file));
    const name = file.slice(0, -'.json'.length);
    return {
      name: `fixture ${name}`,
      template: typeof spec.template === 'string' ? fs.readFileSync(path.join(root, spec.template), 'utf8') : spec.template,
      context: resolveContext(spec.context || {}),
      submission: spec.submission,
      locale: spec.locale,
      expected: fs.readFileSync(path.join(dir, `${name}.expected.json`), 'utf8').trimEnd(),
    };
  });
}

function sampleGoldens() {
  const samples = path.join(root, 'forms', 'samples');
  if (!fs.existsSync(samples)) return [];
  const out = [];
  for (const slug of fs.readdirSync(samples).sort()) {
    const dir = path.join(samples, slug);
    if (!fs.statSync(dir).isDirectory()) continue;
    const template = fs.readFileSync(path.join(root, 'forms', 'templates', `${slug}.json`), 'utf8');
    for (const file of fs.readdirSync(dir).sort()) {
      if (!file.endsWith('.json') || file.endsWith('.report.json')) continue;
      const name = file.slice(0, -'.json'.length);
      const golden = path.join(dir, `${name}.report.json`);
      if (!fs.existsSync(golden)) throw new Error(`forms/samples/${slug}/${file} has no ${name}.report.json`);
      const spec = readJson(path.join(dir, file));
      out.push({
        name: `sample ${slug}/${name}`,
        template,
        context: resolveContext(spec.context || {}),
        submission: spec.submission,
        locale: spec.locale,
        expected: fs.readFileSync(golden, 'utf8').trimEnd(),
      });
    }
  }
  return out;
}

export function goldens() {
  return [...fixtureGoldens(), ...sampleGoldens()];
}
