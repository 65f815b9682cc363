/**
 * Sources an auditor can trust, end to end on the bundled sample in real Chromium with real IndexedDB
 * and the real source importers: a column-layout XLSX (an annex with a merged header and a unit note,
 * written by exceljs) yields proposals, one is accepted; a CSV that states another value for the same
 * measure makes a conflict that stays in the ledger and coverage until the auditor records which
 * source is taken and why; the sheet opens as a grid; removing a source takes its links, undo brings
 * them back.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { waitReady } from './app-helpers';
import { setReviewerName } from './annotations-helpers';
import { launchApp } from './harness';

const gdp = '221:226'; // 264億元
const retail = '353:361'; // 140.55億元

function tableCount(page: Page, table: 'sources' | 'links'): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('tickmark');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction(name, 'readonly').objectStore(name).count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      }),
    table,
  );
}

async function annex(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('附表1');
  sheet.addRow(['附表1 主要經濟指標']);
  sheet.addRow(['單位：億元']);
  sheet.addRow(['指標', '上年', null, '本年', null]);
  sheet.addRow([null, '數值', '增長（%）', '數值', '增長（%）']);
  sheet.addRow(['區內生產總值', 251.6, 7.2, 264.0, 4.9]);
  sheet.addRow(['社會消費品零售總額', 124.7, 10.1, 140.55, 12.7]);
  for (const range of ['A1:E1', 'A2:E2', 'A3:A4', 'B3:C3', 'D3:E3']) sheet.mergeCells(range);
  workbook.addWorksheet('說明').addRow(['資料來源：區統計局']);
  const file = path.join(dir, 'annex.xlsx');
  await writeFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return file;
}

const row = (page: Page, key: string) => page.locator(`[data-testid="figure-row"][data-key="${key}"]`);
const conflicts = async (page: Page) =>
  (await page.getByTestId('coverage-conflicts').allTextContents()).reduce((s, x) => s + Number(x), 0);

test('a column-layout XLSX gives proposals; a conflicting CSV stays a conflict until decided', async () => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-conflicts-'));
  const xlsx = await annex(dir);
  const csv = path.join(dir, 'retail.csv');
  await writeFile(csv, '指標,數值,單位\r\n社會消費品零售總額,141.55,億元\r\n');
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await waitReady(page);
    await setReviewerName(page, 'Auditor'); // every decision is signed
    await page.getByTestId('side-tab-figures').click({ timeout: 20_000 });
    await expect(row(page, gdp)).toBeVisible({ timeout: 20_000 });

    app.queueDialogFile(xlsx);
    await page.getByTestId('figures-attach-source').click({ timeout: 15_000 });
    await expect.poll(() => tableCount(page, 'sources'), { timeout: 20_000 }).toBe(1);
    await row(page, gdp).click({ timeout: 15_000 });
    const match = page.getByTestId('figure-match').filter({ hasText: '附表1!D5' });
    await expect(match).toBeVisible({ timeout: 15_000 });
    await match.getByTestId('figure-match-accept').click();
    await expect(row(page, gdp)).toHaveAttribute('data-status', 'traced');
    expect(await tableCount(page, 'links')).toBe(1);

    app.queueDialogFile(csv);
    await page.getByTestId('figures-attach-source').click({ timeout: 15_000 });
    await expect.poll(() => tableCount(page, 'sources'), { timeout: 20_000 }).toBe(2);
    await expect(row(page, retail)).toHaveAttribute('data-conflict', 'open', { timeout: 15_000 });
    await row(page, retail).click();
    const verdicts = page.getByTestId('source-verdict');
    await expect(verdicts).toHaveCount(2);
    await expect(verdicts.nth(0)).toHaveAttribute('data-verdict', 'agrees');
    await expect(verdicts.nth(1)).toHaveAttribute('data-verdict', 'differs');
    await expect(verdicts.nth(1)).toContainText('141.55');
    await expect(page.getByTestId('conflict-open')).toBeVisible();

    // The conflict shows in coverage too, and stays after looking elsewhere.
    await page.getByTestId('side-tab-coverage').click();
    await expect.poll(() => conflicts(page)).toBeGreaterThan(0);
    await page.getByTestId('side-tab-figures').click();
    await row(page, retail).click();
    await expect(row(page, retail)).toHaveAttribute('data-conflict', 'open');

    // Deciding needs a reason; then it is recorded and the conflict is closed.
    await verdicts.nth(0).getByTestId('verdict-take').check();
    await page.getByTestId('conflict-save').click();
    await expect(page.getByTestId('conflict-problem')).toBeVisible();
    await page.getByTestId('conflict-reason').fill('Annex is the audited statistics');
    await page.getByTestId('conflict-save').click();
    await expect(page.getByTestId('conflict-decided')).toContainText('annex.xlsx');
    await expect(page.getByTestId('conflict-decided')).toContainText('Annex is the audited statistics');
    await expect(row(page, retail)).toHaveAttribute('data-conflict', 'decided');
    await page.getByTestId('side-tab-coverage').click();
    await expect.poll(() => conflicts(page)).toBe(0);

    // The sheet opens as a grid with tabs; removing the annex takes its links, undo brings them back.
    await page.getByTestId('side-tab-sources').click();
    await expect(page.getByTestId('source-reading').first()).toContainText('figures to match');
    await page.locator('[data-testid="source-item"][data-format="xlsx"] button').first().click();
    await expect(page.getByTestId('sheet-tab')).toHaveText(['附表1', '說明']);
    await expect(page.locator('.tm-sheet-grid thead th').nth(4)).toHaveText('D');
    await page.screenshot({ path: path.join(dir, 'sources.png') });
    const links = await tableCount(page, 'links');
    await page
      .locator('[data-testid="source-item"][data-format="xlsx"] [data-testid="source-remove"]')
      .click();
    await expect(page.getByTestId('source-remove-confirm')).toContainText(`${links} links`);
    await page.getByTestId('source-remove-yes').click();
    await expect.poll(() => tableCount(page, 'sources'), { timeout: 20_000 }).toBe(1);
    expect(await tableCount(page, 'links')).toBe(0);
    await page.getByTestId('source-undo-remove').click();
    await expect.poll(() => tableCount(page, 'sources'), { timeout: 20_000 }).toBe(2);
    expect(await tableCount(page, 'links')).toBe(links);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});
