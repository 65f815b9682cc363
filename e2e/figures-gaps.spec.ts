/**
 * The figures audit gaps end to end, on the bundled sample in real Chromium with real IndexedDB: a
 * figure the detector missed added from a text selection (value typed in the inline form) and a wrong
 * detection dismissed; a URL source
 * with a pasted quote whose proposal is accepted, its link opened only through the bridge; a figure
 * linked by hand to page 2 of a Chromium-printed PDF and opened there in the source pane; a team status
 * added to the legend and applied by its letter; coverage counts that change when a figure is verified;
 * and all of it back after a relaunch on the same profile.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makePdfWithChromium } from '../electron/services/testing/fixtures';
import { waitReady } from './app-helpers';
import { setReviewerName } from './annotations-helpers';
import { launchApp } from './harness';

/** Offsets of figures in the sample's plain text. */
const gdp = '221:226'; // 264億元
const growth = '231:235'; // 4.9%
const revenue = '244:249'; // 9.1億元
const decline = '254:260'; // 10.21%
const share = '267:274'; // 105.57%, dismissed as not a figure
const url = 'https://stats.example.gov/hecheng/2015-bulletin';
const quote = '2015年全區實現地區生產總值264.0亿元，比上年增長4.9%。';

const row = (page: Page, key: string) => page.locator(`[data-testid="figure-row"][data-key="${key}"]`);

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

/** Selects `phrase` in the document with the mouse (drag from its first to its last character). */
async function selectInDocument(page: Page, phrase: string): Promise<void> {
  const box = await page.evaluate((text) => {
    const root = document.querySelector('.tm-document')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rects = range.getClientRects();
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }
    return null;
  }, phrase);
  expect(box).not.toBeNull();
  await page.mouse.move(box!.x1, box!.y1);
  await page.mouse.down();
  await page.mouse.move(box!.x2, box!.y2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(phrase);
}

/** The unverified and verified counts of every coverage row. */
async function coverage(page: Page): Promise<{ unverified: number[]; verified: number[] }> {
  await page.getByTestId('side-tab-coverage').click({ timeout: 15_000 });
  await expect(page.getByTestId('coverage-row').first()).toBeVisible({ timeout: 15_000 });
  const read = async (id: string) =>
    (await page.getByTestId(id).allTextContents()).map((text) => Number(text));
  const counts = { unverified: await read('coverage-unverified'), verified: await read('coverage-verified') };
  await page.getByTestId('side-tab-figures').click({ timeout: 15_000 });
  return counts;
}

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-figures-gaps-'));
});

