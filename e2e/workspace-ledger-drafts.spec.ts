/**
 * Issue 11, round three, end to end on the bundled sample in real Chromium with real IndexedDB:
 * - nothing typed is lost in the "add as figure" form and the URL-source form: Escape closes them, the
 *   same selection (or "Add URL source…") brings the typed values back, also after a relaunch, and only
 *   "Discard draft" drops them;
 * - a status letter on three selected ledger rows is one change: one Ctrl+Z restores all three;
 * - "Not figures" lists the figures dismissed as not a figure, with who dismissed them, and
 *   "Restore as a figure" brings one back into the ledger;
 * - while a form covers the side pane, no tab says it is shown.
 */
import { expect, test, type Page } from '@playwright/test';
import { selectText, setReviewerName } from './annotations-helpers';
import { waitReady } from './app-helpers';
import { launchApp } from './harness';

const row = (page: Page, key: string) => page.locator(`[data-testid="figure-row"][data-key="${key}"]`);
const url = 'https://stats.example.gov/hecheng/2015-bulletin';
const quote = '2015年全區實現地區生產總值264.0亿元，比上年增長4.9%。';

async function openLedger(page: Page): Promise<void> {
  await waitReady(page);
  if (await page.getByTestId('start-screen').isVisible())
    await page.getByTestId('recent-open').first().click();
  await page.getByTestId('side-tab-figures').click({ timeout: 20_000 });
  await expect(page.getByTestId('figure-row').first()).toBeVisible({ timeout: 20_000 });
}

/** Selects `phrase` in the document (a DOM range, as a mouse drag would leave it). */
async function selectInDocument(page: Page, phrase: string): Promise<void> {
  const found = await page.evaluate((text) => {
    const root = document.querySelector('.tm-document')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at < 0) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, phrase);
  expect(found).toBe(true);
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(phrase);
}

/** "Add as figure" on `phrase` through the ledger's `*` key. */
async function addAsFigure(page: Page, phrase: string): Promise<void> {
  await selectInDocument(page, phrase);
  await page.getByTestId('figures-panel').focus();
  await page.keyboard.press('*');
  await expect(page.getByTestId('figure-add-form')).toBeVisible();
}

test('add-as-figure and URL-source forms keep drafts through Escape and a relaunch', async () => {
  test.setTimeout(150_000);
  const app = await launchApp({ locale: 'en-US' });
  const { userDataDir } = app;
  try {
    const { page } = app;
    await waitReady(page);
    await setReviewerName(page, 'Auditor');
    await openLedger(page);

    await addAsFigure(page, '穩中有進有退');
    await page.getByTestId('figure-add-value').fill('12');
    await page.getByTestId('figure-add-unit').fill('項');
    await expect(page.getByTestId('figure-add-draft')).toBeVisible();
    await page.getByTestId('figure-add-unit').press('Escape');
    await expect(page.getByTestId('figure-add-form')).toHaveCount(0);
    // The same selection and "add" again: what was typed is there.
    await addAsFigure(page, '穩中有進有退');
    await expect(page.getByTestId('figure-add-value')).toHaveValue('12');
    await expect(page.getByTestId('figure-add-unit')).toHaveValue('項');
    await page.getByTestId('figure-add-cancel').click();

    await page.getByTestId('side-tab-sources').click();
    await page.getByTestId('sources-add-url').click();
    await page.getByTestId('url-source-url').fill(url);
    await page.getByTestId('url-source-quote').fill(quote);
    await page.getByTestId('url-source-quote').press('Escape');
    await expect(page.getByTestId('url-source-form')).toHaveCount(0);
    await page.getByTestId('sources-add-url').click();
    await expect(page.getByTestId('url-source-url')).toHaveValue(url);
    await expect(page.getByTestId('url-source-draft')).toBeVisible();
    // Drafts are written as typed: wait until both are in IndexedDB before closing the app.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<string[]>((resolve) => {
              const open = indexedDB.open('tickmark');
              open.onsuccess = () => {
                const all = open.result.transaction('drafts').objectStore('drafts').getAllKeys();
                all.onsuccess = () => resolve((all.result as string[]).map((k) => k.split(':')[0]!).sort());
              };
            }),
        ),
      )
      .toEqual(['add-figure', 'url-source']);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }

  const again = await launchApp({ locale: 'en-US', userDataDir });
  try {
    const { page } = again;
    await openLedger(page);
    await addAsFigure(page, '穩中有進有退');
    await expect(page.getByTestId('figure-add-value')).toHaveValue('12');
    await expect(page.getByTestId('figure-add-unit')).toHaveValue('項');
    // Discard is the only way to drop it.
    await page.getByTestId('figure-add-discard').click();
    await expect(page.getByTestId('figure-add-value')).toHaveValue('');
    await expect(page.getByTestId('figure-add-draft')).toHaveCount(0);
    await page.getByTestId('figure-add-value').press('Escape');

    await page.getByTestId('side-tab-sources').click();
    await page.getByTestId('sources-add-url').click();
    await expect(page.getByTestId('url-source-url')).toHaveValue(url);
    await expect(page.getByTestId('url-source-quote')).toHaveValue(quote);
    // Ctrl+Enter adds it; the draft goes with the saved source.
    await page.getByTestId('url-source-quote').press('Control+Enter');
    await expect(page.getByTestId('url-source-form')).toHaveCount(0);
    await expect(page.getByTestId('source-item').filter({ hasText: 'stats.example.gov' })).toHaveCount(1);
    await page.getByTestId('sources-add-url').click();
    await expect(page.getByTestId('url-source-url')).toHaveValue('');
    expect(again.errors).toEqual([]);
  } finally {
    await again.close();
  }
});

