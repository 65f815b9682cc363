/**
 * Encoding detection and decoding for plain-text drafts and sources. Order of evidence, strongest
 * first: a byte-order mark; the NUL-byte pattern of UTF-16 without a BOM; UTF-8 — strictly valid, or
 * valid but for a handful of bad bytes, which become U+FFFD and are reported with their offsets; then
 * the legacy encoding whose decoding is the most plausible text (encoding-plausibility.ts), decoded with
 * iconv-lite. Bytes that are plausible text in no candidate, and binary files renamed .txt, are refused
 * here, before anyone tries to show them. A close call is flagged `uncertain` with the alternatives, so
 * the user can reopen the file with another encoding.
 */
import iconv from 'iconv-lite';
import { AppFailure } from '../../../shared/result';
import { scoreEncodings } from './encoding-plausibility';

export interface DecodedText {
  /** The decoded text, BOM removed, line endings untouched. */
  text: string;
  /** Lowercase canonical name: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `big5`, `shift_jis`, … */
  encoding: string;
  /** Whether the file started with a byte-order mark. */
  bom: boolean;
  /**
   * UTF-8 kept despite invalid bytes: how many places were replaced by U+FFFD (a bad byte and the stray
   * continuation bytes after it are one place) and the byte offsets of the first twenty.
   */
  replaced?: { count: number; byteOffsets: number[] };
  /** The choice was close: other encodings that also read as text, most plausible first. */
  uncertain?: { alternatives: string[] };
}

/** Encodings a user may pick to reopen a text file with (iconv-lite names). */
export const reopenEncodings = [
  'utf-8',
  'gb18030',
  'big5',
  'utf-16le',
  'utf-16be',
  'shift_jis',
  'euc-kr',
  'windows-1252',
];

/** How many bytes the statistical detectors look at: enough for confidence, cheap on 10 MB files. */
const sampleBytes = 64 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Legacy names that a superset decodes correctly (GB2312 and GBK text is GB18030 text). */
const supersets: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  big5hkscs: 'big5',
};

/** The charset an HTML file declares in a `<meta>` tag within its first 4 KB, if iconv-lite knows it. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString(
    'latin1',
  );
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!match) return null;
  const name = match[1]!.toLowerCase();
  const canonical = supersets[name] ?? (name === 'utf8' ? 'utf-8' : name);
  return iconv.encodingExists(canonical) ? canonical : null;
}

/**
 * Detects the encoding of `bytes` and decodes them; throws `binary-file` for non-text content.
 * `declared` is an encoding the file itself names (an HTML `<meta charset>`): it is used after the BOM
 * check, except a declared UTF-8 or UTF-16, which detection confirms or corrects.
 */
export function decodeText(
  fileName: string,
  bytes: Uint8Array,
  declared: string | null = null,
  chosen: string | null = null,
): DecodedText {
  if (chosen) {
    // The user reopened the file with an encoding of their choice: no guessing, but a BOM still goes.
    if (!iconv.encodingExists(chosen)) throw new RangeError(`Unknown encoding ${JSON.stringify(chosen)}`);
    const text = iconv.decode(toBuffer(bytes), chosen);
    return {
      text: text.startsWith('\ufeff') ? text.slice(1) : text,
      encoding: chosen,
      bom: text.startsWith('\ufeff'),
    };
  }
  const bom = decodeWithBom(bytes);
  if (bom) return bom;
  if (declared && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    assertNotBinary(fileName, bytes);
    return { text: iconv.decode(toBuffer(bytes), declared), encoding: declared, bom: false };
  }
  const utf16 = detectUtf16WithoutBom(bytes);
  if (utf16) {
    const text = iconv.decode(toBuffer(bytes), utf16);
    assertDecodedIsText(fileName, text);
    return { text, encoding: utf16, bom: false };
  }
  assertNotBinary(fileName, bytes);
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    // Not valid UTF-8: a legacy encoding, or UTF-8 with some bad bytes (a file cut mid-character, a
    // paste from elsewhere).
    const utf8 = utf8WithErrors(bytes);
    if (utf8) return utf8;
  }
  return decodeLegacy(fileName, bytes);
}

/**
 * UTF-8 whose valid multi-byte sequences outnumber its invalid bytes at least two to one is UTF-8 with
 * damage: legacy CJK text read as UTF-8 has almost no valid multi-byte sequence, so the two never meet.
 */
function utf8WithErrors(bytes: Uint8Array): DecodedText | null {
  let valid = 0;
  const invalid: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need === 0) {
      i++;
      continue;
    }
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      // One bad place: the byte and any stray continuation bytes after it.
      invalid.push(i);
      i++;
      while (i < bytes.length && (bytes[i]! & 0xc0) === 0x80) i++;
    }
  }
  if (valid < 3 || invalid.length * 2 > valid) return null;
  return {
    text: new TextDecoder('utf-8').decode(bytes),
    encoding: 'utf-8',
    bom: false,
    replaced: { count: invalid.length, byteOffsets: invalid.slice(0, 20) },
  };
}

