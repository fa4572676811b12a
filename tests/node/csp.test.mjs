// No eval in anything shipped: the package's JavaScript has no eval(…) / new Function(…) /
// Function(…), and the package runs in Chromium (page and Web Worker) under
//   Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'
// where eval itself is refused (checked, so the policy is known to be in force).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { findEval } from '../lib/no_eval.mjs';
import { dist, root } from '../lib/paths.mjs';
import { startStaticServer } from '../lib/static_server.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

test('the shipped JavaScript compiles no strings (eval, new Function, Function)', () => {
  const shipped = fs.readdirSync(dist).filter((f) => f.endsWith('.mjs') || f.endsWith('.js'));
  for (const file of ['index.mjs', 'errors.mjs', 'client.mjs', 'worker.mjs']) {
    assert.ok(shipped.includes(file), file);
  }
  for (const file of shipped) assert.deepEqual(findEval(fs.readFileSync(path.join(dist, file), 'utf8')), [], file);
});

test(`the package works in Chromium, in the page and in a Worker, under "${CSP}"`, async () => {
  const server = await startStaticServer([
    ['/dist/', dist],
    ['/forms/', path.join(root, 'forms')],
    ['/', path.join(root, 'tests', 'csp')],
  ], { 'content-security-policy': CSP });
  const browser = await chromium.launch({
    executablePath: process.env.YUSHEN_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}page.html`);
    await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 60000 });
    const result = await page.evaluate(() => window.__result);
    assert.equal(result.error, undefined, result.error);
    assert.equal(result.evalAllowed, false, 'the CSP is in force');
    assert.deepEqual(result.field, ['cn.mobile.length']);
    assert.equal(result.decision, 'needs-correction');
    assert.equal(result.valid, true, '张三🙂 is 3 code points');
    assert.deepEqual(result.workerField, ['cn.mobile.length']);
    assert.deepEqual(result.violations, []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
