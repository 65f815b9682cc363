/**
 * The annotated PDF end to end in Node: the review fixture printed by real Chromium, annotated by
 * pdf-lib, then read back by two independent readers — pdf.js (annotations, text positions) and poppler
 * (pdfinfo, pdftotext, pdftoppm) — and by pdf-lib for the keys pdf.js does not expose (/NM).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExportPdfOptions, pageGeometry } from '../../../shared/export/export-options';
import { noteText, selectPrintAnnotations } from '../../../shared/export/print-annotations';
import { makeReviewFixture, type ReviewFixture } from '../testing/review-fixture';
import { createChromiumPrinter, findChromium } from './chromium-printer';
import { exportAnnotatedPdf, type ExportedPdf, type ExportProgress } from './export-annotated-pdf';

interface PdfjsAnnotation {
  id: string;
  subtype: string;
  titleObj: { str: string };
  contentsObj: { str: string };
  inReplyTo?: string;
  replyType?: string;
  state?: string | null;
  stateModel?: string | null;
  quadPoints?: ArrayLike<number>;
  rect: number[];
  popupRef?: string | null;
  page: number;
}

const mm = 72 / 25.4;
const pageHeight = 841.92; // A4 as Chromium prints it, in points
const squash = (text: string): string => text.replace(/\s+/g, '');
const radicals = /[\u2e80-\u2fdf\uf900-\ufaff]/u;

let dir: string;
let file: string;
let fixture: ReviewFixture;
let exported: ExportedPdf;
let annotations: PdfjsAnnotation[];
let textItems: Array<{ page: number; str: string; x: number; y: number; width: number; height: number }>;
const progress: ExportProgress[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-export-'));
  file = join(dir, 'review.pdf');
  fixture = await makeReviewFixture();
  const printer = createChromiumPrinter(findChromium()!);
  try {
    exported = await exportAnnotatedPdf(
      {
        version: { ...fixture.draft, number: 3 },
        annotations: fixture.annotations,
        replies: fixture.replies,
        sources: [
          { annotationId: fixture.ids.figures.traced!, source: 'Housing bulletin.pdf', locator: 'p. 4' },
        ],
        options: defaultExportPdfOptions,
        exportedAt: new Date('2026-12-01T01:00:00Z'),
      },
      { printToPdf: printer.printToPdf, onProgress: (p) => progress.push(p) },
    );
  } finally {
    await printer.close();
  }
  await writeFile(file, exported.bytes);
  const doc = await getDocument({ data: exported.bytes.slice(), verbosity: 0 }).promise;
  annotations = [];
  textItems = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    for (const a of (await page.getAnnotations()) as Omit<PdfjsAnnotation, 'page'>[])
      annotations.push({ ...a, page: n });
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item)) continue;
      textItems.push({
        page: n,
        str: item.str,
        x: item.transform[4],
        y: item.transform[5],
        width: item.width,
        height: item.height,
      });
    }
  }
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const poppler = (tool: string, args: string[]): string => execFileSync(tool, args, { encoding: 'utf8' });
/** First page of the appendix: the page whose text column starts with its heading. */
const appendixPage = (): number => {
  for (let n = exported.pages; n > 1; n--) {
    if (
      /^\s*Appendix/m.test(
        poppler('pdftotext', [
          '-f',
          String(n),
          '-l',
          String(n),
          '-y',
          '60',
          '-W',
          '600',
          '-H',
          '120',
          file,
          '-',
        ]),
      )
    )
      return n;
  }
  throw new Error('no appendix page');
};
const highlights = (): PdfjsAnnotation[] =>
  annotations.filter((a) => a.subtype === 'Highlight' && !a.inReplyTo);
const nmOf = async (): Promise<Map<string, string>> => {
  const pdf = await PDFDocument.load(exported.bytes);
  const byRef = new Map<string, string>();
  for (const page of pdf.getPages()) {
    for (const ref of page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []) {
      const nm = pdf.context.lookup(ref, PDFDict).lookupMaybe(PDFName.of('NM'), PDFHexString);
      if (nm) byRef.set(ref.toString().replace(/ 0 R$/, 'R').replace(' ', ''), nm.decodeText());
    }
  }
  return byRef;
};

