import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../shared/result';
import { sampleReportPath } from '../testing/text-fixtures';
import { simplifiedReport, traditionalReport } from '../testing/sample-texts';
import { decodeText, detectUtf16WithoutBom } from './decode-text';

const withBom = (bom: readonly number[], body: Buffer): Uint8Array =>
  new Uint8Array(Buffer.concat([Buffer.from(bom), body]));

describe('decodeText', () => {
  it('reads the UTF-8 sample as utf-8 without a BOM', () => {
    const bytes = new Uint8Array(readFileSync(sampleReportPath));
    const decoded = decodeText('sample.txt', bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8', bom: false });
    expect(decoded.text).toBe(readFileSync(sampleReportPath, 'utf8'));
  });

  it('strips a UTF-8 BOM and records it', () => {
    const decoded = decodeText('a.txt', withBom([0xef, 0xbb, 0xbf], Buffer.from(simplifiedReport)));
    expect(decoded).toEqual({ text: simplifiedReport, encoding: 'utf-8', bom: true });
  });

  it.each([
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ] as const)('decodes %s with a BOM', (encoding, bom) => {
    const decoded = decodeText('a.txt', withBom(bom, iconv.encode(traditionalReport, encoding)));
    expect(decoded).toEqual({ text: traditionalReport, encoding, bom: true });
  });

  it.each(['utf-16le', 'utf-16be'] as const)('detects %s without a BOM from its NUL pattern', (encoding) => {
    const decoded = decodeText('a.txt', new Uint8Array(iconv.encode(traditionalReport, encoding)));
    expect(decoded).toEqual({ text: traditionalReport, encoding, bom: false });
  });

  it('detects BOM-less UTF-16 of CJK-only text, which has no NUL bytes', () => {
    const cjkOnly =
      '鶴城區政府工作報告各位代表現在我代表區人民政府向大會報告工作請予審查並請各位列席人員提出意見';
    expect(detectUtf16WithoutBom(new Uint8Array(iconv.encode(cjkOnly, 'utf-16le')))).toBe('utf-16le');
    expect(detectUtf16WithoutBom(new Uint8Array(iconv.encode(cjkOnly, 'utf-16be')))).toBe('utf-16be');
    // …while the same text in legacy encodings is not mistaken for UTF-16.
    expect(detectUtf16WithoutBom(new Uint8Array(iconv.encode(cjkOnly, 'big5')))).toBeNull();
    expect(detectUtf16WithoutBom(new Uint8Array(iconv.encode(cjkOnly, 'gb18030')))).toBeNull();
  });

  it('detects GB18030 for Simplified Chinese', () => {
    const decoded = decodeText('a.txt', new Uint8Array(iconv.encode(simplifiedReport, 'gb18030')));
    expect(decoded).toEqual({ text: simplifiedReport, encoding: 'gb18030', bom: false });
  });

  it('detects Big5 for Traditional Chinese', () => {
    const decoded = decodeText('a.txt', new Uint8Array(iconv.encode(traditionalReport, 'big5')));
    expect(decoded).toEqual({ text: traditionalReport, encoding: 'big5', bom: false });
  });

  it('detects GB18030 for Traditional Chinese saved in GB18030 (GBK-style files from the mainland)', () => {
    const decoded = decodeText('a.txt', new Uint8Array(iconv.encode(traditionalReport, 'gb18030')));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(traditionalReport);
  });

  it('reads UTF-8 with one stray invalid byte as UTF-8, not as a legacy encoding', () => {
    const body = Buffer.from(traditionalReport);
    const damaged = new Uint8Array(Buffer.concat([body, Buffer.from([0xe5, 0x0a])]));
    const decoded = decodeText('cut.txt', damaged);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.startsWith(traditionalReport)).toBe(true);
  });

  it('keeps CRLF line endings (normalising is the importer’s job)', () => {
    expect(decodeText('a.txt', new Uint8Array(Buffer.from('a\r\nb'))).text).toBe('a\r\nb');
  });

  it('refuses binary content with NUL bytes or many control characters', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
    ]);
    expect(() => decodeText('image.txt', png)).toThrow(AppFailure);
    try {
      decodeText('image.txt', png);
    } catch (error) {
      expect((error as AppFailure).code).toBe('binary-file');
      expect((error as AppFailure).message).toContain('image.txt');
      expect((error as AppFailure).detail).toEqual({ fileName: 'image.txt' });
    }
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(() => decodeText('c.txt', controls)).toThrow(/control characters/);
  });
});
