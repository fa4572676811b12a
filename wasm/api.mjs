// The JavaScript API over the WASM core, independent of how the core was loaded: the npm
// package (index.mjs), the Web Worker (worker.mjs) and the mini-program adapter (built from
// this file by tools/make_miniprogram.mjs) all wrap a loaded core with wrapCore(). No eval,
// no new Function. How strings cross into WASM and back: boundary.mjs.
import { asJsonText, Boundary, fixSurrogateEscapes, toWellFormed } from './boundary.mjs';
import { YushenError } from './errors.mjs';
import { LocalePacks } from './locales.mjs';

class CompiledSchema {
  constructor(boundary, handle) {
    this.boundary = boundary;
    this.handle = handle;
  }

  /** Raw result JSON text, byte-identical to one line of `yushen validate`. */
  validateText(instance, { output = 'ajv', locale = 'zh-CN' } = {}) {
    if (!this.handle) throw new YushenError('api.disposed', 'this schema was disposed');
    const b = this.boundary;
    return b.result(b.call3(b.core._yushen_schema_validate, this.handle, asJsonText(instance, 'instance'), String(output),
      String(locale)));
  }

  /** { valid, errors } for an instance (JSON text or a JS value). Throws YushenError on bad input. */
  validate(instance, options = {}) {
    const result = JSON.parse(this.validateText(instance, options));
    if (result.error) throw YushenError.fromResult(result.error);
    return result;
  }

  dispose() {
    if (this.handle) this.boundary.core._yushen_schema_delete(this.handle);
    this.handle = 0;
  }
}

class CompiledRule {
  constructor(boundary, handle) {
    this.boundary = boundary;
    this.handle = handle;
  }

  /** Raw result line, byte-identical to one line of `yushen logic`. */
  runText(data, { locale = 'en' } = {}) {
    if (!this.handle) throw new YushenError('api.disposed', 'this rule was disposed');
    const b = this.boundary;
    return b.result(b.call(b.core._yushen_rule_run, [this.handle], [asJsonText(data, 'data'), String(locale)]));
  }

  /** The rule's value for `data`; throws YushenError when evaluation fails. */
  run(data, options = {}) {
    const line = JSON.parse(this.runText(data, options));
    if (line.error) throw YushenError.fromResult(line.error);
    return line.result;
  }

  dispose() {
    if (this.handle) this.boundary.core._yushen_rule_delete(this.handle);
    this.handle = 0;
  }
}

// The context's inline calendar, read by the core once and reused while the same calendar
// comes back: reading a 6 KB calendar with every check was about half of a template check's
// time in WASM (docs/performance.md). The report is the same bytes either way: the core reads
// a context whose calendar comes separately exactly as one whose calendar is inline
// (core/check/inputs.cc). Anything unusual takes the inline path, so that its error is the
// usual one: a calendar the core refuses, a context given as text, a context with toJSON, or
// one whose size comes near the reader's 8 MiB limit.
const CONTEXT_LIMIT_BYTES = 8 * 1024 * 1024;  // JsonLimits::max_bytes (core/util/json_text.h)

// True when `value` is the same JSON data as `plain` (a JSON.parse result): same keys, same
// values, arrays of the same length. Anything JSON.stringify would treat specially — toJSON,
// a Date or other non-plain object, undefined, NaN, a hole — answers false, and the caller
// takes the exact path. About a tenth of the cost of stringifying a 4.6 KB calendar.
function sameJson(value, plain, depth = 0) {
  if (value === plain) return true;
  if (typeof value !== 'object' || value === null || typeof plain !== 'object' || plain === null || depth > 32) return false;
  if (Array.isArray(plain)) {
    if (!Array.isArray(value) || value.length !== plain.length || typeof value.toJSON === 'function') return false;
    for (let i = 0; i < plain.length; i++) if (!sameJson(value[i], plain[i], depth + 1)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(value);
  if (Array.isArray(value) || (proto !== Object.prototype && proto !== null) || typeof value.toJSON === 'function') return false;
  const keys = Object.keys(value);
  if (keys.length !== Object.keys(plain).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(plain, key) || !sameJson(value[key], plain[key], depth + 1)) return false;
  }
  return true;
}

// True if `value` can never serialise differently: primitives, and objects that are frozen,
// plain (Object.prototype, null or Array.prototype), without toJSON or getters, all the way
// down. Freezing is permanent, so a calendar found deep-frozen once is the same calendar every
// time it is passed again; checked once per object (CalendarCache.split).
function isDeepFrozenJson(value, depth = 0) {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return true;
  if (typeof value !== 'object' || depth > 32 || !Object.isFrozen(value)) return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null && proto !== Array.prototype) return false;
  if (Array.isArray(value) !== (proto === Array.prototype)) return false;
  const descriptors = Object.getOwnPropertyDescriptors(value);
  for (const key of Reflect.ownKeys(descriptors)) {
    const d = descriptors[key];
    if (typeof key === 'symbol' || !('value' in d) || key === 'toJSON') return false;
    if (d.enumerable && !isDeepFrozenJson(d.value, depth + 1)) return false;
  }
  return true;
}

