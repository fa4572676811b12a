// The region picker (web/lib/region.mjs) on a "x-widget": "region" field: choosing province,
// prefecture and county by name writes the 6-digit code into the field and checks it as
// completed; a typed code selects its names; a division with nothing below it (台湾省, 东莞市)
// is an answer at its own level; each select has a visible label; on a 360-px phone nothing
// overflows. The names file is fetched only by a form that has such a field; a zh-TW page
// fetches the traditional-character one.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { artefacts, startPage } from '../lib/browser.mjs';

const shot = (page, name) => page.screenshot({ path: path.join(artefacts, `portal-${name}.png`), fullPage: true });

const POINTER = '/form/project/regionCode';
const box = `[name="${POINTER}"]`;
const wrapper = `[data-path="${POINTER}"]`;
const level = (k) => `${wrapper} .region-level:nth-child(${k + 1}) select`;

let env;
before(async () => {
  env = await startPage();
});
after(async () => {
  await env.close();
});

test('choose by name, type a code, leaves at every level', async () => {
  const { context, page, problems, requests } = await env.open({ template: 'templates/construction-permit', viewport: { width: 360, height: 740 } });
  await page.waitForSelector(`${wrapper} .region-picker:not([hidden])`);
  assert.ok(requests.some((r) => r.url.endsWith('/forms/regions/cn-regions.json')));
  // Every select is labelled by a visible label.
  for (let k = 0; k < 3; k++) {
    const id = await page.getAttribute(`${wrapper} .region-level:nth-child(${k + 1}) select`, 'id');
    assert.equal(await page.locator(`label[for="${id}"]`).count(), 1);
  }
  assert.ok(await page.isHidden(`${wrapper} .region-level:nth-child(2)`));

  // 湖南省 → 衡阳市 → 衡阳高新区: the code of the county, checked as a completed field.
  await page.selectOption(level(0), '430000');
  assert.equal(await page.inputValue(box), '');
  await page.selectOption(level(1), '430400');
  await page.selectOption(level(2), '430476');
  assert.equal(await page.inputValue(box), '430476');
  assert.equal(await page.getAttribute(box, 'aria-invalid'), null);

  // A new province clears the code until a county is chosen again.
  await page.selectOption(level(0), '110000');
  assert.equal(await page.inputValue(box), '');
  assert.ok(await page.isHidden(`${wrapper} .region-level:nth-child(3)`));

  // Typing a code selects its names.
  await page.fill(box, '441900');
  assert.equal(await page.inputValue(level(0)), '440000');
  assert.equal(await page.inputValue(level(1)), '441900');
  assert.ok(await page.isHidden(`${wrapper} .region-level:nth-child(3)`), '东莞 has no county level');

  // A province with nothing below it is itself the answer.
  await page.selectOption(level(0), '710000');
  assert.equal(await page.inputValue(box), '710000');
  assert.ok(await page.isHidden(`${wrapper} .region-level:nth-child(2)`));

  // Nothing wider than the phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  await shot(page, 'region-picker-360');
  assert.deepEqual(problems, []);
  await context.close();
});

test('in English, provinces are named in English before the Chinese name', async () => {
  const { context, page, problems } = await env.open({ template: 'templates/construction-permit' });
  await page.selectOption('#locale', 'en');
  await page.waitForSelector('html[lang="en"]');
  await page.waitForSelector(`${wrapper} .region-picker:not([hidden])`);
  const hunan = await page.textContent(`${level(0)} option[value="430000"]`);
  assert.equal(hunan, 'Hunan 湖南省');
  await page.selectOption(level(0), '430000');
  assert.equal(await page.textContent(`${level(1)} option[value="430400"]`), '衡阳市', 'prefectures keep their Chinese names');
  await shot(page, 'region-picker-en');
  assert.deepEqual(problems, []);
  await context.close();
});

test('in zh-TW, the names are in traditional characters (cn-regions.zh-TW.json)', async () => {
  const { context, page, problems, requests } = await env.open({ template: 'templates/construction-permit' });
  await page.selectOption('#locale', 'zh-TW');
  await page.waitForSelector('html[lang="zh-TW"]');
  await page.waitForFunction((selector) => document.querySelector(selector)?.textContent === '廣東省',
    `${level(0)} option[value="440000"]`);
  await page.selectOption(level(0), '430000');
  assert.equal(await page.textContent(`${level(1)} option[value="430400"]`), '衡陽市');
  assert.ok(requests.some((r) => r.url.endsWith('/forms/regions/cn-regions.zh-TW.json')));
  await shot(page, 'region-picker-zh-TW');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the zh-TW names file is the same tree as the simplified one, name for name', () => {
  const read = (file) => JSON.parse(fs.readFileSync(new URL(`../../forms/regions/${file}`, import.meta.url), 'utf8')).regions;
  const codes = (nodes) => nodes.map(([code, , children]) => (children ? [code, codes(children)] : [code]));
  const simplified = read('cn-regions.json');
  const traditional = read('cn-regions.zh-TW.json');
  assert.deepEqual(codes(traditional), codes(simplified));
  const names = (nodes, out = []) => { for (const [, name, children] of nodes) { out.push(name); if (children) names(children, out); } return out; };
  const [s, t] = [names(simplified), names(traditional)];
  assert.ok(t.every((name, i) => [...name].length === [...s[i]].length), 'a conversion keeps the length of each name');
  assert.ok(t.filter((name, i) => name !== s[i]).length > 0.8 * t.length);
});

test('every province-level division has an English name, and no other code does', async () => {
  const { ui } = await import('../../web/lib/i18n.mjs');
  const tree = JSON.parse(fs.readFileSync(new URL('../../forms/regions/cn-regions.json', import.meta.url), 'utf8')).regions;
  assert.deepEqual(Object.keys(ui('en').provinceNames).sort(), tree.map((province) => province[0]).sort());
  assert.equal(ui('zh-CN').provinceNames, undefined);
});

test('a form without a region field does not fetch the names', async () => {
  const { context, page, requests, problems } = await env.open({ template: 'examples/public-place-hygiene-license' });
  await page.waitForTimeout(200);
  assert.ok(!requests.some((r) => r.url.includes('cn-regions.json')));
  assert.deepEqual(problems, []);
  await context.close();
});
