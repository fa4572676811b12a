#!/usr/bin/env node
// Prints the report of one golden sample as the native CLI gives it (exit code as `yushen
// check`: 0 ready, 10 ready-with-commitments, 20 needs-correction, 30 ineligible), and says
// whether it equals the stored golden. For template authors trying a change:
//   node scripts/check-sample.mjs forms/samples/<slug>/<NN>-<name>.json
import fs from 'node:fs';
import path from 'node:path';
import { checkNative, goldenFile, loadSample } from '../tests/lib/samples.mjs';

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.error('usage: node scripts/check-sample.mjs forms/samples/<slug>/<sample>.json');
  process.exit(2);
}
const slug = path.basename(path.dirname(path.resolve(file)));
const result = checkNative(slug, loadSample(path.resolve(file)));
console.log(JSON.stringify(JSON.parse(result.text), null, 2));
const golden = goldenFile(path.resolve(file));
const same = fs.existsSync(golden) && fs.readFileSync(golden, 'utf8').trimEnd() === result.text;
console.error(same ? 'equals the golden' : 'DIFFERS from the golden (npm run goldens -- ' + slug + ' to accept)');
process.exit(result.status);