class CalendarCache {
  constructor(boundary) {
    this.boundary = boundary;
    this.raw = null;   // JSON.stringify of the calendar last read (cleaned only when it changes)
    this.plain = null;  // JSON.parse(raw): what the next calendar is compared with first
    this.handle = 0;   // the core's Calendar*, 0 when the core refused it
    this.frozen = null;  // the last calendar object, if it is deep-frozen (isDeepFrozenJson)
    this.lastSeen = null;  // the calendar object of the previous call
  }

  // The calendar is the deep-frozen object last seen, and nothing JSON.stringify consults on
  // the way has been given a toJSON since.
  isFrozenSame(calendar) {
    return calendar === this.frozen && typeof Object.prototype.toJSON !== 'function' &&
      typeof Array.prototype.toJSON !== 'function';
  }

  // [context JSON text, calendar handle (0: none)] for a check call.
  split(context) {
    const calendar = context?.calendar;
    if (typeof context !== 'object' || context === null || Array.isArray(context) || typeof context.toJSON === 'function' ||
        typeof calendar !== 'object' || calendar === null || Array.isArray(calendar)) {
      return [asJsonText(context, 'context'), 0];
    }
    const rest = { ...context };
    delete rest.calendar;
    const restText = asJsonText(rest, 'context');
    // The same data as last time (the usual case: one calendar for every check) is found
    // without stringifying it; its text would be this.raw, or an equal calendar's.
    // A deep-frozen calendar (the portal page freezes the one it fetched) is recognised by
    // identity, without the comparison (~8 µs of a check for the 4.6 KB mainland calendar).
    const same = this.handle !== 0 && (this.isFrozenSame(calendar) || sameJson(calendar, this.plain));
    const raw = same ? this.raw : JSON.stringify(calendar);
    // UTF-8 takes at most 3 bytes per UTF-16 unit; 32 covers `,"calendar":` and braces.
    if ((restText.length + raw.length) * 3 + 32 > CONTEXT_LIMIT_BYTES) return [asJsonText(context, 'context'), 0];
    if (raw !== this.raw) {
      const core = this.boundary.core;
      if (this.handle) core._yushen_calendar_delete(this.handle);
      this.handle = this.boundary.call(core._yushen_calendar_new, [], [fixSurrogateEscapes(raw)]);
      this.raw = raw;
      this.plain = this.handle ? JSON.parse(raw) : null;
      this.frozen = null;
    }
    if (!this.handle) return [asJsonText(context, 'context'), 0];
    // Walked only for an object seen twice in a row: a portal passing a new frozen copy on
    // every call would otherwise pay for the walk and the comparison both, every time.
    if (calendar !== this.frozen && calendar === this.lastSeen && isDeepFrozenJson(calendar)) this.frozen = calendar;
    this.lastSeen = calendar;
    return [restText, this.handle];
  }
}

// A compiled template (Yushen.compile). The context is the portal's: { now: RFC 3339
// date-time, calendar: <forms/calendar/cn-mainland.json object>, credit: { rating, dishonest,
// lastBrokenCommitment }, sharedMaterials: [ids], applicant: { name } }.
class TemplateChecker {
  constructor(boundary, handle, calendars) {
    this.boundary = boundary;
    this.handle = handle;
    this.calendars = calendars;
  }

  /** The report as JSON text, byte-identical to `yushen check`; {"error":…} when it stopped. */
  checkText(submission, context = null, locale = 'zh-CN') {
    if (!this.handle) throw new YushenError('api.disposed', 'this template was disposed');
    const b = this.boundary;
    const submissionText = asJsonText(submission, 'submission');
    const [contextText, calendar] = this.calendars.split(context);
    return b.result(b.call(b.core._yushen_template_check, [this.handle, calendar],
      [submissionText, contextText, String(locale)]));
  }

  /** The report { decision, issues, materials, deferred, commitments, template, engine }. */
  check(submission, context = null, locale = 'zh-CN') {
    const report = JSON.parse(this.checkText(submission, context, locale));
    if (report.error) throw YushenError.fromResult(report.error);
    return report;
  }

