import type { PDFRawStream } from 'pdf-lib';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { createAnnotation, createReply, type AnnotationBody } from '../../../shared/annotations/model';
import { createTarget } from '../../../shared/annotations/selectors';
import { defaultExportPdfOptions } from '../../../shared/export/export-options';
import { selectPrintAnnotations } from '../../../shared/export/print-annotations';
import { takeAnnotationLinks } from './pdf-links';
import { exportLabels } from '../../../shared/export/export-labels';
import { highlightTint, pdfDate, writeReviewAnnotations } from './pdf-review-annotations';

const text = '全年實現地區生產總值264億元，同比增長4.9%。新建學校5所。';
const now = new Date('2026-11-30T09:00:00Z');

async function printedPdf(links: Array<{ page: number; rect: number[]; uri: string }>): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]);
  pdf.addPage([595, 842]);
  for (const link of links) {
    const ref = pdf.context.register(
      pdf.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: link.rect,
        A: { S: 'URI', URI: PDFString.of(link.uri) },
      }),
    );
    const page = pdf.getPage(link.page);
    const annots = page.node.Annots() ?? pdf.context.obj([]);
    annots.push(ref);
    page.node.set(PDFName.of('Annots'), annots);
  }
  return PDFDocument.load(await pdf.save());
}

const annots = (pdf: PDFDocument, page: number): PDFDict[] =>
  (pdf.getPage(page).node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []).map((ref) =>
    pdf.context.lookup(ref, PDFDict),
  );
const name = (dict: PDFDict, key: string): string | undefined =>
  dict.lookupMaybe(PDFName.of(key), PDFName)?.decodeText();
const str = (dict: PDFDict, key: string): string | undefined => {
  const value = dict.lookup(PDFName.of(key));
  return value instanceof PDFHexString || value instanceof PDFString ? value.decodeText() : undefined;
};

