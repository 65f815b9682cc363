/**
 * Helpers for the annotation e2e specs: select text in the read-only document by its content, wait for
 * the sample to open, read what IndexedDB holds, and make a 1 MB draft from the sample.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { resourcesDir } from './harness-paths';

export const samplePath = path.join(resourcesDir, 'samples', 'hecheng-work-report.txt');

/** Waits for start-up and the first-run sample to be shown. */
export async function waitForDocument(page: Page): Promise<void> {
  await expect(page.locator('#root[data-ready=true]')).toBeAttached({ timeout: 30_000 });
  await expect(page.getByTestId('document').locator('.tm-document')).toBeVisible({ timeout: 30_000 });
}

/**
 * A relaunch reopens the last document where the reviewer left off; the start screen is one click away.
 * Shows it (after start-up) whichever screen the app came up on.
 */
export async function showStartScreen(page: Page): Promise<void> {
  await expect(page.locator('#root[data-ready=true]')).toBeAttached({ timeout: 30_000 });
  if (!(await page.getByTestId('start-screen').isVisible())) await page.getByTestId('go-start').click();
  await expect(page.getByTestId('start-screen')).toBeVisible();
}

/** After a relaunch: reopen the first recent document from IndexedDB, from the start screen. */
export async function reopenRecent(page: Page): Promise<void> {
  await showStartScreen(page);
  await page.getByTestId('recent-open').first().click();
  await waitForDocument(page);
}

/**
 * Selects the `occurrence`-th (0-based) occurrence of `needle` in the document's text (across the
 * spans that decorations split the text into) and scrolls it into view, as a mouse selection would.
 */
export async function selectText(page: Page, needle: string, occurrence = 0): Promise<void> {
  const found = await page.evaluate(
    ({ needle, occurrence }) => {
      const root = document.querySelector('.tm-document');
      if (!root) return false;
      // Concatenate each paragraph's text nodes so a needle split by decoration spans is still found.
      for (const block of root.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, td, th')) {
        const nodes: { node: Text; start: number }[] = [];
        let text = '';
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          nodes.push({ node, start: text.length });
          text += node.data;
        }
        for (let index = text.indexOf(needle); index !== -1; index = text.indexOf(needle, index + 1)) {
          if (occurrence-- > 0) continue;
          const locate = (offset: number, preferNext: boolean) => {
            let hit = nodes[0]!;
            for (const entry of nodes) {
              if (entry.start < offset || (preferNext && entry.start === offset)) hit = entry;
              else if (entry.start > offset) break;
            }
            return { node: hit.node, offset: offset - hit.start };
          };
          const from = locate(index, true);
          const to = locate(index + needle.length, false);
          (from.node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
          const range = document.createRange();
          range.setStart(from.node, from.offset);
          range.setEnd(to.node, to.offset);
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          return true;
        }
      }
      return false;
    },
    { needle, occurrence },
  );
  expect(found, `text "${needle}" (#${occurrence}) in the document`).toBe(true);
}

/** Saves the open annotation dialog and waits for it to close (focus returns to the document). */
export async function saveDialog(page: Page): Promise<void> {
  await page.getByTestId('annotation-dialog').getByTestId('annotation-save').click();
  await expect(page.getByTestId('annotation-dialog')).toBeHidden();
}

/** Ids of the annotations drawn in the document (one annotation may be split into several spans). */
export async function drawnAnnotationIds(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll('.tm-document [data-annotation-id]')].map((el) =>
        el.getAttribute('data-annotation-id')!,
      ),
    ),
  ]);
}

/** Every annotation row and reply row in the page's IndexedDB (read directly, not through the app). */
export async function readStoredAnnotations(
  page: Page,
): Promise<{ annotations: Record<string, unknown>[]; replies: Record<string, unknown>[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('tickmark');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['annotations', 'replies'], 'readonly');
          const all = (name: string) =>
            new Promise<Record<string, unknown>[]>((done) => {
              const get = tx.objectStore(name).getAll();
              get.onsuccess = () => done(get.result as Record<string, unknown>[]);
            });
          void Promise.all([all('annotations'), all('replies')]).then(([annotations, replies]) => {
            db.close();
            resolve({ annotations, replies });
          });
        };
      }),
  );
}

/** Sets the reviewer's name in Settings so the name prompt does not interrupt a test. */
export async function setReviewerName(page: Page, name: string): Promise<void> {
  await page.getByTestId('settings-button').click();
  await page.getByTestId('settings-reviewer-name').fill(name);
  await page.getByTestId('settings-reviewer-name').press('Tab');
  await page.getByTestId('settings-close').click();
  await expect(page.getByTestId('settings-dialog')).toBeHidden();
}

/** Writes a ~1 MB (UTF-8 bytes) .txt draft made of copies of the sample, each headed by its number. */
export async function makeLargeDraft(): Promise<{ file: string; copies: number; textLength: number }> {
  const sample = await readFile(samplePath, 'utf8');
  const parts: string[] = [];
  let size = 0;
  for (let copy = 1; size < 1_000_000; copy++) {
    const part = `第${copy}部分\n${sample}\n`;
    parts.push(part);
    size += Buffer.byteLength(part, 'utf8');
  }
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'tm-1mb-')), 'large-draft.txt');
  const text = parts.join('');
  await writeFile(file, text, 'utf8');
  return { file, copies: parts.length, textLength: text.length };
}
