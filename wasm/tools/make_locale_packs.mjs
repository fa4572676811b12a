// Writes the locale packs of the WASM builds from core/report/codes.def: the zh-TW and en
// message text that YUSHEN_LEAN_MESSAGES leaves out of the .wasm (core/report/locale_pack.h),
// one file per locale, loaded on demand by wasm/api.mjs (loadLocale).
//   node wasm/tools/make_locale_packs.mjs <out dir>   (writes <out dir>/zh-TW.json, en.json)
// Exports readCodeTable() and makePack() for make_miniprogram.mjs (which writes the packs as
// CommonJS modules) and the tests.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const codesDef = path.resolve(here, '..', '..', 'core', 'report', 'codes.def');
export const PACK_FORMAT = 1;                // kLocalePackFormat
export const PACK_LOCALES = ['zh-TW', 'en'];  // zh-CN is built in

// The rows of codes.def: { id, params, 'zh-CN', 'zh-TW', en }. A small tokenizer for the
// X-macro rows: identifiers, C string literals (adjacent ones joined), commas, parentheses.
export function readCodeTable(file = codesDef) {
  const text = fs.readFileSync(file, 'utf8');
  const rows = [];
  let i = 0;
  while ((i = text.indexOf('YS_CODE(', i)) >= 0) {
    if (i > 0 && text[i - 1] !== '\n') { i += 8; continue; }  // "#define YS_CODE(" in a comment
    i += 8;
    const args = [];
    let current = null;
    for (;;) {
      const c = text[i];
      if (c === undefined) throw new Error('codes.def: unterminated YS_CODE row');
      if (c === '"') {
        let s = '';
        for (i++; text[i] !== '"'; i++) {
          if (text[i] === '\\') {
            const e = text[++i];
            s += e === 'n' ? '\n' : e === 't' ? '\t' : e;
          } else {
            s += text[i];
          }
        }
        i++;
        current = (current ?? '') + s;
      } else if (c === ',' || c === ')') {
        args.push(current);
        current = null;
        i++;
        if (c === ')') break;
      } else if (/\s/.test(c)) {
        i++;
      } else {
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 64));
        if (!m) throw new Error(`codes.def: unexpected ${JSON.stringify(c)}`);
        current = m[0];
        i += m[0].length;
      }
    }
    if (args.length !== 8) throw new Error(`codes.def: a row with ${args.length} fields: ${args[1]}`);
    rows.push({ id: args[1], params: args[4], 'zh-CN': args[5], 'zh-TW': args[6], en: args[7] });
  }
  return rows;
}

// FNV-1a 64 over every row's "id\tparams\n" (code_table_hash() in core/report/locale_pack.cc).
export function codeTableHash(rows) {
  let hash = 14695981039346656037n;
  for (const byte of new TextEncoder().encode(rows.map((r) => `${r.id}\t${r.params}\n`).join(''))) {
    hash = ((hash ^ BigInt(byte)) * 1099511628211n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

export function makePack(rows, locale) {
  const messages = {};
  for (const row of rows) messages[row.id] = row[locale];
  return { format: PACK_FORMAT, codes: codeTableHash(rows), locale, messages };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: make_locale_packs.mjs <out dir>');
    process.exit(2);
  }
  const rows = readCodeTable();
  fs.mkdirSync(out, { recursive: true });
  for (const locale of PACK_LOCALES) {
    fs.writeFileSync(path.join(out, `${locale}.json`), `${JSON.stringify(makePack(rows, locale))}\n`);
  }
}
