/**
 * Threads beside the text and nothing typed lost (issue 11): a single annotation opens in one click in
 * the side pane while its text stays in view; overlapping ones are listed first; an unfinished comment
 * or reply is a draft in IndexedDB that survives Escape and a relaunch, until it is saved or discarded.
 */
import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './harness';
import { readStoredAnnotations, selectText, setReviewerName, waitForDocument } from './annotations-helpers';

/** Every row of the drafts table, read with the raw IndexedDB API. */
const storedDrafts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ key: string; value: { text?: string; body?: { text?: string } } }[]>(
        (resolve, reject) => {
          const request = indexedDB.open('tickmark');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const get = db.transaction('drafts', 'readonly').objectStore('drafts').getAll();
            get.onsuccess = () => {
              db.close();
              resolve(get.result as { key: string; value: { text?: string; body?: { text?: string } } }[]);
            };
          };
        },
      ),
  );

test('one click opens a thread beside the text; comment and reply drafts survive Escape and a relaunch', async () => {
  let app = await launchApp({ locale: 'en-US' });
  const userDataDir = app.userDataDir;
  try {
    let page = app.page;
    await waitForDocument(page);
    await setReviewerName(page, 'Ana');
    const form = page.getByTestId('annotation-dialog');

    // A new comment, half typed, closed with Escape: kept as a draft, restored on reopening.
    await selectText(page, '完成公共財政收入9.1億元');
    await page.keyboard.press('c');
    await expect(page.getByTestId('side-panel').getByTestId('annotation-dialog')).toBeVisible();
    await expect
      .poll(() =>
        page.locator('.tm-pending-quote').evaluateAll((spans) => spans.map((s) => s.textContent).join('')),
      )
      .toBe('完成公共財政收入9.1億元');
    await page.getByTestId('comment-input').pressSequentially('Half a thought');
    await page.keyboard.press('Escape');
    await expect(form).toBeHidden();
    // A new comment's draft holds its whole body (a claim's category and tags too).
    await expect
      .poll(async () => (await storedDrafts(page)).map((d) => d.value.body?.text))
      .toEqual(['Half a thought']);
    await selectText(page, '完成公共財政收入9.1億元');
    await page.keyboard.press('c');
    await expect(page.getByTestId('comment-input')).toHaveValue('Half a thought');
    await expect(form.getByTestId('draft-kept')).toBeVisible();
    await page.getByTestId('comment-input').press('End');
    await page.keyboard.type(', then finished.');
    await page.keyboard.press('Control+Enter');
    await expect(form).toBeHidden();
    await expect.poll(() => storedDrafts(page)).toEqual([]);
    const { annotations } = await readStoredAnnotations(page);
    const thread = annotations.find(
      (a) => (a.body as { text?: string }).text === 'Half a thought, then finished.',
    );
    expect(thread).toBeTruthy();

    // One click on the comment's text opens its thread in the side pane; the text stays visible.
    const span = page.locator(`.tm-document [data-annotation-id="${thread!.id as string}"]`).first();
    await span.click();
    await expect(page.getByTestId('overlap-popover')).toHaveCount(0);
    await expect(page.getByTestId('side-panel').getByTestId('comment-thread')).toBeVisible();
    await expect(span).toBeInViewport();
    await page.getByTestId('reply-input').fill('A reply I will finish tomorrow');
    await page.keyboard.press('Escape');
    await expect(form).toBeHidden();
    await expect
      .poll(async () => (await storedDrafts(page)).map((d) => d.value.text))
      .toEqual(['A reply I will finish tomorrow']);

    // Relaunch: the reply draft is still there; discarding is explicit and removes it.
    await app.close();
    app = await launchApp({ locale: 'en-US', userDataDir });
    page = app.page;
    await expect(page.locator('#root[data-ready=true]')).toBeAttached({ timeout: 30_000 });
    const reopen = page.getByTestId('recent-open').first();
    if (await reopen.isVisible()) await reopen.click();
    await waitForDocument(page);
    await page
      .locator(`.tm-document [data-annotation-id="${thread!.id as string}"]`)
      .first()
      .click();
    await expect(page.getByTestId('reply-input')).toHaveValue('A reply I will finish tomorrow');
    await page.getByTestId('reply-draft-discard').click();
    await expect(page.getByTestId('reply-input')).toHaveValue('');
    await expect.poll(() => storedDrafts(page)).toEqual([]);

    // Resolving is a signed event, not an edit of the opening comment.
    await page.getByTestId('thread-resolve').click();
    await expect(page.getByTestId('thread-event')).toHaveText(/^Resolved by Ana, /);
    await expect(page.getByTestId('thread-opening')).not.toContainText('edited');

    // Overlapping annotations still list first.
    await page.keyboard.press('Escape');
    await selectText(page, '公共財政收入');
    await page.keyboard.press('h');
    await expect(page.locator('.tm-document .tm-anno-highlight').first()).toBeVisible();
    await page.locator('.tm-document .tm-anno-highlight').first().click();
    await expect(page.getByTestId('overlap-popover').getByTestId('overlap-item')).toHaveCount(2);
  } finally {
    await app.close();
  }
});
