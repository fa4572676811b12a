// Strings across the JS/WASM boundary (wasm/abi.h): JS values to JSON text, text to UTF-8 in
// WASM memory and back. Shared by api.mjs and, through it, the npm package, the Web Worker
// and the mini-program adapter (tools/make_miniprogram.mjs concatenates it before api.mjs).
// No globals beyond TextEncoder/TextDecoder, and those are optional: mini-programs may lack
// them, so a small UTF-8 codec stands in.
import { YushenError } from './errors.mjs';

// Lone UTF-16 surrogates cannot be written as UTF-8: each becomes U+FFFD before the call, the
// same as TextEncoder would do, so the core only ever sees valid UTF-8.
export function toWellFormed(text) {
  if (typeof text.isWellFormed === 'function' && text.isWellFormed()) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += text[i] + text[i + 1];
        i++;
      } else {
        out += '\ufffd';
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      out += '\ufffd';
    } else {
      out += text[i];
    }
  }
  return out;
}

// JSON.stringify writes a lone surrogate as an escape (\udc00), which strict JSON parsers
// (ours included) reject; rewrite such escapes to \ufffd, keep valid pairs.
export function fixSurrogateEscapes(json) {
  if (json.indexOf('\\u') < 0) return json;
  const hexAt = (i) => parseInt(json.slice(i + 2, i + 6), 16);
  const isEscape = (i) => json.charCodeAt(i) === 92 && json[i + 1] === 'u';
  let out = '';
  let last = 0;
  for (let i = 0; i < json.length; i++) {
    if (json.charCodeAt(i) !== 92) continue;
    if (json[i + 1] !== 'u') {
      i++;  // some other escape, e.g. \\ or \"
      continue;
    }
    const code = hexAt(i);
    if (code >= 0xd800 && code <= 0xdbff && isEscape(i + 6)) {
      const next = hexAt(i + 6);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 11;
        continue;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      out += json.slice(last, i) + '\\ufffd';
      last = i + 6;
    }
    i += 5;
  }
  return out + json.slice(last);
}

// Lone surrogates in a string are replaced when it is encoded (Boundary.call); JSON.stringify
// never leaves one unescaped, and fixSurrogateEscapes rewrites the escapes.
export function asJsonText(value, what) {
  if (typeof value === 'string') return value;
  if (value === undefined) throw new YushenError('cli.usage', `${what} is required`, { detail: `${what} is required` });
  return fixSurrogateEscapes(JSON.stringify(value));
}

// UTF-8 for hosts without TextEncoder/TextDecoder (some mini-program runtimes). Input is
// well-formed (Boundary.call ran toWellFormed), output of the core is valid UTF-8.
function encodeFallback(text, bytes, at) {
  let n = at;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) c = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
    if (c < 0x80) {
      bytes[n++] = c;
    } else if (c < 0x800) {
      bytes[n++] = 0xc0 | (c >> 6);
      bytes[n++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      bytes[n++] = 0xe0 | (c >> 12);
      bytes[n++] = 0x80 | ((c >> 6) & 63);
      bytes[n++] = 0x80 | (c & 63);
    } else {
      bytes[n++] = 0xf0 | (c >> 18);
      bytes[n++] = 0x80 | ((c >> 12) & 63);
      bytes[n++] = 0x80 | ((c >> 6) & 63);
      bytes[n++] = 0x80 | (c & 63);
    }
  }
  return n - at;
}

function decodeFallback(bytes, start, end) {
  let out = '';
  let i = start;
  while (i < end) {
    let c = bytes[i++];
    if (c >= 0xf0) {
      c = ((c & 7) << 18) | ((bytes[i++] & 63) << 12) | ((bytes[i++] & 63) << 6) | (bytes[i++] & 63);
      c -= 0x10000;
      out += String.fromCharCode(0xd800 + (c >> 10), 0xdc00 + (c & 1023));
      continue;
    }
    if (c >= 0xe0) c = ((c & 15) << 12) | ((bytes[i++] & 63) << 6) | (bytes[i++] & 63);
    else if (c >= 0xc0) c = ((c & 31) << 6) | (bytes[i++] & 63);
    out += String.fromCharCode(c);
  }
  return out;
}

