/**
 * Bad input: each kind of broken file shows its own translated message naming the file, and leaves the
 * database exactly as it was (rows counted in IndexedDB before and after). Also through drag-and-drop,
 * and a file over the size limit dropped on the window is refused before its bytes are read.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  makeBinaryTxt,
  makeCorruptDocx,
  makeCorruptPdf,
  makeEmptyFile,
  makeEncryptedPdf,
  makeOversizedFile,
  makeScannedPdf,
} from '../electron/services/testing/fixtures';
import { countRows, dropFile, openWithDialog, waitReady } from './app-helpers';
import { launchApp } from './harness';

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-bad-'));
});

test('each bad file gets its own message and changes nothing saved (English)', async () => {
  const folder = path.join(dir, 'folder.txt');
  await mkdir(folder);
  const cases = [
    { file: await makeEmptyFile(dir), code: 'empty-file', words: 'is empty' },
    { file: await makeBinaryTxt(dir), code: 'binary-file', words: 'binary file' },
    { file: await makeCorruptDocx(dir), code: 'corrupt', words: 'damaged' },
    { file: await makeCorruptPdf(dir), code: 'corrupt', words: 'damaged' },
    { file: await makeEncryptedPdf(dir), code: 'encrypted', words: 'password' },
    { file: await makeScannedPdf(dir), code: 'empty-file', words: 'OCR' },
    { file: await makeOversizedFile(dir), code: 'too-large', words: 'over the 50 MB limit' },
    { file: path.join(dir, 'deleted.txt'), code: 'not-found', words: 'was not found' },
    { file: folder, code: 'unreadable', words: 'could not be read' },
  ];
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await waitReady(page);
    await expect(page.getByTestId('document-title')).toHaveText('鶴城區政府工作報告');
    const before = await countRows(page);
    for (const item of cases) {
      await openWithDialog(app, item.file);
      const notice = page.getByTestId('notice');
      await expect(notice).toHaveCount(1, { timeout: 20_000 });
      await expect(notice).toHaveAttribute('data-code', item.code);
      await expect(page.getByTestId('notice-message')).toContainText(path.basename(item.file));
      await expect(page.getByTestId('notice-message')).toContainText(item.words);
      await expect(notice).toContainText('Nothing already saved was changed.');
      expect(await countRows(page)).toEqual(before);
      // The open document stays open and untouched.
      await expect(page.getByTestId('document-title')).toHaveText('鶴城區政府工作報告');
      await page.getByTestId('notice-dismiss').click();
      await expect(notice).toHaveCount(0);
    }
  } finally {
    await app.close();
  }
});

test('bad dropped files in Traditional Chinese, and an oversized drop refused up front', async () => {
  const app = await launchApp({ locale: 'zh-TW' });
  try {
    const { page } = app;
    await waitReady(page);
    const before = await countRows(page);
    await dropFile(page, await makeBinaryTxt(dir, 'dropped-binary.txt'));
    await expect(page.getByTestId('notice-message')).toHaveText(/dropped-binary\.txt 不是文字檔/);
    await page.getByTestId('notice-dismiss').click();

    await dropFile(page, await makeCorruptDocx(dir, 'dropped.docx'));
    await expect(page.getByTestId('notice-message')).toContainText('dropped.docx 已損壞');
    await page.getByTestId('notice-dismiss').click();

    // 50 MB + 1 byte made in the page: the renderer refuses it without sending it to main.
    await page.evaluate(async () => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(50 * 1024 * 1024 + 1)], '巨大.txt'));
      window.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    });
    await expect(page.getByTestId('notice')).toHaveAttribute('data-code', 'too-large');
    await expect(page.getByTestId('notice-message')).toContainText('巨大.txt 有 50.1 MB，超過 50 MB 的上限');
    expect(await countRows(page)).toEqual(before);
  } finally {
    await app.close();
  }
});
