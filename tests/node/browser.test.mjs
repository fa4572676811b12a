// The portal page in headless Chromium, the applicant's whole path through one matter
// (forms/examples/public-place-hygiene-license.json, which has both 容缺 and 告知承诺):
// fill the form with mistakes, see every problem once in the one-time notice and inline,
// follow a summary link to its field, fix the fields, attach files (one a PNG named .pdf),
// defer one material, replace one by a commitment, sign, and reach ready-with-commitments —
// without a single request outside the page's own origin.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { load } from '../../build/wasm/dist/index.mjs';
import { NOW, artefacts, fileBytes, startPage } from '../lib/browser.mjs';
import { root } from '../lib/paths.mjs';

let env;
before(async () => {
  env = await startPage();
});
after(async () => {
  await env.close();
});

const field = (pointer) => `[name="${pointer}"]`;
const shot = (page, name) => page.screenshot({ path: path.join(artefacts, `portal-${name}.png`), fullPage: true });

// Inline messages without their visually hidden "错误:" prefix.
const inlineMessages = (page) => page.$$eval('.error-message:not([hidden]) p', (lines) =>
  lines.map((line) => [...line.childNodes].filter((node) => !node.classList?.contains('visually-hidden')).map((node) => node.textContent).join('')));

test('fill with mistakes, fix them, attach, defer, commit, sign: ready with commitments', async () => {
  const { context, page, requests, problems } = await env.open();
  const wrong = {
    unitName: '重庆某某宾馆有限公司',
    uscc: '91350100M000100Y44',          // check digit wrong (…Y43 is right)
    legalRep: { name: '张三', idNumber: '110105194912310017' },  // check digit wrong (…002X is right)
    mobile: '1381234567',                 // 10 digits
    address: '重庆市铜梁区巴川街道1号',
    business: 'hotel',
    area: 520,
    staffCount: 3,
    certifiedStaff: 5,                     // more than the staff: a cross-field rule
  };
  for (const [pointer, value] of [['/form/unitName', wrong.unitName], ['/form/uscc', wrong.uscc], ['/form/legalRep/name', wrong.legalRep.name],
    ['/form/legalRep/idNumber', wrong.legalRep.idNumber], ['/form/mobile', wrong.mobile], ['/form/address', wrong.address],
    ['/form/area', '５２０'], ['/form/staffCount', '3'], ['/form/certifiedStaff', '5']]) {  // full-width digits are numbers
    await page.fill(field(pointer), value);
  }
  await page.selectOption(field('/form/business'), 'hotel');
  await page.check('#case-aircon-1');  // 否
  await page.click('#precheck');
  await page.waitForSelector('#summary:not([hidden])');

  // The notice is exactly the engine's report for this submission: every problem once, in order.
  const yushen = await load();
  const template = JSON.parse(fs.readFileSync(path.join(root, 'forms/examples/public-place-hygiene-license.json'), 'utf8'));
  const calendar = JSON.parse(fs.readFileSync(path.join(root, 'forms/calendar/cn-mainland.json'), 'utf8'));
  const matter = yushen.compileTemplate(template);
  const report = matter.check({ form: wrong, case: { aircon: 'no' }, materials: {} },
    { now: NOW, calendar, credit: { rating: 'A', dishonest: false }, sharedMaterials: [], applicant: { name: wrong.unitName } }, 'zh-CN');
  matter.dispose();
  assert.equal(report.decision, 'needs-correction');
  const errors = report.issues.filter((issue) => issue.severity !== 'warning').map((issue) => issue.message);
  const summary = await page.$$eval('#summary .summary-list:not(.warnings) a', (links) => links.map((link) => link.textContent));
  assert.deepEqual([...summary].sort(), [...errors].sort());
  // …listed in the order of the page, each linking to an element that exists.
  const positions = await page.$$eval('#summary .summary-list a', (links) => links.map((link) => {
    const target = document.getElementById(link.getAttribute('href').slice(1));
    return target ? [...document.querySelectorAll('*')].indexOf(target) : -1;
  }));
  assert.ok(positions.every((p, i) => p >= 0 && (i === 0 || p >= positions[i - 1])), `page order: ${positions}`);
  for (const code of ['cn.uscc.checksum', 'cn.resident_id.checksum', 'cn.mobile.length', 'check.rule', 'check.material_missing']) {
    assert.ok(report.issues.some((issue) => issue.code === code), `the report has ${code}`);
  }
  // Focus moved to the summary; each message is also inline, next to its field.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'summary');
  const inline = await inlineMessages(page);
  for (const message of errors) assert.ok(inline.includes(message), `inline: ${message}`);
  assert.equal(await page.getAttribute(field('/form/mobile'), 'aria-invalid'), 'true');
  const describedBy = (await page.getAttribute(field('/form/mobile'), 'aria-describedby')).split(' ');
  const mobileError = await page.textContent(`#${describedBy.at(-1)}`);
  assert.ok(mobileError.includes(report.issues.find((issue) => issue.path === '/form/mobile').message));
  assert.equal(await page.getAttribute('#decision', 'data-decision'), 'needs-correction');
  await shot(page, '1-one-time-notice');

  // A summary link moves focus to its field.
  await page.click('#summary a[data-key="/form/mobile"]');
  assert.equal(await page.evaluate(() => document.activeElement.name), '/form/mobile');

  // Fixing a field: no check while typing, one when the field is left; its message goes.
  const checks = async () => Number(await page.getAttribute('#matter', 'data-field-checks') || 0);
  const before = await checks();
  await page.fill(field('/form/mobile'), '');
  await page.type(field('/form/mobile'), '13812345678');
  assert.equal(await checks(), before, 'typing does not check');
  await page.press(field('/form/mobile'), 'Tab');
  await page.waitForFunction(() => !document.querySelector('[name="/form/mobile"]').hasAttribute('aria-invalid'));
  assert.equal(await checks(), before + 1);
  // Leaving a field without editing it does not check it.
  await page.focus(field('/form/address'));
  await page.press(field('/form/address'), 'Tab');
  assert.equal(await checks(), before + 1);
  assert.ok(await page.$('#summary li.resolved a[data-key="/form/mobile"]'), 'the summary line is marked as changed');
  for (const [pointer, value] of [['/form/uscc', '91350100M000100Y43'], ['/form/legalRep/idNumber', '11010519491231002X'], ['/form/certifiedStaff', '3']]) {
    await page.fill(field(pointer), value);
    await page.press(field(pointer), 'Tab');
  }

  // Files: the type comes from the content; a PNG named .pdf is caught at once.
  const input = (id) => `input[type="file"][data-material="${id}"]`;
  await page.setInputFiles(input('legal-rep-id'), { name: '身份证.jpg', mimeType: 'image/jpeg', buffer: fileBytes.jpeg(1) });
  await page.setInputFiles(input('business-licence'), { name: '营业执照.pdf', mimeType: 'application/pdf', buffer: fileBytes.pdf() });
  await page.setInputFiles(input('floor-plan'), { name: '平面布局图.pdf', mimeType: 'application/pdf', buffer: fileBytes.pdf() });
  await page.setInputFiles(input('hygiene-rules'), { name: '卫生管理制度.pdf', mimeType: 'application/pdf', buffer: fileBytes.png() });
  const rules = '[data-material="hygiene-rules"].material';
  await page.waitForSelector(`${rules} .file-type.mismatch`);
  assert.match(await page.textContent(`${rules} .file-list`), /PNG \(\.pdf\)/);
  await page.waitForSelector(`${rules}.has-error`);
  assert.match(await page.textContent(`${rules} .error-message`), /类型不符/);
  await shot(page, '2-disguised-file');

  // 容缺 for the rules (10 working days), 告知承诺 for the health certificates (2 months).
  await page.check(`${rules} input[value="defer"]`);
  await page.waitForSelector(`${rules} .due:not([hidden])`);
  assert.match(await page.textContent(`${rules} .due`), /2025-03-20/);
  const certificates = '[data-material="health-certificates"].material';
  await page.check(`${certificates} input[value="commit"]`);
  await page.waitForSelector(`${certificates} .due:not([hidden])`);
  assert.match(await page.textContent(`${certificates} .due`), /2025-05-06/);
  await page.waitForSelector('.letter:not([hidden])');
  const letter = await page.textContent('#letter-text');
  assert.match(letter, /告知承诺书/);
  assert.match(letter, /重庆某某宾馆有限公司/);
  assert.match(letter, /从业人员健康合格证明/);
  assert.match(letter, /卫生管理制度容缺受理/);

  // Unsigned: the requests are refused, and the notice says to sign.
  await page.click('#precheck');
  await page.waitForSelector('#decision[data-decision="needs-correction"]');
  assert.match(await page.textContent('#summary'), /签署/);

  await page.check('#letter-sign');
  await page.click('#precheck');
  await page.waitForSelector('#decision[data-decision="ready-with-commitments"]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'decision');
  const decision = await page.textContent('#decision');
  assert.match(decision, /从业人员健康合格证明:告知承诺,须于 2025-05-06 前提交/);
  assert.match(decision, /卫生管理制度:容缺受理,须于 2025-03-20 前补交/);
  // No problem is left; the same PDF given twice (same SHA-256, computed in the page) is a warning.
  assert.equal(await page.locator('#summary .summary-list:not(.warnings) a').count(), 0);
  assert.deepEqual(await page.$$eval('#summary .warnings a', (links) => links.map((link) => link.dataset.code)), ['check.file_duplicate']);
  await shot(page, '3-ready-with-commitments');

  // Changing what the letter covers unsigns it.
  await page.check(`${rules} input[value="upload"]`);
  await page.waitForFunction(() => !document.querySelector('#letter-sign').checked);

  // Privacy: only the page's own static files were fetched (GET, same origin), nothing else.
  for (const request of requests) {
    assert.ok(request.url.startsWith(`${env.origin}/portal/`), `same origin only, saw ${request.url}`);
    assert.equal(request.method, 'GET', request.url);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('loading: every startup file is announced in index.html and fetched once (the preloads are used)', async () => {
  const { context, page, requests, problems } = await env.open();
  const html = await (await fetch(`${env.url}`)).text();
  const preloaded = [...html.matchAll(/<link rel="(?:module)?preload" href="([^"]+)"/g)].map((m) => m[1]);
  for (const file of ['lib/form.mjs', 'lib/sniff.mjs', 'dist/index.mjs', 'dist/yushen_core.wasm', 'forms/index.json', 'forms/calendar/cn-mainland.json']) {
    assert.ok(preloaded.includes(file), `index.html preloads ${file}`);
  }
  const seen = new Map();
  for (const { url } of requests) seen.set(url, (seen.get(url) || 0) + 1);
  for (const file of [...preloaded, 'forms/examples/public-place-hygiene-license.json']) {
    assert.equal(seen.get(`${env.url}${file}`), 1, `${file} fetched once`);
  }
  assert.deepEqual([...seen].filter(([, n]) => n > 1), [], 'nothing fetched twice');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the server: wasm MIME type, the CSP, no escaping the bundle', async () => {
  const response = await fetch(`${env.url}dist/yushen_core.wasm`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/wasm');
  const page = await fetch(env.url);
  assert.match(page.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  for (const bad of ['/../package.json', '/portal/../../package.json', '/%2e%2e/package.json', '/portal/%2e%2e/%2e%2e/etc/passwd']) {
    assert.equal((await fetch(env.origin + bad)).status, 404, bad);
  }
  assert.equal((await fetch(env.url, { method: 'POST', body: 'x' })).status, 405);
});

test('a portal supplies the context: no demo notice, its credit standing counts', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    globalThis.yushenPortal = {
      context: () => ({ now: '2025-03-06T10:00:00+08:00', credit: { rating: 'C', dishonest: true }, sharedMaterials: ['business-licence'],
        applicant: { name: '重庆某某宾馆有限公司' } }),
      onReport: ({ report }) => { document.body.dataset.portalDecision = report.decision; },
    };
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${env.url}#examples/public-place-hygiene-license`);
  await page.waitForSelector('body[data-ready]');
  assert.ok(await page.isHidden('#demo-context'));
  // The licence is shared by the register: not asked for.
  assert.equal(await page.getAttribute('[data-material="business-licence"].material', 'data-status'), 'shared');
  // On the dishonesty list: 容缺 is refused, and the notice says why.
  await page.check('[data-material="hygiene-rules"].material input[value="defer"]');
  await page.click('#precheck');
  await page.waitForSelector('#summary:not([hidden])');
  assert.ok(await page.$('#summary a[data-code="check.deferral_dishonest"]'));
  assert.equal(await page.getAttribute('body', 'data-portal-decision'), 'needs-correction');
  assert.deepEqual(problems, []);
  await context.close();
});

test('at the edge of the calendar (2027 not covered): the due reads as the rule, never "null"', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    globalThis.yushenPortal = {
      context: () => ({ now: '2026-12-20T10:00:00+08:00', credit: { rating: 'A', dishonest: false }, sharedMaterials: ['business-licence'],
        applicant: { name: '重庆某某宾馆有限公司' } }),
    };
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${env.url}#examples/public-place-hygiene-license`);
  await page.waitForSelector('body[data-ready]');
  for (const [pointer, value] of [['/form/unitName', '重庆某某宾馆有限公司'], ['/form/uscc', '91350100M000100Y43'],
    ['/form/legalRep/name', '张三'], ['/form/legalRep/idNumber', '11010519491231002X'], ['/form/mobile', '13812345678'],
    ['/form/address', '重庆市铜梁区巴川街道1号'], ['/form/area', '520'], ['/form/staffCount', '3'], ['/form/certifiedStaff', '3']]) {
    await page.fill(field(pointer), value);
  }
  await page.selectOption(field('/form/business'), 'hotel');
  await page.check('#case-aircon-1');
  const input = (id) => `input[type="file"][data-material="${id}"]`;
  await page.setInputFiles(input('legal-rep-id'), { name: '身份证.jpg', mimeType: 'image/jpeg', buffer: fileBytes.jpeg(1) });
  await page.setInputFiles(input('floor-plan'), { name: '平面布局图.pdf', mimeType: 'application/pdf', buffer: fileBytes.pdf() });
  await page.setInputFiles(input('health-certificates'), { name: '健康证明.jpg', mimeType: 'image/jpeg', buffer: fileBytes.jpeg(2) });
  // 容缺 for the rules: 10 working days from 2026-12-20 run into 2027.
  const rules = '[data-material="hygiene-rules"].material';
  await page.check(`${rules} input[value="defer"]`);
  await page.waitForSelector(`${rules} .due:not([hidden])`);
  assert.equal(await page.textContent(`${rules} .due`), '须于 受理之日起第 10 个工作日 前补交');
  await page.waitForSelector('.letter:not([hidden])');
  assert.match(await page.textContent('#letter-text'), /承诺于 受理之日起第 10 个工作日 前补齐/);
  await page.check('#letter-sign');
  await page.click('#precheck');
  await page.waitForSelector('#decision[data-decision="ready-with-commitments"]');
  const decision = await page.textContent('#decision');
  assert.match(decision, /卫生管理制度:容缺受理,须于 受理之日起第 10 个工作日 前补交/);
  assert.doesNotMatch(decision, /null|undefined/);
  // The warning says why the date is open; it is a reminder, not a problem.
  assert.equal(await page.locator('#summary .summary-list:not(.warnings) li').count(), 0);
  assert.match(await page.textContent('#summary .warnings'), /2027 年的国家节假日安排尚未收录/);
  // A link like every line of the notice: to the letter, where the due reads as the rule.
  const pending = page.locator('#summary .warnings a[data-code="check.due_date_pending"]');
  assert.equal(await pending.count(), 1);
  await pending.click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'letter-sign');
  await shot(page, '4-calendar-gap');
  assert.deepEqual(problems, []);
  await context.close();
});
