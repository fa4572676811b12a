// The portal page in headless Chromium: it loads the WASM module, validates what is typed,
// shows every problem at once, and makes no request anywhere but its own origin.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { artefacts, startPage } from '../lib/browser.mjs';

let env;
before(async () => {
  env = await startPage();
});
after(async () => {
  await env.close();
});

test('the page validates in the browser with the WASM module', async () => {
  const page = await env.browser.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  const consoleErrors = [];
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  await page.goto(env.url);
  await page.waitForSelector('#result[data-state="invalid"]', { timeout: 30000 });
  const codes = await page.$$eval('#result li', (items) => items.map((item) => item.dataset.code));
  // Members are visited in UTF-8 byte order of their names: 姓名, 年龄, 联系电话.
  assert.deepEqual(codes, ['schema.minLength', 'schema.minimum', 'schema.pattern']);
  await page.screenshot({ path: path.join(artefacts, 'foundation-invalid.png'), fullPage: true });

  await page.fill('#instance', JSON.stringify({ 姓名: '张三🙂', 联系电话: '13800138000', 年龄: 30 }));
  await page.waitForSelector('#result[data-state="valid"]', { timeout: 10000 });
  assert.match(await page.textContent('#result'), /预审通过/);

  await page.selectOption('#locale', 'en');
  await page.fill('#instance', '{"年龄": 200}');
  await page.waitForSelector('#result[data-state="invalid"]');
  assert.match(await page.textContent('#result'), /Fill in 姓名/);
  await page.screenshot({ path: path.join(artefacts, 'foundation-en.png'), fullPage: true });

  for (const url of requests) assert.ok(url.startsWith(env.url), `only same-origin requests, saw ${url}`);
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('the .wasm is served as application/wasm', async () => {
  const response = await fetch(new URL('/dist/yushen_core.wasm', env.url));
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/wasm');
});

test('the server refuses paths outside its mounts', async () => {
  for (const bad of ['/../package.json', '/dist/../../package.json', '/%2e%2e/package.json']) {
    const response = await fetch(new URL(bad, env.url));
    assert.equal(response.status, 404, bad);
  }
});
