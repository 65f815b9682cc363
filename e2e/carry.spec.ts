/**
 * The next draft (issue 8) end to end: review draft 1 of the sample (a claim, a thread with a reply,
 * figures in two statuses), open an edited draft 2 as a new draft of the same document, check the
 * carry-over report, confirm the fuzzy claim (A), re-anchor the orphaned thread on selected text, find
 * the changed figure back at unverified with its old value in its history, and find it all again after
 * a relaunch — with draft 1 still readable with its own annotations; and the changes view between the
 * two drafts (an insertion, a deletion, a move, N / P, the filter to changes touching annotations).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './harness';
import { openWithDialog } from './app-helpers';
import {
  drawnAnnotationIds,
  readStoredAnnotations,
  reopenRecent,
  samplePath,
  saveDialog,
  selectText,
  setReviewerName,
  waitForDocument,
} from './annotations-helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows read raw from IndexedDB
type Loose = any;
type Stored = {
  id: string;
  versionId: string;
  target: { exact: string };
  body: Record<string, unknown>;
  meta: Record<string, Loose>;
};

async function stored(page: Page): Promise<Stored[]> {
  return (await readStoredAnnotations(page)).annotations as Stored[];
}

test('carry a reviewed draft to the next one: report, queue, orphans, figure history, relaunch', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-carry-e2e-'));
  let app = await launchApp({ locale: 'en-US' });
  const { userDataDir } = app;
  let page = app.page;
  try {
    await waitForDocument(page);
    await setReviewerName(page, 'Ana');
    const dialog = page.getByTestId('annotation-dialog');

    await selectText(page, '全力以赴穩增長、調結構');
    await page.keyboard.press('t');
    await saveDialog(page);
    await selectText(page, '264億元');
    await page.keyboard.press('f');
    await dialog.getByTestId('figure-status').selectOption('verified');
    await saveDialog(page);
    await selectText(page, '4.9%');
    await page.keyboard.press('f');
    await dialog.getByTestId('figure-status').selectOption('disputed');
    await saveDialog(page);
    await selectText(page, '森林覆蓋率達64.23%');
    await page.keyboard.press('c');
    await dialog.getByTestId('comment-input').fill('Which survey?');
    await saveDialog(page);
    const thread = (await stored(page)).find((a) => a.target.exact === '森林覆蓋率達64.23%')!;
    await page.locator(`.tm-document [data-annotation-id="${thread.id}"]`).first().click();
    // A single annotation opens in one click (no one-item list first).
    await dialog.getByTestId('reply-input').fill('Forestry bureau, table 2');
    await dialog.getByTestId('reply-send').click();
    await expect(dialog.getByTestId('thread-reply')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    const draft1Ids = (await stored(page)).map((a) => a.id);
    expect(draft1Ids).toHaveLength(4);

    // Draft 2: GDP revised, a word of the claim changed, the forest figure's clause deleted.
    const sample = await readFile(samplePath, 'utf8');
    // For the changes view also: paragraph 59 deleted, 61 moved to after 79, a new one after 67.
    const lines = sample
      .replace('區內生產總值 264億元', '區內生產總值 265億元')
      .replace('全力以赴穩增長、調結構', '全力以赴穩增長、優結構')
      .replace(',森林覆蓋率達64.23%', '')
      .split('\n');
    const deleted = lines[58]!;
    const moved = lines[60]!;
    const inserted = '新增段落:全面推行河長制,年內完成主要河道清淤。';
    const draft2 = [
      ...lines.slice(0, 58),
      ...lines.slice(61, 67),
      inserted,
      ...lines.slice(67, 79),
      moved,
      ...lines.slice(79),
    ].join('\n');
    const file = path.join(dir, 'hecheng-work-report.txt');
    await writeFile(file, draft2, 'utf8');
    await openWithDialog(app, file);
    await page.getByTestId('draft-dialog-new-draft').click();
    await expect(page.getByTestId('document-version')).toContainText('Draft 2 of 2');

    const report = page.getByTestId('carry-report');
    await expect(report).toBeVisible();
    await expect(report.getByTestId('carry-count-value-changed')).toContainText('1');
    await expect(report.getByTestId('carry-count-orphan')).toContainText('1');
    await expect(report.getByTestId('carry-count-fuzzy')).toContainText('1');
    await expect(report.getByTestId('carry-value-changed')).toContainText('264億元 → 265億元');
    await expect(report.getByTestId('carry-old')).toContainText('全力以赴穩增長、調結構');
    await expect(report.getByTestId('carry-new')).toContainText('全力以赴穩增長、優結構');
    await page.screenshot({ path: path.join('test-results', 'carry-report.png') });
    await page.keyboard.press('a');
    await expect(report.getByTestId('carry-old')).not.toContainText('調結構');
    // R with nothing selected steps the (modal) report aside so the new place can be selected in the
    // document; R again re-anchors there and brings the report back.
    await expect(report.getByTestId('carry-new')).toContainText('265億元');
    const queueTitle = report.getByTestId('carry-queue').locator('h3');
    await expect(queueTitle).toHaveText('To confirm: 2');
    await page.keyboard.press('r');
    await expect(page.getByTestId('carry-pick')).toBeVisible();
    await expect(report).toBeHidden();
    await page.screenshot({ path: path.join('test-results', 'carry-pick.png') });
    await selectText(page, '265億元');
    await page.keyboard.press('r');
    await expect(page.getByTestId('carry-pick')).toBeHidden();
    await expect(queueTitle).toHaveText('To confirm: 1');
    const picked = (await stored(page)).find((a) => a.target.exact === '265億元')!;
    expect(picked.meta.carry).toMatchObject({ review: 'accepted' });
    await report.getByTestId('carry-report-close').click();
    await expect(report).toBeHidden();

    const carried = (await stored(page)).filter((a) => !draft1Ids.includes(a.id));
    expect(carried).toHaveLength(4);
    const claim = carried.find((a) => a.body.kind === 'claim')!;
    expect(claim.meta.carry).toMatchObject({ verdict: 'fuzzy', review: 'accepted' });
    const gdp = carried.find((a) => a.target.exact === '265億元')!;
    expect(gdp.body).toMatchObject({ kind: 'figure', status: 'unverified', value: 265e8 });
    expect(gdp.meta.figureHistory).toEqual([
      expect.objectContaining({ text: '264億元', value: 264e8, status: 'verified' }),
    ]);
    expect(gdp.meta.derivedFrom).toBe(draft1Ids.find((id) => id === gdp.meta.derivedFrom));

    // In the Annotations tab the orphan has a group of its own (old quote, comment, reply), not a card.
    await page.getByTestId('side-tab-annotations').click();
    const orphanCard = page.getByTestId('orphans-group').getByTestId('orphan-card');
    await expect(orphanCard).toHaveCount(1);
    await expect(orphanCard).toContainText('森林覆蓋率達64.23%');
    await expect(orphanCard).toContainText('Which survey?');
    await expect(orphanCard.getByTestId('orphan-reply')).toContainText('Forestry bureau, table 2');
    await expect(page.getByTestId('annotation-list')).not.toContainText('森林覆蓋率達64.23%');
    await page.screenshot({ path: path.join('test-results', 'carry-orphans-group.png') });

    // The orphaned thread is listed in the Drafts tab and re-anchored on selected text.
    await page.getByTestId('side-tab-drafts').click();
    await expect(page.getByTestId('orphan')).toHaveCount(1);
    await expect(page.getByTestId('orphan')).toContainText('森林覆蓋率達64.23%');
    await page.screenshot({ path: path.join('test-results', 'carry-drafts-tab.png') });
    await selectText(page, '整治水土流失面積3400畝');
    await page.getByTestId('orphan-reanchor').click();
    await expect(page.getByTestId('orphan')).toHaveCount(0);
    const orphan = (await stored(page)).find((a) => a.meta.derivedFrom === thread.id)!;
    expect(orphan.target.exact).toBe('整治水土流失面積3400畝');
    expect(
      (await readStoredAnnotations(page)).replies.filter((r) => r.annotationId === orphan.id),
    ).toHaveLength(1);
    await expect.poll(async () => drawnAnnotationIds(page)).toContain(orphan.id);

    // The changes view between draft 1 and draft 2: an insertion, a deletion, a move, N / P, the filter.
    await page.getByTestId('compare-with').selectOption({ label: 'Draft 1 · hecheng-work-report.txt' });
    const changes = page.getByTestId('changes-view');
    await expect(changes).toBeVisible();
    await expect(changes.locator('h2')).toContainText('draft 1 to draft 2');
    await expect(changes.locator('[data-kind="insert"]')).toContainText(inserted);
    await expect(changes.locator('[data-kind="delete"]')).toContainText(deleted.slice(0, 20));
    await expect(changes.locator('[data-kind="move-from"]')).toContainText(moved.slice(0, 20));
    await expect(changes.locator('[data-kind="move-to"]')).toContainText(moved.slice(0, 20));
    const gdpEdit = changes.locator('[data-kind="edit"]', { hasText: '265億元' });
    await expect(gdpEdit.locator('del')).toContainText(['264']);
    await expect(gdpEdit.locator('ins')).toContainText(['265']);
    await expect(gdpEdit.getByTestId('change-annotations')).toBeVisible();
    const all = await changes.getByTestId('change').count();
    await page.keyboard.press('n');
    await expect(changes.getByTestId('changes-position')).toHaveText(`Change 1 of ${all}`);
    const first = changes.locator('[data-testid="change"][aria-current="true"]');
    await expect(first).toHaveCount(1);
    const firstRow = await first.getAttribute('data-row');
    await page.keyboard.press('n');
    await expect(changes.getByTestId('changes-position')).toHaveText(`Change 2 of ${all}`);
    expect(await first.getAttribute('data-row')).not.toBe(firstRow);
    await page.keyboard.press('p');
    expect(await first.getAttribute('data-row')).toBe(firstRow);
    await page.screenshot({ path: path.join('test-results', 'changes-view.png') });
    await changes.getByTestId('changes-filter').check();
    const marked = changes.getByTestId('change');
    await expect(marked).not.toHaveCount(all);
    for (const row of await marked.all())
      expect(
        (await row.getByTestId('change-annotations').count()) +
          (await row.getByTestId('change-figure').count()),
      ).toBeGreaterThan(0);
    await expect(marked.filter({ hasText: '265億元' })).toHaveCount(1);
    await page.screenshot({ path: path.join('test-results', 'changes-view-filtered.png') });
    await page.keyboard.press('Escape');
    await expect(changes).toBeHidden();

    await app.close();
    app = await launchApp({ locale: 'en-US', userDataDir });
    page = app.page;
    await reopenRecent(page);
    await expect(page.getByTestId('document-version')).toContainText('Draft 2 of 2');
    await expect
      .poll(async () => (await drawnAnnotationIds(page)).sort())
      .toEqual(carried.map((a) => a.id).sort());
    await page.getByTestId('side-tab-drafts').click();
    await expect(page.getByTestId('orphan')).toHaveCount(0);
    await page.getByTestId('version-1').click();
    await expect(page.getByTestId('document-version')).toContainText('Draft 1 of 2');
    await expect.poll(async () => (await drawnAnnotationIds(page)).sort()).toEqual([...draft1Ids].sort());
    await page.getByTestId('version-report-2').click();
    await expect(page.getByTestId('carry-report')).toBeVisible();
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
});
