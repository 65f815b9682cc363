/**
 * Where you left off (issue 11): a relaunch reopens the last document by itself at the same scroll place
 * with the same side-pane tab; Ctrl+Shift+H shows the start screen, whose recent list shows each
 * document's annotations, open threads and unfinished drafts, with "Continue" focused (Enter goes back).
 */
import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './harness';
import { selectText, setReviewerName, waitForDocument } from './annotations-helpers';

/** Text of the first block whose top is inside the document's scroll area. */
const topBlock = (page: Page) =>
  page.evaluate(() => {
    const scroller = document.querySelector('[data-testid="document-scroll"]')!.getBoundingClientRect();
    const blocks = [...document.querySelectorAll('.tm-document > *')];
    const first = blocks.find((block) => block.getBoundingClientRect().bottom > scroller.top + 10);
    return first?.textContent?.slice(0, 30) ?? '';
  });

test('relaunch: the last document reopens at its place and tab; the start screen is one key away', async () => {
  let app = await launchApp({ locale: 'en-US' });
  const userDataDir = app.userDataDir;
  try {
    let page = app.page;
    await waitForDocument(page);
    await setReviewerName(page, 'Ana');
    // One comment thread (open) and one unfinished reply.
    await selectText(page, '完成公共財政收入9.1億元');
    await page.keyboard.press('c');
    await page.keyboard.type('Source?');
    await page.keyboard.press('Control+Enter');
    await page.locator('.tm-document .tm-anno-comment').first().click();
    await page.getByTestId('reply-input').fill('Not finished');
    await page.keyboard.press('Escape');

    await page.getByTestId('side-tab-coverage').click();
    await page.getByTestId('document-scroll').evaluate((el) => (el.scrollTop = 4000));
    await page.waitForTimeout(800); // the place is written once scrolling stops
    const before = await topBlock(page);
    expect(before.length).toBeGreaterThan(0);

    await app.close();
    app = await launchApp({ locale: 'en-US', userDataDir });
    page = app.page;
    await expect(page.locator('#root[data-ready=true]')).toBeAttached({ timeout: 30_000 });
    // No start screen in between: the document, its tab and its place are back by themselves.
    await waitForDocument(page);
    await expect(page.getByTestId('start-screen')).toHaveCount(0);
    await expect(page.getByTestId('side-tab-coverage')).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => topBlock(page)).toBe(before);

    // The start screen, one key away, counts what is waiting in the document.
    await page.keyboard.press('Control+Shift+KeyH');
    const item = page.getByTestId('recent-item').first();
    await expect(item.getByTestId('recent-annotations')).toHaveText('1');
    await expect(item.getByTestId('recent-open-threads')).toHaveText('1');
    await expect(item.getByTestId('recent-drafts')).toHaveText('1');
    await expect(page.getByTestId('start-continue')).toBeFocused();
    await page.keyboard.press('Enter');
    await waitForDocument(page);
    await expect.poll(() => topBlock(page)).toBe(before);

    // Ctrl+Shift+H: the start screen; Enter: back to the same place.
    await page.keyboard.press('Control+Shift+KeyH');
    await expect(page.getByTestId('start-screen')).toBeVisible();
    await expect(page.getByTestId('start-continue')).toBeFocused();
    await page.keyboard.press('Enter');
    await waitForDocument(page);
    await expect.poll(() => topBlock(page)).toBe(before);
  } finally {
    await app.close();
  }
});
