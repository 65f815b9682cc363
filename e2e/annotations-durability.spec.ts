/**
 * Durability (issue #3): kill the whole browser with SIGKILL in the middle of a burst of annotation
 * edits, relaunch on the same profile, and check that every annotation the UI had shown (the app shows
 * one only after IndexedDB committed it) is there, and that nothing is half-written: every row
 * validates against the shared schema and no reply is left without its thread.
 */
import { readdir, readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parseAnnotation, parseReply } from '../shared/annotations/model';
import { launchApp } from './harness';
import {
  drawnAnnotationIds,
  readStoredAnnotations,
  saveDialog,
  reopenRecent,
  samplePath,
  selectText,
  setReviewerName,
  waitForDocument,
} from './annotations-helpers';

/** The pid of the browser process (not a renderer or helper) using `userDataDir`. */
async function browserPid(userDataDir: string): Promise<number> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const args = cmdline.split('\0');
    if (
      args.some((arg) => arg === `--user-data-dir=${userDataDir}`) &&
      !args.some((arg) => arg.startsWith('--type='))
    ) {
      return Number(entry);
    }
  }
  throw new Error(`No browser process found for profile ${userDataDir}`);
}

/** Sentence openings that occur once in the sample: safe, distinct targets for a burst of edits. */
async function uniqueNeedles(count: number): Promise<string[]> {
  const sample = await readFile(samplePath, 'utf8');
  const needles: string[] = [];
  for (const sentence of sample.split(/[。\n]/)) {
    const needle = sentence.trim().slice(0, 8);
    if (
      needle.length === 8 &&
      sample.indexOf(needle) === sample.lastIndexOf(needle) &&
      !/[“”"]/.test(needle)
    ) {
      needles.push(needle);
    }
    if (needles.length === count) break;
  }
  return needles;
}

test('killing the browser mid-burst loses nothing acknowledged and leaves nothing half-written', async () => {
  test.setTimeout(120_000);
  const needles = await uniqueNeedles(40);
  expect(needles.length).toBe(40);
  let app = await launchApp({ locale: 'en-US' });
  const { userDataDir } = app;
  let page = app.page;
  try {
    await waitForDocument(page);
    await setReviewerName(page, 'Ana');
    // A thread with replies, acknowledged before the burst.
    await selectText(page, needles[0]!);
    await page.keyboard.press('c');
    await page.getByTestId('comment-input').fill('Check this');
    await saveDialog(page);
    const thread = page.locator('.tm-document .tm-anno-comment').first();
    await thread.click();
    // A single annotation opens in one click (issue 11), beside the text.
    for (const n of [1, 2, 3]) {
      await page.getByTestId('reply-input').fill(`reply ${n}`);
      await page.getByTestId('reply-send').click();
      await expect(page.getByTestId('thread-reply')).toHaveCount(n);
    }
    await page.getByTestId('annotation-cancel').click();

    // The burst: highlights as fast as the keyboard goes, without waiting for each to appear.
    for (const needle of needles.slice(1, 30)) {
      await selectText(page, needle);
      await page.keyboard.press('h');
    }
    // Acknowledged = drawn, which happens only after the write committed. Wait until most of the first
    // stretch is, however busy the machine; the rest of the burst is still in flight when we kill.
    await expect
      .poll(async () => (await drawnAnnotationIds(page)).length, { timeout: 30_000 })
      .toBeGreaterThan(20);
    const acknowledged = await page.evaluate(() => [
      ...new Set(
        [...document.querySelectorAll('.tm-document [data-annotation-id]')].map((el) =>
          el.getAttribute('data-annotation-id'),
        ),
      ),
    ]);
    for (const needle of needles.slice(30)) {
      await selectText(page, needle);
      await page.keyboard.press('h');
    }
    process.kill(await browserPid(userDataDir), 'SIGKILL');
    await app.close().catch(() => undefined);

    app = await launchApp({ locale: 'en-US', userDataDir });
    page = app.page;
    await reopenRecent(page);
    const stored = await readStoredAnnotations(page);
    const ids = new Set(stored.annotations.map((row) => row.id as string));
    expect(acknowledged.length).toBeGreaterThan(20);
    for (const id of acknowledged) expect(ids.has(id!), `acknowledged annotation ${id} survived`).toBe(true);
    const invalid: string[] = [];
    for (const row of stored.annotations) parseAnnotation(row, (message) => invalid.push(message));
    for (const row of stored.replies) parseReply(row, (message) => invalid.push(message));
    expect(invalid).toEqual([]);
    expect(stored.replies.map((r) => r.text).sort()).toEqual(['reply 1', 'reply 2', 'reply 3']);
    expect(stored.replies.every((r) => ids.has(r.annotationId as string))).toBe(true);
    // What is stored is what the app shows after the relaunch.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Set(
              [...document.querySelectorAll('.tm-document [data-annotation-id]')].map((el) =>
                el.getAttribute('data-annotation-id'),
              ),
            ).size,
        ),
      )
      .toBe(ids.size);
  } finally {
    await app.close();
  }
});
