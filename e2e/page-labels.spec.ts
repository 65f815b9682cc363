/**
 * Page labels shown where the reader is: a PDF draft whose printed numbering starts at 5 shows "p. 5"
 * … "p. 8" as a tag at the start of the first paragraph of each page; the tags are widgets, not text,
 * and nothing of the body is lost to the footers being left out.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openWithDialog, waitReady } from './app-helpers';
import { launchApp } from './harness';
import { numberedReportPdf } from '../electron/services/testing/numbered-report-pdf';

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-page-labels-'));
});
test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('a PDF draft tags the first paragraph of each printed page with its page number', async () => {
  const file = path.join(dir, 'numbered.pdf');
  await writeFile(file, await numberedReportPdf());
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await waitReady(page);
    await openWithDialog(app, file);
    await expect(page.getByTestId('document-version')).toContainText('numbered.pdf', { timeout: 30_000 });
    // Nothing of the body is lost to the footers being left out.
    await expect(page.locator('.tm-document')).toContainText('on schools in the schools district of ward 1.');
    const marks = page.locator('.tm-document .tm-page-mark');
    await expect(marks).toHaveText(['p. 5', 'p. 6', 'p. 7', 'p. 8']);
    await expect(marks.nth(2)).toHaveAttribute('title', 'Page 7 as printed (page 3 of the PDF file)');
    // Each mark stands in the paragraph its page starts with.
    const third = page.locator('.tm-document p', { has: page.locator('.tm-page-mark[data-page-label="7"]') });
    await expect(third).toContainText('Section 3.1');
    // The marks are not text: the paragraph's text still starts with the document's words.
    expect(await third.evaluate((p) => p.textContent!.replace(/^p\. 7/, '').startsWith('Section 3.1'))).toBe(
      true,
    );
    await page.screenshot({ path: path.join(process.cwd(), '.tmp', 'page-labels.png') });
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});
