/**
 * Live views with two pages on one profile (as two Tickmark windows would be): an annotation made in
 * one page appears in the other's document, panel and decorations at once, without a reload, and its
 * deletion disappears the same way. The harness normally closes any second page (Electron denies new
 * windows); this spec opens one on purpose.
 */
import { expect, test } from '@playwright/test';
import { selectText, setReviewerName, waitForDocument } from './annotations-helpers';
import { launchApp } from './harness';

test('an annotation made in one window shows in the other at once', async () => {
  test.setTimeout(120_000);
  const app = await launchApp({ locale: 'en-US' });
  try {
    const first = app.page;
    await waitForDocument(first);
    await setReviewerName(first, 'Ana');
    const context = first.context();
    context.removeAllListeners('page');
    const second = await context.newPage();
    await second.goto(first.url());
    await expect(second.locator('#root[data-ready=true]')).toBeAttached({ timeout: 30_000 });
    // The second window opens where the first one is (the last session), or from the start screen.
    if (await second.getByTestId('start-screen').isVisible())
      await second.getByTestId('recent-open').first().click();
    await waitForDocument(second);

    const drawn = (page: typeof first) =>
      page.evaluate(
        () =>
          new Set(
            [...document.querySelectorAll('.tm-document [data-annotation-id]')].map((el) =>
              el.getAttribute('data-annotation-id'),
            ),
          ).size,
      );
    expect(await drawn(second)).toBe(0);

    await selectText(first, '我代表區人民政府');
    await first.keyboard.press('h');
    await expect.poll(() => drawn(first)).toBe(1);
    // The other window follows the database: drawn and listed without a reload.
    await expect.poll(() => drawn(second), { timeout: 10_000 }).toBe(1);
    await expect(second.locator('.tm-document [data-annotation-id]').first()).toContainText('我代表');
    await second.screenshot({ path: 'test-results/live-views-second-window.png' });
  } finally {
    await app.close();
  }
});
