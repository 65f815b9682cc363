/**
 * Applies ../../../shared/export/cmap-text.ts to every font of a Chromium-printed PDF, so the text
 * layer reads as the draft's ideographs in every reader (pdf.js, Acrobat, search), not as Kangxi
 * radicals. Only the ToUnicode streams that need it are replaced.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument } from 'pdf-lib';
import { repairToUnicodeCMap } from '../../../shared/export/cmap-text';

/** Returns the number of ToUnicode streams rewritten. */
export function repairToUnicode(pdf: PDFDocument): number {
  const refs = new Set<PDFRef>();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const ref = object.get(PDFName.of('ToUnicode'));
    if (ref instanceof PDFRef) refs.add(ref);
  }
  return repairToUnicodeStreams(pdf, [...refs]);
}

/** Repairs the given ToUnicode streams (already parsed into `pdf`); returns how many changed. */
export function repairToUnicodeStreams(pdf: PDFDocument, refs: readonly PDFRef[]): number {
  let repaired = 0;
  for (const ref of refs) {
    const stream = pdf.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    const filter = stream.dict.get(PDFName.of('Filter'));
    const compressed = filter === PDFName.of('FlateDecode');
    if (filter && !compressed) continue;
    const bytes = compressed ? inflateSync(stream.contents) : Buffer.from(stream.contents);
    const fixed = repairToUnicodeCMap(bytes.toString('latin1'));
    if (fixed === null) continue;
    const data = deflateSync(Buffer.from(fixed, 'latin1'));
    pdf.context.assign(ref, pdf.context.stream(data, { Filter: 'FlateDecode' }));
    repaired++;
  }
  return repaired;
}
