// The wrapper's calendar cache (wasm/api.mjs CalendarCache): a context's inline calendar is
// read by the core once and passed by handle while the same calendar comes back. It must never
// change a byte: every golden gives the same report through the cached path (context as an
// object) as through the inline path (the same context as JSON text, which is always sent
// whole), a changed calendar is honoured at once, and a calendar the core refuses gives the
// usual error. The mini-program adapter is generated from the same api.mjs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { goldens } from '../lib/goldens.mjs';
import { dist, root } from '../lib/paths.mjs';

const pkg = await import(pathToFileURL(path.join(dist, 'index.mjs')).href);
const yushen = await pkg.load({ locales: ['zh-TW', 'en'] });
const mainland = JSON.parse(fs.readFileSync(path.join(root, 'forms', 'calendar', 'cn-mainland.json'), 'utf8'));
const planning = fs.readFileSync(path.join(root, 'forms', 'templates', 'construction-planning-permit.json'), 'utf8');
const planningSample = JSON.parse(fs.readFileSync(
  path.join(root, 'forms', 'samples', 'construction-planning-permit', '02-tolerance-and-commitment-residential.json'), 'utf8'));

// The planning sample checked with `calendar` in its context through the cache (an object
// context) and inline (the same context as text): [cached, inline].
function bothWays(checker, calendar) {
  const context = { ...planningSample.context, calendar };
  return [checker.checkText(planningSample.submission, context, 'zh-CN'),
    checker.checkText(planningSample.submission, JSON.stringify(context), 'zh-CN')];
}

test('every golden: the same bytes with the calendar cached (object context) as sent inline (text context)', () => {
  const checkers = new Map();
  let cachedCalls = 0;
  for (const golden of goldens()) {
    const key = typeof golden.template === 'string' ? golden.template : JSON.stringify(golden.template);
    if (!checkers.has(key)) checkers.set(key, yushen.compile(golden.template));
    const checker = checkers.get(key);
    const cached = checker.checkText(golden.submission, golden.context, golden.locale);
    const inline = checker.checkText(golden.submission, JSON.stringify(golden.context), golden.locale);
    assert.equal(cached, inline, golden.name);
    assert.equal(cached, golden.expected, golden.name);
    if (typeof golden.context?.calendar === 'object') cachedCalls++;
  }
  assert.ok(cachedCalls >= 50, `the cached path ran ${cachedCalls} times`);
  for (const checker of checkers.values()) checker.dispose();
});

// The planning permit's deferral is due 10 working days after "now": a holiday added inside
// that window moves the due date, so a stale cached calendar would show.
test('a changed calendar is used at once, and the first one again after it', () => {
  const checker = yushen.compile(planning);
  const context = { ...planningSample.context, calendar: mainland };
  const due = (ctx) => checker.check(planningSample.submission, ctx, 'zh-CN').deferred.map((d) => d.due);
  const before = due(context);
  assert.ok(before.length > 0 && before.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)), JSON.stringify(before));
  const today = context.now.slice(0, 10);
  const extra = [];
  for (let i = 1; i <= 3; i++) {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i);
    extra.push({ date: d.toISOString().slice(0, 10), name: '测试假日' });
  }
  const changed = { ...mainland, holidays: [...mainland.holidays, ...extra] };
  const after = due({ ...context, calendar: changed });
  assert.notDeepEqual(after, before);
  assert.equal(checker.checkText(planningSample.submission, { ...context, calendar: changed }, 'en'),
    checker.checkText(planningSample.submission, JSON.stringify({ ...context, calendar: changed }), 'en'));
  assert.deepEqual(due(context), before);
  // The same calendar as a new but equal object is still a cache hit, and still right.
  assert.deepEqual(due({ ...context, calendar: JSON.parse(JSON.stringify(mainland)) }), before);
  checker.dispose();
});

// The cache compares the calendar with the last one as data before stringifying it; whatever
// it decides, the bytes must be those of the inline path.
test('the same calendar mutated in place, reordered, or holding what JSON.stringify rewrites', () => {
  const checker = yushen.compile(planning);
  const same = (calendar) => bothWays(checker, calendar);
  const own = JSON.parse(JSON.stringify(mainland));
  const [first] = same(own);
  // Mutated in place: the same object, new data, a new due date.
  const today = planningSample.context.now.slice(0, 10);
  const days = [1, 2, 3].map((i) => new Date(Date.parse(`${today}T00:00:00Z`) + i * 86400000).toISOString().slice(0, 10));
  own.holidays.push(...days.map((date) => ({ date, name: '测试假日' })));
  const [mutated, mutatedInline] = same(own);
  assert.equal(mutated, mutatedInline);
  assert.notEqual(mutated, first, 'an in-place change is seen');
  own.holidays.length -= 3;
  assert.equal(same(own)[0], first);
  // The same data with its keys in another order, an undefined member, a Date for a date.
  const reordered = Object.fromEntries(Object.entries(mainland).reverse());
  const withUndefined = { ...mainland, note: undefined };
  const withDate = { ...mainland, holidays: [...mainland.holidays, { date: new Date(`${days[0]}T00:00:00Z`), name: 'x' }] };
  for (const calendar of [reordered, withUndefined, withDate, mainland]) {
    const [cached, inline] = same(calendar);
    assert.equal(cached, inline);
  }
  checker.dispose();
});

