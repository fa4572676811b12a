// The portal page for everyone: a 360-px phone, 长者模式 (larger text, higher contrast, one
// column, remembered), the keyboard alone (skip link, summary links, radios), a screen reader's
// cues (labels, fieldset/legend, aria-describedby, lang), English, and Chinese input methods
// (nothing is checked while a composition is open).
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

const TEMPLATE = 'templates/public-place-hygiene-license';
const field = (pointer) => `[name="${pointer}"]`;
const shot = (page, name) => page.screenshot({ path: path.join(artefacts, `portal-${name}.png`), fullPage: true });
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('a 360-px phone: one column, no horizontal scrolling, before and after a pre-check', async () => {
  const { context, page, problems } = await env.open({ template: TEMPLATE, viewport: { width: 360, height: 740 } });
  assert.equal(await overflow(page), 0);
  await page.fill(field('/form/unit/uscc'), '91350100M000100Y44');
  await page.click('#precheck');
  await page.waitForSelector('#summary:not([hidden])');
  assert.equal(await overflow(page), 0);
  // Every control fits the screen.
  const widest = await page.$$eval('input, select, textarea, button', (controls) =>
    Math.max(...controls.filter((c) => c.offsetParent).map((c) => c.getBoundingClientRect().right)));
  assert.ok(widest <= 360, `controls end at ${widest}px`);
  await shot(page, 'phone-360');
  assert.deepEqual(problems, []);
  await context.close();
});

test('长者模式: at least 20 px text, high contrast, one column, remembered after a reload', async () => {
  const { context, page, problems } = await env.open({ template: TEMPLATE, viewport: { width: 360, height: 740 } });
  const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  assert.ok(await fontSize() < 20);
  await page.click('#elder');
  assert.equal(await page.getAttribute('#elder', 'aria-pressed'), 'true');
  assert.ok(await fontSize() >= 20, `elder text is ${await fontSize()}px`);
  // Hints are no longer grey: black on white.
  assert.equal(await page.$eval('.hint', (hint) => getComputedStyle(hint).color), 'rgb(11, 12, 12)');
  // Radios stack in one column.
  const [first, second] = await page.$$eval('[data-path="/case/aircon"] .check-item', (items) => items.map((item) => item.getBoundingClientRect().top));
  assert.ok(second > first, 'options are stacked');
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('elder')), 'remembered');
  assert.ok(await fontSize() >= 20);
  await page.click('#precheck');
  await page.waitForSelector('#summary:not([hidden])');
  assert.equal(await overflow(page), 0);
  await shot(page, 'elder-360');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the keyboard alone: skip link, pre-check with Enter, summary link to the field, radios', async () => {
  const { context, page, problems } = await env.open({ template: TEMPLATE });
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  // The focus is visible (an outline, not the browser default hidden by CSS).
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'none');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assert.equal(await page.evaluate(() => location.hash), `#${TEMPLATE}`, 'the skip link keeps the matter in the URL');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'template');
  // Answer the 情形 question with the arrow keys.
  await page.focus('[name="/case/aircon"]');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.querySelector('[name="/case/aircon"]:checked')?.value), 'no');
  // Type a name and press Enter: the form is pre-checked, focus goes to the notice.
  await page.focus(field('/form/unit/name'));
  await page.keyboard.type('重庆某某宾馆');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#summary:not([hidden])');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'summary');
  // Tab to the first link, Enter: the focus lands on that field.
  await page.keyboard.press('Tab');
  const key = await page.evaluate(() => document.activeElement.dataset.key);
  assert.ok(key, 'a summary link has the focus');
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => document.activeElement.closest('[data-path], [data-material]')?.dataset.path
    || document.activeElement.name);
  assert.ok(key.startsWith('material:') || focused === key || focused?.startsWith(key), `focus on ${focused}, link ${key}`);
  // Every form control has an accessible name from a <label> or a <legend>.
  const unnamed = await page.$$eval('input, select, textarea', (controls) => controls.filter((c) => {
    if (c.type === 'radio' || c.type === 'checkbox' || c.labels?.length) return !c.labels?.length;
    return !c.labels?.length;
  }).map((c) => c.name || c.id));
  assert.deepEqual(unnamed, []);
  await shot(page, 'keyboard');
  assert.deepEqual(problems, []);
  await context.close();
});

