// yushen for JavaScript: load the WASM core, compile JSON Schemas, validate instances.
// Works in browsers (ES module), Web Workers and Node 20. No eval, no new Function.
//   import { load } from './index.mjs';
//   const yushen = await load();
//   const result = yushen.validate(schema, instance);   // { valid, errors: [...] }
import createYushenCore from './yushen_core.mjs';
import { YushenError } from './errors.mjs';

export { YushenError };

const isNode = typeof process === 'object' && process.versions != null && process.versions.node != null;

// Lone UTF-16 surrogates are mis-encoded by the Emscripten 3.1.6 glue (and can swallow the
// next character), so strings are made well-formed before they cross into WASM.
export function toWellFormed(text) {
  if (typeof text.isWellFormed === 'function' && text.isWellFormed()) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += text[i] + text[i + 1];
        i++;
      } else {
        out += '\ufffd';
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      out += '\ufffd';
    } else {
      out += text[i];
    }
  }
  return out;
}

// JSON.stringify writes a lone surrogate as an escape (\udc00), which strict JSON parsers
// (ours included) reject; rewrite such escapes to \ufffd, keep valid pairs.
export function fixSurrogateEscapes(json) {
  if (json.indexOf('\\u') < 0) return json;
  const hexAt = (i) => parseInt(json.slice(i + 2, i + 6), 16);
  const isEscape = (i) => json.charCodeAt(i) === 92 && json[i + 1] === 'u';
  let out = '';
  let last = 0;
  for (let i = 0; i < json.length; i++) {
    if (json.charCodeAt(i) !== 92) continue;
    if (json[i + 1] !== 'u') {
      i++;  // some other escape, e.g. \\ or \"
      continue;
    }
    const code = hexAt(i);
    if (code >= 0xd800 && code <= 0xdbff && isEscape(i + 6)) {
      const next = hexAt(i + 6);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 11;
        continue;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      out += json.slice(last, i) + '\\ufffd';
      last = i + 6;
    }
    i += 5;
  }
  return out + json.slice(last);
}

function asJsonText(value, what) {
  if (typeof value === 'string') return toWellFormed(value);
  if (value === undefined) throw new YushenError('cli.usage', `${what} is required`, { detail: `${what} is required` });
  return fixSurrogateEscapes(toWellFormed(JSON.stringify(value)));
}

async function readWasmInNode(url) {
  const fsName = 'node:fs/promises';  // kept out of static imports so bundlers ignore it
  const fs = await import(/* @vite-ignore */ fsName);
  return fs.readFile(url);
}

/**
 * Loads the WASM core. Options: wasmBinary (bytes), locateFile(name) (URL resolver),
 * instantiateWasm (custom instantiation, e.g. for mini-programs).
 */
export async function load(options = {}) {
  const moduleOptions = {};
  if (options.wasmBinary) moduleOptions.wasmBinary = options.wasmBinary;
  if (options.locateFile) moduleOptions.locateFile = options.locateFile;
  if (options.instantiateWasm) moduleOptions.instantiateWasm = options.instantiateWasm;
  if (!moduleOptions.wasmBinary && !moduleOptions.instantiateWasm && isNode) {
    // Node 20 has fetch(), but the 3.1.6 glue would fetch a file path: read the bytes instead.
    moduleOptions.wasmBinary = await readWasmInNode(new URL('./yushen_core.wasm', import.meta.url));
  }
  moduleOptions.print = () => {};
  moduleOptions.printErr = () => {};
  const core = await createYushenCore(moduleOptions);
  return new Yushen(core);
}

class CompiledSchema {
  constructor(checker) {
    this.checker = checker;
  }

  /** Raw result JSON text, byte-identical to one line of `yushen validate`. */
  validateText(instance, { output = 'ajv', locale = 'zh-CN' } = {}) {
    if (!this.checker) throw new YushenError('api.disposed', 'this schema was disposed');
    return this.checker.validate(asJsonText(instance, 'instance'), output, locale);
  }

  /** { valid, errors } for an instance (JSON text or a JS value). Throws YushenError on bad input. */
  validate(instance, options = {}) {
    const result = JSON.parse(this.validateText(instance, options));
    if (result.error) throw YushenError.fromResult(result.error);
    return result;
  }

  dispose() {
    if (this.checker) this.checker.delete();
    this.checker = null;
  }
}