test('bulk status on three rows is one undo; dismissed figures are listed and restored', async () => {
  test.setTimeout(120_000);
  const app = await launchApp({ locale: 'zh-TW' });
  try {
    const { page } = app;
    await waitReady(page);
    await setReviewerName(page, '李審計');
    await openLedger(page);
    const keys = await page
      .getByTestId('figure-row')
      .evaluateAll((rows) => rows.slice(0, 4).map((r) => r.getAttribute('data-key')!));
    const [a, b, c, d] = keys;
    for (const key of [a!, b!, c!]) await expect(row(page, key)).toHaveAttribute('data-status', 'unverified');

    // Three rows selected with Shift+↓, one letter.
    await row(page, a!).click();
    await page.getByTestId('figures-list').focus();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    for (const key of [a!, b!, c!]) await expect(row(page, key)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('v');
    for (const key of [a!, b!, c!]) await expect(row(page, key)).toHaveAttribute('data-status', 'verified');
    await expect(row(page, d!)).toHaveAttribute('data-status', 'unverified');
    // One Ctrl+Z restores all three.
    await page.keyboard.press('Control+z');
    for (const key of [a!, b!, c!]) await expect(row(page, key)).toHaveAttribute('data-status', 'unverified');
    // …and Shift+Ctrl+Z (redo) sets all three again, in one step too.
    await page.keyboard.press('Control+Shift+z');
    for (const key of [a!, b!, c!]) await expect(row(page, key)).toHaveAttribute('data-status', 'verified');

    // Dismiss the fourth row as "not a figure": it leaves the ledger.
    await row(page, d!).click();
    await page.getByTestId('figure-dismiss').click();
    await expect(row(page, d!)).toHaveCount(0);
    const filter = page.getByTestId('figures-filter-status');
    await expect(filter.locator('option[value="(dismissed)"]')).toHaveText(/1/);
    await filter.selectOption('(dismissed)');
    await expect(page.getByTestId('figure-row')).toHaveCount(1);
    await expect(row(page, d!)).toBeVisible();
    await row(page, d!).click();
    await expect(page.getByTestId('figure-detail')).toContainText('李審計');
    await page.getByTestId('figure-restore').click();
    // Nothing is left to restore; the figure is back in the ledger, unverified.
    await expect(filter.locator('option[value="(dismissed)"]')).toHaveText(/0/);
    await filter.selectOption('');
    await expect(row(page, d!)).toBeVisible();
    await expect(row(page, d!)).toHaveAttribute('data-status', 'unverified');
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});

test('while a comment form covers the pane no tab claims to be shown; the tab underneath closes it', async () => {
  const app = await launchApp({ locale: 'zh-TW' });
  try {
    const { page } = app;
    await waitReady(page);
    await setReviewerName(page, '林審計');
    await openLedger(page);
    const figures = page.getByTestId('side-tab-figures');
    await expect(figures).toHaveAttribute('aria-selected', 'true');
    await selectText(page, '完成公共財政收入');
    await page.keyboard.press('c');
    await expect(page.getByTestId('comment-input')).toBeVisible();
    // The ledger is hidden behind the form: its tab is outlined, not selected, and no other tab is.
    await expect(figures).toHaveAttribute('aria-selected', 'false');
    await expect(figures).toHaveClass(/tm-tab-behind/);
    await expect(page.locator('[role=tab][aria-selected=true]')).toHaveCount(0);
    await page.getByTestId('comment-input').fill('來源？');
    await figures.click();
    await expect(page.getByTestId('comment-input')).toHaveCount(0);
    await expect(figures).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('figure-row').first()).toBeVisible();
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});
