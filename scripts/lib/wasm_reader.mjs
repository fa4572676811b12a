// Reading a .wasm binary's structure (the parts scripts/size.mjs and scripts/wasm_breakdown.mjs
// need): a cursor over the bytes with LEB128 and name decoding, and the list of sections.
// Spec: WebAssembly Core 1.0 §5 (binary format).

const SECTION_NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export',
  'start', 'element', 'code', 'data', 'datacount'];

/** A position in `bytes` with the binary format's primitive readers. */
export class WasmCursor {
  constructor(bytes, at = 8) {  // 8: after the magic number and version
    this.bytes = bytes;
    this.at = at;
  }

  byte() {
    return this.bytes[this.at++];
  }

  /** Unsigned LEB128; exact up to 2^53 (sizes and indices never come close). */
  leb() {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.bytes[this.at++];
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return result;
    }
  }

  /** A name: LEB128 length, then UTF-8. */
  str() {
    const n = this.leb();
    const s = Buffer.from(this.bytes.buffer, this.bytes.byteOffset + this.at, n).toString('utf8');
    this.at += n;
    return s;
  }
}

/** The sections in file order: { id, name, start, end, size } (start/end bound the body). */
export function wasmSections(bytes) {
  const cursor = new WasmCursor(bytes);
  const out = [];
  while (cursor.at < bytes.length) {
    const id = cursor.byte();
    const size = cursor.leb();
    out.push({ id, name: SECTION_NAMES[id] || `#${id}`, start: cursor.at, end: cursor.at + size, size });
    cursor.at += size;
  }
  return out;
}
