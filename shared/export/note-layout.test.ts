import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../annotations/model';
import { createTarget } from '../annotations/selectors';
import { defaultExportPdfOptions, pageGeometry } from './export-options';
import { layoutPageNotes, minContentScale, setNote, type NoteInput } from './note-layout';
import { selectPrintAnnotations } from './print-annotations';

const text = '全年實現地區生產總值264億元，同比增長4.9%。'.repeat(40);
// A width function like the real fonts': ideographs one em, the rest 0.55 em.
const measure = (value: string, size: number): number =>
  [...value].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 1 : 0.55), 0) * size;

function notes(count: number): NoteInput[] {
  const annotations = Array.from({ length: count }, (_, i) =>
    createAnnotation({
      documentId: 'd',
      versionId: 'v',
      target: createTarget(text, i * 10, i * 10 + 4),
      body: { kind: 'comment', text: `第${i + 1}條意見：${'需要核對口徑。'.repeat(4)}`, resolved: false },
      author: 'Bo',
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
    lines: [`Comment · Bo`, `第${i + 1}條意見：${'需要核對口徑。'.repeat(4)}`],
    firstFragment: [70, 760 - i * 4, 120, 770 - i * 4],
  }));
}

describe('layoutPageNotes on a crowded page', () => {
  const page = pageGeometry('a4');
  const size = { width: 595.28, height: 841.89 };

  it('never scales the text below minContentScale: what does not fit is handed on, once each', () => {
    const input = notes(80);
    const layout = layoutPageNotes(0, input, page, size, measure);
    expect(layout.scale).toBeGreaterThanOrEqual(minContentScale);
    expect(layout.overflow.length).toBeGreaterThan(0);
    const placed = [...layout.margin, ...layout.foot].map((b) => b.entry.number);
    const handedOn = layout.overflow.map((n) => n.entry.number);
    expect([...placed, ...handedOn].sort((a, b) => a - b)).toEqual(input.map((n) => n.entry.number));
    // The continued ones are the highest numbers of the foot band, in order.
    expect(Math.min(...handedOn)).toBeGreaterThan(Math.max(...layout.foot.map((b) => b.entry.number)));
    // The band stays between the scaled text and the page number.
    const textBottom = page.top * 2.835 + layout.scale * (size.height - (page.top + page.bottom) * 2.835);
    expect(layout.footTop!).toBeGreaterThan(textBottom);
    for (const box of layout.foot) expect(box.top + box.height).toBeLessThanOrEqual(size.height - 13 * 2.835);
  });

  it('puts carried notes at the foot of the next page, before its own', () => {
    const first = layoutPageNotes(0, notes(80), page, size, measure);
    const next = layoutPageNotes(
      1,
      first.overflow.map((n) => ({ ...n, carried: true })),
      page,
      size,
      measure,
    );
    expect(next.margin).toEqual([]);
    expect(next.foot.map((b) => b.entry.number).slice(0, 3)).toEqual(
      first.overflow.slice(0, 3).map((n) => n.entry.number),
    );
  });

  it('a page with few notes keeps them in the margin, unscaled', () => {
    const layout = layoutPageNotes(0, notes(3), page, size, measure);
    expect([layout.scale, layout.foot.length, layout.overflow.length, layout.margin.length]).toEqual([
      1, 0, 0, 3,
    ]);
    // Set notes are memoised by lines array and width.
    const lines = ['a', 'b'];
    expect(setNote(lines, 100, 10, measure)).toBe(setNote(lines, 100, 10, measure));
  });

  it('splits a note taller than a foot column across columns and pages, every line once, never over the text', () => {
    const [one] = notes(1);
    const long = Array.from(
      { length: 80 },
      (_, i) => `第${i + 1}段：這一段的數字需要核對。Line ${i + 1}.`,
    ).join(' ');
    const input: NoteInput = { ...one!, lines: ['Comment · Bo · 2026-11-30', long] };
    const squash = (t: string): string => t.replace(/\s+/g, '');
    const textBottom = (scale: number): number =>
      page.top * 2.835 + scale * (size.height - (page.top + page.bottom) * 2.835);
    const heads: string[] = [];
    let printed = '';
    let pending: NoteInput[] = [input];
    let pages = 0;
    for (; pending.length && pages < 20; pages++) {
      const layout = layoutPageNotes(
        pages,
        pending,
        page,
        size,
        measure,
        undefined,
        minContentScale,
        ' (cont.)',
      );
      expect(layout.scale).toBeGreaterThanOrEqual(minContentScale);
      expect(layout.footTop!).toBeGreaterThan(textBottom(layout.scale));
      for (const box of layout.foot) {
        expect(box.top + box.height).toBeLessThanOrEqual(size.height - 13 * 2.835);
        heads.push(box.paragraphs[0]!.lines.join(' '));
        printed += box.paragraphs
          .slice(1)
          .flatMap((x) => x.lines)
          .join('');
      }
      pending = layout.overflow.map((n) => ({ ...n, carried: true }));
    }
    expect(pending).toEqual([]);
    expect(pages).toBeGreaterThan(1);
    // The first part under the note's own header, each later part under it marked as continued.
    expect(heads[0]).toBe('Comment · Bo · 2026-11-30');
    expect(heads.length).toBeGreaterThan(2);
    for (const head of heads.slice(1)) expect(head).toBe('Comment · Bo · 2026-11-30 (cont.)');
    // Every character of the note once, in order.
    expect(squash(printed)).toBe(squash(long));
  });

  it('a notes page (no text of its own) holds a long part and hands on the rest, so the export ends', () => {
    const [one] = notes(1);
    const long = '核對口徑與來源。'.repeat(2000);
    let pending: NoteInput[] = [{ ...one!, lines: ['Comment · Bo', long], carried: true }];
    let pages = 0;
    let printed = 0;
    for (; pending.length && pages < 40; pages++) {
      const layout = layoutPageNotes(pages, pending, page, size, measure, undefined, 0);
      expect(layout.foot.length).toBeGreaterThan(0);
      for (const box of layout.foot) {
        expect(box.top + box.height).toBeLessThanOrEqual(size.height - 13 * 2.835);
        printed += box.paragraphs.slice(1).reduce((n, p) => n + p.lines.join('').length, 0);
      }
      pending = layout.overflow.map((n) => ({ ...n, carried: true }));
    }
    expect(pending).toEqual([]);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(printed).toBe(long.length);
  });
});
