/**
 * Encoding detection and decoding for plain-text drafts and sources. Order of evidence, strongest
 * first: a byte-order mark; the NUL-byte pattern of UTF-16 without a BOM; strict UTF-8 validity (fast,
 * native, and the common case); then chardet's statistics for legacy CJK encodings (GB18030/GBK vs
 * Big5, …), decoded with iconv-lite. Binary files renamed .txt are refused here, before anyone tries to
 * show them.
 */
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { AppFailure } from '../../../shared/result';

export interface DecodedText {
  /** The decoded text, BOM removed, line endings untouched. */
  text: string;
  /** Lowercase canonical name: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `big5`, `shift_jis`, … */
  encoding: string;
  /** Whether the file started with a byte-order mark. */
  bom: boolean;
}

/** How many bytes the statistical detectors look at: enough for confidence, cheap on 10 MB files. */
const sampleBytes = 64 * 1024;

/** chardet names → the canonical lowercase names Tickmark reports (and iconv-lite accepts). */
const canonicalNames: Record<string, string> = {
  GB18030: 'gb18030',
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  'UTF-8': 'utf-8',
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
};

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
export function decodeText(fileName: string, bytes: Uint8Array, declared: string | null = null): DecodedText {
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
    // Not valid UTF-8: a legacy encoding, or UTF-8 with a stray bad byte (a file cut mid-character).
    if (mostlyUtf8(bytes))
      return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom: false };
  }
  const encoding = detectLegacyEncoding(bytes);
  return { text: iconv.decode(toBuffer(bytes), encoding), encoding, bom: false };
}

/**
 * UTF-8 with a handful of invalid sequences (at most 1 per 10,000 bytes of a sample) is still UTF-8:
 * legacy CJK text read as UTF-8 fails on nearly every character, so the two never meet.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const sample = new TextDecoder('utf-8').decode(bytes.subarray(0, sampleBytes));
  let invalid = 0;
  for (let i = sample.indexOf('\uFFFD'); i >= 0; i = sample.indexOf('\uFFFD', i + 1)) invalid++;
  // The sample may end mid-character: allow that one, plus the rate.
  return invalid <= 1 + Math.floor(Math.min(bytes.length, sampleBytes) / 10_000);
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

/**
 * Tie-break among near-equal chardet answers: on short texts chardet often scores EUC-JP as high as
 * GB18030. Tickmark reviews Chinese drafts, so Chinese encodings win a tie.
 */
const preference = ['gb18030', 'big5', 'shift_jis', 'euc-jp', 'euc-kr'];
const rank = (name: string): number => {
  const index = preference.indexOf(name);
  return index < 0 ? preference.length : index;
};

/** chardet over a sample, mapped to a name iconv-lite decodes; GB18030 when chardet has no answer. */
export function detectLegacyEncoding(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, sampleBytes);
  const candidates = analyse(sample)
    .map((candidate) => ({
      name: canonicalNames[candidate.name] ?? candidate.name.toLowerCase(),
      confidence: candidate.confidence,
    }))
    .filter((candidate) => candidate.name !== 'utf-8' && iconv.encodingExists(candidate.name));
  const top = candidates[0];
  if (top) {
    const close = candidates.filter((candidate) => candidate.confidence >= top.confidence - 5);
    return close.sort((a, b) => rank(a.name) - rank(b.name))[0]!.name;
  }
  // chardet found nothing usable: GB18030 decodes any byte sequence and is the most common legacy
  // encoding of the drafts Tickmark reviews.
  return 'gb18030';
}
