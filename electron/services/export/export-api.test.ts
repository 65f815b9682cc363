import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExportPdfOptions } from '../../../shared/export/export-options';
import type { ExportPdfRequest, ExportProgressEvent } from '../../../shared/export/export-request';
import { exportPdfRequestSchema, suggestedPdfName } from '../../../shared/export/export-request';
import { makeReviewFixture } from '../testing/review-fixture';
import { createChromiumPrinter, findChromium, type ChromiumPrinter } from './chromium-printer';
import { createExportApi } from './export-api';

let dir: string;
let printer: ChromiumPrinter;
let request: ExportPdfRequest;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-export-api-'));
  printer = createChromiumPrinter(findChromium()!);
  const fixture = await makeReviewFixture();
  request = exportPdfRequestSchema.parse({
    version: { ...fixture.draft, number: 2 },
    annotations: fixture.annotations,
    replies: fixture.replies,
    sources: [],
    customStatuses: [],
    statusLabels: { verified: '已核實' },
    options: { ...defaultExportPdfOptions, cover: false, appendix: false },
  });
});
afterAll(async () => {
  await printer.close();
  await rm(dir, { recursive: true, force: true });
});

function host(save: string | null) {
  const progress: ExportProgressEvent[] = [];
  const shown: string[] = [];
  const suggested: string[] = [];
  return {
    progress,
    shown,
    suggested,
    host: {
      showSaveDialog: async (name: string) => {
        suggested.push(name);
        return save;
      },
      printToPdf: printer.printToPdf,
      showItemInFolder: (path: string) => shown.push(path),
      reportProgress: (p: ExportProgressEvent) => progress.push(p),
    },
  };
}

describe('createExportApi', () => {
  it('suggests a name, exports where the user chose, reports progress and shows the file', async () => {
    const target = join(dir, 'review.pdf');
    const h = host(target);
    const api = createExportApi(h.host);
    expect(await api.showExportedFile()).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const result = await api.exportAnnotatedPdf(request);
    expect(result).toEqual({
      ok: true,
      value: { fileName: 'review.pdf', pages: expect.any(Number), highlighted: 13, orphans: 1 },
    });
    expect(h.suggested).toEqual(['河城區政府工作報告 - draft 2 - review.pdf']);
    expect(h.progress.map((p) => p.stage)).toEqual(['laying-out', 'placing', 'writing', 'writing']);
    expect(await api.showExportedFile()).toEqual({ ok: true, value: null });
    expect(h.shown).toEqual([target]);
  }, 60_000);

  it('does nothing when the Save dialog is cancelled, and leaves no file when the export is cancelled', async () => {
    expect(await createExportApi(host(null).host).exportAnnotatedPdf(request)).toEqual({
      ok: true,
      value: null,
    });
    const target = join(dir, 'cancelled.pdf');
    const api = createExportApi(host(target).host);
    const running = api.exportAnnotatedPdf(request);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await api.cancelExport();
    expect(await running).toEqual({ ok: true, value: null });
    expect(await readdir(dir)).not.toContain('cancelled.pdf');
  }, 60_000);

  it('says when the folder cannot be written', async () => {
    const result = await createExportApi(host(join(dir, 'missing', 'x.pdf')).host).exportAnnotatedPdf(
      request,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('does not exist') },
    });
  }, 60_000);

  it('cleans the suggested name of characters file systems refuse', () => {
    expect(suggestedPdfName('a/b:c*?\u0001', 3)).toBe('a b c - draft 3 - review.pdf');
  });
});
