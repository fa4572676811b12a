// The seed templates and their golden samples (issue #6; layout in forms/README.md):
//   forms/templates/<slug>.json               a template
//   forms/samples/<slug>/<NN>-<name>.json      {description, kind, exercises, locale, context, submission}
//   forms/samples/<slug>/<NN>-<name>.report.json   the golden: exactly what `yushen check` prints
// Shared by tests/node/forms.test.mjs (checks goldens on the native CLI and on WASM) and
// scripts/update-goldens.mjs (the only way a golden is written).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, root } from './paths.mjs';

export const templatesDir = path.join(root, 'forms', 'templates');
export const samplesDir = path.join(root, 'forms', 'samples');
export const calendarFile = path.join(root, 'forms', 'calendar', 'cn-mainland.json');

// What a sample's `kind` promises about its report. "illegal-deferral" is a request for
// 容缺 or 告知承诺 that the policy must refuse; the report then needs correction.
export const kinds = ['ready', 'ready-with-commitments', 'needs-correction', 'ineligible', 'illegal-deferral'];
export const refusalCodes = new Set(['key', 'not_allowed', 'dishonest', 'broken_commitment', 'ineligible', 'cap']
  .flatMap((why) => [`check.deferral_${why}`, `check.commitment_${why}`]));
export const exitCodes = { ready: 0, 'ready-with-commitments': 10, 'needs-correction': 20, ineligible: 30 };

export function listTemplates() {
  if (!fs.existsSync(templatesDir)) return [];
  return fs.readdirSync(templatesDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

export function templateFile(slug) {
  return path.join(templatesDir, `${slug}.json`);
}

export function listSamples(slug) {
  const dir = path.join(samplesDir, slug);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.report.json')).sort()
    .map((f) => path.join(dir, f));
}

export function goldenFile(sampleFile) {
  return sampleFile.replace(/\.json$/, '.report.json');
}

export function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// The context with its calendar resolved: a repo-relative file name becomes the absolute
// name (native: the CLI reads it) or the calendar itself (WASM: no file system).
function contextWithCalendar(context, inline) {
  if (!context || typeof context.calendar !== 'string') return context ?? null;
  const file = path.join(root, context.calendar);
  return { ...context, calendar: inline ? readJson(file) : file };
}

let scratch = null;
function scratchDir() {
  scratch ??= fs.mkdtempSync(path.join(os.tmpdir(), 'yushen-samples-'));
  return scratch;
}

// The report text the native CLI prints for a sample, and its exit status.
export function checkNative(slug, sample, cliPath = cli) {
  const name = `${slug}-${path.basename(sample.file ?? 'sample.json', '.json')}`;
  const submission = path.join(scratchDir(), `${name}.submission.json`);
  const context = path.join(scratchDir(), `${name}.context.json`);
  fs.writeFileSync(submission, JSON.stringify(sample.submission ?? {}));
  fs.writeFileSync(context, JSON.stringify(contextWithCalendar(sample.context, false)));
  const args = ['check', '--template', templateFile(slug), '--submission', submission, '--context', context,
    '--locale', sample.locale ?? 'zh-CN'];
  const result = spawnSync(cliPath, args, { encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, text: result.stdout.trimEnd(), stderr: result.stderr };
}

// The report text the WASM package gives for a sample (compiled: compileTemplate's result).
export function checkWasm(compiled, sample) {
  return compiled.checkText(sample.submission ?? {}, contextWithCalendar(sample.context, true), sample.locale ?? 'zh-CN');
}

export function loadSample(file) {
  return { ...readJson(file), file };
}
