// A minimal CommonJS bundler for benchmark pages (no bundler is installed and there is no
// network): follows require("…") from the entry files through node_modules, wraps every file
// in a function and writes one classic script that sets window[globalName] to the entries'
// exports. Node built-ins and packages that are not installed become modules that throw when
// used (ajv only touches them for optional features). Used by bench/cold_start_browser.mjs to
// run ajv in Chromium in the same run as yushen.
// Usage (as a module): bundle({ entries: { Ajv2020: 'ajv/dist/2020.js' }, from, globalName })
import fs from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';

const REQUIRE = /\brequire\(\s*(['"])([^'"]+)\1\s*\)/g;

export function bundle({ entries, from, globalName }) {
  const ids = new Map();  // file -> id
  const sources = [];
  const missing = new Map();  // request -> id

  function stub(request) {
    if (!missing.has(request)) {
      missing.set(request, sources.length);
      sources.push(`function (module) { module.exports = new Proxy({}, { get() { throw new Error(${JSON.stringify(`${request} is not bundled`)}); } }); }`);
    }
    return missing.get(request);
  }

  function add(file) {
    if (ids.has(file)) return ids.get(file);
    const id = sources.length;
    ids.set(file, id);
    sources.push(null);
    const text = fs.readFileSync(file, 'utf8');
    if (file.endsWith('.json')) {
      sources[id] = `function (module) { module.exports = ${text.trim()}; }`;
      return id;
    }
    const req = createRequire(file);
    const map = {};
    for (const match of text.matchAll(REQUIRE)) {
      const request = match[2];
      if (request in map) continue;
      if (builtinModules.includes(request.replace(/^node:/, ''))) {
        map[request] = stub(request);
        continue;
      }
      let resolved;
      try {
        resolved = req.resolve(request);
      } catch {
        map[request] = stub(request);
        continue;
      }
      map[request] = add(resolved);
    }
    sources[id] = `function (module, exports, require) {\n${text}\n}\n/* ${path.relative(from, file)} */ , ${JSON.stringify(map)}`;
    return id;
  }

  const entryIds = {};
  const req = createRequire(path.join(from, 'package.json'));
  for (const [name, request] of Object.entries(entries)) entryIds[name] = add(req.resolve(request));
  // sources[i] is either "function (module, exports, require) {…}, {map}" or a stub function.
  const table = sources.map((s) => (s.includes('/* ') ? `[${s}]` : `[${s}, {}]`)).join(',\n');
  return `(function () {
var defs = [${table}];
var cache = [];
function load(id) {
  if (cache[id]) return cache[id].exports;
  var module = { exports: {} };
  cache[id] = module;
  var def = defs[id];
  def[0](module, module.exports, function (request) {
    if (!(request in def[1])) throw new Error('not bundled: ' + request);
    return load(def[1][request]);
  });
  return module.exports;
}
var entries = ${JSON.stringify(entryIds)};
var out = {};
for (var name in entries) out[name] = load(entries[name]);
self[${JSON.stringify(globalName)}] = out;
})();
`;
}
