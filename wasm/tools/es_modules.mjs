// Reads the project's own ES modules for the tools that join or list them: bundle_index.mjs
// (the npm package's index.mjs, from wasm/*.mjs and the Emscripten glue), make_miniprogram.mjs
// (the CommonJS adapter) and web/bundle.mjs (the portal page's preload links, from the page's
// import graph). Not a JavaScript parser: it knows only the
// statement forms these modules use, each on one line at the start of a line, and throws on
// any other import or export, so a new form stops the build instead of being copied wrongly.
//   import { a, b } from './x.mjs';      import name from './x.mjs';
//   export function|async function|class|const|let NAME ...
//   export { a, b };                     export { a, b } from './x.mjs';
//   export default NAME;
// Dynamic import() calls inside functions are left alone.

const IMPORT_NAMED = /^import \{([^}]*)\} from '(\.{1,2}\/[\w./-]+)';$/;
const IMPORT_DEFAULT = /^import (\w+) from '(\.{1,2}\/[\w./-]+)';$/;
const EXPORT_DECLARATION = /^export (async function|function|class|const|let) (\w+)/;
const EXPORT_LIST = /^export \{([^}]*)\};$/;
const EXPORT_FROM = /^export \{([^}]*)\} from '(\.{1,2}\/[\w./-]+)';$/;
const EXPORT_DEFAULT = /^export default (\w+);$/;

function names(list, file, line) {
  const out = list.split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of out) {
    if (!/^\w+$/.test(name)) throw new Error(`${file}:${line}: '${name}': renaming in import/export lists is not supported`);
  }
  return out;
}

/**
 * One module's text taken apart: `body` (the text without its import and export statements,
 * declarations kept, line count unchanged), `imports` ([{from, names, defaultName}]),
 * `exports` (local names it exports), `reexports` ([{from, names}]) and `defaultExport`.
 */
export function readModule(text, file) {
  const imports = [];
  const exports = [];
  const reexports = [];
  let defaultExport = null;
  const lines = text.split('\n');
  const body = lines.map((line, index) => {
    const at = index + 1;
    let m;
    if ((m = IMPORT_NAMED.exec(line))) {
      imports.push({ from: m[2], names: names(m[1], file, at), defaultName: null });
      return '';
    }
    if ((m = IMPORT_DEFAULT.exec(line))) {
      imports.push({ from: m[2], names: [], defaultName: m[1] });
      return '';
    }
    if ((m = EXPORT_FROM.exec(line))) {
      reexports.push({ from: m[2], names: names(m[1], file, at) });
      return '';
    }
    if ((m = EXPORT_LIST.exec(line))) {
      exports.push(...names(m[1], file, at));
      return '';
    }
    if ((m = EXPORT_DEFAULT.exec(line))) {
      defaultExport = m[1];
      return '';
    }
    if ((m = EXPORT_DECLARATION.exec(line))) {
      exports.push(m[2]);
      return line.slice('export '.length);
    }
    if (/^\s*export\b/.test(line) || /^\s*import\s*[\w{*'"]/.test(line)) {
      throw new Error(`${file}:${at}: an import/export form the package tools do not rewrite: ${line.trim()}`);
    }
    return line;
  }).join('\n');
  return { body, imports, exports, reexports, defaultExport };
}

/**
 * `text` without its whole-line `//` comments and blank lines: a tenth of the bundle's
 * brotli bytes, which every applicant downloads. Safe only because no string in these
 * modules spans lines (a line starting with `//` inside a multi-line template literal would
 * be text, not a comment), which is checked: a line with an odd number of backticks, or one
 * ending in a backslash (a string continued on the next line), throws. Comments at the end of
 * a code line stay.
 */
export function withoutLineComments(text, file) {
  return text.split('\n').filter((line, index) => {
    if ((line.match(/`/g) || []).length % 2) {
      throw new Error(`${file}:${index + 1}: a template literal spans lines; the comment stripper cannot tell text from comments`);
    }
    if (line.endsWith('\\')) {
      throw new Error(`${file}:${index + 1}: a string continues on the next line; the comment stripper cannot tell text from comments`);
    }
    const trimmed = line.trim();
    return trimmed !== '' && !trimmed.startsWith('//');
  }).join('\n');
}
