/**
 * Annotating a draft end to end (issue #3): the selection toolbar and shortcuts, sentence selection,
 * claims with categories, tags and custom categories, comment threads, overlaps, the side panel with
 * filters, search, scroll-and-flash, hover sync and keyboard, undo/redo and the colour legend — in an
 * English and a Chinese UI, on the bundled sample. Each step is checked in the UI and in IndexedDB.
 */
import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './harness';
import {
  readStoredAnnotations,
  saveDialog,
  reopenRecent,
  selectText,
  setReviewerName,
  waitForDocument,
} from './annotations-helpers';

const textSpan = (page: Page, id: string) =>
  page.locator(`.tm-document [data-annotation-id="${id}"]`).first();
const card = (page: Page, id: string) =>
  page.locator(`[data-testid="annotation-card"][data-annotation-id="${id}"]`);

/** The stored annotation on `exact`, once its write has landed (writes are acknowledged asynchronously). */
async function storedByQuote(page: Page, exact: string) {
  const find = async () =>
    (await readStoredAnnotations(page)).annotations.find(
      (a) => (a.target as { exact: string }).exact === exact,
    );
  await expect.poll(find, { message: `stored annotation on "${exact}"` }).toBeTruthy();
  return (await find()) as { id: string; kind: string; body: Record<string, unknown>; author: string };
}

