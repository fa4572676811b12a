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
  return wrapCore(await createYushenCore(moduleOptions), options.fetchLocale || fetchPack, options.locales);
}
