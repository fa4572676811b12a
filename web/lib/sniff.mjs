// What a file is, from its bytes (never its name): the type that goes into the submission
// manifest. PDF: "%PDF-" within the first 1,024 bytes (readers accept leading junk that far).
// OFD (GB/T 33190): a ZIP whose entries include OFD.xml at the root. JPEG, PNG, and a few
// common types so a wrong file is named plainly. Pure functions over a Uint8Array: they run
// in the page and in Node (tests/node/browser_sniff.test.mjs).

const startsWith = (bytes, signature, at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ascii = (text) => [...text].map((c) => c.charCodeAt(0));
const PDF = ascii('%PDF-');
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];
const ZIP_CENTRAL = [0x50, 0x4b, 0x01, 0x02];

function indexOf(bytes, signature, from, to) {
  const last = Math.min(to, bytes.length - signature.length);
  for (let i = from; i <= last; i++) if (startsWith(bytes, signature, i)) return i;
  return -1;
}

const u16 = (b, i) => b[i] | (b[i + 1] << 8);
const u32 = (b, i) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
const latin = (b, from, length) => String.fromCharCode(...b.subarray(from, from + length));

// The entry names of a ZIP: from the central directory (found through the end record, which
// sits in the last 65,557 bytes), else by walking the local headers from the start.
export function zipEntryNames(bytes) {
  const names = [];
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 65557); end--) {
    if (!startsWith(bytes, ZIP_END, end)) continue;
    const count = u16(bytes, end + 10);
    let at = u32(bytes, end + 16);
    for (let n = 0; n < count && startsWith(bytes, ZIP_CENTRAL, at); n++) {
      const nameLength = u16(bytes, at + 28);
      names.push(latin(bytes, at + 46, nameLength));
      at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    }
    if (names.length > 0) return names;
    break;
  }
  // No usable central directory (truncated file): the local headers still name the entries,
  // as long as sizes are in the headers (bit 3 of the flags clear).
  let at = 0;
  while (startsWith(bytes, ZIP_LOCAL, at) && names.length < 10000) {
    const flags = u16(bytes, at + 6);
    const compressed = u32(bytes, at + 18);
    const nameLength = u16(bytes, at + 26);
    names.push(latin(bytes, at + 30, nameLength));
    if (flags & 8) break;
    at += 30 + nameLength + u16(bytes, at + 28) + compressed;
  }
  return names;
}

/** The MIME type of a file's content, or 'application/octet-stream' when it is not recognised. */
export function sniffType(bytes) {
  if (indexOf(bytes, PDF, 0, 1024 - PDF.length) >= 0) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ZIP_LOCAL)) {
    const names = zipEntryNames(bytes);
    if (names.some((name) => name === 'OFD.xml' || name === '/OFD.xml')) return 'application/ofd';
    if (names.some((name) => name.startsWith('word/'))) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (names.some((name) => name.startsWith('xl/'))) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return 'application/zip';
  }
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  if (startsWith(bytes, ascii('BM'))) return 'image/bmp';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'application/x-ole-storage';
  return 'application/octet-stream';
}

/**
 * Pages of a PDF, counted as page objects ("/Type /Page", not "/Pages"), or undefined when none
 * is visible (compressed object streams hide them): then the manifest carries no page count and
 * the page limit is checked at the window, never guessed.
 */
export function pdfPages(bytes) {
  let count = 0;
  const isSpace = (b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
  const isNameChar = (b) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39);
  const TYPE = ascii('/Type');
  const PAGE = ascii('/Page');
  for (let i = 0; i < bytes.length - 10; i++) {
    if (bytes[i] !== 0x2f || bytes[i + 1] !== 0x54 || !startsWith(bytes, TYPE, i)) continue;
    let j = i + 5;
    while (j < bytes.length && isSpace(bytes[j])) j++;
    if (startsWith(bytes, PAGE, j) && !isNameChar(bytes[j + 5])) count++;
  }
  return count > 0 ? count : undefined;
}

/** Readable names of the detected types, for the file list ("PNG 图片"). */
export const typeNames = {
  'application/pdf': 'PDF',
  'application/ofd': 'OFD',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
  'image/tiff': 'TIFF',
  'image/bmp': 'BMP',
  'application/zip': 'ZIP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (docx)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (xlsx)',
  'application/x-ole-storage': 'Office 97-2003',
};
