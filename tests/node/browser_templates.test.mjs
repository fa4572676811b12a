// Every template the bundle lists renders in the page on a 360-px phone: its 情形 questions and
// stages are asked, an empty pre-check places every problem (each summary line links to a field
// or material on the page), nothing overflows, nothing logs an error. And a 不予受理 rule shows
// the decision "ineligible" with its reason.
import assert from 'node:assert/strict';
import fs from 'node:fs';
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

test('every listed template renders, and an empty pre-check places every problem', async () => {
  const keys = env.index.templates.map((entry) => entry.key);
  assert.ok(keys.includes('examples/public-place-hygiene-license'));
  const { context, page, problems } = await env.open({ template: keys[0], viewport: { width: 360, height: 740 } });
  const listed = await page.$$eval('#template option', (options) => options.map((option) => option.value));
  assert.deepEqual(listed, keys);
  for (const key of keys) {
    const template = JSON.parse(fs.readFileSync(path.join(env.dir, env.index.templates.find((e) => e.key === key).file), 'utf8'));
    if (await page.inputValue('#template') !== key) {
      await page.selectOption('#template', key);
      await page.waitForFunction((k) => location.hash === `#${k}`, key);
    }
    await page.waitForSelector('#precheck');
    for (const c of template.cases || []) assert.ok(await page.$(`[data-path="/case/${c.id}"]`), `${key}: case ${c.id}`);
    if (template.stages?.length) assert.equal(await page.locator('[name="/stage"]').count(), template.stages.length, `${key}: stages`);
    assert.equal(await page.locator('.materials fieldset.material').count(), template.materials.length, `${key}: materials`);
    await page.click('#precheck');
    await page.waitForSelector('#decision[data-decision]:not([hidden])');
    assert.equal(await page.getAttribute('#decision', 'data-decision'), 'needs-correction', key);
    const unplaced = await page.$$eval('#summary li', (items) => items.filter((item) => !item.querySelector('a')).map((item) => item.textContent));
    assert.deepEqual(unplaced, [], `${key}: every problem links to its place`);
    assert.ok(await page.locator('#summary .summary-list a').count() > 0, key);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, `${key}: no horizontal scroll`);
    await page.screenshot({ path: path.join(artefacts, `portal-template-${key.replace('/', '-')}.png`), fullPage: true });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a 不予受理 rule: the decision is ineligible and says why', async () => {
  const { context, page, problems } = await env.open({ template: 'examples/public-place-hygiene-license' });
  await page.selectOption('[name="/form/business"]', 'other');
  await page.click('#precheck');
  await page.waitForSelector('#decision[data-decision="ineligible"]');
  const decision = await page.textContent('#decision');
  assert.match(decision, /不予受理/);
  assert.match(decision, /所选经营项目不属于公共场所卫生许可的范围/);
  // The reason is also the first line of the notice, linking to the field.
  assert.equal(await page.getAttribute('#summary .summary-list a >> nth=0', 'data-key'), '/form/business');
  assert.deepEqual(problems, []);
  await context.close();
});

test('repeatable groups: add a row (focus moves into it), remove one (the rest move up)', async () => {
  const { context, page, problems } = await env.open({ template: 'templates/enterprise-startup' });
  const list = '[data-path="/form/registration/shareholders"]';
  const rows = () => page.locator(`${list} > fieldset.row`).count();
  assert.equal(await rows(), 1);
  await page.fill('[name="/form/registration/shareholders/0/name"]', '张三');
  await page.click(`${list} > button.secondary`);
  assert.equal(await rows(), 2);
  assert.equal(await page.evaluate(() => document.activeElement.closest('fieldset.row')?.dataset.path), '/form/registration/shareholders/1');
  await page.fill('[name="/form/registration/shareholders/1/name"]', '李四');
  await page.click(`${list} > fieldset.row >> nth=0 >> button.secondary`);
  assert.equal(await rows(), 1);
  assert.equal(await page.inputValue('[name="/form/registration/shareholders/0/name"]'), '李四');
  assert.deepEqual(problems, []);
  await context.close();
});
