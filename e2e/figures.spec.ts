/**
 * The figures audit end to end, on the bundled sample in real Chromium with real IndexedDB and the real
 * source importers: the ledger workflow by keyboard (next unverified, status letters, note, multi-select
 * bulk status) surviving a relaunch; attaching a Chromium-printed PDF that states a different value
 * (flagged mismatch) and a generated XLSX whose matching cell is proposed and accepted (a link row in
 * IndexedDB); and an empty and a corrupt source file that each show their message and change nothing.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  makeCorruptPdf,
  makeEmptyFile,
  makePdfWithChromium,
  makeXlsx,
} from '../electron/services/testing/fixtures';
import { waitReady } from './app-helpers';
import { setReviewerName } from './annotations-helpers';
import { launchApp } from './harness';

/** Offsets of figures in the sample's plain text. */
const gdp = '221:226'; // 264億元
const growth = '231:235'; // 4.9%
const revenue = '244:249'; // 9.1億元

function tableCount(page: Page, table: 'sources' | 'links' | 'annotations'): Promise<number> {
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

async function openLedger(page: Page, fromRecent = false) {
  await waitReady(page);
  // A relaunch reopens the last document by itself; from the start screen, reopen it from IndexedDB.
  if (fromRecent && (await page.getByTestId('start-screen').isVisible()))
    await page.getByTestId('recent-open').first().click();
  // Every decision is signed: the name is given once (kept in settings across relaunches).
  if (!fromRecent) await setReviewerName(page, 'Auditor');
  await page.getByTestId('side-tab-figures').click({ timeout: 20_000 });
  await expect(page.getByTestId('figure-row').first()).toBeVisible({ timeout: 20_000 });
}

const row = (page: Page, key: string) => page.locator(`[data-testid="figure-row"][data-key="${key}"]`);

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-figures-'));
});

