/**
 * DOCX tables and replacing a source, end to end on the bundled sample in real Chromium with real
 * IndexedDB and the real importers: a .docx (written by the `docx` library) whose table has a merged
 * year header and a unit note above it gives a proposal at its cell, which is accepted; the source pane
 * draws the table as a grid with the cell highlighted; replacing the .docx by a workbook moves the link
 * that still matches, lists the one that does not with why, and Undo puts both links and the .docx back.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { waitReady } from './app-helpers';
import { setReviewerName } from './annotations-helpers';
import { launchApp } from './harness';

const gdp = '221:226'; // 264億元
const retail = '353:361'; // 140.55億元

async function docxSource(dir: string): Promise<string> {
  const cell = (text: string, span: { rowSpan?: number; columnSpan?: number } = {}) =>
    new TableCell({ children: [new Paragraph(text)], ...span });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('鶴城區2024年統計公報（摘要）'),
          new Paragraph('單位：億元'),
          new Table({
            rows: [
              new TableRow({
                children: [cell('指標', { rowSpan: 2 }), cell('上年'), cell('本年', { columnSpan: 2 })],
              }),
              new TableRow({ children: [cell('數值'), cell('數值'), cell('增長（%）')] }),
              new TableRow({ children: [cell('區內生產總值'), cell('251.6'), cell('264.0'), cell('4.9')] }),
              new TableRow({
                children: [cell('社會消費品零售總額'), cell('124.7'), cell('140.55'), cell('12.7')],
              }),
            ],
          }),
          new Paragraph('資料來源：區統計局。'),
        ],
      },
    ],
  });
  const file = path.join(dir, '統計公報.docx');
  await writeFile(file, new Uint8Array(await Packer.toBuffer(doc)));
  return file;
}

/** The corrected annex: the same GDP, another retail total. */
async function workbook(dir: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('附表1');
  sheet.addRow(['單位：億元']);
  sheet.addRow(['指標', '本年']);
  sheet.addRow(['區內生產總值', 264.0]);
  sheet.addRow(['社會消費品零售總額', 141.55]);
  const file = path.join(dir, '統計公報-修訂.xlsx');
  await writeFile(file, new Uint8Array(await book.xlsx.writeBuffer()));
  return file;
}

function links(page: Page): Promise<{ sourceId: string; locator: { sheet?: string; cell?: string } }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('tickmark');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('links', 'readonly').objectStore('links').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
        };
      }),
  );
}

const row = (page: Page, key: string) => page.locator(`[data-testid="figure-row"][data-key="${key}"]`);

test('a DOCX table gives proposals at its cells; Replace carries the links that still match', async () => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-docx-replace-'));
  const docx = await docxSource(dir);
  const xlsx = await workbook(dir);
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await waitReady(page);
    await setReviewerName(page, 'Auditor'); // every decision is signed
    await page.getByTestId('side-tab-figures').click({ timeout: 20_000 });
    await expect(row(page, gdp)).toBeVisible({ timeout: 20_000 });

    app.queueDialogFile(docx);
    await page.getByTestId('figures-attach-source').click({ timeout: 15_000 });
    for (const [key, cell] of [
      [gdp, 'Table 1!C3'],
      [retail, 'Table 1!C4'],
    ] as const) {
      await row(page, key).click({ timeout: 15_000 });
      const match = page.getByTestId('figure-match').filter({ hasText: cell });
      await expect(match).toBeVisible({ timeout: 15_000 });
      await match.getByTestId('figure-match-accept').click();
      await expect(row(page, key)).toHaveAttribute('data-status', 'traced');
    }
    await expect.poll(async () => (await links(page)).length).toBe(2);

    // The source pane draws the table where it stands, as a grid, with the linked cell highlighted.
    await page.getByTestId('side-tab-sources').click();
    await expect(page.getByTestId('source-reading')).toContainText('from 1 table');
    await page.locator('[data-testid="source-item"][data-format="docx"] button').first().click();
    await expect(page.getByTestId('source-table')).toHaveAttribute('data-table', 'Table 1');
    await expect(page.getByTestId('source-document')).toContainText('資料來源：區統計局。');
    await expect(page.locator('.tm-source-table td[data-cell="C1"]')).toHaveAttribute('colspan', '2');
    await expect(page.locator('.tm-source-table td[data-cell="A1"]')).toHaveAttribute('rowspan', '2');
    await page.screenshot({ path: path.join(process.env.TICKMARK_SHOTS ?? dir, 'docx-pane.png') });

    // Replace: the GDP link moves to the workbook's cell, the retail link cannot (141.55 there).
    app.queueDialogFile(xlsx);
    await page
      .locator('[data-testid="source-item"][data-format="docx"] [data-testid="source-replace"]')
      .click();
    const confirm = page.getByTestId('source-replace-confirm');
    await expect(confirm).toContainText('1 link moves to the new file');
    await expect(page.getByTestId('source-replace-left')).toContainText('140.55億元');
    await expect(page.getByTestId('source-replace-left')).toContainText(
      'the new file states 141.55 (14,155,000,000 yuan)',
    );
    await page.screenshot({ path: path.join(process.env.TICKMARK_SHOTS ?? dir, 'replace-confirm.png') });
    await page.getByTestId('source-replace-yes').click();
    await expect(page.getByTestId('source-removed')).toContainText('1 link moved, 1 removed');
    await expect.poll(async () => (await links(page)).map((l) => l.locator.cell)).toEqual(['B3']);
    await expect(page.locator('[data-testid="source-item"]')).toHaveAttribute('data-format', 'xlsx');
    // The figure whose link stayed behind now shows the new file's conflict.
    await page.getByTestId('side-tab-figures').click();
    await expect(row(page, retail)).toHaveAttribute('data-conflict', 'open');
    await expect(row(page, gdp)).not.toHaveAttribute('data-conflict', /./);

    await page.getByTestId('side-tab-sources').click();
    await page.getByTestId('source-undo-remove').click();
    await expect
      .poll(async () => (await links(page)).map((l) => l.locator.cell).sort())
      .toEqual(['C3', 'C4']);
    await expect(page.locator('[data-testid="source-item"]')).toHaveAttribute('data-format', 'docx');
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});