class CompiledRule {
  constructor(rule) {
    this.rule = rule;
  }

  /** Raw result line, byte-identical to one line of `yushen logic`. */
  runText(data, { locale = 'en' } = {}) {
    if (!this.rule) throw new YushenError('api.disposed', 'this rule was disposed');
    return this.rule.run(asJsonText(data, 'data'), locale);
  }

  /** The rule's value for `data`; throws YushenError when evaluation fails. */
  run(data, options = {}) {
    const line = JSON.parse(this.runText(data, options));
    if (line.error) throw YushenError.fromResult(line.error);
    return line.result;
  }

  dispose() {
    if (this.rule) this.rule.delete();
    this.rule = null;
  }
}

class Yushen {
  constructor(core) {
    this.core = core;
    this.version = core.version();
  }

  /**
   * Compiles a JSON Schema once. Options: assertFormats, dialect ('draft7'),
   * remotes ({ uri: schema }) for $ref to other documents. Throws YushenError.
   */
  compileSchema(schema, options = {}) {
    const checker = new this.core.SchemaChecker();
    const error = checker.compile(asJsonText(schema, 'schema'), JSON.stringify(options));
    if (error) {
      checker.delete();
      throw YushenError.fromResult(JSON.parse(error).error);
    }
    return new CompiledSchema(checker);
  }

  /**
   * Compiles a JsonLogic rule (with yushen.* operators). Context: { today: 'YYYY-MM-DD',
   * calendar: <calendar object, e.g. forms/calendar/cn-mainland.json> }. Throws YushenError.
   */
  compileRule(rule, context = {}) {
    const compiled = new this.core.LogicRule();
    const error = compiled.compile(asJsonText(rule, 'rule'), asJsonText(context, 'context'));
    if (error) {
      compiled.delete();
      throw YushenError.fromResult(JSON.parse(error).error);
    }
    return new CompiledRule(compiled);
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

  /**
   * Compiles a pre-check template (docs/template-format.md) once. The result checks
   * submissions: check(submission, context, locale) gives the report; checkField(path,
   * value, submission, context, locale) checks one value as it is typed. Throws YushenError.
   */
  compileTemplate(template) {
    const checker = new this.core.TemplateChecker();
    const error = checker.compile(asJsonText(template, 'template'));
    if (error) {
      checker.delete();
      throw YushenError.fromResult(JSON.parse(error).error);
    }
    return new CompiledTemplate(checker);
  }
}

// A compiled template held by JS (Yushen.compileTemplate). The context is the portal's:
// { now: RFC 3339 date-time, calendar: <forms/calendar/cn-mainland.json object>, credit:
// { rating, dishonest, lastBrokenCommitment }, sharedMaterials: [ids], applicant: { name } }.
class CompiledTemplate {
  constructor(checker) {
    this.checker = checker;
  }

  /** The report as JSON text, byte-identical to `yushen check`; {"error":…} when it stopped. */
  checkText(submission, context = null, locale = 'zh-CN') {
    if (!this.checker) throw new YushenError('api.disposed', 'this template was disposed');
    return this.checker.check(asJsonText(submission, 'submission'), asJsonText(context, 'context'), locale);
  }

  /** The report { decision, issues, materials, deferred, commitments, template, engine }. */
  check(submission, context = null, locale = 'zh-CN') {
    const report = JSON.parse(this.checkText(submission, context, locale));
    if (report.error) throw YushenError.fromResult(report.error);
    return report;
  }

  /**
   * Checks one value at `path` (a JSON Pointer under /form) as it is typed: { path, applies,
   * issues }. `value` is the field's JS value; undefined means the field is empty.
   */
  checkField(path, value, submission = null, context = null, locale = 'zh-CN') {
    if (!this.checker) throw new YushenError('api.disposed', 'this template was disposed');
    // The value is a JS value (a typed string stays a string), never JSON text.
    const valueText = value === undefined ? '' : fixSurrogateEscapes(toWellFormed(JSON.stringify(value)));
    const result = JSON.parse(this.checker.checkField(String(path), valueText, asJsonText(submission, 'submission'),
      asJsonText(context, 'context'), locale));
    if (result.error) throw YushenError.fromResult(result.error);
    return result;
  }

  dispose() {
    if (this.checker) this.checker.delete();
    this.checker = null;
  }
}
