// What takes the space in the .wasm: code bytes per area, from a build linked with
// --profiling-funcs (names kept, same code otherwise). Groups demangled function names by
// namespace (yushen::<area>, nlohmann, std, libc…) and prints the biggest groups and functions.
// Usage: node scripts/wasm_breakdown.mjs FILE.wasm [top-n]
//   (make FILE.wasm: the link line from `ninja -C build/wasm -t commands yushen_wasm_npm`
//    plus --profiling-funcs; see docs/building.md "Size")
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

import { WasmCursor, wasmSections } from './lib/wasm_reader.mjs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/wasm_breakdown.mjs FILE.wasm [top-n]   (a --profiling-funcs link; see docs/building.md "Size")');
  process.exit(2);
}
const top = Number(topArg || 25);
const bytes = fs.readFileSync(file);

let imported = 0;
const bodies = [];
const names = new Map();
let dataSize = 0;
for (const section of wasmSections(bytes)) {
  const cursor = new WasmCursor(bytes, section.start);
  if (section.id === 2) {  // imports: functions take the first indices
    for (let n = cursor.leb(); n > 0; n--) {
      cursor.str();
      cursor.str();
      const kind = cursor.byte();
      if (kind === 0) {  // function: type index
        cursor.leb();
        imported++;
      } else if (kind === 1) {  // table: reftype, limits
        cursor.byte();
        if (cursor.byte() & 1) { cursor.leb(); cursor.leb(); } else cursor.leb();
      } else if (kind === 2) {  // memory: limits
        if (cursor.byte() & 1) { cursor.leb(); cursor.leb(); } else cursor.leb();
      } else {  // global: valtype, mutability
        cursor.at += 2;
      }
    }
  } else if (section.id === 10) {
    for (let n = cursor.leb(); n > 0; n--) {
      const body = cursor.leb();
      bodies.push(body);
      cursor.at += body;
    }
  } else if (section.id === 11) {
    dataSize = section.size;
  } else if (section.id === 0 && cursor.str() === 'name') {
    while (cursor.at < section.end) {
      const sub = cursor.byte();
      const subEnd = cursor.leb() + cursor.at;
      if (sub === 1) for (let n = cursor.leb(); n > 0; n--) { const index = cursor.leb(); names.set(index, cursor.str()); }
      cursor.at = subEnd;
    }
  }
}

const mangled = bodies.map((_, i) => names.get(i + imported) || `f${i + imported}`);
const demangled = execFileSync('llvm-cxxfilt', { input: mangled.join('\n'), maxBuffer: 1 << 28 }).toString().split('\n');

function area(name) {
  const m = name.match(/^(?:[\w:<>, *&]*?\s)?((?:yushen::(?:\(anonymous namespace\)::)?\w+)|nlohmann|std::__2|std|__cxxabi|\w+)/);
  if (!m) return 'other';
  let group = m[1].replace('std::__2', 'std');
  if (group.startsWith('yushen::(anonymous namespace)')) group = 'yushen (anonymous)';
  if (/^(yushen_|__|_|emscripten|dlmalloc|malloc|free|mem|str|sn?printf|vfprintf|fmt|pop_arg)/.test(group) && !group.startsWith('yushen::')) {
    return group.startsWith('yushen_') ? 'wasm ABI (yushen_*)' : 'libc/runtime';
  }
  return group;
}

const groups = new Map();
const functions = [];
bodies.forEach((size, i) => {
  const name = demangled[i] || mangled[i];
  const key = area(name);
  groups.set(key, (groups.get(key) || 0) + size);
  functions.push({ size, name });
});
const total = bodies.reduce((a, b) => a + b, 0);
console.log(`code ${(total / 1024).toFixed(1)} KB in ${bodies.length} functions; data ${(dataSize / 1024).toFixed(1)} KB`);
console.log('by area:');
for (const [key, size] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`  ${(size / 1024).toFixed(1).padStart(7)} KB  ${key}`);
}
console.log('largest functions:');
for (const f of functions.sort((a, b) => b.size - a.size).slice(0, top)) {
  console.log(`  ${(f.size / 1024).toFixed(1).padStart(7)} KB  ${f.name.slice(0, 150)}`);
}