test('toolbar, shortcuts, sentence selection, claims with tags and custom categories, legend (English)', async () => {
  const app = await launchApp({ locale: 'en-US' });
  const { page } = app;
  try {
    await waitForDocument(page);
    await setReviewerName(page, 'Ana');

    // Toolbar → Tag claim: category, two tags, save.
    await selectText(page, '區內生產總值 264億元');
    await expect(page.getByTestId('toolbar-claim')).toHaveText(/Tag claim/);
    await page.getByTestId('toolbar-claim').click();
    const dialog = page.getByTestId('annotation-dialog');
    await expect(dialog.getByTestId('annotation-dialog-quote')).toHaveText('區內生產總值 264億元');
    await dialog.getByTestId('claim-category').selectOption('achievement');
    await dialog.getByTestId('claim-tag-input').fill('GDP');
    await dialog.getByTestId('claim-tag-input').press('Enter');
    await dialog.getByTestId('claim-tag-input').fill('growth');
    await dialog.getByTestId('claim-tag-input').press('Enter');
    await saveDialog(page);
    await expect(dialog).toBeHidden();
    const claim = await storedByQuote(page, '區內生產總值 264億元');
    expect(claim).toMatchObject({
      kind: 'claim',
      author: 'Ana',
      body: { category: 'achievement', tags: ['GDP', 'growth'] },
    });
    await expect(textSpan(page, claim.id)).toHaveClass(/tm-anno-claim/);

    // Keyboard T on a new selection: tag autocomplete offers the existing tag; add a custom category.
    await selectText(page, '新增城鎮就業6538人');
    await page.keyboard.press('t');
    await dialog.getByTestId('claim-tag-input').fill('g');
    await expect(dialog.getByTestId('claim-tag-suggestions')).toContainText('GDP');
    await dialog.getByTestId('claim-tag-suggestions').getByRole('option', { name: 'growth' }).click();
    await dialog.getByTestId('claim-add-category').click();
    await dialog.getByTestId('claim-new-category').fill('Employment risk');
    await dialog.getByTestId('claim-save-category').click();
    await expect(dialog.getByTestId('claim-category')).toHaveValue('custom:employment-risk');
    await saveDialog(page);
    const custom = await storedByQuote(page, '新增城鎮就業6538人');
    expect(custom.body).toEqual({ kind: 'claim', category: 'custom:employment-risk', tags: ['growth'] });

    // C, F and H shortcuts.
    await selectText(page, '森林覆蓋率達64.23%');
    await page.keyboard.press('c');
    await dialog.getByTestId('comment-input').fill('Which survey?');
    await saveDialog(page);
    await selectText(page, '64.23%');
    await page.keyboard.press('f');
    await dialog.getByTestId('figure-status').selectOption('verified');
    await saveDialog(page);
    await selectText(page, '信訪總量');
    await page.keyboard.press('h');
    await expect
      .poll(async () => (await readStoredAnnotations(page)).annotations.map((a) => a.kind).sort())
      .toEqual(['claim', 'claim', 'comment', 'figure', 'highlight']);

    // Double-click selects the whole sentence; S does too from a partial selection.
    await page
      .locator('.tm-document')
      .getByText(/^現在,我代表區人民政府/)
      .first()
      .dblclick({ position: { x: 30, y: 8 } });
    await expect
      .poll(() => page.evaluate(() => window.getSelection()?.toString()))
      .toBe('現在,我代表區人民政府向大會報告工作,請予審查,並請各位列席人員提出意見。');
    await selectText(page, '同比下降8.7%');
    await page.keyboard.press('s');
    await expect
      .poll(() => page.evaluate(() => window.getSelection()?.toString()))
      .toMatch(/^繼續推行區級領導.*下降8\.7%。$/);

    // Legend: every kind drawn with its own line style (not colour alone).
    await page.getByTestId('side-tab-annotations').click();
    await page.getByTestId('annotation-legend').locator('summary').click();
    const styles = await page.evaluate(() =>
      ['claim', 'comment', 'figure-unverified', 'figure-verified'].map((name) => {
        const el = document.querySelector(`.tm-anno-legend .tm-anno-${name}`)!;
        return getComputedStyle(el).textDecorationStyle;
      }),
    );
    expect(styles).toEqual(['solid', 'dashed', 'dotted', 'double']);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});

test('comment threads: reply, edit and delete own, resolve and reopen, kept across a relaunch', async () => {
  let app = await launchApp({ locale: 'en-US' });
  const userDataDir = app.userDataDir;
  let page = app.page;
  try {
    await waitForDocument(page);
    await setReviewerName(page, 'Ana');
    await selectText(page, '公共財政收入9.1億元');
    await page.getByTestId('toolbar-comment').click();
    let dialog = page.getByTestId('annotation-dialog');
    await dialog.getByTestId('comment-input').fill('Source for 9.1?');
    await saveDialog(page);
    const thread = await storedByQuote(page, '公共財政收入9.1億元');

    await textSpan(page, thread.id).click();
    // A single annotation opens in one click (issue 11), beside the text.
    await dialog.getByTestId('reply-input').fill('Budget report, p. 4');
    await dialog.getByTestId('reply-send').click();
    await expect(dialog.getByTestId('thread-reply')).toHaveCount(1);
    await expect(dialog.getByTestId('thread-reply').getByTestId('entry-author')).toHaveText('Ana');
    await expect(dialog.getByTestId('thread-reply').locator('time')).not.toBeEmpty();
    await dialog.getByTestId('thread-reply').getByTestId('entry-edit').click();
    await dialog.getByTestId('entry-edit-input').fill('Budget report, p. 5');
    await dialog.getByTestId('entry-save').click();
    await expect(dialog.getByTestId('thread-reply').getByTestId('entry-text')).toHaveText(
      'Budget report, p. 5',
    );
    await dialog.getByTestId('reply-input').fill('Temporary note');
    await dialog.getByTestId('reply-send').click();
    await dialog.getByTestId('thread-reply').nth(1).getByTestId('entry-delete').click();
    await expect(dialog.getByTestId('thread-reply')).toHaveCount(1);
    await dialog.getByTestId('thread-resolve').click();
    await expect(dialog.getByTestId('comment-thread')).toHaveAttribute('data-resolved', 'true');
    await dialog.getByTestId('annotation-cancel').click();
    await expect(textSpan(page, thread.id)).toHaveClass(/tm-anno-comment-resolved/);
    let stored = await readStoredAnnotations(page);
    expect(stored.replies.map((r) => r.text)).toEqual(['Budget report, p. 5']);
    expect(stored.annotations[0]).toMatchObject({ body: { resolved: true } });
    await app.close();

    // Relaunch with the same profile: thread and name are kept; another reviewer cannot edit Ana's entries.
    app = await launchApp({ locale: 'en-US', userDataDir });
    page = app.page;
    await reopenRecent(page);
    await expect(textSpan(page, thread.id)).toHaveClass(/tm-anno-comment-resolved/);
    await setReviewerName(page, 'Bo');
    dialog = page.getByTestId('annotation-dialog'); // the relaunched page's dialog
    await textSpan(page, thread.id).click();
    // A single annotation opens in one click (issue 11), beside the text.
    await expect(dialog.getByTestId('thread-reply').getByTestId('entry-edit')).toHaveCount(0);
    await dialog.getByTestId('thread-reopen').click();
    await dialog.getByTestId('reply-input').fill('Reopened: p. 5 says 9.2');
    await dialog.getByTestId('reply-send').click();
    await expect(dialog.getByTestId('thread-reply').nth(1).getByTestId('entry-author')).toHaveText('Bo');
    await expect(dialog.getByTestId('thread-reply').nth(1).getByTestId('entry-edit')).toBeVisible();
    stored = await readStoredAnnotations(page);
    expect(stored.replies.map((r) => r.author).sort()).toEqual(['Ana', 'Bo']);
    expect(stored.annotations[0]).toMatchObject({ body: { resolved: false } });
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});

test('overlaps, side panel filters and search, scroll and flash, hover sync, keyboard, undo/redo (中文介面)', async () => {
  const app = await launchApp({ locale: 'zh-TW' });
  const { page } = app;
  try {
    await waitForDocument(page);
    await setReviewerName(page, '林審閱');
    const dialog = page.getByTestId('annotation-dialog');
    // Three overlapping annotations on one phrase, plus an open comment far below.
    await selectText(page, '同比增長4.9%');
    await expect(page.getByTestId('toolbar-claim')).toHaveText(/標記論點/);
    await page.getByTestId('toolbar-highlight').click();
    await selectText(page, '增長4.9%');
    await page.keyboard.press('t');
    await dialog.getByTestId('claim-category').selectOption('target');
    await dialog.getByTestId('claim-tag-input').fill('經濟');
    await dialog.getByTestId('claim-tag-input').press('Enter');
    await saveDialog(page);
    await selectText(page, '4.9%');
    await page.keyboard.press('c');
    await dialog.getByTestId('comment-input').fill('統計公報是4.8%');
    await saveDialog(page);
    await selectText(page, '辦結率100%');
    await page.keyboard.press('c');
    await dialog.getByTestId('comment-input').fill('請附清單');
    await saveDialog(page);
    const figure = await storedByQuote(page, '4.9%');
    const claim = await storedByQuote(page, '增長4.9%');
    const far = await storedByQuote(page, '辦結率100%');

    // Hover and click list every annotation under the pointer.
    await textSpan(page, figure.id).hover();
    await expect(page.getByTestId('overlap-hover').getByTestId('overlap-item')).toHaveCount(3);
    await textSpan(page, figure.id).click();
    const popover = page.getByTestId('overlap-popover');
    await expect(popover.getByTestId('overlap-item')).toHaveCount(3);
    await expect(popover).toContainText('此處有 3 個標註');
    await popover.locator(`[data-annotation-id="${claim.id}"]`).click();
    await expect(dialog.getByTestId('claim-category')).toHaveValue('target');
    await dialog.getByTestId('annotation-cancel').click();

    // Panel: text order, filters, search.
    await page.getByTestId('side-tab-annotations').click();
    await expect(page.getByTestId('side-tab-annotations')).toHaveText('標註');
    const cards = page.getByTestId('annotation-card');
    await expect(cards).toHaveCount(4);
    const order = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')));
    expect(order).toEqual(['highlight', 'claim', 'comment', 'comment']);
    await page.getByTestId('filter-kind').selectOption('comment');
    await expect(cards).toHaveCount(2);
    await page.getByTestId('filter-kind').selectOption('');
    await page.getByTestId('filter-tag').selectOption('經濟');
    await expect(cards).toHaveCount(1);
    await page.getByTestId('filter-tag').selectOption('');
    await page.getByTestId('filter-author').selectOption('林審閱');
    await expect(cards).toHaveCount(4);
    await page.getByTestId('filter-author').selectOption('');
    await page.getByTestId('annotation-search').fill('公報');
    await expect(cards).toHaveCount(1);
    await page.getByTestId('annotation-search').fill('');
    await expect(cards).toHaveCount(4);

    // Click a card: the text scrolls to it and flashes (selected); hover syncs both ways.
    await card(page, far.id).getByTestId('annotation-card-go').click();
    await expect(textSpan(page, far.id)).toHaveClass(/tm-anno-selected/);
    await expect(textSpan(page, far.id)).toBeInViewport();
    await card(page, claim.id).hover();
    await expect(textSpan(page, claim.id)).toHaveClass(/tm-anno-hovered/);
    await textSpan(page, far.id).hover();
    await expect(card(page, far.id)).toHaveClass(/tm-anno-card-hovered/);

    // Keyboard: K previous, J next, U next unresolved, Enter opens the thread, Delete asks first.
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await card(page, claim.id).getByTestId('annotation-card-go').click();
    await page.locator('body').press('j');
    await expect(card(page, figure.id)).toHaveClass(/tm-anno-card-selected/);
    await page.locator('body').press('k');
    await expect(card(page, claim.id)).toHaveClass(/tm-anno-card-selected/);
    await page.locator('body').press('u');
    await expect(card(page, figure.id)).toHaveClass(/tm-anno-card-selected/);
    await page.locator('body').press('u');
    await expect(card(page, far.id)).toHaveClass(/tm-anno-card-selected/);
    await page.locator('body').press('Enter');
    await expect(dialog.getByTestId('comment-thread')).toBeVisible();
    await dialog.getByTestId('reply-input').fill('收到');
    await dialog.getByTestId('reply-send').click();
    await dialog.getByTestId('annotation-cancel').click();
    await page.locator('body').press('Delete');
    await expect(page.getByTestId('confirm-delete')).toContainText('1 則回覆');
    await page.getByTestId('confirm-delete-ok').click();
    await expect(cards).toHaveCount(3);
    expect((await readStoredAnnotations(page)).replies).toHaveLength(0);

    // Undo brings the thread back with its reply; redo deletes it again.
    await page.locator('body').press('Control+z');
    await expect(cards).toHaveCount(4);
    await expect(textSpan(page, far.id)).toBeAttached();
    expect((await readStoredAnnotations(page)).replies.map((r) => r.text)).toEqual(['收到']);
    await page.locator('body').press('Control+Shift+z');
    await expect(cards).toHaveCount(3);
    await expect(textSpan(page, far.id)).toHaveCount(0);
    expect((await readStoredAnnotations(page)).annotations).toHaveLength(3);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});
