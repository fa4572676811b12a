// yushen for JavaScript: load the WASM core once, then compile templates and schemas and check.
// Works in browsers (ES module), Web Workers and Node 20. No eval, no new Function.
//   import { load } from 'yushen';
//   const yushen = await load({ locales: ['en'] });                // zh-CN is built in
//   const checker = yushen.compile(template);                    // JSON text or object
//   const report = checker.check(submission, context, 'zh-CN');   // the one-time notice
//   const field = checker.checkField('/form/mobile', '1381234567'); // as the user types
//   await yushen.loadLocale('zh-TW');                            // another language, on demand
//   checker.dispose();
// The API itself lives in api.mjs; this file only loads the core and finds the locale packs
// (locales/<tag>.json next to this file). For checks off the main thread: loadInWorker()
// (client.mjs), the same API with Promises.
import createYushenCore from './yushen_core.mjs';
import { wrapCore, YushenError } from './api.mjs';
import { fixSurrogateEscapes, toWellFormed } from './boundary.mjs';
import { packTag } from './locales.mjs';

export { fixSurrogateEscapes, toWellFormed, YushenError };
export { loadInWorker } from './client.mjs';

const isNode = typeof process === 'object' && process.versions != null && process.versions.node != null;

async function readInNode(url, encoding) {
  const fsName = 'node:fs/promises';  // kept out of static imports so bundlers ignore it
  const fs = await import(/* @vite-ignore */ fsName);
  return fs.readFile(url, encoding);
}

// A locale pack shipped with the package: fetched relative to this module, like the .wasm
// (read from the package directory under Node).
async function fetchPack(tag) {
  const url = new URL(`./locales/${tag}.json`, import.meta.url);
  if (isNode) return readInNode(url, 'utf8');
  const response = await fetch(url);
  if (!response.ok) {
    throw new YushenError('locale.not_loaded', `the ${tag} locale pack could not be fetched from ${url} (HTTP ${response.status})`,
      { locale: tag });
  }
  return response.text();
}

/**
 * Loads the WASM core. Options: locales (tags or pack objects to load first, e.g. ['en']),
 * fetchLocale(tag) (custom pack source: a pack object, JSON text or a Promise of one),
 * wasmBinary (bytes), locateFile(name) (URL resolver), instantiateWasm (custom instantiation).
 */
export async function load(options = {}) {
  const moduleOptions = {};
  if (options.wasmBinary) moduleOptions.wasmBinary = options.wasmBinary;
  if (options.locateFile) moduleOptions.locateFile = options.locateFile;
  if (options.instantiateWasm) moduleOptions.instantiateWasm = options.instantiateWasm;
  if (!moduleOptions.wasmBinary && !moduleOptions.instantiateWasm && isNode) {
    // Node 20 has fetch(), but the 3.1.6 glue would fetch a file path: read the bytes instead.
    moduleOptions.wasmBinary = await readInNode(new URL('./yushen_core.wasm', import.meta.url));
  }
  moduleOptions.print = () => {};
  moduleOptions.printErr = () => {};
  const fetchLocale = options.fetchLocale || fetchPack;
  // The packs `locales` asks for are fetched while the core downloads and compiles, not after
  // it: one round trip less before an en or zh-TW page can show a message. zh-CN is built in.
  const early = new Map();  // tag -> Promise of its pack, until loadLocale takes it
  for (const locale of options.locales || []) {
    const tag = packTag(locale);
    if (!tag || tag === 'zh-CN' || early.has(tag)) continue;
    const pending = Promise.resolve().then(() => fetchLocale(tag));
    pending.catch(() => {});  // a failure is reported by the loadLocale that awaits it
    early.set(tag, pending);
  }
  const fetchOnce = (tag) => {
    const pending = early.get(tag);
    early.delete(tag);  // a later loadLocale (a retry after a failure) fetches again
    return pending || fetchLocale(tag);
  };
  return wrapCore(await createYushenCore(moduleOptions), fetchOnce, options.locales);
}