test('a calendar the core refuses gives the usual error, in checkText, check and checkField', () => {
  const checker = yushen.compile(planning);
  const broken = { ...planningSample.context, calendar: { ...mainland, holidays: [{ date: '2026-02-30', name: 'x' }] } };
  const cached = checker.checkText(planningSample.submission, broken, 'zh-CN');
  const inline = checker.checkText(planningSample.submission, JSON.stringify(broken), 'zh-CN');
  assert.equal(cached, inline);
  assert.match(JSON.parse(cached).error.code, /^calendar\./);
  assert.throws(() => checker.check(planningSample.submission, broken, 'en'), (e) => e instanceof pkg.YushenError && /^calendar\./.test(e.code));
  const field = (ctx) => {
    try {
      return JSON.stringify(checker.checkField('/form/project/name', '某项目', planningSample.submission, ctx, 'en'));
    } catch (e) {
      return `${e.code}`;
    }
  };
  assert.equal(field(broken), field(JSON.stringify(broken)));
  // A good calendar right after a refused one is read and used.
  const good = { ...planningSample.context, calendar: mainland };
  assert.equal(checker.checkText(planningSample.submission, good, 'zh-CN'),
    checker.checkText(planningSample.submission, JSON.stringify(good), 'zh-CN'));
  checker.dispose();
});

test('contexts the cache leaves alone: a calendar named by path, no calendar, null, toJSON', () => {
  const checker = yushen.compile(planning);
  const submission = planningSample.submission;
  for (const context of [
    { ...planningSample.context, calendar: 'forms/calendar/cn-mainland.json' },
    { now: planningSample.context.now },
    null,
    { toJSON: () => ({ ...planningSample.context, calendar: mainland }) },
  ]) {
    assert.equal(checker.checkText(submission, context, 'en'), checker.checkText(submission, JSON.stringify(context), 'en'));
  }
  checker.dispose();
});

// A deep-frozen calendar is recognised by identity (it can never change); anything less than
// deep-frozen is still compared as data, so a change below a frozen top is seen.
test('a deep-frozen calendar by identity; a frozen top over mutable data, a getter, a toJSON added later', () => {
  const checker = yushen.compile(planning);
  const pair = (calendar) => bothWays(checker, calendar);
  const deepFreeze = (v) => {
    if (typeof v === 'object' && v !== null) {
      for (const key of Object.keys(v)) deepFreeze(v[key]);
      Object.freeze(v);
    }
    return v;
  };
  const frozen = deepFreeze(JSON.parse(JSON.stringify(mainland)));
  const [first, firstInline] = pair(frozen);
  assert.equal(first, firstInline);
  assert.equal(pair(frozen)[0], first);
  assert.equal(pair(frozen)[0], first);
  // Frozen at the top only: its holidays array can still grow, and the growth must be seen.
  const today = planningSample.context.now.slice(0, 10);
  const days = [1, 2, 3].map((i) => new Date(Date.parse(`${today}T00:00:00Z`) + i * 86400000).toISOString().slice(0, 10));
  const shallow = Object.freeze({ ...JSON.parse(JSON.stringify(mainland)) });
  assert.equal(pair(shallow)[0], first);
  shallow.holidays.push(...days.map((date) => ({ date, name: '测试假日' })));
  const [grown, grownInline] = pair(shallow);
  assert.equal(grown, grownInline);
  assert.notEqual(grown, first, 'a change under a frozen top is seen');
  // A frozen getter may answer differently each time.
  let extra = [];
  const withGetter = Object.freeze(Object.defineProperty({ ...mainland }, 'holidays', {
    enumerable: true, get: () => [...mainland.holidays, ...extra],
  }));
  assert.equal(pair(withGetter)[0], first);
  extra = days.map((date) => ({ date, name: '测试假日' }));
  assert.equal(pair(withGetter)[0], grown);
  // A toJSON that appears on Array.prototype after the frozen calendar was seen.
  assert.equal(pair(frozen)[0], first);
  Array.prototype.toJSON = function toJSON() { return [...this, ...(this.length && this[0]?.date ? extra : [])]; };
  try {
    const [cached, inline] = pair(frozen);
    assert.equal(cached, inline);
  } finally {
    delete Array.prototype.toJSON;
  }
  assert.equal(pair(frozen)[0], first);
  checker.dispose();
});
