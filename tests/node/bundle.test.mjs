// The package's index.mjs is one file made by wasm/tools/bundle_index.mjs from wasm/*.mjs and
// the glue. The tool on small modules (scopes, bindings, refusals), and the shipped file:
// the same exports as wasm/index.mjs, and YushenError the same class to `instanceof` in both
// copies the package holds (the bundle's and errors.mjs for client.mjs on its own).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { bundle } from '../../wasm/tools/bundle_index.mjs';
import { readModule, withoutLineComments } from '../../wasm/tools/es_modules.mjs';
import { dist, root } from '../lib/paths.mjs';

const importText = (text) => import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`);
const bundleOf = (files, entry = './index.mjs') => bundle((specifier) => {
  if (!(specifier in files)) throw new Error(`no ${specifier}`);
  return files[specifier];
}, entry);

test('modules keep their own scopes; named, default and re-exported bindings reach the entry', async () => {
  const text = bundleOf({
    './index.mjs': [
      "import makeCore from './glue.mjs';",
      "import { twice } from './a.mjs';",
      "export { shout } from './b.mjs';",
      'const secret = 3;  // the same name as in a.mjs: each module has its own scope',
      '// a whole-line comment, dropped',
      'export function run() { return twice(secret) + makeCore(); }',
      'export { secret };',
    ].join('\n'),
    './a.mjs': "const secret = 'a';\nexport const twice = (x) => 2 * x;\nexport function who() { return secret; }",
    './b.mjs': "import { who } from './a.mjs';\nexport function shout() { return who().toUpperCase(); }",
    './glue.mjs': 'var makeCore = (() => () => 10)();\nexport default makeCore;',
  });
  assert.doesNotMatch(text, /a whole-line comment/);
  assert.match(text, /each module has its own scope/, 'a comment after code stays');
  const module = await importText(text);
  assert.deepEqual(Object.keys(module).sort(), ['run', 'secret', 'shout']);
  assert.equal(module.run(), 16);
  assert.equal(module.shout(), 'A');
  assert.equal(module.secret, 3);
});

test('forms the tool does not rewrite stop the build, naming the file and line', () => {
  const refused = [
    ["import * as all from './a.mjs';", /index\.mjs:1: an import\/export form/],
    ["export { a as b };", /renaming in import\/export lists/],
    ['export default function () {}', /index\.mjs:1: an import\/export form/],
    ["import './a.mjs';", /index\.mjs:1: an import\/export form/],
  ];
  for (const [line, message] of refused) {
    assert.throws(() => bundleOf({ './index.mjs': line, './a.mjs': 'export const a = 1;' }), message, line);
  }
  assert.throws(() => bundleOf({ './index.mjs': "import { a } from './a.mjs';", './a.mjs': "import { b } from './index.mjs';\nexport const a = 1;" }),
    /import cycle/);
  assert.throws(() => bundleOf({ './index.mjs': "import { nope } from './a.mjs';", './a.mjs': 'export const a = 1;' }),
    /\.\/a\.mjs does not export nope/);
  assert.throws(() => withoutLineComments('const s = `one\n// text, not a comment\n`;', 'x.mjs'), /x\.mjs:1: a template literal spans lines/);
  assert.throws(() => withoutLineComments("const s = 'one \\\n// text, not a comment';", 'y.mjs'), /y\.mjs:1: a string continues on the next line/);
  assert.equal(withoutLineComments('const a = 1;\n  // gone\nconst b = 2;  // kept', 'z.mjs'), 'const a = 1;\nconst b = 2;  // kept');
});

test('the shipped index.mjs is one file with the exports of wasm/index.mjs', async () => {
  const text = fs.readFileSync(path.join(dist, 'index.mjs'), 'utf8');
  assert.doesNotMatch(text, /^\s*import\s*[{\w]/m, 'no static import left');
  const source = readModule(fs.readFileSync(path.join(root, 'wasm', 'index.mjs'), 'utf8'), 'index.mjs');
  const declared = [...source.exports, ...source.reexports.flatMap((r) => r.names)].sort();
  const shipped = await import(pathToFileURL(path.join(dist, 'index.mjs')).href);
  assert.deepEqual(Object.keys(shipped).sort(), declared);
  const listed = JSON.parse(fs.readFileSync(path.join(dist, 'package.json'), 'utf8')).files;
  for (const file of listed) assert.ok(fs.existsSync(path.join(dist, file)), `package.json lists ${file}, which is not built`);
  for (const file of fs.readdirSync(dist).filter((f) => f.endsWith('.mjs') || f.endsWith('.wasm'))) {
    assert.ok(listed.includes(file), `${file} is in build/wasm/dist but not in package.json "files"`);
  }
});

test('a YushenError from either copy of the class is an instance of both', async () => {
  const bundled = await import(pathToFileURL(path.join(dist, 'index.mjs')).href);
  const alone = await import(pathToFileURL(path.join(dist, 'errors.mjs')).href);
  assert.notEqual(bundled.YushenError, alone.YushenError, 'two copies');
  const fromBundle = new bundled.YushenError('schema.type', 'm');
  const fromAlone = new alone.YushenError('schema.type', 'm');
  for (const error of [fromBundle, fromAlone]) {
    assert.ok(error instanceof bundled.YushenError);
    assert.ok(error instanceof alone.YushenError);
    assert.ok(error instanceof Error);
  }
  assert.ok(!(new Error('x') instanceof bundled.YushenError));
  assert.ok(!({ code: 'schema.type' } instanceof alone.YushenError));
  assert.ok(!(null instanceof alone.YushenError));
  // The brand is not an enumerable property: an error serialises as before.
  assert.deepEqual(JSON.parse(JSON.stringify(fromBundle)), { name: 'YushenError', code: 'schema.type', params: {}, path: '' });
  class Narrower extends alone.YushenError {}
  assert.ok(new Narrower('x') instanceof Narrower);
  assert.ok(!(fromAlone instanceof Narrower), 'a subclass keeps the ordinary instanceof');
  // Errors the engine throws come from the bundle's copy.
  const core = await bundled.load();
  assert.throws(() => core.compileSchema('{'), (error) => error instanceof alone.YushenError && error.code.length > 0);
});
