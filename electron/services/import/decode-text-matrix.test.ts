/**
 * The encoding matrix: every candidate encoding × lengths 5, 10, 20 and 100 characters × Traditional,
 * Simplified and mixed with ASCII (where the encoding can write the text: Big5 has no Simplified
 * characters), decoded back exactly; UTF-8 with 1 to 50 invalid bytes kept as UTF-8 with the bad bytes
 * reported; random high bytes refused.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { pseudoRandomBytes } from '../testing/bad-fixtures';
import { simplifiedReport, traditionalReport } from '../testing/sample-texts';
import { decodeText } from './decode-text';

const flat = (text: string): string => text.replace(/\s+/g, '');
/** `length` characters of a report, from an offset that varies with the length. */
const excerpt = (text: string, length: number): string => {
  const source = flat(text);
  const start = (length * 7) % (source.length - length);
  return source.slice(start, start + length);
};
const mixed = (text: string, length: number): string => {
  // About half ASCII: figures and English words between the Chinese.
  const chinese = excerpt(text, Math.ceil(length / 2));
  const ascii = 'GDP 2024 up 5.2% and CPI 0.3 points '.slice(0, length - chinese.length);
  return (chinese.slice(0, chinese.length >> 1) + ascii + chinese.slice(chinese.length >> 1)).slice(
    0,
    length,
  );
};

const texts = [5, 10, 20, 100].flatMap((length) => [
  { script: 'Traditional', length, text: excerpt(traditionalReport, length) },
  { script: 'Simplified', length, text: excerpt(simplifiedReport, length) },
  { script: 'mixed Traditional', length, text: mixed(traditionalReport, length) },
  { script: 'mixed Simplified', length, text: mixed(simplifiedReport, length) },
]);

const encodings = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const;
const canWrite = (encoding: string, text: string): boolean =>
  iconv.decode(iconv.encode(text, encoding), encoding) === text;

const cases = encodings.flatMap((encoding) =>
  texts.filter(({ text }) => canWrite(encoding, text)).map((c) => ({ encoding, ...c })),
);

describe('encoding matrix', () => {
  it('covers every encoding, length and script that can be written', () => {
    expect(cases.length).toBeGreaterThanOrEqual(70);
  });

  it.each(cases)('$encoding, $length characters of $script text', ({ encoding, text }) => {
    const decoded = decodeText('short.txt', new Uint8Array(iconv.encode(text, encoding)));
    expect(decoded.text).toBe(text);
    // GB18030 is a superset of what it was asked to recognise: only the text must come back.
    if (encoding !== 'utf-8' || /[\u0080-\uffff]/.test(text)) expect(decoded.encoding).toBe(encoding);
  });
});

describe('UTF-8 with invalid bytes', () => {
  const body = Buffer.from(`${traditionalReport}\n${simplifiedReport}\n`);
  it.each([1, 2, 5, 10, 20, 50])('keeps UTF-8 with %i invalid bytes and reports where they are', (count) => {
    const damaged = Buffer.from(body);
    const offsets: number[] = [];
    for (let k = 0; k < count; k++) {
      // Replace the lead byte of a character spread through the file with 0xff (never valid UTF-8).
      let at = Math.floor(((k + 0.5) * damaged.length) / count);
      while ((damaged[at]! & 0xc0) !== 0xc0) at++;
      damaged[at] = 0xff;
      offsets.push(at);
    }
    const decoded = decodeText('damaged.txt', new Uint8Array(damaged));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.replaced?.count).toBeGreaterThanOrEqual(count);
    expect(decoded.replaced?.byteOffsets.slice(0, Math.min(count, 20))).toEqual(
      expect.arrayContaining(offsets.slice(0, Math.min(count, 5))),
    );
    expect(decoded.text).toContain(traditionalReport.slice(0, 5));
  });
});

describe('bytes that are no text', () => {
  it.each([16, 64, 1024])('refuses %i random high bytes as binary', (length) => {
    const bytes = new Uint8Array(pseudoRandomBytes(length, length)).map((b) => b | 0x80);
    expect(() => decodeText('random.txt', bytes)).toThrow(/not plausible text/);
  });

  it('flags a close call and names the alternatives, and decodes with the encoding a user picks', () => {
    const bytes = new Uint8Array(iconv.encode('中文', 'big5'));
    const decoded = decodeText('two.txt', bytes, null, 'gb18030');
    expect(decoded).toMatchObject({ encoding: 'gb18030', text: iconv.decode(Buffer.from(bytes), 'gb18030') });
  });
});

describe('what the import reports', () => {
  it('says how many places of a UTF-8 draft were bad and where, and reopens with a chosen encoding', async () => {
    const { importDocumentBytes } = await import('./import-document');
    const bytes = Buffer.from(`${simplifiedReport}\n`);
    // Two lead bytes of characters become bytes UTF-8 never has.
    const leadAfter = (at: number): number => (bytes[at]! >= 0xc0 ? at : leadAfter(at + 1));
    const places = [leadAfter(10), leadAfter(200)];
    for (const at of places) bytes[at] = 0xff;
    const result = await importDocumentBytes('damaged.txt', new Uint8Array(bytes));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.decoding?.replaced).toEqual({ count: 2, byteOffsets: places });
    const big5 = new Uint8Array(iconv.encode(traditionalReport, 'big5'));
    const reopened = await importDocumentBytes('report.txt', big5, { encoding: 'gb18030' });
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(reopened.value.encoding).toBe('gb18030');
    expect(reopened.value.text).not.toContain('鶴城區');
  });
});
