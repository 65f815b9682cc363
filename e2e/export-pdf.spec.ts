/**
 * Export > Annotated PDF through the app (issue #7): annotate the sample, Ctrl+E, choose options, export
 * through main's Save dialog (scripted by the harness) with the progress bar, then read the file back
 * with pdf.js and poppler. The PDF's content is checked in depth by
 * electron/services/export/export-annotated-pdf.test.ts; this spec checks the app's path to it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { launchApp } from './harness';
import { saveDialog, selectText, setReviewerName, waitForDocument } from './annotations-helpers';

test('annotate the sample, export it with Ctrl+E, and read the PDF back', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-e2e-export-'));
  const app = await launchApp({ locale: 'en-US' });
  const { page } = app;
  try {
    await waitForDocument(page);
    await setReviewerName(page, 'Ana');
    await selectText(page, '區內生產總值 264億元');
    await page.getByTestId('toolbar-claim').click();
    await page.getByTestId('claim-tag-input').fill('GDP');
    await page.getByTestId('claim-tag-input').press('Enter');
    await saveDialog(page);

    await page.keyboard.press('Control+e');
    const dialog = page.getByTestId('export-pdf-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('export-paper').selectOption('letter');
    await dialog.getByTestId('export-appendix').uncheck();
    await page.screenshot({ path: path.join(dir, 'dialog.png') });

    const target = path.join(dir, 'sample-review.pdf');
    app.queueSavePath(target);
    await dialog.getByTestId('export-start').click();
    await expect(dialog.getByTestId('export-done')).toContainText('Saved sample-review.pdf', {
      timeout: 60_000,
    });
    await expect(dialog.getByTestId('export-done')).toContainText('1 annotation.');
    await dialog.getByTestId('export-show').click();
    await expect.poll(() => app.shownInFolder).toEqual([target]);

    const bytes = new Uint8Array(await readFile(target));
    expect(execFileSync('pdfinfo', [target], { encoding: 'utf8' })).toMatch(
      /Page size:\s+612 x 792 pts \(letter\)/,
    );
    const pdf = await getDocument({ data: bytes, verbosity: 0 }).promise;
    const highlights: Array<{ titleObj: { str: string }; contentsObj: { str: string } }> = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const found = (await (await pdf.getPage(n)).getAnnotations()) as Array<{
        subtype: string;
        titleObj: { str: string };
        contentsObj: { str: string };
      }>;
      highlights.push(...found.filter((a) => a.subtype === 'Highlight'));
    }
    expect(highlights.map((h) => [h.titleObj.str, h.contentsObj.str])).toEqual([['Ana', 'Other · #GDP']]);
    expect(execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' })).not.toContain('Appendix');

    // The choice is remembered.
    await dialog.getByTestId('export-close').click();
    await page.keyboard.press('Control+e');
    await expect(page.getByTestId('export-paper')).toHaveValue('letter');
    await expect(page.getByTestId('export-appendix')).not.toBeChecked();
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
  // … and kept in the profile's database: a relaunch offers the same choice.
  const again = await launchApp({ locale: 'en-US', userDataDir: app.userDataDir });
  try {
    await waitForDocument(again.page);
    await again.page.keyboard.press('Control+e');
    await expect(again.page.getByTestId('export-paper')).toHaveValue('letter');
    await expect(again.page.getByTestId('export-appendix')).not.toBeChecked();
  } finally {
    await again.close();
  }
});
