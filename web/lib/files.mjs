// A chosen file -> its manifest entry {name, type, size, pages?, sha256?}: the type from the
// bytes (sniff.mjs), the SHA-256 from WebCrypto. Nothing leaves the browser.
import { pdfPages, sniffType } from './sniff.mjs';

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

export async function describeFile(file) {
  const buffer = await file.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  const type = sniffType(bytes);
  const entry = { name: file.name, type, size: file.size };
  if (type === 'application/pdf') {
    const pages = pdfPages(bytes);
    if (pages !== undefined) entry.pages = pages;
  } else if (type.startsWith('image/')) {
    entry.pages = 1;
  }
  // crypto.subtle exists only in secure contexts (https, localhost): without it the manifest
  // simply has no digest, and duplicate files are not flagged.
  if (globalThis.crypto?.subtle) entry.sha256 = hex(await crypto.subtle.digest('SHA-256', buffer));
  return entry;
}