test('ledger workflow by keyboard, kept across a relaunch', async () => {
  test.setTimeout(120_000);
  const app = await launchApp({ locale: 'en-US' });
  const { userDataDir } = app;
  try {
    const { page } = app;
    await openLedger(page);
    // The ledger is virtualised: its size is on every row (aria-setsize); only a window of rows is drawn.
    expect(Number(await page.getByTestId('figure-row').first().getAttribute('aria-setsize'))).toBeGreaterThan(
      200,
    );
    expect(await page.getByTestId('figure-row').count()).toBeLessThan(60);
    await expect(page.locator(`.tm-document [data-figure-key="${gdp}"]`)).toHaveText('264億元');
    const panel = page.getByTestId('figures-panel');
    await panel.focus();
    await page.keyboard.press(']');
    await expect(row(page, gdp)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('v');
    await expect(row(page, gdp)).toHaveAttribute('data-status', 'verified');
    // The underline takes the status colour (Okabe–Ito bluish green).
    await expect(page.locator(`.tm-document [data-figure-key="${gdp}"]`)).toHaveAttribute(
      'style',
      /rgb\(0, 158, 115\)/,
    );
    await page.keyboard.press(']');
    await expect(row(page, growth)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await page.getByTestId('figure-note').fill('Bulletin table 1 says 4.9% at comparable prices');
    await page.getByTestId('figure-note').press('Enter');
    await panel.focus();
    await page.keyboard.press('Shift+ArrowDown');
    await expect(page.getByTestId('figures-count')).toContainText('2 selected');
    await page.keyboard.press('d');
    await expect(row(page, growth)).toHaveAttribute('data-status', 'disputed');
    await expect(row(page, revenue)).toHaveAttribute('data-status', 'disputed');
    // Clicking a figure in the text selects its row.
    await page.locator(`.tm-document [data-figure-key="${gdp}"]`).click();
    await expect(row(page, gdp)).toHaveAttribute('aria-selected', 'true');
    // Filter by status.
    await page.getByTestId('figures-filter-status').selectOption('disputed');
    await expect(page.getByTestId('figure-row')).toHaveCount(2);
    expect(await tableCount(page, 'annotations')).toBe(3);
  } finally {
    await app.close();
  }
  const again = await launchApp({ locale: 'en-US', userDataDir });
  try {
    const { page } = again;
    await openLedger(page, true);
    await expect(row(page, gdp)).toHaveAttribute('data-status', 'verified');
    await expect(row(page, revenue)).toHaveAttribute('data-status', 'disputed');
    await row(page, growth).click();
    await expect(page.getByTestId('figure-note')).toHaveValue(
      'Bulletin table 1 says 4.9% at comparable prices',
    );
  } finally {
    await again.close();
  }
});

test('sources: a PDF mismatch flagged, an XLSX match accepted, empty and corrupt sources refused', async () => {
  test.setTimeout(120_000);
  const pdf = await makePdfWithChromium(
    dir,
    '<h1>鶴城區統計公報</h1><p>全年完成公共財政收入9.8億元。</p>',
    'bulletin.pdf',
  );
  const xlsx = await makeXlsx(dir);
  const empty = await makeEmptyFile(dir, 'empty-bulletin.csv');
  const corrupt = await makeCorruptPdf(dir, 'broken-bulletin.pdf');
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await openLedger(page);
    app.queueDialogFile(pdf);
    await page.getByTestId('figures-attach-source').click({ timeout: 15_000 });
    await expect(row(page, revenue)).toHaveAttribute('data-flagged', 'true', { timeout: 20_000 });
    await row(page, revenue).click({ timeout: 15_000 });
    await expect(page.getByTestId('figure-mismatch')).toContainText('9.8億元');
    await expect(page.getByTestId('figure-mismatch')).toContainText('page 1');

    app.queueDialogFile(xlsx);
    await page.getByTestId('figures-attach-source').click({ timeout: 15_000 });
    // Reading a source and auditing against it runs in main and the renderer: slow on a loaded machine.
    await expect.poll(() => tableCount(page, 'sources'), { timeout: 20_000 }).toBe(2);
    await row(page, gdp).click({ timeout: 15_000 });
    const match = page.getByTestId('figure-match').filter({ hasText: '統計公報!B2' });
    await expect(match).toBeVisible({ timeout: 15_000 });
    await match.getByTestId('figure-match-accept').click({ timeout: 15_000 });
    await expect(match).toHaveAttribute('data-decision', 'accepted');
    await expect(row(page, gdp)).toHaveAttribute('data-status', 'traced');
    expect(await tableCount(page, 'links')).toBe(1);
    const before = { sources: await tableCount(page, 'sources'), links: await tableCount(page, 'links') };
    app.queueDialogFile(empty);
    await page.getByTestId('figures-attach-source').click({ timeout: 15_000 });
    await expect(page.getByTestId('notice')).toHaveAttribute('data-code', 'empty-file', { timeout: 20_000 });
    await expect(page.getByTestId('notice-message')).toContainText('empty-bulletin.csv');
    expect({ sources: await tableCount(page, 'sources'), links: await tableCount(page, 'links') }).toEqual(
      before,
    );
    await page.getByTestId('notice-dismiss').click({ timeout: 15_000 });
    app.queueDialogFile(corrupt);
    await page.getByTestId('figures-attach-source').click({ timeout: 15_000 });
    await expect(page.getByTestId('notice')).toHaveAttribute('data-code', 'corrupt', { timeout: 20_000 });
    await expect(page.getByTestId('notice-message')).toContainText('broken-bulletin.pdf');
    expect({ sources: await tableCount(page, 'sources'), links: await tableCount(page, 'links') }).toEqual(
      before,
    );
    await match.getByTestId('figure-match-open').click({ timeout: 15_000 });
    await expect(page.getByTestId('source-highlight')).toHaveText('26,400,000,000');
    await page.getByTestId('side-tab-figures').click({ timeout: 15_000 });
    await expect(page.getByTestId('figure-detail')).toHaveAttribute('data-key', gdp, { timeout: 15_000 });
  } finally {
    await app.close();
  }
});
