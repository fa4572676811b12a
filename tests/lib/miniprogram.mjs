// Loads the mini-program artefact (build/wasm/miniprogram) the way WeChat would, inside a
// node:vm context that has what a mini-program has and nothing more: no WebAssembly, fetch,
// XMLHttpRequest, document, window, TextEncoder/TextDecoder; eval and new Function refused
// (codeGeneration.strings = false); a WXWebAssembly whose instantiate() takes only a package
// path, reads the packaged .wasm.br from disk, brotli-decompresses it and instantiates it with
// the host's WebAssembly (the sandbox itself may not compile wasm: codeGeneration.wasm = false).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { root } from './paths.mjs';

export const miniprogramDir = process.env.YUSHEN_MINIPROGRAM || path.join(root, 'build', 'wasm', 'miniprogram');

// The package as the mini-program sees it: the artefact folder copied to /yushen/.
const packageRoot = '/yushen/';

export function createSandbox() {
  const instantiated = [];
  const WXWebAssembly = {
    instantiate(packagePath, imports) {
      if (typeof packagePath !== 'string') return Promise.reject(new TypeError('WXWebAssembly.instantiate takes a package path'));
      if (!packagePath.startsWith(packageRoot) || !/\.wasm(\.br)?$/.test(packagePath)) {
        return Promise.reject(new Error(`not a .wasm/.wasm.br in the package: ${packagePath}`));
      }
      const file = path.join(miniprogramDir, packagePath.slice(packageRoot.length));
      if (!fs.existsSync(file)) return Promise.reject(new Error(`no such file in the package: ${packagePath}`));
      let bytes = fs.readFileSync(file);
      if (packagePath.endsWith('.br')) bytes = zlib.brotliDecompressSync(bytes);
      instantiated.push(packagePath);
      return WebAssembly.instantiate(bytes, imports);
    },
    Memory: WebAssembly.Memory,
    Table: WebAssembly.Table,
    Global: WebAssembly.Global,
    RuntimeError: WebAssembly.RuntimeError,
  };
  const context = vm.createContext({
    WXWebAssembly,
    console,
    setTimeout,
    clearTimeout,
  }, { codeGeneration: { strings: false, wasm: false } });
  // V8 puts WebAssembly into every context; a mini-program has none.
  vm.runInContext('delete globalThis.WebAssembly;', context);

  const cache = new Map();
  // CommonJS require of files in the artefact folder, as the mini-program runtime does.
  function requireFile(from, request) {
    const file = path.resolve(path.dirname(from), request);
    if (!file.startsWith(miniprogramDir + path.sep)) throw new Error(`require outside the package: ${request}`);
    if (cache.has(file)) return cache.get(file).exports;
    const module = { exports: {} };
    cache.set(file, module);
    const wrapper = vm.runInContext(`(function (exports, require, module) {${fs.readFileSync(file, 'utf8')}\n})`, context,
      { filename: file });
    wrapper(module.exports, (next) => requireFile(file, next), module);
    return module.exports;
  }

  return {
    context,
    instantiated,
    require: (request) => requireFile(path.join(miniprogramDir, 'index.js'), request),
    globals: () => vm.runInContext('Object.getOwnPropertyNames(globalThis)', context),
    run: (code) => vm.runInContext(code, context),
  };
}