describe('writeReviewAnnotations', () => {
  const annotate = (quote: string, body: AnnotationBody, author = 'Alice') => {
    const start = text.indexOf(quote);
    return createAnnotation(
      {
        documentId: 'd',
        versionId: 'v',
        target: createTarget(text, start, start + quote.length),
        body,
        author,
      },
      { now },
    );
  };
  const comment = annotate('全年實現地區生產總值264億元', {
    kind: 'comment',
    text: '請核對',
    resolved: true,
  });
  const figure = annotate(
    '264億元',
    {
      kind: 'figure',
      status: 'disputed',
      note: '公報為263億元',
      origin: 'detected',
      value: 2.64e10,
      unit: '元',
      dismissed: false,
    },
    'Bo',
  );
  const reply = createReply({ annotationId: comment.id, author: 'Bo', text: '已核對' }, { now });
  const { placed } = selectPrintAnnotations({
    text,
    annotations: [comment, figure],
    replies: [reply],
    options: defaultExportPdfOptions,
  });

  it('replaces our placeholder links by highlights, replies, states and a grouped continuation', async () => {
    const printed = await printedPdf([
      { page: 0, rect: [100, 700, 150, 715], uri: 'https://annot.invalid/0' },
      { page: 0, rect: [150, 700, 190, 715], uri: 'https://annot.invalid/0+1' },
      { page: 1, rect: [57, 780, 90, 795], uri: 'https://annot.invalid/0' },
      { page: 1, rect: [10, 10, 20, 20], uri: 'https://example.org/' },
    ]);
    const links = takeAnnotationLinks(printed);
    expect([...links.keys()]).toEqual([0, 1]);
    const written = writeReviewAnnotations(printed, placed, links);
    // The dicts are written as bytes: read them back from the saved file, as a reader would.
    const pdf = await PDFDocument.load(await printed.save());
    expect(written.map((w) => [w.index, w.page])).toEqual([
      [0, 0],
      [1, 0],
    ]);

    const first = annots(pdf, 0);
    expect(first.map((a) => name(a, 'Subtype'))).toEqual([
      'Highlight',
      'Popup',
      'Text',
      'Text',
      'Highlight',
      'Popup',
      'Text',
    ]);
    const [highlight, popup, replyText, resolvedState, figureHighlight, , figureState] = first;
    expect(highlight!.lookup(PDFName.of('QuadPoints'), PDFArray).asArray().map(String)).toEqual([
      '100',
      '715',
      '190',
      '715',
      '100',
      '700',
      '190',
      '700',
    ]);
    expect(str(highlight!, 'NM')).toBe(comment.id);
    expect(str(highlight!, 'T')).toBe('Alice');
    expect(str(highlight!, 'Contents')).toBe('請核對');
    expect(str(highlight!, 'Subj')).toBe('Comment');
    expect(str(highlight!, 'M')).toBe(pdfDate(comment.updatedAt));
    expect(highlight!.get(PDFName.of('Popup'))).toBeDefined();
    expect(highlight!.lookup(PDFName.of('AP'), PDFDict).get(PDFName.of('N'))).toBeDefined();
    const highlightRef = pdf.getPage(0).node.Annots()!.get(0);
    expect(popup!.get(PDFName.of('Parent'))).toBe(highlightRef);
    expect(replyText!.get(PDFName.of('IRT'))).toBe(highlightRef);
    expect(name(replyText!, 'RT')).toBe('R');
    expect([str(replyText!, 'T'), str(replyText!, 'Contents'), str(replyText!, 'NM')]).toEqual([
      'Bo',
      '已核對',
      reply.id,
    ]);
    expect([str(resolvedState!, 'StateModel'), str(resolvedState!, 'State')]).toEqual([
      'Review',
      'Completed',
    ]);
    expect(str(figureHighlight!, 'Contents')).toBe('D Disputed · 26,400,000,000元 · 公報為263億元');
    expect([str(figureState!, 'State'), str(figureState!, 'Contents')]).toEqual(['Rejected', 'D Disputed']);

    const second = annots(pdf, 1);
    expect(second.map((a) => name(a, 'Subtype'))).toEqual(['Link', 'Highlight']);
    expect(second[1]!.get(PDFName.of('IRT'))).toBe(highlightRef);
    expect(name(second[1]!, 'RT')).toBe('Group');
    expect(str(second[1]!, 'NM')).toBe(`${comment.id}#page2`);
  });

  it('shares one unit-square appearance between single-line highlights of a tint; multi-line ones keep their own', async () => {
    const second = annotate('同比增長4.9%', { kind: 'comment', text: '來源？', resolved: false });
    const third = annotate('新建學校5所', { kind: 'comment', text: '幾所？', resolved: false });
    const selection = selectPrintAnnotations({
      text,
      annotations: [second, third, comment],
      replies: [],
      options: defaultExportPdfOptions,
    });
    const indexOf = (id: string): number => selection.placed.findIndex((p) => p.annotation.id === id);
    const printed = await printedPdf([
      { page: 0, rect: [100, 700, 150, 715], uri: `https://annot.invalid/${indexOf(second.id)}` },
      { page: 0, rect: [200, 640, 260, 655], uri: `https://annot.invalid/${indexOf(third.id)}` },
      // Two lines: its own appearance, one rectangle per line.
      { page: 0, rect: [300, 600, 500, 615], uri: `https://annot.invalid/${indexOf(comment.id)}` },
      { page: 0, rect: [57, 580, 120, 595], uri: `https://annot.invalid/${indexOf(comment.id)}` },
    ]);
    writeReviewAnnotations(printed, selection.placed, takeAnnotationLinks(printed));
    const pdf = await PDFDocument.load(await printed.save());
    const highlights = annots(pdf, 0).filter((a) => name(a, 'Subtype') === 'Highlight');
    const byId = (id: string): PDFDict => highlights.find((h) => str(h, 'NM') === id)!;
    const apRef = (h: PDFDict) => h.lookup(PDFName.of('AP'), PDFDict).get(PDFName.of('N'));
    const form = (h: PDFDict) => pdf.context.lookup(apRef(h)) as PDFRawStream;
    const numbers = (dict: PDFDict, key: string): string[] =>
      dict.lookup(PDFName.of(key), PDFArray).asArray().map(String);
    const content = (h: PDFDict): string =>
      Buffer.from(decodePDFRawStream(form(h)).decode()).toString('latin1');

    expect(apRef(byId(second.id))).toBe(apRef(byId(third.id)));
    expect(numbers(form(byId(second.id)).dict, 'BBox')).toEqual(['0', '0', '1', '1']);
    expect(content(byId(second.id))).toMatch(/ rg 0 0 1 1 re f Q$/);
    // The multi-line highlight draws each line in its own coordinates, inside a BBox equal to its /Rect.
    const multi = byId(comment.id);
    expect(apRef(multi)).not.toBe(apRef(byId(second.id)));
    expect(numbers(form(multi).dict, 'BBox')).toEqual(numbers(multi, 'Rect'));
    expect(content(multi)).toContain('300 600 200 15 re 57 580 63 15 re f');
  });

  it('tints the palette colour towards white and writes PDF dates', () => {
    expect(highlightTint('#000000', 0.5)).toEqual([0.5, 0.5, 0.5]);
    expect(highlightTint('#FFFFFF')).toEqual([1, 1, 1]);
    expect(pdfDate('2026-12-01T01:02:03.000Z')).toBe('D:20261201010203Z');
  });
});

describe('writeReviewAnnotations in the export language', () => {
  it('writes /Subj, claim categories and the resolved state in zh-Hant', async () => {
    const start = text.indexOf('新建學校5所');
    const claim = createAnnotation(
      {
        documentId: 'd',
        versionId: 'v',
        target: createTarget(text, start, start + 6),
        body: { kind: 'claim', category: 'achievement', tags: ['民生'] },
        author: 'Alice',
      },
      { now },
    );
    const resolved = createAnnotation(
      {
        documentId: 'd',
        versionId: 'v',
        target: createTarget(text, 0, 4),
        body: { kind: 'comment', text: '請核對', resolved: true },
        author: 'Bo',
      },
      { now },
    );
    const { placed } = selectPrintAnnotations({
      text,
      annotations: [resolved, claim],
      replies: [],
      options: defaultExportPdfOptions,
    });
    const printed = await printedPdf([
      { page: 0, rect: [100, 700, 150, 715], uri: 'https://annot.invalid/0' },
      { page: 0, rect: [100, 600, 150, 615], uri: 'https://annot.invalid/1' },
    ]);
    writeReviewAnnotations(printed, placed, takeAnnotationLinks(printed), {}, exportLabels('zh-Hant'));
    const pdf = await PDFDocument.load(await printed.save());
    const list = annots(pdf, 0);
    const highlights = list.filter((a) => name(a, 'Subtype') === 'Highlight');
    expect(highlights.map((a) => str(a, 'Subj'))).toEqual(['意見', '論點']);
    expect(str(highlights[1]!, 'Contents')).toBe('成績 · #民生');
    const state = list.find((a) => str(a, 'StateModel') === 'Review');
    expect(str(state!, 'Contents')).toBe('已解決');
  });
});