test('English: labels, messages, lang attribute; back to Chinese keeps what was entered', async () => {
  const { context, page, problems } = await env.open({ template: TEMPLATE });
  await page.fill(field('/form/contact/mobile'), '1381234567');
  await page.press(field('/form/contact/mobile'), 'Tab');
  const packs = [];
  page.on('request', (request) => { if (/\/locales\//.test(request.url())) packs.push(new URL(request.url()).pathname); });
  await page.selectOption('#locale', 'en');
  // The engine carries zh-CN only: the page fetches the en pack, then re-renders.
  await page.waitForSelector('html[lang="en"]');
  assert.equal(packs.length, 1);
  assert.match(packs[0], /\/dist\/locales\/en\.json$/);
  assert.match(await page.textContent('#matter-title'), /Public place hygiene licence/);
  assert.match(await page.textContent('[data-path="/form/contact/mobile"] label'), /Mobile number/);
  assert.match(await page.textContent('.privacy'), /runs entirely in your browser/);
  assert.equal(await page.inputValue(field('/form/contact/mobile')), '1381234567');
  assert.match(await page.textContent('[data-path="/form/contact/mobile"] .error-message'), /11 digits/);
  await page.click('#precheck');
  await page.waitForSelector('#summary:not([hidden])');
  assert.match(await page.textContent('#summary h2'), /One-time notice/);
  assert.match(await page.textContent('#decision'), /Needs correction/);
  await shot(page, 'english');
  await page.selectOption('#locale', 'zh-TW');
  await page.waitForSelector('html[lang="zh-TW"]');
  assert.match(await page.textContent('#summary h2'), /一次性告知/);
  await page.selectOption('#locale', 'zh-CN');
  await page.waitForSelector('html[lang="zh-CN"]');
  assert.equal(await page.inputValue(field('/form/contact/mobile')), '1381234567');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Chinese input: no check while composing; the field is checked once it is completed', async () => {
  const { context, page, problems } = await env.open({ template: TEMPLATE });
  const checks = async () => Number(await page.getAttribute('#matter', 'data-field-checks') || 0);
  const name = field('/form/unit/name');
  await page.focus(name);
  await page.$eval(name, (input) => {
    input.dataset.events = '';
    for (const type of ['compositionstart', 'compositionend']) input.addEventListener(type, () => { input.dataset.events += `${type} `; });
  });
  const cdp = await context.newCDPSession(page);
  // Pinyin being composed: "zhong" shown in the field, not yet committed.
  await cdp.send('Input.imeSetComposition', { text: 'zhong', selectionStart: 5, selectionEnd: 5 });
  await cdp.send('Input.imeSetComposition', { text: 'zhongq', selectionStart: 6, selectionEnd: 6 });
  assert.equal(await page.inputValue(name), 'zhongq', 'the composition is in the field');
  assert.equal(await checks(), 0);
  assert.equal(await page.$eval(name, (input) => input.closest('.field').classList.contains('has-error')), false);
  await cdp.send('Input.insertText', { text: '中' });  // the candidate is chosen: the composition ends
  assert.equal(await page.inputValue(name), '中');
  assert.equal(await page.getAttribute(name, 'data-events'), 'compositionstart compositionend ', 'a real composition took place');
  assert.equal(await checks(), 0, 'choosing a candidate does not check either');
  await page.keyboard.press('Tab');  // the field is completed
  await page.waitForSelector('[data-path="/form/unit/name"].has-error');
  assert.equal(await checks(), 1);
  assert.match(await page.textContent('[data-path="/form/unit/name"] .error-message'), /2/);
  assert.deepEqual(problems, []);
  await context.close();
});
