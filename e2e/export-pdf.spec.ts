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

test('a team status name and the UI language reach the PDF annotations (繁體中文介面)', async () => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-e2e-export-zh-'));
  const app = await launchApp({ locale: 'zh-TW' });
  const { page } = app;
  try {
    await waitForDocument(page);
    await setReviewerName(page, 'Ana');
    await selectText(page, '區內生產總值 264億元');
    await page.getByTestId('toolbar-claim').click();
    await saveDialog(page);
    // A team mark in the legend, applied to the first figure of the ledger by its letter.
    await page.getByTestId('side-tab-figures').click({ timeout: 15_000 });
    await page.getByTestId('figures-legend').locator('summary').click();
    await page.getByTestId('legend-add-label').fill('已向統計局查詢');
    await page.getByTestId('legend-add-letter').fill('q');
    await page.getByTestId('legend-add-group').selectOption('disputed');
    await page.getByTestId('legend-add-submit').click();
    const mark = page.getByTestId('figures-legend').locator('li[data-status^="custom:"]');
    await expect(mark).toContainText('已向統計局查詢');
    const customId = (await mark.getAttribute('data-status'))!;
    const first = page.getByTestId('figure-row').first();
    await first.click();
    await page.getByTestId('figures-panel').focus();
    await page.keyboard.press('q');
    await expect(first).toHaveAttribute('data-status', customId);
    // And a built-in status: the PDF names it as this UI does (有疑問), not the export's own table (有疑義).
    const second = page.getByTestId('figure-row').nth(1);
    await second.click();
    await page.getByTestId('figures-panel').focus();
    await page.keyboard.press('d');
    await expect(second).toHaveAttribute('data-status', 'disputed');

    await page.keyboard.press('Control+e');
    const dialog = page.getByTestId('export-pdf-dialog');
    await expect(dialog).toBeVisible();
    const target = path.join(dir, 'zh-review.pdf');
    app.queueSavePath(target);
    await dialog.getByTestId('export-start').click();
    await expect(dialog.getByTestId('export-done')).toBeVisible({ timeout: 60_000 });

    const pdf = await getDocument({ data: new Uint8Array(await readFile(target)), verbosity: 0 }).promise;
    const found: Array<{ subtype: string; contentsObj: { str: string }; subject?: string }> = [];
    for (let n = 1; n <= pdf.numPages; n++)
      found.push(...((await (await pdf.getPage(n)).getAnnotations()) as typeof found));
    const highlights = found.filter((a) => a.subtype === 'Highlight');
    const contents = highlights.map((h) => h.contentsObj.str);
    // The claim's category and the figure's status as this reviewer's UI names them.
    expect(contents).toContain('其他');
    expect(contents.some((c) => c.startsWith('Q 已向統計局查詢'))).toBe(true);
    expect(contents.some((c) => c.startsWith('D 有疑問'))).toBe(true);
    // The team name also in the appendix's schedule, and the kinds in Chinese for readers' panes.
    expect(execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' })).toContain('已向統計局查詢');
    const raw = Buffer.from(await readFile(target)).toString('latin1');
    const hex = (s: string) =>
      `<FEFF${[...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()).join('')}>`;
    expect(raw).toContain(`/Subj ${hex('論點')}`);
    expect(raw).toContain(`/Subj ${hex('數字')}`);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
});
