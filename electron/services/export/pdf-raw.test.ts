import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { peekSkiaLink } from './pdf-incremental';
import {
  assignRaw,
  hexText,
  hundredths,
  rawName,
  rawNumber,
  rawPairs,
  rawPairsOf,
  RawTextObject,
  rawValue,
  refText,
} from './pdf-raw';

describe('raw PDF objects', () => {
  it('serialises text as UTF-16 hex, numbers without exponents, names, refs and nesting', () => {
    expect(hexText('A數')).toBe(PDFHexString.fromText('A數').toString());
    expect(rawNumber(1e-7)).toBe('0');
    expect(rawNumber(12.5)).toBe('12.5');
    expect(rawNumber(Number.NaN)).toBe('0');
    expect(rawValue({ Type: rawName('Annot'), Rect: [1, 2.25], P: PDFRef.of(7), Open: false })).toBe(
      '<< /Type /Annot /Rect [1 2.25] /P 7 0 R /Open false >>',
    );
    expect(rawValue({ [rawPairs]: rawPairsOf({ T: 'Bo' }), F: 4 })).toBe(`<< /T ${hexText('Bo')} /F 4 >>`);
  });

  it('writes dicts that pdf-lib reads back after a save', async () => {
    const pdf = await PDFDocument.create();
    const ref = assignRaw(pdf.context, { Subj: '意見', M: rawName('X'), Rect: [0, 1, 2, 3] });
    pdf.context.trailerInfo.Info = ref;
    const again = await PDFDocument.load(await pdf.save({ useObjectStreams: false }));
    const dict = again.context.lookup(ref, PDFDict);
    expect(dict.lookup(PDFName.of('Subj'), PDFHexString).decodeText()).toBe('意見');
  });

  it('writes coordinates rounded to hundredths as JS does, the same each time', () => {
    for (const v of [595.2756, 12.345, -0.004, 0.07, 1e-7, 12345, 841.89])
      expect(hundredths(v)).toBe((Math.round(v * 100) / 100).toString());
    expect(hundredths(12.3449)).toBe(hundredths(12.341));
    expect(hundredths(-0.004)).toBe('0');
  });

  it('keeps an object serialised as text and copies it out byte for byte', () => {
    const text = `<< /P ${refText(PDFRef.of(12))} /T ${hexText('數')} >>`;
    const object = new RawTextObject(text);
    expect(object.sizeInBytes()).toBe(text.length);
    const out = new Uint8Array(text.length + 2).fill(33);
    expect(object.copyBytesInto(out, 1)).toBe(text.length);
    expect(Buffer.from(out).toString('latin1')).toBe(`!${text}!`);
    expect(object.clone().toString()).toBe('<< /P 12 0 R /T <FEFF6578> >>');
  });

  it("reads Skia's placeholder links from their bytes and refuses anything else", () => {
    const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
    const skia =
      '129 0 obj\n<</Type /Annot\n/Subtype /Link\n/F 4\n/Border [0 0 0]\n/Rect [57 744.41998 120.75 767.66998]\n/A <</Type /Action\n/S /URI\n/URI (https://annot.invalid/0+12)>>>>\nendobj\n';
    expect(peekSkiaLink(bytes(skia), 0)).toEqual({
      rect: [57, 744.41998, 120.75, 767.66998],
      uri: 'https://annot.invalid/0+12',
    });
    expect(peekSkiaLink(bytes(skia.replace('(https://annot.invalid/0+12)', '(a\\)b)')), 0)).toBeNull();
    expect(peekSkiaLink(bytes(skia.replace('/Link', '/Widget')), 0)).toBeNull();
    // Inside the whole file's text: found at its offset only, and not when it is too long to be ours.
    const file = `%PDF-1.4\n${skia}${skia.replace('0+12', '3')}`;
    const second = file.lastIndexOf('129 0 obj');
    expect(peekSkiaLink(bytes(file), second, file)?.uri).toBe('https://annot.invalid/3');
    expect(peekSkiaLink(bytes(file), second - 3, file)).toBeNull();
    const long = skia.replace('0+12', '0+'.repeat(300));
    expect(peekSkiaLink(bytes(long), 0, long)).toBeNull();
  });
});
