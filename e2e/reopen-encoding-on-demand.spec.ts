/**
 * "Reopen with encoding…" on demand: a GB18030 file decoded with confidence shows no notice, but the
 * header of any text draft offers the dialog. Previews change nothing (Cancel leaves one draft and the
 * same rows in IndexedDB); "Use this encoding" stores the next draft. After a relaunch main no longer
 * holds the file: the dialog says so, and opening the file again makes it reachable.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import iconv from 'iconv-lite';
import { countRows, openWithDialog, waitReady } from './app-helpers';
import { launchApp } from './harness';

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-reopen-any-'));
});
test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const text =
  '二〇二四年预算执行情况\n\n全年一般公共预算收入91.2亿元，比上年下降10.2%。\n\n城镇居民人均可支配收入42305元，增长5.8%。\n';

test('any text draft can be previewed in another encoding; nothing changes until it is used', async () => {
  const bytes = iconv.encode(text, 'gb18030');
  const file = path.join(dir, 'budget-gbk.txt');
  await writeFile(file, bytes);
  const asBig5 = iconv.decode(bytes, 'big5');
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await waitReady(page);
    await openWithDialog(app, file);
    await expect(page.getByTestId('document-version')).toContainText('budget-gbk.txt', { timeout: 30_000 });
    await expect(page.locator('.tm-document')).toContainText('全年一般公共预算收入91.2亿元');
    // Decided with confidence: no close-call notice, but the header still offers the dialog.
    await expect(page.getByTestId('encoding-notice')).toHaveCount(0);
    const before = await countRows(page);

    await page.getByTestId('encoding-reopen-any').click();
    const select = page.getByTestId('reopen-encoding-select');
    const preview = page.getByTestId('reopen-encoding-preview');
    await expect(select).toHaveValue('gb18030');
    await expect(preview).toContainText('全年一般公共预算收入91.2亿元', { timeout: 30_000 });
    await select.selectOption('big5');
    await expect(preview).toContainText(asBig5.split('\n')[0]!.trim(), { timeout: 30_000 });
    await expect(preview).not.toContainText('预算');
    await page.screenshot({ path: path.join(process.cwd(), '.tmp', 'reopen-encoding-on-demand.png') });
    await page.getByTestId('reopen-encoding-dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('reopen-encoding-dialog')).toHaveCount(0);
    await expect(page.getByTestId('document-version')).toContainText('Draft 1 of 1');
    await expect(page.locator('.tm-document')).toContainText('全年一般公共预算收入91.2亿元');
    expect(await countRows(page)).toEqual(before);

    await page.getByTestId('encoding-reopen-any').click();
    await select.selectOption('big5');
    await expect(preview).toContainText(asBig5.split('\n')[0]!.trim(), { timeout: 30_000 });
    await page.getByTestId('reopen-encoding-use').click();
    await expect(page.getByTestId('document-version')).toContainText('Draft 2 of 2', { timeout: 30_000 });
    await expect(page.getByTestId('document-version')).toContainText('big5', { ignoreCase: true });

    // The Drafts tab offers it for every text draft, here the first one (read as GB18030).
    await page.getByTestId('side-tab-drafts').click();
    await page.screenshot({ path: path.join(process.cwd(), '.tmp', 'drafts-reopen-encoding.png') });
    await page.getByTestId('version-reopen-encoding-1').click();
    await expect(select).toHaveValue('gb18030');
    await expect(preview).toContainText('全年一般公共预算收入91.2亿元', { timeout: 30_000 });
    await page.getByTestId('reopen-encoding-dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('document-version')).toContainText('Draft 2 of 2');
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }

  const again = await launchApp({ locale: 'en-US', userDataDir: app.userDataDir });
  try {
    const { page } = again;
    await waitReady(page);
    if (await page.getByTestId('start-screen').isVisible())
      await page.getByTestId('recent-open').first().click();
    await expect(page.getByTestId('document-version')).toContainText('Draft 2 of 2', { timeout: 30_000 });
    // Main keeps the files of this session only: the dialog says what to do instead of failing quietly.
    await page.getByTestId('encoding-reopen-any').click();
    await expect(page.getByTestId('reopen-encoding-preview')).toContainText('open the file again', {
      timeout: 30_000,
    });
    await expect(page.getByTestId('reopen-encoding-use')).toBeDisabled();
    await page.getByTestId('reopen-encoding-dialog').getByRole('button', { name: 'Cancel' }).click();
    // Opening the same file again stores nothing new but hands main its bytes.
    const rows = await countRows(page);
    await openWithDialog(again, file);
    await expect(page.getByTestId('import-progress')).toHaveCount(0, { timeout: 30_000 });
    expect(await countRows(page)).toEqual(rows);
    await page.getByTestId('encoding-reopen-any').click();
    await page.getByTestId('reopen-encoding-select').selectOption('gb18030');
    await expect(page.getByTestId('reopen-encoding-preview')).toContainText('全年一般公共预算收入91.2亿元', {
      timeout: 30_000,
    });
    await expect(page.getByTestId('reopen-encoding-use')).toBeEnabled();
    expect(again.errors).toEqual([]);
  } finally {
    await again.close();
  }
});