  /**
   * Checks one value at `path` (a JSON Pointer under /form) as it is typed: { path, applies,
   * issues }. `value` is the field's JS value (a typed string stays a string, never JSON
   * text); undefined means the field is empty.
   */
  checkField(path, value, submission = null, context = null, locale = 'zh-CN') {
    if (!this.handle) throw new YushenError('api.disposed', 'this template was disposed');
    const valueText = value === undefined ? '' : fixSurrogateEscapes(JSON.stringify(value));
    const b = this.boundary;
    const submissionText = asJsonText(submission, 'submission');
    const [contextText, calendar] = this.calendars.split(context);
    const result = JSON.parse(b.result(b.call(b.core._yushen_template_check_field, [this.handle, calendar],
      [String(path), valueText, submissionText, contextText, String(locale)])));
    if (result.error) throw YushenError.fromResult(result.error);
    return result;
  }

  dispose() {
    if (this.handle) this.boundary.core._yushen_template_delete(this.handle);
    this.handle = 0;
  }
}

class Yushen {
  // `fetchPack(tag)` gives a pack (object or JSON text) or a Promise of one: how the loader
  // (index.mjs, the mini-program adapter) finds the packs shipped next to the core.
  constructor(core, fetchPack = null) {
    this.core = core;  // the Emscripten module: benchmarks reach _malloc and HEAPU8 through it
    this.boundary = new Boundary(core);
    this.calendars = new CalendarCache(this.boundary);
    this.version = this.boundary.result(core._yushen_version());
    this.locales = new LocalePacks((tag, text) => this.boundary.call(core._yushen_locale_install, [], [toWellFormed(tag), toWellFormed(text)]),
      (tag) => this.boundary.call(core._yushen_locale_available, [], [tag]) === 1,
      () => JSON.parse(this.boundary.lastResult()).error, fetchPack);
  }

  /** Whether messages in `locale` can be rendered now (zh-CN always can). */
  hasLocale(locale) {
    return this.locales.has(locale);
  }

  /**
   * Makes a locale usable: loadLocale('en') fetches the pack shipped with the package;
   * loadLocale(pack) or loadLocale('en', pack) installs a pack given as an object or JSON text
   * (bundlers, mini-programs). A Promise (locales.mjs).
   */
  loadLocale(locale, pack) {
    return this.locales.load(locale, pack);
  }

  // Runs a *_new export; a zero handle means the error JSON is the last result.
  create(fn, texts) {
    const handle = this.boundary.call(fn, [], texts);
    if (!handle) {
      const failed = JSON.parse(this.boundary.lastResult());
      throw YushenError.fromResult(failed.error);
    }
    return handle;
  }

  /**
   * Compiles a pre-check template (docs/template-format.md) once: check(submission, context,
   * locale) gives the report, checkField(path, value, submission, context, locale) checks one
   * value as it is typed. Throws YushenError.
   */
  compile(template) {
    const handle = this.create(this.boundary.core._yushen_template_new, [asJsonText(template, 'template')]);
    return new TemplateChecker(this.boundary, handle, this.calendars);
  }

  /** The earlier name of compile(); kept. */
  compileTemplate(template) {
    return this.compile(template);
  }

  /**
   * Compiles a JSON Schema once. Options: assertFormats, dialect ('draft7'), today
   * ('YYYY-MM-DD'), remotes ({ uri: schema }) for $ref to other documents. Throws YushenError.
   */
  compileSchema(schema, options = {}) {
    const handle = this.create(this.boundary.core._yushen_schema_new,
      [asJsonText(schema, 'schema'), JSON.stringify(options)]);
    return new CompiledSchema(this.boundary, handle);
  }

  /**
   * Compiles a JsonLogic rule (with yushen.* operators). Context: { today: 'YYYY-MM-DD',
   * calendar: <calendar object, e.g. forms/calendar/cn-mainland.json> }. Throws YushenError.
   */
  compileRule(rule, context = {}) {
    const handle = this.create(this.boundary.core._yushen_rule_new,
      [asJsonText(rule, 'rule'), asJsonText(context, 'context')]);
    return new CompiledRule(this.boundary, handle);
  }

  /** One-shot validation: compile, validate, dispose. */
  validate(schema, instance, options = {}) {
    const compiled = this.compileSchema(schema, options);
    try {
      return compiled.validate(instance, options);
    } finally {
      compiled.dispose();
    }
  }
}

/**
 * Wraps a loaded core (the Emscripten module object) in the yushen API; `fetchPack(tag)` finds
 * a locale pack (loadLocale), `locales` are loaded before the Promise resolves.
 */
export function wrapCore(core, fetchPack = null, locales = []) {
  const yushen = new Yushen(core, fetchPack);
  return Promise.all((locales || []).map((locale) => yushen.loadLocale(locale))).then(() => yushen);
}

export { YushenError };
