/**
 * File > Back up review… and File > Restore… through the real app (issue #13): annotate, back up,
 * restore into a fresh profile (the same documents, drafts, annotations and replies, drawn when the
 * document is opened); restore into a populated profile (the summary counts what was added and kept);
 * a damaged or foreign file is refused with a clear message and changes nothing.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readBackupFile } from '../shared/backup/backup-file';
import { launchApp, type LaunchedApp } from './harness';
import {
  drawnAnnotationIds,
  saveDialog,
  selectText,
  setReviewerName,
  waitForDocument,
} from './annotations-helpers';

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-backup-e2e-'));
});
test.afterAll(() => (process.env.KEEP_E2E_FILES ? undefined : rm(dir, { recursive: true, force: true })));

type Row = Record<string, unknown> & { id: string };
type Tables = Record<'documents' | 'versions' | 'annotations' | 'replies', Row[]>;

/** Every row of the tables a backup holds, read with the raw IndexedDB API (not through the app). */
function readTables(page: Page): Promise<Tables> {
  return page.evaluate(
    () =>
      new Promise<Tables>((resolve, reject) => {
        const request = indexedDB.open('tickmark');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = ['documents', 'versions', 'annotations', 'replies'] as const;
          const tx = db.transaction([...names], 'readonly');
          const tables: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (tables[name] = all.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(tables as Tables);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

async function comment(page: Page, quote: string, text: string) {
  await selectText(page, quote);
  await page.keyboard.press('c');
  await page.getByTestId('annotation-dialog').getByTestId('comment-input').fill(text);
  await saveDialog(page);
}

async function reply(page: Page, annotationId: string, text: string) {
  await page.locator(`.tm-document [data-annotation-id="${annotationId}"]`).first().click();
  // A single annotation opens in one click (no one-item list first).
  const dialog = page.getByTestId('annotation-dialog');
  await dialog.getByTestId('reply-input').fill(text);
  await dialog.getByTestId('reply-send').click();
  await expect(dialog.getByTestId('thread-reply')).toHaveCount(1);
  await dialog.getByTestId('annotation-cancel').click();
  await expect(dialog).toBeHidden();
}

/** Runs File > Back up review… or Restore… with the dialog "picking" `file`; waits for the outcome. */
async function viaMenu(app: LaunchedApp, command: 'back-up-review' | 'restore-backup', file: string) {
  app.queueDialogFile(file);
  await app.sendMenuCommand(command);
  await expect(app.page.getByTestId('backup-dialog')).toBeVisible({ timeout: 60_000 });
}

async function closeOutcome(page: Page) {
  await page.getByTestId('backup-close').click();
  await expect(page.getByTestId('backup-dialog')).toBeHidden();
}

/** The summary dialog's counts for one table. */
async function summaryRow(page: Page, table: string) {
  const row = page.getByTestId(`backup-summary-${table}`);
  const cell = async (column: string) => Number(await row.locator(`td[data-column=${column}]`).textContent());
  return { added: await cell('added'), updated: await cell('updated'), kept: await cell('kept') };
}

const byId = (rows: Row[]) => new Map(rows.map((row) => [row.id, row]));

test('annotate, back up, restore into a fresh profile and into a populated one', async () => {
  test.setTimeout(180_000);
  const first = path.join(dir, 'first.tickmark-backup.json');
  const second = path.join(dir, 'second.tickmark-backup.json');
  const ana = await launchApp({ locale: 'en-US' });
  let anaTables: Tables;
  try {
    await waitForDocument(ana.page);
    await setReviewerName(ana.page, 'Ana');
    await comment(ana.page, '區內生產總值 264億元', 'Source? 出處？');
    await comment(ana.page, '森林覆蓋率達64.23%', 'Which survey?');
    await expect.poll(async () => (await readTables(ana.page)).annotations.length).toBe(2);
    const threadId = (await readTables(ana.page)).annotations[0]!.id;
    await reply(ana.page, threadId, 'Budget report, p. 4');
    await expect.poll(async () => (await readTables(ana.page)).replies.length).toBe(1);

    await viaMenu(ana, 'back-up-review', first);
    await expect(ana.page.getByTestId('backup-written')).toContainText(
      'documents: 1, drafts: 1, annotations: 2, replies: 1',
    );
    await ana.page.screenshot({ path: path.join(dir, 'backed-up.png') });
    await closeOutcome(ana.page);
    anaTables = await readTables(ana.page);
    const read = readBackupFile(await readFile(first, 'utf8'));
    expect(read.ok && read.value.manifest.counts).toMatchObject({
      documents: 1,
      versions: 1,
      annotations: 2,
      replies: 1,
    });

    // Fresh profile: the first-run sample is there under its own ids; the backup adds Ana's review.
    const bo = await launchApp({ locale: 'en-US' });
    try {
      await waitForDocument(bo.page);
      const before = await readTables(bo.page);
      expect(before.annotations).toEqual([]);
      await viaMenu(bo, 'restore-backup', first);
      await bo.page.screenshot({ path: path.join(dir, 'restored-fresh.png') });
      expect(await summaryRow(bo.page, 'documents')).toEqual({ added: 1, updated: 0, kept: 0 });
      expect(await summaryRow(bo.page, 'versions')).toEqual({ added: 1, updated: 0, kept: 0 });
      expect(await summaryRow(bo.page, 'annotations')).toEqual({ added: 2, updated: 0, kept: 0 });
      expect(await summaryRow(bo.page, 'replies')).toEqual({ added: 1, updated: 0, kept: 0 });
      await closeOutcome(bo.page);
      const after = await readTables(bo.page);
      for (const table of ['documents', 'versions', 'annotations', 'replies'] as const) {
        const restored = byId(after[table]);
        for (const row of anaTables[table]) expect(restored.get(row.id), `${table} ${row.id}`).toEqual(row);
        expect(after[table].length).toBe(before[table].length + anaTables[table].length);
      }
      // Opening the restored document from the start screen draws Ana's annotations.
      await bo.sendMenuCommand('start-screen');
      const documentId = anaTables.documents[0]!.id;
      await bo.page
        .locator(`[data-testid=recent-item][data-document-id="${documentId}"]`)
        .getByTestId('recent-open')
        .click();
      await waitForDocument(bo.page);
      await expect
        .poll(async () => (await drawnAnnotationIds(bo.page)).sort())
        .toEqual(anaTables.annotations.map((a) => a.id).sort());

      // Populated profile: Ana adds a third annotation and backs up again; Bo restores that.
      await comment(ana.page, '同比增長4.9%', 'Check against the statistics bureau');
      await expect.poll(async () => (await readTables(ana.page)).annotations.length).toBe(3);
      await viaMenu(ana, 'back-up-review', second);
      await closeOutcome(ana.page);
      await viaMenu(bo, 'restore-backup', second);
      expect(await summaryRow(bo.page, 'annotations')).toEqual({ added: 1, updated: 0, kept: 2 });
      expect(await summaryRow(bo.page, 'replies')).toEqual({ added: 0, updated: 0, kept: 1 });
      expect(await summaryRow(bo.page, 'versions')).toEqual({ added: 0, updated: 0, kept: 1 });
      await bo.page.screenshot({ path: path.join(dir, 'restored-populated.png') });
      await closeOutcome(bo.page);
      // Live view: the annotation the second backup brought is drawn without reopening.
      await expect.poll(async () => (await drawnAnnotationIds(bo.page)).length).toBe(3);
      expect(bo.errors).toEqual([]);
    } finally {
      await bo.close();
    }
    expect(ana.errors).toEqual([]);
  } finally {
    await ana.close();
  }
});

test('a damaged or foreign file is refused with a clear message and changes nothing', async () => {
  test.setTimeout(120_000);
  const app = await launchApp({ locale: 'en-US' });
  try {
    await waitForDocument(app.page);
    await setReviewerName(app.page, 'Ana');
    await comment(app.page, '區內生產總值 264億元', 'Source?');
    const good = path.join(dir, 'good.tickmark-backup.json');
    await viaMenu(app, 'back-up-review', good);
    await closeOutcome(app.page);
    const before = await readTables(app.page);

    const text = await readFile(good, 'utf8');
    const truncated = path.join(dir, 'truncated.tickmark-backup.json');
    await writeFile(truncated, text.slice(0, Math.floor(text.length / 2)));
    const lying = path.join(dir, 'lying.tickmark-backup.json');
    await writeFile(lying, text.replace('"annotations":1', '"annotations":5'));
    const foreign = path.join(dir, 'notes.json');
    await writeFile(foreign, JSON.stringify({ notes: ['not a backup'] }));
    const binary = path.join(dir, 'photo.json');
    await writeFile(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
    const cases: [string, RegExp][] = [
      [truncated, /it is not JSON/],
      [lying, /manifest lists 5 annotations but it holds 1/],
      [foreign, /not a Tickmark backup/],
      [binary, /not UTF-8/],
    ];
    for (const [file, detail] of cases) {
      await viaMenu(app, 'restore-backup', file);
      const dialog = app.page.getByTestId('backup-dialog');
      await expect(dialog).toContainText('Nothing was restored');
      await expect(app.page.getByTestId('backup-failure')).toContainText(
        `${path.basename(file)} is not a Tickmark backup or it is damaged, so nothing was changed.`,
      );
      await expect(dialog).toContainText(detail);
      if (file === lying) await app.page.screenshot({ path: path.join(dir, 'refused.png') });
      await closeOutcome(app.page);
      expect(await readTables(app.page)).toEqual(before);
    }
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});
