// Locale packs (issue #7): the .wasm carries zh-CN text only; zh-TW and en come as packs
// (build/wasm/dist/locales/*.json, made from core/report/codes.def) that load() / loadLocale()
// install. A locale not loaded is refused with locale.not_loaded, a stale or incomplete pack
// with locale.pack_stale / locale.pack_invalid, and once loaded every golden, in every locale,
// gives the native CLI's bytes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { goldens } from '../lib/goldens.mjs';
import { cli, dist, root } from '../lib/paths.mjs';
import { miniprogramDir } from '../lib/miniprogram.mjs';

const pkg = await import(pathToFileURL(path.join(dist, 'index.mjs')).href);
const readPack = (tag) => JSON.parse(fs.readFileSync(path.join(dist, 'locales', `${tag}.json`), 'utf8'));
const nativeCodes = JSON.parse(spawnSync(cli, ['codes'], { encoding: 'utf8' }).stdout);
const example = fs.readFileSync(path.join(root, 'forms', 'examples', 'public-place-hygiene-license.json'), 'utf8');

test('the .wasm carries zh-CN messages only; the packs carry the native table text of zh-TW and en', () => {
  const wasm = fs.readFileSync(path.join(dist, 'yushen_core.wasm'));
  const mp = zlib.brotliDecompressSync(fs.readFileSync(path.join(miniprogramDir, 'yushen_core.wasm.br')));
  const row = nativeCodes.find((r) => r.id === 'schema.required');
  for (const bytes of [wasm, mp]) {
    assert.ok(bytes.includes(Buffer.from(row['zh-CN'].split('{')[0])), 'zh-CN is built in');
    assert.ok(!bytes.includes(Buffer.from(row.en.split('{')[0])), 'en is not');
    assert.ok(!bytes.includes(Buffer.from(row['zh-TW'].split('{')[0])), 'zh-TW is not');
  }
  for (const tag of ['zh-TW', 'en']) {
    const pack = readPack(tag);
    assert.equal(pack.locale, tag);
    assert.deepEqual(Object.keys(pack.messages), nativeCodes.map((r) => r.id));
    for (const r of nativeCodes) assert.equal(pack.messages[r.id], r[tag], `${tag} ${r.id}`);
  }
});

test('a locale not loaded is refused with locale.not_loaded, telling the caller to call loadLocale', async () => {
  const yushen = await pkg.load();
  assert.equal(yushen.hasLocale('zh-CN'), true);
  assert.equal(yushen.hasLocale('en'), false);
  assert.equal(yushen.hasLocale('zh-TW'), false);
  const checker = yushen.compile(example);
  const notLoaded = (tag) => (e) => e instanceof pkg.YushenError && e.code === 'locale.not_loaded' && e.params.locale === tag &&
    e.message.includes(`loadLocale('${tag}')`);
  assert.throws(() => checker.check({ form: {} }, null, 'en'), notLoaded('en'));
  assert.throws(() => checker.checkField('/form/mobile', '1381234567', null, null, 'zh-TW'), notLoaded('zh-TW'));
  assert.throws(() => yushen.validate({ type: 'string' }, 1, { locale: 'en' }), notLoaded('en'));
  const rule = yushen.compileRule({ var: 'a' });
  assert.equal(rule.run({ a: 1 }), 1, 'a rule value has no message: no pack needed');
  assert.throws(() => rule.run('{', { locale: 'en' }), notLoaded('en'));
  rule.dispose();
  // zh-CN works without any pack, and a compile error comes in zh-CN until en is loaded.
  assert.equal(checker.check({ form: {} }, null, 'zh-CN').decision, 'needs-correction');
  assert.throws(() => yushen.compile({ yushen: 'template/1' }), (e) => e.code === 'template.required' && /[\u4e00-\u9fff]/.test(e.message));
  await yushen.loadLocale('en');
  assert.equal(yushen.hasLocale('en'), true);
  assert.equal(checker.check({ form: {} }, null, 'en').decision, 'needs-correction');
  assert.throws(() => yushen.compile({ yushen: 'template/1' }), (e) => e.code === 'template.required' && !/[\u4e00-\u9fff]/.test(e.message));
  assert.throws(() => checker.check({ form: {} }, null, 'zh-TW'), notLoaded('zh-TW'));
  checker.dispose();
});