describe('exportAnnotatedPdf with Chromium, read back by pdf.js and poppler', () => {
  it('opens cleanly in poppler with the metadata set, and renders', () => {
    const info = poppler('pdfinfo', [file]);
    expect(info).toMatch(/Title:\s+河城區政府工作報告/);
    expect(info).toMatch(/Author:\s+Alice Chen, Bo Wang, Carol Lee/);
    expect(info).toMatch(/Creator:\s+Tickmark/);
    expect(info).toMatch(/Subject:\s+Annotated review of draft 3/);
    expect(info).toMatch(/CreationDate:\s+Tue Dec\s+1 01:00:00 2026/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(exported.pages);
    execFileSync('pdftoppm', ['-r', '20', '-f', '2', '-l', '2', '-png', file, join(dir, 'page')]);
    expect(progress.map((p) => p.stage)).toEqual(['laying-out', 'placing', 'writing', 'writing']);
  });

  it('gives back the draft text from the text column, with no radicals or compatibility ideographs', () => {
    const page = pageGeometry('a4');
    const firstBody = 2;
    const lastBody = appendixPage() - 1;
    const column = [
      '-x',
      String(Math.floor(page.left * mm) - 2),
      '-y',
      String(Math.floor(page.top * mm)),
      '-W',
      String(Math.ceil((page.width - page.left - page.right) * mm) + 4),
      '-H',
      String(Math.ceil((page.height - page.top - page.bottom) * mm)),
    ];
    // -layout keeps each table row on one line (plain mode reads a table column by column).
    const body = poppler('pdftotext', [
      '-layout',
      '-f',
      String(firstBody),
      '-l',
      String(lastBody),
      ...column,
      file,
      '-',
    ]);
    expect(squash(body)).toBe(squash(fixture.draft.text));
    const all = poppler('pdftotext', [file, '-']);
    expect(all).not.toMatch(radicals);
    expect(textItems.map((i) => i.str).join('')).not.toMatch(radicals);
    expect(textItems.map((i) => i.str).join('')).toContain('河城區政府工作報告');
  });

  it('writes one /Highlight per annotation with author, contents, subject, popup and /NM', async () => {
    const selection = selectPrintAnnotations({
      text: fixture.draft.text,
      annotations: fixture.annotations,
      replies: fixture.replies,
      options: defaultExportPdfOptions,
    });
    expect(selection.placed).toHaveLength(fixture.annotations.length - 1);
    expect(exported.highlighted).toBe(selection.placed.length);
    expect(exported.unprinted).toEqual([]);
    expect(exported.orphans.map((o) => o.annotation.id)).toEqual([fixture.ids.orphan]);
    const found = highlights();
    expect(found).toHaveLength(selection.placed.length);
    const names = await nmOf();
    for (const entry of selection.placed) {
      const hit = found.filter((a) => names.get(a.id) === entry.annotation.id);
      expect(hit, entry.annotation.id).toHaveLength(1);
      expect(hit[0]!.titleObj.str).toBe(entry.annotation.author);
      expect(hit[0]!.contentsObj.str).toBe(noteText(entry));
      expect(hit[0]!.popupRef).toBeTruthy();
      expect(hit[0]!.quadPoints!.length % 8).toBe(0);
    }
    expect(annotations.filter((a) => a.subtype === 'Popup')).toHaveLength(selection.placed.length);
    expect(annotations.filter((a) => a.subtype === 'Link')).toEqual([]);
  });

  it('threads replies and review states to their highlight with /IRT', async () => {
    const names = await nmOf();
    const byNm = (id: string): PdfjsAnnotation => annotations.find((a) => names.get(a.id) === id)!;
    const thread = byNm(fixture.ids.thread);
    const replies = annotations.filter((a) => a.inReplyTo === thread.id && a.replyType === 'R');
    expect(replies.map((r) => [r.subtype, r.titleObj.str, r.contentsObj.str])).toEqual([
      ['Text', 'Bo Wang', '已核對，公報為203億元。'],
      ['Text', 'Alice Chen', 'Thanks — keep it open until the bulletin is out.'],
    ]);
    expect(replies.map((r) => names.get(r.id))).toEqual(fixture.replies.slice(0, 2).map((r) => r.id));
    const stateOf = (id: string): [string | null | undefined, string | null | undefined, string] => {
      const state = annotations.find((a) => a.inReplyTo === byNm(id).id && a.state);
      return [state?.stateModel, state?.state, state?.contentsObj.str ?? ''];
    };
    expect(stateOf(fixture.ids.resolved)).toEqual(['Review', 'Completed', 'Resolved']);
    expect(stateOf(fixture.ids.figures.verified!)).toEqual(['Review', 'Accepted', 'V Verified']);
    expect(stateOf(fixture.ids.figures.traced!)).toEqual(['Review', 'Accepted', 'T Traced to source']);
    expect(stateOf(fixture.ids.figures.disputed!)).toEqual(['Review', 'Rejected', 'D Disputed']);
    expect(stateOf(fixture.ids.figures.unverified!)).toEqual(['Review', 'None', 'U Unverified']);
    expect(stateOf(fixture.ids.figures.notApplicable!)).toEqual(['Review', 'Cancelled', 'N Not applicable']);
    expect(annotations.find((a) => a.inReplyTo === thread.id && a.state)).toBeUndefined();
  });

  it('draws a highlight across a page break on both pages, the second grouped with the first', async () => {
    const names = await nmOf();
    const first = annotations.find((a) => names.get(a.id) === fixture.ids.acrossPages)!;
    const rest = annotations.filter((a) => a.inReplyTo === first.id && a.replyType === 'Group');
    expect(rest).toHaveLength(1);
    expect(rest[0]!.subtype).toBe('Highlight');
    expect(rest[0]!.page).toBe(first.page + 1);
  });

  it("puts each highlight's quads exactly over the text it quotes", async () => {
    const names = await nmOf();
    for (const annotation of fixture.annotations) {
      if (annotation.id === fixture.ids.orphan) continue;
      const parts = annotations.filter(
        (a) =>
          a.subtype === 'Highlight' &&
          (names.get(a.id) === annotation.id || names.get(a.id)?.startsWith(`${annotation.id}#`)),
      );
      let covered = '';
      for (const part of parts.sort((a, b) => a.page - b.page)) {
        const q = Array.from(part.quadPoints!);
        for (let k = 0; k < q.length; k += 8) {
          const [x1, y2, x2, , , y1] = [q[k]!, q[k + 1]!, q[k + 2]!, q[k + 3]!, q[k + 4]!, q[k + 5]!];
          // pdf.js: a text item on this line lies inside the quad's height and overlaps it.
          const onLine = textItems.filter(
            (i) =>
              i.page === part.page &&
              i.str.trim() &&
              i.y >= y1 - 1 &&
              i.y + i.height <= y2 + 1 &&
              i.x < x2 &&
              i.x + i.width > x1,
          );
          expect(onLine.length, `quad ${k / 8} of ${annotation.id}`).toBeGreaterThan(0);
          // poppler: the text inside the quad is the quoted text of that line fragment.
          // Crop at 720 dpi (poppler takes whole pixels). Chromium snaps link rectangles to CSS pixels
          // (0.75 pt), so the crop is narrowed by just over that; any character is wider than 2.5 pt.
          const at = (n: number): string => String(Math.round(n * 10));
          covered += poppler('pdftotext', [
            '-f',
            String(part.page),
            '-l',
            String(part.page),
            '-r',
            '720',
            '-x',
            at(x1 + 0.8),
            '-y',
            at(pageHeight - y2 + 0.5),
            '-W',
            at(x2 - x1 - 1.6),
            '-H',
            at(y2 - y1 - 1),
            file,
            '-',
          ]);
        }
      }
      expect(squash(covered), annotation.target.exact).toBe(squash(annotation.target.exact));
    }
  }, 60_000);

  it('lists every figure and the orphan in the appendix', () => {
    const appendix = poppler('pdftotext', [
      '-f',
      String(exported.pages),
      '-l',
      String(exported.pages),
      file,
      '-',
    ]);
    expect(appendix).toContain('Figure verification schedule (6)');
    for (const annotation of fixture.annotations.filter((a) => a.kind === 'figure')) {
      expect(squash(appendix)).toContain(squash(annotation.target.exact));
    }
    // Table cells wrap, and poppler interleaves neighbouring cells' lines.
    expect(squash(appendix)).toContain('bulletin.pdf,p.4');
    expect(appendix).toContain('Orphaned annotations (1)');
    expect(appendix).toContain('這句話已被刪除了嗎？');
    const cover = poppler('pdftotext', ['-f', '1', '-l', '1', file, '-']);
    expect(cover).toContain('Unresolved threads (3)');
    expect(cover).toContain(fixture.draft.sha256.slice(0, 32));
  });
});
