#!/usr/bin/env node
// The one deliberate way to write the golden reports of the seed templates:
//   node scripts/update-goldens.mjs [slug...]     (npm run goldens -- [slug...])
// For every sample of the named templates (all when none is named) it runs the native CLI
// (`yushen check`, $YUSHEN_CLI or build/native/yushen) and writes <sample>.report.json.
// It prints each golden that changed, so the diff can be reviewed before committing.
// `npm test` never writes goldens: tests/node/forms.test.mjs only compares.
import fs from 'node:fs';
import path from 'node:path';
import { checkNative, goldenFile, listSamples, listTemplates, loadSample } from '../tests/lib/samples.mjs';
import { root } from '../tests/lib/paths.mjs';

const wanted = process.argv.slice(2);
const known = listTemplates();
for (const slug of wanted) {
  if (!known.includes(slug)) {
    console.error(`update-goldens: no template forms/templates/${slug}.json`);
    process.exit(2);
  }
}
let changed = 0;
let total = 0;
for (const slug of wanted.length ? wanted : known) {
  for (const file of listSamples(slug)) {
    const result = checkNative(slug, loadSample(file));
    if (result.status === 2 && !result.text.startsWith('{"error"')) {
      console.error(`update-goldens: ${path.relative(root, file)}: ${result.stderr.trim()}`);
      process.exit(2);
    }
    const golden = goldenFile(file);
    const text = `${result.text}\n`;
    const before = fs.existsSync(golden) ? fs.readFileSync(golden, 'utf8') : null;
    total += 1;
    if (before === text) continue;
    fs.writeFileSync(golden, text);
    changed += 1;
    console.log(`${before === null ? 'new' : 'changed'}: ${path.relative(root, golden)}`);
  }
}
console.log(`update-goldens: ${total} samples, ${changed} goldens written (review with git diff)`);