test('stale, incomplete or mislabelled packs are refused and install nothing', async () => {
  const yushen = await pkg.load();
  const en = readPack('en');
  const refused = (code) => (e) => e instanceof pkg.YushenError && e.code === code;
  await assert.rejects(yushen.loadLocale({ ...en, codes: '0000000000000000' }), refused('locale.pack_stale'));
  await assert.rejects(yushen.loadLocale({ ...en, format: 2 }), refused('locale.pack_stale'));
  const { 'schema.required': dropped, ...fewer } = en.messages;
  assert.ok(dropped);
  await assert.rejects(yushen.loadLocale({ ...en, messages: fewer }),
    (e) => e.code === 'locale.pack_invalid' && e.params.what === 'missing' && e.params.id === 'schema.required');
  await assert.rejects(yushen.loadLocale({ ...en, messages: { ...en.messages, 'json.syntax': 'Bad JSON' } }),
    (e) => e.code === 'locale.pack_invalid' && e.params.what === 'placeholders');
  await assert.rejects(yushen.loadLocale('zh-TW', en), (e) => e.code === 'locale.pack_invalid' && e.params.what === 'locale');
  await assert.rejects(yushen.loadLocale('{"format":'), refused('locale.pack_invalid'));
  await assert.rejects(yushen.loadLocale('fr'), refused('cli.usage'));
  assert.equal(yushen.hasLocale('en'), false);
  assert.equal(yushen.hasLocale('zh-TW'), false);
  // The pack as an object or as JSON text (what a bundler or a mini-program hands over).
  await yushen.loadLocale(en);
  await yushen.loadLocale('zh-TW', fs.readFileSync(path.join(dist, 'locales', 'zh-TW.json'), 'utf8'));
  assert.equal(yushen.hasLocale('en') && yushen.hasLocale('zh-TW'), true);
});

test('load({ locales }) and loadLocale fetch the packs next to index.mjs; fetchLocale overrides', async () => {
  const both = await pkg.load({ locales: ['en', 'zh-Hant'] });
  assert.equal(both.hasLocale('en') && both.hasLocale('zh-TW'), true);
  const asked = [];
  const custom = await pkg.load({ fetchLocale: (tag) => { asked.push(tag); return readPack(tag); } });
  await Promise.all([custom.loadLocale('en'), custom.loadLocale('en-US')]);
  assert.deepEqual(asked, ['en']);
});

test('load({ locales }) fetches the packs while the core compiles, once each; a failed fetch is retried later', async () => {
  const events = [];
  const bytes = fs.readFileSync(path.join(dist, 'yushen_core.wasm'));
  const instantiateWasm = (imports, done) => {
    events.push('instantiate');
    WebAssembly.instantiate(bytes, imports).then(({ instance, module }) => {
      events.push('instantiated');
      done(instance, module);
    });
    return {};
  };
  const fetchLocale = (tag) => {
    events.push(`fetch ${tag}`);
    return readPack(tag);
  };
  const yushen = await pkg.load({ locales: ['en', 'en-GB', 'zh-HK', 'zh-CN'], fetchLocale, instantiateWasm });
  assert.ok(yushen.hasLocale('en') && yushen.hasLocale('zh-TW'));
  assert.deepEqual(events.filter((e) => e.startsWith('fetch')).sort(), ['fetch en', 'fetch zh-TW'], 'each pack once, zh-CN never');
  assert.ok(events.indexOf('fetch en') < events.indexOf('instantiated'), `fetched before the core was ready: ${events}`);

  let attempts = 0;
  const flaky = (tag) => (++attempts === 1 ? Promise.reject(new Error('offline')) : readPack(tag));
  await assert.rejects(pkg.load({ locales: ['en'], fetchLocale: flaky }), /offline/);
  const later = await pkg.load({ fetchLocale: flaky });
  await later.loadLocale('en');
  assert.equal(attempts, 2);
  assert.ok(later.hasLocale('en'));
});

test('loadInWorker: locales load in the worker, a locale not loaded is refused there too', async () => {
  const remote = await pkg.loadInWorker();
  try {
    const checker = await remote.compile(example);
    await assert.rejects(checker.check({ form: {} }, null, 'en'), (e) => e.code === 'locale.not_loaded');
    await remote.loadLocale('en');
    assert.equal(await remote.hasLocale('en'), true);
    assert.equal((await checker.check({ form: {} }, null, 'en')).decision, 'needs-correction');
  } finally {
    await remote.terminate();
  }
});

test('every golden in every locale: the WASM report through the packs is the native CLI report', async () => {
  const yushen = await pkg.load({ locales: ['zh-TW', 'en'] });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yushen-locales-'));
  try {
    for (const [i, golden] of goldens().entries()) {
      const files = ['template', 'submission', 'context'].map((what) => path.join(tmp, `${i}.${what}.json`));
      fs.writeFileSync(files[0], typeof golden.template === 'string' ? golden.template : JSON.stringify(golden.template));
      fs.writeFileSync(files[1], JSON.stringify(golden.submission));
      fs.writeFileSync(files[2], JSON.stringify(golden.context));
      const checker = yushen.compile(golden.template);
      try {
        for (const locale of ['zh-CN', 'zh-TW', 'en']) {
          const native = spawnSync(cli, ['check', '--template', files[0], '--submission', files[1], '--context', files[2],
            '--locale', locale], { encoding: 'utf8' });
          assert.equal(checker.checkText(golden.submission, golden.context, locale), native.stdout.trimEnd(), `${golden.name} ${locale}`);
          if (locale === golden.locale) assert.equal(native.stdout.trimEnd(), golden.expected, golden.name);
        }
      } finally {
        checker.dispose();
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
