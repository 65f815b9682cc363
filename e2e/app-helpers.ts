/**
 * Helpers for the renderer's e2e specs: wait for start-up, open a file through the Open dialog, drop a
 * file on the window, and count IndexedDB rows straight from the browser (so a test checks the real
 * database, not the UI's idea of it).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { LaunchedApp } from './harness';

/** Waits until the renderer has started (recent list loaded, launch files and first-run sample handled). */
export async function waitReady(page: Page): Promise<void> {
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(page.getByTestId('import-progress')).toHaveCount(0, { timeout: 20_000 });
}

/** Picks `file` in the (simulated) Open dialog via Ctrl+O. */
export async function openWithDialog(app: LaunchedApp, file: string): Promise<void> {
  app.queueDialogFile(file);
  await app.page.locator('body').press('Control+o');
}

/** Drops `file` (read from disk) on the window, as a user dragging it from the file manager. */
export async function dropFile(page: Page, file: string, name = path.basename(file)): Promise<void> {
  const bytes = [...(await readFile(file))];
  const dataTransfer = await page.evaluateHandle(
    ([fileName, data]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], fileName));
      return transfer;
    },
    [name, bytes] as const,
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

export interface RowCounts {
  documents: number;
  versions: number;
  annotations: number;
  settings: number;
}

/** Row counts of the app's IndexedDB tables, read in the page with the raw IndexedDB API. */
export function countRows(page: Page): Promise<RowCounts> {
  return page.evaluate(
    () =>
      new Promise<RowCounts>((resolve, reject) => {
        const request = indexedDB.open('tickmark');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = ['documents', 'versions', 'annotations', 'settings'] as const;
          const tx = db.transaction([...names], 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const count = tx.objectStore(name).count();
            count.onsuccess = () => (counts[name] = count.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts as unknown as RowCounts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
