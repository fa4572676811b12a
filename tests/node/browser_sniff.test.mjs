// The page's file-type sniffing (web/lib/sniff.mjs), in Node: the type comes from the bytes,
// never the name — PDF by "%PDF-" in the first 1,024 bytes, OFD as a ZIP holding OFD.xml
// (central directory, or local headers when the directory is cut off), JPEG, PNG.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pdfPages, sniffType, zipEntryNames } from '../../web/lib/sniff.mjs';

// A stored (uncompressed) ZIP with the given entries; CRCs are not checked by the sniffer.
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const bytes = (...parts) => new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));

test('PDF: %PDF- within the first 1,024 bytes, not after', () => {
  assert.equal(sniffType(bytes('%PDF-1.7\n')), 'application/pdf');
  assert.equal(sniffType(bytes(Buffer.alloc(1019, 0x20), '%PDF-1.4')), 'application/pdf');  // ends at byte 1,024
  assert.equal(sniffType(bytes(Buffer.alloc(1020, 0x20), '%PDF-1.4')), 'application/octet-stream');
  assert.equal(sniffType(bytes('%PDF')), 'application/octet-stream');
});

test('JPEG and PNG by their signatures; a PNG named .pdf is a PNG', () => {
  assert.equal(sniffType(bytes([0xff, 0xd8, 0xff, 0xe1, 0, 0])), 'image/jpeg');
  assert.equal(sniffType(bytes([0xff, 0xd8, 0x00])), 'application/octet-stream');
  assert.equal(sniffType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), 'image/png');
  assert.equal(sniffType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x00])), 'application/octet-stream');
  assert.equal(sniffType(bytes('GIF89a')), 'image/gif');
  assert.equal(sniffType(new Uint8Array(0)), 'application/octet-stream');
});

test('OFD: a ZIP holding OFD.xml; other ZIPs are not OFD', () => {
  const ofd = zip([['OFD.xml', '<ofd:OFD/>'], ['Doc_0/Document.xml', '<ofd:Document/>']]);
  assert.deepEqual(zipEntryNames(ofd), ['OFD.xml', 'Doc_0/Document.xml']);
  assert.equal(sniffType(ofd), 'application/ofd');
  assert.equal(sniffType(zip([['Doc_0/Document.xml', '<x/>'], ['OFD.xml', '<x/>']])), 'application/ofd');
  assert.equal(sniffType(zip([['Doc_0/OFD.xml', '<x/>']])), 'application/zip', 'OFD.xml must be at the root');
  assert.equal(sniffType(zip([['[Content_Types].xml', '<x/>'], ['word/document.xml', '<x/>']])),
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  assert.equal(sniffType(zip([['readme.txt', 'hi']])), 'application/zip');
  // Cut off before the central directory: the local headers still name the entries.
  const cut = ofd.subarray(0, 30 + 7 + 10 + 30 + 18 + 15);
  assert.equal(sniffType(cut), 'application/ofd');
});

test('PDF pages are counted from page objects, or left unknown', () => {
  assert.equal(pdfPages(bytes('%PDF-1.7\n<</Type /Pages /Count 2>> <</Type /Page>> <</Type/Page /Parent 2 0 R>>')), 2);
  assert.equal(pdfPages(bytes('%PDF-1.7\n<</Type /ObjStm /N 4>> stream…')), undefined);
});