// Copies `text` to heap[at…] if it is all ASCII (returns its length), else returns -1 (the
// caller encodes it again from `at`; the bytes written so far are overwritten).
function asciiInto(text, heap, at) {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return -1;
    heap[at + k] = c;
  }
  return text.length;
}

// Results up to this many bytes are remembered (result()): "{"errors":[],"valid":true}" is 26.
const SHORT_RESULT_BYTES = 64;

const encoder = typeof TextEncoder === 'function' ? new TextEncoder() : null;
const decoder = typeof TextDecoder === 'function' ? new TextDecoder() : null;

// Moves strings in and out of WASM memory (wasm/abi.h): one reusable malloc'd block receives
// every argument as UTF-8 (at most 3 bytes per UTF-16 unit), the result is decoded from the
// pointer and yushen_result_length(). The core is single-threaded and calls never nest, so one
// block is enough; it grows when an argument needs more.
export class Boundary {
  constructor(core) {
    this.core = core;
    this.block = 0;
    this.blockSize = 0;
    this.heap = null;  // begin()/put(): the view and the write cursor
    this.at = 0;
    this.lastBytes = undefined;  // result(): the last short result, bytes and text
    this.lastText = '';
  }

  reserve(size) {
    if (size <= this.blockSize) return;
    if (this.block) this.core._free(this.block);
    this.blockSize = Math.max(size, 4096) * 2;
    this.block = this.core._malloc(this.blockSize);
    if (!this.block) {
      this.blockSize = 0;
      throw new YushenError('api.out_of_memory', 'out of memory');
    }
  }

  // Starts an argument list of at most `need` bytes: put() writes each text after the last.
  begin(need) {
    this.reserve(need);
    this.heap = this.core.HEAPU8;  // read after malloc: memory growth replaces the view
    this.at = this.block;
  }

  // Writes `text` as UTF-8 at the cursor and returns its length in bytes; its pointer is the
  // cursor before the call.
  put(text) {
    const heap = this.heap;
    const at = this.at;
    // Short ASCII (output names, locale tags, field paths) is copied by a loop: a call to
    // encodeInto costs more than the copy (two per validation were 2% of it).
    let written = text.length <= 32 ? asciiInto(text, heap, at) : -1;
    // encodeInto writes each lone surrogate as U+FFFD (WebIDL USVString), as toWellFormed
    // does; scanning the text first would cost ~4% of a form validation.
    if (written < 0) {
      written = encoder ? encoder.encodeInto(text, heap.subarray(at, at + text.length * 3)).written
        : encodeFallback(toWellFormed(text), heap, at);
    }
    this.at = at + written;
    return written;
  }

  // Calls `fn(...leading, ptr1, len1, ptr2, len2, …)` with `texts` as UTF-8.
  call(fn, leading, texts) {
    let need = 0;
    for (const text of texts) need += text.length * 3;
    this.begin(need);
    const args = leading.slice();
    for (const text of texts) {
      const ptr = this.at;
      args.push(ptr, this.put(text));
    }
    return fn(...args);
  }

  // `fn(handle, …)` with three texts: the per-validation call, without the argument arrays
  // and the spread of call() (they were 2% of a form's validation).
  call3(fn, handle, a, b, c) {
    this.begin((a.length + b.length + c.length) * 3);
    const pa = this.at;
    const na = this.put(a);
    const pb = this.at;
    const nb = this.put(b);
    const pc = this.at;
    return fn(handle, pa, na, pb, nb, pc, this.put(c));
  }

  // The UTF-8 at `ptr` (the result buffer) as a JS string. A short result that repeats the
  // previous one byte for byte (every valid form gives the same line) is the same string,
  // found by comparing bytes instead of decoding again.
  result(ptr) {
    const heap = this.core.HEAPU8;
    const length = this.core._yushen_result_length();
    const last = this.lastBytes;
    if (length <= SHORT_RESULT_BYTES && last !== undefined && last.length === length) {
      let i = 0;
      while (i < length && heap[ptr + i] === last[i]) i++;
      if (i === length) return this.lastText;
    }
    const text = decoder ? decoder.decode(heap.subarray(ptr, ptr + length)) : decodeFallback(heap, ptr, ptr + length);
    if (length <= SHORT_RESULT_BYTES) {
      this.lastBytes = heap.slice(ptr, ptr + length);
      this.lastText = text;
    }
    return text;
  }

  lastResult() {
    return this.result(this.core._yushen_result());
  }
}