test('missed figure, URL source, manual page link, team status and coverage survive a relaunch', async () => {
  test.setTimeout(180_000);
  const pdf = await makePdfWithChromium(
    dir,
    '<p style="page-break-after: always">鶴城區財政決算 目錄</p><p>第二頁：公共財政收入決算表</p>',
    'budget.pdf',
  );
  const app = await launchApp({ locale: 'en-US' });
  const { userDataDir } = app;
  let manualKey: string;
  let customId: string;
  try {
    const { page } = app;
    await openLedger(page);

    // 1. A missed figure from a selection: the detector reads no value there, so the inline form asks.
    await selectInDocument(page, '穩中有進有退');
    // `*` in the ledger is the key for the "Add as figure" button.
    await page.getByTestId('figures-panel').focus();
    await page.keyboard.press('*');
    await page.getByTestId('figure-add-value').fill('abc');
    await page.getByTestId('figure-add-submit').click();
    await expect(page.getByTestId('figure-add-problem')).toContainText('must be a number');
    await page.getByTestId('figure-add-value').fill('1');
    await page.getByTestId('figure-add-unit').fill('項');
    await page.getByTestId('figure-add-submit').click();
    await expect(page.getByTestId('figure-add-form')).toHaveCount(0);
    const detail = page.getByTestId('figure-detail');
    await expect(detail).toContainText('穩中有進有退');
    await expect(detail).toContainText('added by hand');
    manualKey = (await detail.getAttribute('data-key'))!;
    // Units show in the UI language (項 → item in English).
    await expect(row(page, manualKey)).toContainText('1 item');

    // 2. A URL source with a pasted quote: bad input is refused, a good one proposes and is accepted.
    await page.getByTestId('side-tab-sources').click();
    await page.getByTestId('sources-add-url').click();
    await page.getByTestId('url-source-url').fill('file:///etc/passwd');
    await page.getByTestId('url-source-quote').fill(quote);
    await page.getByTestId('url-source-submit').click();
    await expect(page.getByTestId('url-source-problem')).toContainText('http:// or https://');
    await expect(page.getByTestId('source-item')).toHaveCount(0);
    await page.getByTestId('url-source-url').fill(url);
    await page.getByTestId('url-source-submit').click();
    await expect(page.getByTestId('source-item')).toHaveCount(1);
    await expect(page.getByTestId('source-item')).toHaveAttribute('data-format', 'url');
    await page.getByTestId('source-open-link').click();
    await expect.poll(() => app.openedLinks).toEqual([url]);
    await page.getByTestId('side-tab-figures').click();
    await row(page, gdp).click();
    const match = page.getByTestId('figure-match').filter({ hasText: url });
    await expect(match).toContainText('264.0亿元');
    await match.getByTestId('figure-match-accept').click();
    await expect(match).toHaveAttribute('data-decision', 'accepted');
    await expect(row(page, gdp)).toHaveAttribute('data-status', 'traced');

    // 3. A figure linked by hand to page 2 of a PDF, opened there.
    app.queueDialogFile(pdf);
    await page.getByTestId('figures-attach-source').click();
    await expect(page.getByTestId('source-item')).toHaveCount(0); // the Sources tab is not shown here
    await row(page, revenue).click();
    await page.getByTestId('figure-link-source').selectOption({ label: 'budget.pdf' });
    await page.getByTestId('figure-link-kind').selectOption('page');
    await page.getByTestId('figure-link-page').fill('5');
    await page.getByTestId('figure-link-submit').click();
    await expect(page.getByTestId('figure-link-problem')).toContainText('no such page');
    await page.getByTestId('figure-link-page').fill('2');
    await page.getByTestId('figure-link-submit').click();
    await expect(page.getByTestId('figure-link')).toContainText('budget.pdf page 2');
    // The link count with its icon (an SVG, so it shows without an emoji font).
    await expect(row(page, revenue).getByTestId('figure-row-links')).toHaveText('1');
    await expect(row(page, revenue).getByTestId('figure-row-links').locator('svg')).toHaveCount(1);
    await page.getByTestId('figure-link-open').click();
    await expect(page.getByTestId('source-pane-locator')).toHaveText('page 2');
    await expect(page.getByTestId('source-highlight')).toContainText('公共財政收入決算表');
    await expect(page.getByTestId('source-highlight')).not.toContainText('目錄');
    await page.getByTestId('side-tab-figures').click();

    // 4. A team status added to the legend and applied by its letter.
    await page.getByTestId('figures-legend').locator('summary').click();
    await page.getByTestId('legend-add-label').fill('Queried with bureau');
    await page.getByTestId('legend-add-letter').fill('v');
    await page.getByTestId('legend-add-submit').click();
    await expect(page.getByTestId('legend-add-problem')).toContainText('already used');
    await page.getByTestId('legend-add-letter').fill('q');
    await page.getByTestId('legend-add-group').selectOption('disputed');
    await page.getByTestId('legend-add-submit').click();
    const mark = page.getByTestId('figures-legend').locator('li[data-status^="custom:"]');
    await expect(mark).toContainText('Queried with bureau');
    customId = (await mark.getAttribute('data-status'))!;
    await row(page, growth).click();
    await page.getByTestId('figures-panel').focus();
    await page.keyboard.press('q');
    await expect(row(page, growth)).toHaveAttribute('data-status', customId);

    // A wrong detection dismissed.
    await row(page, share).click();
    await page.getByTestId('figure-dismiss').click();
    await expect(row(page, share)).toHaveCount(0);

    // 5. Coverage changes when one more figure is verified.
    const before = await coverage(page);
    await row(page, decline).click();
    await page.getByTestId('figures-panel').focus();
    await page.keyboard.press('v');
    await expect(row(page, decline)).toHaveAttribute('data-status', 'verified');
    const after = await coverage(page);
    const fewer = before.unverified.map((n, i) => n - after.unverified[i]!);
    const more = after.verified.map((n, i) => n - before.verified[i]!);
    expect(fewer.every((d) => d === 0 || d === 1)).toBe(true);
    expect(fewer.some((d) => d === 1)).toBe(true);
    expect(more).toEqual(fewer);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }

  const again = await launchApp({ locale: 'en-US', userDataDir });
  try {
    const { page } = again;
    await openLedger(page, true);
    await expect(row(page, manualKey)).toContainText('穩中有進有退');
    await expect(row(page, share)).toHaveCount(0);
    await expect(row(page, gdp)).toHaveAttribute('data-status', 'traced');
    await expect(row(page, growth)).toHaveAttribute('data-status', customId);
    await expect(row(page, decline)).toHaveAttribute('data-status', 'verified');
    // The link count with its icon (an SVG, so it shows without an emoji font).
    await expect(row(page, revenue).getByTestId('figure-row-links')).toHaveText('1');
    await expect(row(page, revenue).getByTestId('figure-row-links').locator('svg')).toHaveCount(1);
    await row(page, gdp).click();
    await expect(page.getByTestId('figure-match').filter({ hasText: url })).toHaveAttribute(
      'data-decision',
      'accepted',
    );
    await page.getByTestId('figures-legend').locator('summary').click();
    await expect(page.getByTestId('figures-legend').locator(`li[data-status="${customId}"]`)).toContainText(
      'Queried with bureau',
    );
    await page.getByTestId('side-tab-sources').click();
    await expect(page.getByTestId('source-item')).toHaveCount(2);
    await expect(page.locator('[data-testid="source-item"][data-format="url"]')).toContainText(url);
  } finally {
    await again.close();
  }
});
