// Builds the portal page's static bundle: a directory a portal can copy anywhere and serve
// as plain files (docs/portal.md). The templates index is written here, at build time, so
// the page needs no server logic:
//   <out>/index.html, app.mjs, lib/*.mjs, style.css, favicon.svg      the page
//   <out>/dist/*.mjs, yushen_core.wasm                                  the engine (build/wasm/dist: every module it ships)
//   <out>/dist/locales/*.json                                           its zh-TW and en messages, loaded when the page switches
//   <out>/forms/templates/*.json, forms/examples/*.json                 the matters
//   <out>/forms/calendar/cn-mainland.json                               the working-day calendar
//   <out>/forms/regions/cn-regions.json, cn-regions.zh-TW.json           division names for the region picker (fetched only by forms with one)
//   <out>/forms/index.json                                              {templates: [{key, file, id, version, title}]}
// index.html gets preload links for everything the page fetches before it can show a form
// (every module app.mjs imports, the engine, the templates index, the calendar), so a phone
// fetches them in one round trip instead of a chain of four to six (docs/portal.md "Loading").
// Usage: node web/bundle.mjs [OUT]   (default build/portal)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readModule } from '../wasm/tools/es_modules.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PAGE_FILES = ['index.html', 'app.mjs', 'style.css', 'favicon.svg'];
// The engine is whatever build/wasm/dist ships to a browser: its modules and the .wasm
// (not the type declarations or package.json).
const isEngineFile = (name) => name.endsWith('.mjs') || name.endsWith('.wasm');
const FORM_DIRS = ['templates', 'examples'];

function copy(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

const jsonFiles = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.json')).sort() : []);

/** The templates index: every template under forms/templates and forms/examples that parses. */
export function templatesIndex(formsDir = path.join(root, 'forms'), warn = (m) => console.warn(m)) {
  const templates = [];
  for (const dir of FORM_DIRS) {
    for (const name of jsonFiles(path.join(formsDir, dir))) {
      const file = path.join(formsDir, dir, name);
      let template;
      try {
        template = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (error) {
        warn(`portal bundle: skipped ${dir}/${name}: ${error.message}`);
        continue;
      }
      if (template?.yushen !== 'template/1') {
        warn(`portal bundle: skipped ${dir}/${name}: not a template/1 file`);
        continue;
      }
      templates.push({ key: `${dir}/${name.slice(0, -5)}`, file: `forms/${dir}/${name}`, id: template.id,
        version: template.version, title: template.title });
    }
  }
  return { templates };
}

/** Every module web/app.mjs imports, directly or not, as paths relative to web/, sorted. */
export function pageModules(web = path.join(root, 'web')) {
  const found = new Set();
  const visit = (file) => {
    const module = readModule(fs.readFileSync(path.join(web, file), 'utf8'), file);
    for (const { from } of [...module.imports, ...module.reexports]) {
      const dep = path.posix.normalize(path.posix.join(path.posix.dirname(file), from));
      if (dep.startsWith('../')) throw new Error(`portal bundle: ${file} imports ${from}, outside web/`);
      if (!found.has(dep)) {
        found.add(dep);
        visit(dep);
      }
    }
  };
  visit('app.mjs');
  return [...found].sort();
}

// What app.mjs fetches at start (its `load()`): it is preloaded with the same request mode
// and credentials as the page's fetch() and the glue's fetch() use (cors, same-origin), or
// the browser would fetch it twice (tests/node/browser.test.mjs checks it is fetched once).
const STARTUP_FETCHES = ['dist/yushen_core.wasm', 'forms/index.json', 'forms/calendar/cn-mainland.json'];
const PRELOAD_MARK = '<!-- preloads: written by web/bundle.mjs -->';

/** index.html with the preload links in place of its mark. */
export function withPreloads(html, modules) {
  if (!html.includes(PRELOAD_MARK)) throw new Error(`portal bundle: web/index.html has no ${PRELOAD_MARK}`);
  const links = [
    ...[...modules, 'dist/index.mjs'].map((href) => `<link rel="modulepreload" href="${href}">`),
    ...STARTUP_FETCHES.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin>`),
  ];
  return html.replace(PRELOAD_MARK, links.join('\n  '));
}

/** Writes the bundle into `out` (replacing what was there) and returns the index. */
export function buildBundle(out = path.join(root, 'build', 'portal'), { engineDir = path.join(root, 'build', 'wasm', 'dist'), warn } = {}) {
  for (const name of ['index.mjs', 'yushen_core.wasm']) {
    if (!fs.existsSync(path.join(engineDir, name))) throw new Error(`portal bundle: ${path.join(engineDir, name)} is missing; run \`npm run build -- wasm\` first`);
  }
  fs.rmSync(out, { recursive: true, force: true });
  const web = path.join(root, 'web');
  for (const name of PAGE_FILES) copy(path.join(web, name), path.join(out, name));
  fs.writeFileSync(path.join(out, 'index.html'), withPreloads(fs.readFileSync(path.join(web, 'index.html'), 'utf8'), pageModules(web)));
  for (const name of fs.readdirSync(path.join(web, 'lib'))) {
    if (name.endsWith('.mjs')) copy(path.join(web, 'lib', name), path.join(out, 'lib', name));
  }
  for (const name of fs.readdirSync(engineDir).filter(isEngineFile).sort()) {
    copy(path.join(engineDir, name), path.join(out, 'dist', name));
  }
  const packs = path.join(engineDir, 'locales');
  for (const name of jsonFiles(packs)) copy(path.join(packs, name), path.join(out, 'dist', 'locales', name));
  const forms = path.join(root, 'forms');
  for (const dir of [...FORM_DIRS, 'calendar', 'regions']) {
    for (const name of jsonFiles(path.join(forms, dir))) copy(path.join(forms, dir, name), path.join(out, 'forms', dir, name));
  }
  const index = templatesIndex(forms, warn);
  fs.writeFileSync(path.join(out, 'forms', 'index.json'), `${JSON.stringify(index, null, 1)}\n`);
  return index;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(process.argv[2] || path.join(root, 'build', 'portal'));
  const index = buildBundle(out);
  console.log(`portal bundle: ${out} (${index.templates.length} templates)`);
}
