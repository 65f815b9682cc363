/**
 * The notes drawn with embedded fonts, on a page more crowded than its margin: every note is printed
 * in full (margin first, the rest at the foot of the page, numbered, with author and date), the page's
 * highlights still sit exactly over their text after the content is scaled for the foot band, and the
 * file is the printed PDF plus an incremental update that poppler, pdf.js and pdf-lib all read. Also
 * the fallback without TrueType fonts (a second print) still writes the review annotations.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnnotation, createReply, type Annotation } from '../../../shared/annotations/model';
import { createTarget } from '../../../shared/annotations/selectors';
import { defaultExportPdfOptions } from '../../../shared/export/export-options';
import { makeReviewFixture, type ReviewFixture } from '../testing/review-fixture';
import { createChromiumPrinter, findChromium, type ChromiumPrinter } from './chromium-printer';
import { exportAnnotatedPdf, type ExportedPdf } from './export-annotated-pdf';
import { findNoteFonts } from './note-fonts';

let dir: string;
let fixture: ReviewFixture;
let printer: ChromiumPrinter;
let crowded: Annotation[];
let exported: ExportedPdf;
const squash = (text: string): string => text.replace(/\s+/g, '');
const options = { ...defaultExportPdfOptions, cover: false, appendix: false };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-notes-'));
  fixture = await makeReviewFixture();
  printer = createChromiumPrinter(findChromium()!);
  const text = fixture.draft.text;
  // 36 long comments on the first 600 characters: far more than one margin holds.
  crowded = Array.from({ length: 36 }, (_, i) => {
    let start = 20 + i * 15;
    while (/\s/.test(text[start]!)) start++;
    return createAnnotation({
      documentId: 'd',
      versionId: 'v',
      target: createTarget(text, start, start + 4),
      body: {
        kind: 'comment',
        text: `第${i + 1}條意見：這一段的數字需要和公報第四頁核對，並說明口徑差異。Note ${i + 1} in full.`,
        resolved: false,
      },
      author: i % 2 ? 'Alice Chen' : 'Bo Wang',
    });
  });
  exported = await exportAnnotatedPdf(
    {
      version: { ...fixture.draft, number: 2 },
      annotations: crowded,
      replies: [createReply({ annotationId: crowded[0]!.id, author: 'Carol Lee', text: '同意，已核對。' })],
      options,
      exportedAt: new Date('2026-12-01T01:00:00Z'),
    },
    { printToPdf: printer.printToPdf },
  );
  await writeFile(join(dir, 'crowded.pdf'), exported.bytes);
}, 90_000);

afterAll(async () => {
  await printer.close();
  if (!process.env.KEEP_NOTES_PDF) await rm(dir, { recursive: true, force: true });
});

describe('notes drawn into the PDF', () => {
  it('finds TrueType fonts on this machine (CI installs Droid Sans Fallback and DejaVu)', () => {
    expect(findNoteFonts()).not.toBeNull();
  });

  it('prints every note in full, the overflow at the foot of the page and on, with number, author and date', () => {
    const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', join(dir, 'crowded.pdf'), '-'], {
      encoding: 'utf8',
    });
    const page1Text = squash(page1);
    const all = squash(execFileSync('pdftotext', [join(dir, 'crowded.pdf'), '-'], { encoding: 'utf8' }));
    // Columns side by side interleave in poppler's reading order: check each note's start and end.
    // Page 1 cannot hold all 36 without shrinking its text below minContentScale: the rest continue
    // on the next pages' bands, each note exactly once, numbered the same.
    for (let i = 1; i <= 36; i++) {
      expect(all.split(`第${i}條意見：這一段的數字需要和公報第四`)).toHaveLength(2);
    }
    expect(page1Text).toContain('第1條意見：這一段的數字需要和公報第四');
    expect(page1Text).not.toContain('第36條意見');
    expect(all.match(/infull\./g)).toHaveLength(36);
    expect(all.match(/Note\d/g)).toHaveLength(36);
    expect(page1).not.toMatch(/more:/);
    expect(page1).toMatch(/Bo Wang · \d{4}-\d{2}-\d{2}/);
    expect(page1Text).toContain('同意，已核對。');
    // The foot band: the lowest notes sit below where the printed text column ends (18 mm margin).
    const foot = execFileSync(
      'pdftotext',
      [
        '-f',
        '1',
        '-l',
        '1',
        '-x',
        '0',
        '-y',
        String(Math.round(842 - 60 * 2.835)),
        '-W',
        '595',
        '-H',
        '140',
        join(dir, 'crowded.pdf'),
        '-',
      ],
      { encoding: 'utf8' },
    );
    expect(foot).toMatch(/第\d+條意見/);
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-png',
      join(dir, 'crowded.pdf'),
      join(dir, 'p'),
    ]);
  });

  it('keeps each highlight over its text on a page whose content was scaled for the foot band', async () => {
    const doc = await getDocument({ data: exported.bytes.slice(), verbosity: 0 }).promise;
    const page = await doc.getPage(1);
    const items = (await page.getTextContent()).items.filter((i) => 'str' in i && i.str.trim());
    const highlights = (await page.getAnnotations()).filter(
      (a: { subtype: string }) => a.subtype === 'Highlight',
    );
    expect(highlights.length).toBeGreaterThan(20);
    for (const h of highlights as Array<{ quadPoints: ArrayLike<number> }>) {
      const q = Array.from(h.quadPoints);
      const [x1, y2, x2, y1] = [q[0]!, q[1]!, q[2]!, q[5]!];
      // Some text item of the draft overlaps the quad's box (same line, same columns).
      const hit = items.some((i) => {
        const t = (i as { transform: number[]; width: number }).transform;
        const width = (i as { width: number }).width;
        return t[5]! >= y1 - 2 && t[5]! <= y2 && t[4]! < x2 && t[4]! + width > x1;
      });
      expect(hit).toBe(true);
    }
  }, 60_000);

  it('is the printed file plus an incremental update that poppler, pdf.js and pdf-lib read without complaint', async () => {
    const info = spawnSync('pdfinfo', [join(dir, 'crowded.pdf')], { encoding: 'utf8' });
    expect(info.status).toBe(0);
    expect(info.stderr).toBe('');
    const text = spawnSync('pdftotext', [join(dir, 'crowded.pdf'), '-'], { encoding: 'utf8' });
    expect(text.stderr).toBe('');
    const bytes = Buffer.from(exported.bytes);
    expect(bytes.toString('latin1').match(/%%EOF/g)!.length).toBe(2);
    expect(bytes.toString('latin1')).toMatch(/\/Prev \d+/);
    const reloaded = await PDFDocument.load(exported.bytes);
    expect(reloaded.getPageCount()).toBe(exported.pages);
    expect(reloaded.getTitle()).toBe(fixture.draft.title);
  }, 60_000);

  it('adds notes pages after the last page when every band is full, each note once, numbered the same', async () => {
    const text = fixture.draft.text;
    const many = Array.from({ length: 120 }, (_, i) => {
      let start = 20 + i * 15;
      while (/\s/.test(text[start]!)) start++;
      return createAnnotation({
        documentId: 'd',
        versionId: 'v',
        target: createTarget(text, start, start + 4),
        body: {
          kind: 'comment',
          text: `第${i + 1}條意見：需要和公報第四頁核對。Note ${i + 1} in full.`,
          resolved: false,
        },
        author: 'Bo Wang',
      });
    });
    const result = await exportAnnotatedPdf(
      {
        version: { ...fixture.draft, number: 2 },
        annotations: many,
        replies: [],
        options,
        exportedAt: new Date('2026-12-01T01:00:00Z'),
      },
      { printToPdf: printer.printToPdf },
    );
    expect(result.pages).toBeGreaterThan(exported.pages);
    const file = join(dir, 'notes-pages.pdf');
    await writeFile(file, result.bytes);
    const all = squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    for (let i = 1; i <= 120; i++) expect(all.split(`第${i}條意見：需要和公報第四頁核對`)).toHaveLength(2);
    const last = squash(
      execFileSync('pdftotext', ['-f', String(result.pages), '-l', String(result.pages), file, '-'], {
        encoding: 'utf8',
      }),
    );
    expect(last).toContain(`${result.pages}/${result.pages}`);
    expect(last).toContain('第120條意見');
    const doc = await getDocument({ data: result.bytes.slice(), verbosity: 0 }).promise;
    expect(doc.numPages).toBe(result.pages);
    let highlights = 0;
    for (let p = 1; p <= doc.numPages; p++)
      highlights += (await (await doc.getPage(p)).getAnnotations()).filter(
        (a: { subtype: string }) => a.subtype === 'Highlight',
      ).length;
    expect(highlights).toBe(120);
  }, 60_000);

  it('prints a note longer than a page in full, across columns and pages, marked as continued', async () => {
    const text = fixture.draft.text;
    const long = Array.from(
      { length: 60 },
      (_, i) => `第${i + 1}段：請逐項核對來源並補充說明。Check part ${i + 1} against the bulletin.`,
    ).join(' ');
    const note = createAnnotation({
      documentId: 'd',
      versionId: 'v',
      target: createTarget(text, 30, 34),
      body: { kind: 'comment', text: long, resolved: false },
      author: 'Alice Chen',
    });
    const result = await exportAnnotatedPdf(
      {
        version: { ...fixture.draft, number: 2 },
        annotations: [note],
        replies: [],
        options,
        exportedAt: new Date('2026-12-01T01:00:00Z'),
      },
      { printToPdf: printer.printToPdf },
    );
    const file = join(dir, 'long-note.pdf');
    await writeFile(file, result.bytes);
    const all = squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    // Every part once: none drawn off the page or cut (a part may break at a column's end, where
    // poppler reads the page's folio in between, so each is found by its start).
    for (let i = 1; i <= 60; i++) expect(all.split(`第${i}段：請逐項核`)).toHaveLength(2);
    expect(all.match(/\(continued\)/g)!.length).toBeGreaterThanOrEqual(2);
    // The page's own text is still there, above the band (a line well below the highlight's).
    const page1 = squash(execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }));
    expect(page1).toContain(squash(text.slice(300, 320)));
  }, 60_000);

  it('still writes the review annotations without TrueType fonts (notes printed by Chromium)', async () => {
    const fallback = await exportAnnotatedPdf(
      {
        version: { ...fixture.draft, number: 2 },
        annotations: crowded.slice(0, 5),
        replies: [],
        options,
        exportedAt: new Date('2026-12-01T01:00:00Z'),
      },
      { printToPdf: printer.printToPdf, noteFonts: null },
    );
    expect(fallback.highlighted).toBe(5);
    const doc = await getDocument({ data: fallback.bytes.slice(), verbosity: 0 }).promise;
    const annots = await (await doc.getPage(1)).getAnnotations();
    expect(annots.filter((a: { subtype: string }) => a.subtype === 'Highlight')).toHaveLength(5);
  }, 120_000);
});
