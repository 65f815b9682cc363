import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { createAnnotation, createReply, type AnnotationBody } from '../../../shared/annotations/model';
import { createTarget } from '../../../shared/annotations/selectors';
import { exportLabels } from '../../../shared/export/export-labels';
import { defaultExportPdfOptions } from '../../../shared/export/export-options';
import { selectPrintAnnotations } from '../../../shared/export/print-annotations';
import { assignRawText } from './pdf-raw';
import { prepareReviewParts, reviewParts, reviewPartsOf } from './pdf-review-parts';

const text = '全年實現地區生產總值264億元，同比增長4.9%。';
const now = new Date('2026-11-30T09:00:00Z');
const later = new Date('2026-11-30T10:30:05Z');

function placedOf(body: AnnotationBody, author: string, replyAuthor = '') {
  const annotation = createAnnotation(
    { documentId: 'd', versionId: 'v', target: createTarget(text, 10, 15), body, author },
    { now },
  );
  const reply = createReply(
    { annotationId: annotation.id, author: replyAuthor, text: '已核對' },
    { now: later },
  );
  const { placed } = selectPrintAnnotations({
    text,
    annotations: [annotation],
    replies: [reply],
    options: defaultExportPdfOptions,
  });
  return placed[0]!;
}

/** The parts inside a dict, saved and read back by pdf-lib: what a reader of the file will see. */
async function readBack(pairs: string): Promise<PDFDict> {
  const pdf = await PDFDocument.create();
  const ref = assignRawText(pdf.context, `<< ${pairs} >>`);
  pdf.context.trailerInfo.Info = ref;
  const again = await PDFDocument.load(await pdf.save({ useObjectStreams: false }));
  return again.context.lookup(ref, PDFDict);
}
const str = (dict: PDFDict, key: string): string | undefined => {
  const value = dict.lookup(PDFName.of(key));
  return value instanceof PDFHexString || value instanceof PDFString ? value.decodeText() : undefined;
};

describe('reviewPartsOf', () => {
  const labels = exportLabels('zh-Hant');

  it('serialises the shared pairs, the first highlight and each reply, readable by pdf-lib', async () => {
    const entry = placedOf({ kind: 'comment', text: '請核對 (來源)', resolved: false }, 'Alice', '');
    const parts = reviewPartsOf(entry, {}, labels);
    expect(parts.first.startsWith(`${parts.common} /NM `)).toBe(true);
    expect(parts.replies).toHaveLength(1);

    const first = await readBack(parts.first);
    expect(str(first, 'T')).toBe('Alice');
    expect(str(first, 'Subj')).toBe(labels.kinds.comment);
    expect(str(first, 'NM')).toBe(entry.annotation.id);
    expect(str(first, 'Contents')).toBe('請核對 (來源)');
    expect(str(first, 'M')).toBe('D:20261130090000Z');
    expect(first.lookup(PDFName.of('F'), PDFNumber).asNumber()).toBe(4);
    const colour = first.lookup(PDFName.of('C'), PDFArray).asArray();
    expect(colour.map((c) => (c as PDFNumber).asNumber())).toHaveLength(3);
    expect(parts.tint).toBe(colour.map(String).join(' '));

    const reply = await readBack(parts.replies[0]!);
    expect(reply.lookup(PDFName.of('RT'))).toBe(PDFName.of('R'));
    expect(str(reply, 'T')).toBe('Anonymous');
    expect(str(reply, 'Contents')).toBe('已核對');
    expect(str(reply, 'CreationDate')).toBe('D:20261130103005Z');
    expect(str(reply, 'NM')).toBe(entry.replies[0]!.id);
  });

  it("ends a figure's replies with its review state, the way Acrobat stores one", async () => {
    const entry = placedOf(
      {
        kind: 'figure',
        status: 'disputed',
        note: '',
        origin: 'detected',
        value: 264,
        unit: '億元',
        dismissed: false,
      },
      'Bo',
    );
    const parts = reviewPartsOf(entry, {}, labels);
    expect(parts.replies).toHaveLength(2);
    const state = await readBack(parts.replies[1]!);
    expect(str(state, 'StateModel')).toBe('Review');
    expect(str(state, 'State')).toBe('Rejected');
    expect(str(state, 'T')).toBe('Bo');
    expect(str(state, 'NM')).toBe(`${entry.annotation.id}#state`);
    expect(str(state, 'Contents')).toContain(entry.status!.letter);
  });

  it('prepares the parts ahead once per entry; a writer asking later gets the same ones', async () => {
    const entry = placedOf({ kind: 'claim', category: 'achievement', tags: ['民生'] }, 'Alice');
    await prepareReviewParts([entry], {}, labels);
    const ahead = reviewParts(entry, {}, labels);
    expect(reviewParts(entry, {}, labels)).toBe(ahead);
    expect(ahead).toEqual(reviewPartsOf(entry, {}, labels));
  });
});
