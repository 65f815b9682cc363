/**
 * Annotating a generated 1 MB draft (about 25 copies of the sample) in a Simplified Chinese UI: add
 * annotations near the start and the end, find them from the panel (search, click → scrolled into
 * view), undo, and find them again after a relaunch.
 */
import { expect, test } from '@playwright/test';
import { launchApp } from './harness';
import {
  drawnAnnotationIds,
  makeLargeDraft,
  readStoredAnnotations,
  saveDialog,
  reopenRecent,
  selectText,
  setReviewerName,
} from './annotations-helpers';

test('annotations on a 1 MB draft: add, search, jump, undo, relaunch (简体中文界面)', async () => {
  test.setTimeout(120_000);
  const draft = await makeLargeDraft();
  expect(draft.copies).toBeGreaterThanOrEqual(20);
  let app = await launchApp({ locale: 'zh-CN', open: [draft.file] });
  const { userDataDir } = app;
  let page = app.page;
  try {
    await expect(page.getByTestId('document-version')).toContainText('large-draft.txt', { timeout: 60_000 });
    await setReviewerName(page, '王审阅');
    await selectText(page, '辦結率100%', 0);
    await page.keyboard.press('c');
    await page.getByTestId('comment-input').fill('开头的一处');
    await saveDialog(page);
    await expect.poll(async () => (await drawnAnnotationIds(page)).length).toBe(1);
    await selectText(page, '辦結率100%', draft.copies - 1);
    // Waited for with waitFor, not expect: each time a locator expectation finds no element, Playwright
    // 1.65 takes an ARIA snapshot of the whole page for its error report, which on this 1 MB draft blocks
    // the page for 2-5 s (profiled) — long enough, on CI's machine, for the toolbar's 5 s expectation
    // to time out in both tries of round 6. The toolbar itself shows within 200 ms of the selection.
    await page.getByTestId('toolbar-claim').waitFor({ timeout: 10_000 });
    await expect(page.getByTestId('toolbar-claim')).toHaveText(/标记论点/);
    await page.keyboard.press('t');
    await page.getByTestId('claim-category').selectOption('commitment');
    await page.getByTestId('claim-tag-input').fill('末尾');
    await page.getByTestId('claim-tag-input').press('Enter');
    await saveDialog(page);
    await expect.poll(async () => (await drawnAnnotationIds(page)).length).toBe(2);
    await selectText(page, '森林覆蓋率達64.23%', Math.floor(draft.copies / 2));
    await page.keyboard.press('h');
    await expect.poll(async () => (await drawnAnnotationIds(page)).length).toBe(3);

    const stored = await readStoredAnnotations(page);
    const last = stored.annotations.find((a) => a.kind === 'claim') as {
      id: string;
      target: { start: number };
    };
    expect(last.target.start).toBeGreaterThan(draft.textLength * 0.9);

    await page.getByTestId('side-tab-annotations').click();
    await expect(page.getByTestId('side-tab-annotations')).toHaveText('标注');
    await page.getByTestId('annotation-search').fill('末尾');
    await expect(page.getByTestId('annotation-card')).toHaveCount(1);
    await page.getByTestId('annotation-card-go').click();
    const span = page.locator(`.tm-document [data-annotation-id="${last.id}"]`).first();
    await expect(span).toBeInViewport();
    await expect(span).toHaveClass(/tm-anno-selected/);
    await page.getByTestId('annotation-search').fill('');

    await page.locator('.tm-document').focus(); // Ctrl+Z inside the search box undoes typing, not annotations
    await page.keyboard.press('Control+z'); // undo the highlight
    await expect.poll(async () => (await drawnAnnotationIds(page)).length).toBe(2);
    expect((await readStoredAnnotations(page)).annotations).toHaveLength(2);
    await app.close();

    app = await launchApp({ locale: 'zh-CN', userDataDir });
    page = app.page;
    await reopenRecent(page);
    await expect.poll(async () => (await drawnAnnotationIds(page)).length).toBe(2);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});