/** The most plausible legacy encoding; refuses bytes that are plausible text in none. */
function decodeLegacy(fileName: string, bytes: Uint8Array): DecodedText {
  const [best, ...rest] = scoreEncodings(bytes);
  if (!best || best.score < 0.5) {
    throw binaryFailure(
      fileName,
      'its bytes are not plausible text in UTF-8, UTF-16, GB18030, Big5 or Windows-1252',
    );
  }
  const decoded: DecodedText = {
    text: iconv.decode(toBuffer(bytes), best.encoding),
    encoding: best.encoding,
    bom: false,
  };
  // Short files give few characters to judge by: a wider margin counts as close.
  const margin = bytes.length < 200 ? 0.3 : 0.1;
  const close = rest.filter((other) => other.score >= 0.5 && best.score - other.score < margin);
  if (close.length > 0) decoded.uncertain = { alternatives: close.map((other) => other.encoding) };
  return decoded;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function decodeWithBom(bytes: Uint8Array): DecodedText | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: iconv.decode(toBuffer(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', bom: true };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: iconv.decode(toBuffer(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', bom: true };
  }
  return null;
}

/**
 * UTF-16 without a BOM: ASCII characters (digits, newlines, spaces) put a NUL in the high byte, so
 * NULs cluster on odd offsets for LE and even offsets for BE. CJK-only text has few NULs, so a second
 * test checks that most code units fall in the ranges real CJK text uses; legacy CJK encodings read as
 * UTF-16 land in Hangul, surrogates and private use instead.
 */
export function detectUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, sampleBytes) & ~1;
  if (length < 2) return null;
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) nulEven++;
    if (bytes[i + 1] === 0) nulOdd++;
  }
  const units = length / 2;
  // Some ideographs have a zero low byte too (一 is U+4E00), so the pattern is a strong majority,
  // not an absence of NULs on the other side.
  if (nulOdd >= Math.max(2, units * 0.01) && nulOdd > nulEven * 4) return 'utf-16le';
  if (nulEven >= Math.max(2, units * 0.01) && nulEven > nulOdd * 4) return 'utf-16be';
  if (bytes.length % 2 !== 0) return null;
  if (plausibleUtf16Share(bytes, length, true) > 0.9) return 'utf-16le';
  if (plausibleUtf16Share(bytes, length, false) > 0.9) return 'utf-16be';
  return null;
}

function plausibleUtf16Share(bytes: Uint8Array, length: number, littleEndian: boolean): number {
  let plausible = 0;
  for (let i = 0; i < length; i += 2) {
    const unit = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if (
      (unit >= 0x4e00 && unit <= 0x9fff) || // CJK unified ideographs
      (unit >= 0x3000 && unit <= 0x303f) || // CJK punctuation
      (unit >= 0xff00 && unit <= 0xffef) || // full-width forms
      (unit >= 0x20 && unit <= 0x7e) || // ASCII (short text has too few of these for the NUL test)
      unit === 0x0a ||
      unit === 0x0d ||
      unit === 0x2014 ||
      unit === 0x201c ||
      unit === 0x201d
    ) {
      plausible++;
    }
  }
  return plausible / (length / 2);
}

/**
 * A text file has no NUL bytes (UTF-16 was handled before) and almost no C0 control characters other
 * than tab, newline, carriage return, form feed and escape.
 */
function assertNotBinary(fileName: string, bytes: Uint8Array): void {
  const length = Math.min(bytes.length, sampleBytes);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i]!;
    if (byte === 0) {
      throw binaryFailure(fileName, `it contains NUL bytes (first at byte ${i})`);
    }
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) {
      controls++;
    }
  }
  if (controls > Math.max(2, length * 0.01)) {
    throw binaryFailure(fileName, `${controls} of its first ${length} bytes are control characters`);
  }
}

/** Binary data with a UTF-16-like NUL pattern decodes to control characters: refuse it too. */
function assertDecodedIsText(fileName: string, text: string): void {
  const length = Math.min(text.length, sampleBytes / 2);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) controls++;
  }
  if (controls > Math.max(2, length * 0.01)) {
    throw binaryFailure(
      fileName,
      `read as UTF-16, ${controls} of its first ${length} characters are control characters`,
    );
  }
}

function binaryFailure(fileName: string, why: string): AppFailure {
  return new AppFailure(
    'binary-file',
    `"${fileName}" does not look like a text file: ${why}. It may be a binary file with a .txt name; ` +
      'open the original document (.docx, .pdf) instead.',
    { fileName },
  );
}
