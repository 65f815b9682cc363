/**
 * Reopen with encoding… end to end: a four-character Big5 file (預算執行) whose decoding is a close call
 * (GB18030 also reads as text) opens with a notice; the dialog previews main's real decoding of the same
 * file in each encoding picked, and "Use this encoding" stores that text as the next draft.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import iconv from 'iconv-lite';
import { openWithDialog, waitReady } from './app-helpers';
import { launchApp } from './harness';

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-reopen-'));
});
test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('a short Big5 file: notice, preview in each encoding, and reopening as another', async () => {
  const bytes = iconv.encode('預算執行', 'big5');
  const file = path.join(dir, 'short-big5.txt');
  await writeFile(file, bytes);
  const asGb18030 = iconv.decode(bytes, 'gb18030');
  expect(asGb18030).not.toBe('預算執行');
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await waitReady(page);
    await openWithDialog(app, file);
    await expect(page.getByTestId('document-version')).toContainText('short-big5.txt', { timeout: 30_000 });
    await expect(page.locator('.tm-document')).toContainText('預算執行');
    const notice = page.getByTestId('encoding-notice');
    await expect(notice).toContainText('Big5 (Traditional Chinese)');
    await expect(notice).toContainText('GB18030');

    await page.getByTestId('encoding-reopen').click();
    const dialog = page.getByTestId('reopen-encoding-dialog');
    const preview = page.getByTestId('reopen-encoding-preview');
    // The first alternative is shown first: the same bytes read as GB18030.
    await expect(page.getByTestId('reopen-encoding-select')).toHaveValue('gb18030');
    await expect(preview).toHaveText(asGb18030, { timeout: 30_000 });
    await page.getByTestId('reopen-encoding-select').selectOption('big5');
    await expect(preview).toHaveText('預算執行', { timeout: 30_000 });
    await page.screenshot({ path: path.join(dir, 'reopen-encoding.png') });
    await page.getByTestId('reopen-encoding-select').selectOption('gb18030');
    await expect(preview).toHaveText(asGb18030, { timeout: 30_000 });
    await page.getByTestId('reopen-encoding-use').click();
    await expect(dialog).toHaveCount(0);

    // Stored as the next draft of the same document, read as GB18030.
    await expect(page.getByTestId('document-version')).toContainText('Draft 2 of 2', { timeout: 30_000 });
    await expect(page.getByTestId('document-version')).toContainText('gb18030', { ignoreCase: true });
    await expect(page.locator('.tm-document')).toContainText(asGb18030);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});
