/**
 * Decompression limits, checked before any library inflates a file. A .docx or .xlsx is a zip: its
 * central directory states every part's uncompressed size, so a bomb is refused from its headers in
 * microseconds; a zip that lies about its sizes is caught by inflating each part once with Node's zlib,
 * streaming, counting the output and throwing it away, and stopping at what is left of the limit, so
 * time stops at the limit whatever the lie and memory never holds the output. A PDF's Flate streams are
 * checked the same way, since pdf.js inflates a content stream whole. (Measured on this machine for a
 * 128 MB stream of zeros: 70–170 ms and no growth streaming; 0.3–1 s and 128 MB more with
 * `inflateSync` + `maxOutputLength`, which collects the output; 3.7–5 s with fflate's pure-JS inflate.)
 */
import { createInflate, createInflateRaw } from 'node:zlib';
import { AppFailure } from '../../../shared/result';

/** What the parts of one .docx / .xlsx may expand to, all together. */
export const maxExpandedZipBytes = 64 * 1024 * 1024;
/** What one Flate stream of a PDF may expand to. */
export const maxExpandedPdfStreamBytes = 128 * 1024 * 1024;

/** Deflate's largest expansion: a 258-byte match per ~2 bits, about 1032 output bytes per input byte. */
const maxDeflateRatio = 1032;

const mb = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

function tooLarge(fileName: string, what: string, limit: number, size: number | null): AppFailure {
  return new AppFailure(
    'too-large',
    `"${fileName}" ${what} ${size === null ? 'more than' : `${mb(size)}, over`} the ${mb(limit)} limit on ` +
      'decompressed content: it may be a "zip bomb" or a file with huge embedded media. Nothing was imported. ' +
      'Open it in Word, Excel or a PDF reader and save a copy without the oversized content.',
    {
      fileName,
      limitMb: Math.round(limit / (1024 * 1024)),
      ...(size === null ? {} : { sizeMb: Math.round(size / (1024 * 1024)) }),
    },
  );
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeader: number;
}

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;

/** The central directory's entries, or null when there is none (not a zip: the library will say so). */
function centralDirectory(bytes: Uint8Array): ZipEntry[] | null {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count && at + 46 <= bytes.length; n++) {
    if (u32(bytes, at) !== 0x02014b50) break;
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let uncompressedSize = u32(bytes, at + 24);
    let compressedSize = u32(bytes, at + 20);
    let localHeader = u32(bytes, at + 42);
    // ZIP64: 0xFFFFFFFF fields are in the extra field (id 1) as 64-bit values, in this order.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength;) {
      const id = u16(bytes, x);
      const size = u16(bytes, x + 2);
      if (id === 1) {
        let y = x + 4;
        const u64 = (): number => {
          const value = u32(bytes, y) + u32(bytes, y + 4) * 0x100000000;
          y += 8;
          return value;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = u64();
        if (compressedSize === 0xffffffff) compressedSize = u64();
        if (localHeader === 0xffffffff) localHeader = u64();
      }
      x += 4 + size;
    }
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
    entries.push({ name, method: u16(bytes, at + 10), compressedSize, uncompressedSize, localHeader });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses a .docx / .xlsx whose parts would expand past `limit`: first by the sizes the central
 * directory states, then by inflating each deflated part, streaming, and stopping at the limit.
 */
export async function checkZipExpansion(
  fileName: string,
  bytes: Uint8Array,
  limit = maxExpandedZipBytes,
): Promise<void> {
  const entries = centralDirectory(bytes);
  if (!entries) return;
  const stated = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (stated > limit) throw tooLarge(fileName, 'would expand to', limit, stated);
  let total = 0;
  for (const entry of entries) {
    const start =
      entry.localHeader + 30 + u16(bytes, entry.localHeader + 26) + u16(bytes, entry.localHeader + 28);
    if (u32(bytes, entry.localHeader) !== 0x04034b50 || start > bytes.length) continue;
    const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
    if (entry.method === 0) {
      total += data.length;
    } else if (entry.method === 8) {
      total += await inflatedLength(data, 'raw', limit - total, () =>
        tooLarge(fileName, 'expands to', limit, null),
      );
    }
    if (total > limit) throw tooLarge(fileName, 'expands to', limit, null);
  }
}

/**
 * The inflated length of `data`, counted in 1 MB chunks that are dropped as they come; rejects with
 * `failure()` as soon as the count passes `room`. Corrupt data counts what inflated before the damage:
 * saying what is wrong with it is its parser's job.
 */
function inflatedLength(
  data: Uint8Array,
  format: 'raw' | 'zlib',
  room: number,
  failure: () => AppFailure,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const options = { chunkSize: 1024 * 1024 };
    const inflate = format === 'raw' ? createInflateRaw(options) : createInflate(options);
    let length = 0;
    inflate.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > room) {
        inflate.destroy();
        reject(failure());
      }
    });
    inflate.on('end', () => resolve(length));
    inflate.on('error', () => resolve(length));
    inflate.end(data);
  });
}

/**
 * Refuses a PDF with a Flate stream that expands past `limit`. Streams are found by their dictionary's
 * /FlateDecode and inflated streaming, counting only.
 */
export async function checkPdfExpansion(
  fileName: string,
  bytes: Uint8Array,
  limit = maxExpandedPdfStreamBytes,
): Promise<void> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const streamKeyword = /stream\r?\n/g;
  for (let match = streamKeyword.exec(text); match; match = streamKeyword.exec(text)) {
    if (text.slice(match.index - 3, match.index) === 'end') continue;
    const dictionaryStart = text.lastIndexOf('<<', match.index);
    const dictionary = text.slice(Math.max(0, dictionaryStart - 2048), match.index);
    if (!dictionary.slice(dictionary.lastIndexOf('obj')).includes('/FlateDecode')) continue;
    const start = match.index + match[0].length;
    let end = text.indexOf('endstream', start);
    if (end < 0) end = text.length;
    streamKeyword.lastIndex = end;
    // Deflate cannot expand more than 1032:1: a stream too short to reach the limit needs no inflating.
    if ((end - start) * maxDeflateRatio <= limit) continue;
    await inflatedLength(bytes.subarray(start, end), 'zlib', limit, () =>
      tooLarge(fileName, 'has a compressed stream that expands to', limit, null),
    );
  }
}
