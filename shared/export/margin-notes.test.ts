import { describe, expect, it } from 'vitest';
import { createAnnotation, type AnnotationBody } from '../annotations/model';
import { createTarget } from '../annotations/selectors';
import { defaultExportPdfOptions, pageGeometry } from './export-options';
import { layoutMarginNotes, marginNotesHtml, noteColumn, stack, type PlacedMark } from './margin-notes';
import { selectPrintAnnotations } from './print-annotations';

const page = pageGeometry('a4');
const pageHeightPt = 841.92;
const text = 'x'.repeat(2000);

function marks(count: number, body: AnnotationBody, noteLength = 20, sameY = false): PlacedMark[] {
  const annotations = Array.from({ length: count }, (_, i) =>
    createAnnotation({
      documentId: 'd',
      versionId: 'v',
      target: createTarget(text, i * 10, i * 10 + 5),
      body: body.kind === 'comment' ? { ...body, text: '評'.repeat(noteLength) } : body,
      author: 'A',
    }),
  );
  const { placed } = selectPrintAnnotations({
    text,
    annotations,
    replies: [],
    options: defaultExportPdfOptions,
  });
  return placed.map((entry, i) => ({
    entry,
    page: 1,
    firstFragment: [60, 0, 100, sameY ? 700 : 780 - i * 20],
  }));
}

const overlaps = (boxes: Array<{ top: number; height: number }>): boolean =>
  boxes.some((a, i) => boxes.slice(i + 1).some((b) => a.top < b.top + b.height && b.top < a.top + a.height));

describe('margin notes', () => {
  it('stacks boxes without overlap and pulls them up from the page foot', () => {
    stack([10, 12, 14], [5, 5, 5], 0, 100)!.forEach((top, i) =>
      expect(top).toBeCloseTo([10, 16.6, 23.2][i]!, 6),
    );
    expect(stack([95], [10], 0, 100)).toEqual([90]);
    expect(stack([0, 0], [60, 60], 0, 100)).toBeNull();
  });

  it('puts each note beside its line when there is room', () => {
    const [pageNotes] = layoutMarginNotes(
      marks(3, { kind: 'comment', text: '', resolved: false }),
      page,
      pageHeightPt,
    );
    expect(pageNotes!.fontScale).toBe(1);
    expect(pageNotes!.overflow).toEqual([]);
    const wanted = (780 * 25.4) / 72;
    expect(pageNotes!.notes[0]!.top).toBeCloseTo((pageHeightPt - 780) * (25.4 / 72) - 0.6, 1);
    expect(wanted).toBeGreaterThan(0);
    expect(overlaps(pageNotes!.notes)).toBe(false);
  });

  it('sets a crowded margin smaller, then clips, then names what does not fit; never overlaps or runs off', () => {
    const column = noteColumn(page);
    for (const [count, length] of [
      [12, 60],
      [40, 200],
      [150, 20],
    ] as const) {
      const [pageNotes] = layoutMarginNotes(
        marks(count, { kind: 'comment', text: '', resolved: false }, length),
        page,
        pageHeightPt,
      );
      expect(overlaps(pageNotes!.notes)).toBe(false);
      for (const note of pageNotes!.notes) {
        expect(note.top).toBeGreaterThanOrEqual(column.top);
        expect(note.top + note.height).toBeLessThanOrEqual(column.bottom + 1e-9);
      }
      expect(pageNotes!.notes.length + pageNotes!.overflow.length).toBe(count);
    }
    const [crowded] = layoutMarginNotes(
      marks(150, { kind: 'comment', text: '', resolved: false }),
      page,
      pageHeightPt,
    );
    expect(crowded!.overflow.length).toBeGreaterThan(0);
    expect(marginNotesHtml([crowded!], page, 'serif', 'zh-Hant')).toContain(
      `+${crowded!.overflow.length} more`,
    );
  });

  it('puts markers of annotations starting on one line side by side, in number order', () => {
    const [pageNotes] = layoutMarginNotes(marks(3, { kind: 'highlight' }, 0, true), page, pageHeightPt);
    expect(pageNotes!.notes).toEqual([]);
    const lefts = pageNotes!.markers.sort((a, b) => a.number - b.number).map((m) => m.left);
    expect(lefts[0]).toBeLessThan(lefts[1]!);
    expect(lefts[1]).toBeLessThan(lefts[2]!);
    expect(lefts[2]).toBeLessThan(page.left);
    expect(lefts[0]).toBeGreaterThan(0);
  });
});
