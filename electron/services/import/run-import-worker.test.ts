/**
 * The import worker: imports give the same result as in-process, a file that needs more memory than the
 * cap kills the worker (with a message naming the limit and the file) while this process carries on, an
 * import can be cancelled midway, and progress arrives page by page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportProgressEvent } from '../../../shared/import/import-progress';
import { makeOfficeBomb, makePdfBomb } from '../testing/bomb-fixtures';
import { sampleReportPath } from '../testing/text-fixtures';
import { importDocumentFile } from './import-document';
import { runImportInWorker } from './run-import-worker';

const dir = mkdtempSync(path.join(tmpdir(), 'tickmark-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MB = 1024 * 1024;

/** A text PDF of `pages` pages, each with a few lines, made with pdf-lib's standard font. */
async function manyPagePdf(pages: number): Promise<string> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    const page = pdf.addPage([595, 842]);
    for (let line = 0; line < 20; line++) {
      page.drawText(`Page ${n}, line ${line}: spending rose by 4.5 per cent to $12.5 million.`, {
        x: 72,
        y: 770 - line * 16,
        size: 11,
        font,
      });
    }
  }
  const file = path.join(dir, `pages-${pages}.pdf`);
  writeFileSync(file, await pdf.save());
  return file;
}

describe('runImportInWorker', () => {
  it('imports a draft exactly as the importer does in-process', async () => {
    const [inWorker, direct] = await Promise.all([
      runImportInWorker({ kind: 'document', path: sampleReportPath }),
      importDocumentFile(sampleReportPath),
    ]);
    expect(inWorker.ok).toBe(true);
    expect(inWorker).toEqual(direct);
  });

  it('stops a file that needs more than the memory cap, names the limit and the file, and survives', async () => {
    // 24 MB of Chinese text in short lines: building its document needs far more than a 64 MB heap.
    const line = '地区生产总值增长5.2%，一般公共预算收入148.48亿元。\n';
    const file = path.join(dir, 'huge-report.txt');
    writeFileSync(file, line.repeat(Math.ceil((24 * MB) / Buffer.byteLength(line))));
    const before = process.memoryUsage().rss;
    const result = await runImportInWorker({ kind: 'document', path: file }, { memoryLimitMb: 64 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('too-large');
    expect(result.error.message).toContain('"huge-report.txt"');
    expect(result.error.message).toContain('64 MB memory limit');
    expect(result.error.detail).toMatchObject({ fileName: 'huge-report.txt', limitMb: 64 });
    // The parent is alive, did not take the worker's memory, and imports the next file.
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * MB);
    const next = await runImportInWorker({ kind: 'document', path: sampleReportPath });
    expect(next.ok).toBe(true);
  }, 60_000);

  it.each([
    ['bomb.docx', () => makeOfficeBomb('docx', 10 * 1024 * MB), 'document'],
    ['bomb.xlsx', () => makeOfficeBomb('xlsx', 10 * 1024 * MB), 'source'],
    ['bomb.pdf', () => makePdfBomb(1024 * MB), 'document'],
  ] as const)('refuses %s in the worker without the parent growing', async (fileName, make, kind) => {
    const bytes = make();
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const result = await runImportInWorker(
      kind === 'document' ? { kind, fileName, bytes } : { kind, fileName, bytes },
    );
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const wallMs = performance.now() - started;
    process.stdout.write(`${fileName} in worker: ${wallMs.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU\n`);
    // The bound, worker start-up included, on CPU time (all threads): wall time on a machine
    // shared with other suites measures the other suites.
    expect(cpuMs).toBeLessThan(2000);
    expect(result.ok ? null : result.error.code).toBe('too-large');
    expect(result.ok ? '' : result.error.message).toContain(`"${fileName}"`);
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * MB);
  });

  it('reports progress page by page and can be cancelled midway', async () => {
    const file = await manyPagePdf(120);
    const controller = new AbortController();
    const seen: ImportProgressEvent[] = [];
    const result = await runImportInWorker(
      { kind: 'document', path: file },
      {
        signal: controller.signal,
        onProgress: (progress) => {
          seen.push(progress);
          if (progress.stage === 'pages' && progress.done >= 2) controller.abort();
        },
      },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(result.ok ? '' : result.error.message).toContain('"pages-120.pdf"');
    expect(seen[0]).toMatchObject({ fileName: 'pages-120.pdf', stage: 'reading' });
    const pages = seen.filter((p) => p.stage === 'pages');
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.at(-1)!.total).toBe(120);
    expect(pages.at(-1)!.done).toBeLessThan(120);
  }, 60_000);

  it('reads every page of a PDF with progress reaching the last page', async () => {
    const file = await manyPagePdf(12);
    const seen: ImportProgressEvent[] = [];
    const result = await runImportInWorker(
      { kind: 'document', path: file },
      { onProgress: (progress) => seen.push(progress) },
    );
    expect(result.ok && result.value.pages).toBe(12);
    expect(seen.at(-1)).toMatchObject({ stage: 'done' });
  }, 60_000);
});
