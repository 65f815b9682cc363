/**
 * A source import shows how far it got and can be cancelled, like a draft import: a 600-page PDF
 * chosen in the Sources tab brings up the progress bar with the file's name, "page N of 600" and a
 * Cancel button after a second; Cancel stops main's import worker, nothing is stored, no error is
 * shown, and a small source attached afterwards goes in as usual.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { setReviewerName } from './annotations-helpers';
import { waitReady } from './app-helpers';
import { launchApp } from './harness';

/** A long statistical annex: many pages of figures, slow enough to read that Cancel shows. */
async function writeLongPdf(file: string, pages: number): Promise<void> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= pages; p++) {
    const page = pdf.addPage([595, 842]);
    for (let line = 0; line < 40; line++) {
      page.drawText(
        `Table ${p}.${line + 1}  Revenue of district ${line + 1}: ${(p * 37 + line) % 997}.5 million, up ${line % 9}.2 percent`,
        {
          x: 50,
          y: 800 - line * 18,
          size: 10,
          font,
        },
      );
    }
  }
  await writeFile(file, await pdf.save());
}

test('a long source import shows its pages and a Cancel button that stops it', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-source-progress-'));
  const long = path.join(dir, 'annex.pdf');
  const small = path.join(dir, 'summary.csv');
  await writeLongPdf(long, 600);
  await writeFile(small, 'indicator,value\nGDP (100 million yuan),264\n');
  const app = await launchApp();
  try {
    const { page } = app;
    await waitReady(page);
    await setReviewerName(page, 'Auditor');
    await page.getByTestId('side-tab-sources').click({ timeout: 20_000 });

    app.queueDialogFile(long);
    await page.getByTestId('sources-attach').click();
    const progress = page.getByTestId('import-progress');
    await expect(progress).toBeVisible();
    await expect(progress).toContainText('Importing source annex.pdf');
    await expect(page.getByTestId('import-progress-pages')).toHaveText(/^page \d+ of 600$/, {
      timeout: 15_000,
    });
    await page.screenshot({ path: path.join(process.cwd(), '.tmp', 'source-import-progress.png') });
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect(progress).toHaveCount(0);
    await expect(page.getByTestId('source-item')).toHaveCount(0);
    await expect(page.getByTestId('notice')).toHaveCount(0);
    expect(app.bridgeCalls.map((call) => call.method)).toContain('cancelImport');

    app.queueDialogFile(small);
    await page.getByTestId('sources-attach').click();
    await expect(page.getByTestId('source-item')).toHaveCount(1, { timeout: 20_000 });
    await expect(page.getByTestId('source-item')).toContainText('summary.csv');
    await expect(progress).toHaveCount(0);
  } finally {
    await app.close();
  }
});
