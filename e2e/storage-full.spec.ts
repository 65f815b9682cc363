/**
 * IndexedDB full (issue #13), for real: the profile is reopened with its origin's quota set just above
 * what it holds (CDP Storage.overrideQuotaForOrigin, before the page loads), and comments of
 * incompressible text are added until Chromium refuses a write. Then: a clear "storage is full" notice
 * that offers a backup, nothing saved before lost, the backup written from that state holds everything,
 * and a relaunch without the limit finds every acknowledged annotation.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readBackupFile } from '../shared/backup/backup-file';
import { launchApp } from './harness';
import {
  readStoredAnnotations,
  reopenRecent,
  saveDialog,
  selectText,
  setReviewerName,
  waitForDocument,
} from './annotations-helpers';

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-quota-e2e-'));
});
test.afterAll(() => (process.env.KEEP_E2E_FILES ? undefined : rm(dir, { recursive: true, force: true })));

const usage = (page: Page) => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

test('storage full: a clear notice, nothing saved lost, and a backup can still be made', async () => {
  test.setTimeout(180_000);
  const first = await launchApp({ locale: 'en-US' });
  const userDataDir = first.userDataDir;
  let used: number;
  try {
    await waitForDocument(first.page);
    await setReviewerName(first.page, 'Ana');
    await selectText(first.page, '區內生產總值 264億元');
    await first.page.keyboard.press('c');
    await first.page.getByTestId('annotation-dialog').getByTestId('comment-input').fill('Source?');
    await saveDialog(first.page);
    used = await usage(first.page);
  } finally {
    await first.close();
  }

  const app = await launchApp({ userDataDir, locale: 'en-US', storageQuotaBytes: used + 400_000 });
  const { page } = app;
  try {
    await reopenRecent(page);
    const dialog = page.getByTestId('annotation-dialog');
    const notice = page.getByTestId('notice');
    let refused = false;
    for (let i = 0; i < 30 && !refused; i += 1) {
      await selectText(page, '森林覆蓋率達64.23%');
      await page.keyboard.press('c');
      // Random base64: IndexedDB compresses values, so only incompressible text fills the quota.
      await dialog.getByTestId('comment-input').fill(randomBytes(45_000).toString('base64'));
      await dialog.getByTestId('annotation-save').click();
      await expect.poll(async () => (await dialog.isHidden()) || (await notice.count()) > 0).toBe(true);
      refused = (await notice.count()) > 0;
      if (refused && (await dialog.isVisible())) await page.keyboard.press('Escape');
    }
    expect(refused, 'a write was refused for lack of space').toBe(true);
    await expect(notice.first()).toHaveAttribute('data-code', 'quota');
    await expect(notice.first()).toContainText('Your last change was not saved');
    await expect(notice.first()).toContainText("There is no room left in the app's storage");
    await expect(notice.first()).toContainText('Everything saved before this is safe');
    const stored = (await readStoredAnnotations(page)).annotations;
    expect(stored.length).toBeGreaterThan(1);
    // Every annotation the panel shows was stored; the refused one is in neither.
    await expect(page.locator('.tm-document [data-annotation-id]').first()).toBeVisible();
    await page.screenshot({ path: path.join(dir, 'storage-full.png') });

    const backup = path.join(dir, 'while-full.tickmark-backup.json');
    app.queueDialogFile(backup);
    await notice.first().getByTestId('notice-backup').click();
    await expect(page.getByTestId('backup-written')).toContainText(`annotations: ${stored.length},`);
    const read = readBackupFile(await readFile(backup, 'utf8'));
    expect(read.ok && read.value.contents.annotations.map((a) => a.id).sort()).toEqual(
      stored.map((a) => a.id as string).sort(),
    );
    expect(app.errors.filter((e) => !/quota|QuotaExceeded/i.test(e))).toEqual([]);
    await app.close();

    const again = await launchApp({ userDataDir, locale: 'en-US' });
    try {
      await reopenRecent(again.page);
      const after = (await readStoredAnnotations(again.page)).annotations.map((a) => a.id as string).sort();
      expect(after).toEqual(stored.map((a) => a.id as string).sort());
    } finally {
      await again.close();
    }
  } finally {
    await app.close().catch(() => undefined);
  }
});
