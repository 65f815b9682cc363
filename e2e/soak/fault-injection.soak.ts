/**
 * Fault injection soak (`npm run soak`; SOAK_RUNS, default 200, and SOAK_SEED): each run starts the app
 * on a fresh profile, fires a random burst of writes — highlights, comments, replies, imports — and
 * kills the browser (SIGKILL) or crashes the renderer (CDP Page.crash) at a random moment. It then
 * relaunches on the same profile and checks that the database opens, every write the UI acknowledged
 * is stored, no row is half-written (each validates against the shared schema, every reply has its
 * thread, every document its version) and no temporary file was left behind. A line per run goes to
 * .tmp/soak/results.jsonl. New kinds of writes (exports, carry-over) are added as `operations` entries.
 */
import { appendFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseAnnotation, parseReply } from '../../shared/annotations/model';
import { caseSeed, createRandom, type Random } from '../../scripts/fuzz/mutate';
import {
  drawnAnnotationIds,
  readStoredAnnotations,
  selectText,
  setReviewerName,
  waitForDocument,
} from '../annotations-helpers';
import { openWithDialog } from '../app-helpers';
import { launchApp, type LaunchedApp } from '../harness';
import { projectRoot } from '../harness-paths';

const runs = Number(process.env.SOAK_RUNS ?? 200);
const seed = Number(process.env.SOAK_SEED ?? 13);
const resultsFile = path.join(projectRoot, '.tmp', 'soak', 'results.jsonl');
const importable = [
  path.join(projectRoot, 'scripts/fuzz/corpus/utf8.txt'),
  path.join(projectRoot, 'scripts/fuzz/corpus/draft.md'),
];

/** What the UI confirmed before the fault: the app draws an annotation only after IndexedDB committed it. */
interface Acknowledged {
  annotations: Set<string>;
  replies: Set<string>;
}

interface RunContext {
  app: LaunchedApp;
  page: Page;
  random: Random;
  acknowledged: Acknowledged;
  log: string[];
}

/** The kinds of writes a burst is made of; each records what the UI acknowledged. */
const operations: Record<string, (context: RunContext) => Promise<void>> = {
  async highlight({ page, random, log }) {
    await selectText(page, await pickNeedle(page, random));
    await page.keyboard.press('h');
    log.push('highlight');
  },
  async comment({ page, random, log }) {
    await selectText(page, await pickNeedle(page, random));
    await page.keyboard.press('c');
    await page.getByTestId('comment-input').fill(`comment ${random.int(1e6)}`);
    await page.getByTestId('annotation-dialog').getByTestId('annotation-save').click();
    await expect(page.getByTestId('annotation-dialog')).toBeHidden();
    log.push('comment');
  },
  async reply({ page, random, acknowledged, log }) {
    const thread = page.locator('.tm-document .tm-anno-comment').first();
    if ((await thread.count()) === 0) return;
    await thread.click();
    await page.getByTestId('overlap-popover').getByTestId('overlap-item').first().click();
    const before = await page.getByTestId('thread-reply').count();
    const text = `reply ${random.int(1e6)}`;
    await page.getByTestId('reply-input').fill(text);
    await page.getByTestId('reply-send').click();
    await expect(page.getByTestId('thread-reply')).toHaveCount(before + 1);
    acknowledged.replies.add(text);
    await page.getByTestId('annotation-cancel').click();
    log.push('reply');
  },
  async import({ app, page, random, log }) {
    await openWithDialog(app, random.pick(importable));
    await waitForDocument(page);
    log.push('import');
  },
};

/** Waits for `promise` at most `ms`, swallowing its failure (closing a crashed app may hang or throw). */
async function withTimeout(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    promise.catch(() => undefined),
    new Promise((resolve) => (timer = setTimeout(resolve, ms))),
  ]);
  clearTimeout(timer);
}

/** The browser process (not a renderer or helper) of the profile. */
async function browserPid(userDataDir: string): Promise<number> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = (await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')).split('\0');
    if (args.includes(`--user-data-dir=${userDataDir}`) && !args.some((arg) => arg.startsWith('--type='))) {
      return Number(entry);
    }
  }
  throw new Error(`No browser process found for profile ${userDataDir}`);
}

/** Files a crash may leave half-written: ours would end in .tmp or .partial. */
async function leftoverTempFiles(dirs: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const dir of dirs) {
    const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
    found.push(...entries.filter((entry) => /tickmark.*\.(tmp|partial)$|\.tickmark-tmp$/i.test(entry)));
  }
  return found;
}

/** A short text that occurs once in the open document (whichever it is after imports), to select. */
async function pickNeedle(page: Page, random: Random): Promise<string> {
  const blocks = await page.evaluate(() =>
    [...document.querySelectorAll('.tm-document :is(p, h1, h2, h3, h4, h5, h6, li, td, th)')].map(
      (block) => block.textContent ?? '',
    ),
  );
  const whole = blocks.join('\n');
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const block = random.pick(blocks.filter((text) => text.length >= 8));
    if (!block) break;
    const start = random.int(block.length - 6);
    const needle = block.slice(start, start + 6);
    if (needle.trim().length === 6 && whole.indexOf(needle) === whole.lastIndexOf(needle)) return needle;
  }
  throw new Error('No unique text to select in the open document');
}

for (let run = 0; run < runs; run += 1) {
  test(`soak run ${run}`, async () => {
    const random = createRandom(caseSeed(seed, 'soak', run));
    const fault = random.next() < 0.5 ? 'browser' : 'renderer';
    const killAfterMs = 200 + random.int(4000);
    const burst = Array.from({ length: 6 + random.int(20) }, () =>
      random.pick(['highlight', 'highlight', 'highlight', 'comment', 'reply', 'import'] as const),
    );
    let app = await launchApp({ locale: 'en-US' });
    const { userDataDir } = app;
    const acknowledged: Acknowledged = { annotations: new Set(), replies: new Set() };
    const log: string[] = [];
    let outcome = 'survived';
    let problem = '';
    try {
      await waitForDocument(app.page);
      await setReviewerName(app.page, 'Soak');
      const context: RunContext = { app, page: app.page, random, acknowledged, log };

      let killed = false;
      const kill = (async () => {
        await new Promise((resolve) => setTimeout(resolve, killAfterMs));
        // Snapshot what is acknowledged, then fault at once.
        for (const id of await drawnAnnotationIds(app.page).catch(() => [] as string[]))
          acknowledged.annotations.add(id);
        killed = true;
        if (fault === 'browser') process.kill(await browserPid(userDataDir), 'SIGKILL');
        else {
          // Page.crash never answers (its renderer is gone): fire it and wait for the crash event.
          const session = await app.page.context().newCDPSession(app.page);
          const crashed = new Promise((resolve) => app.page.once('crash', resolve));
          void session.send('Page.crash').catch(() => undefined);
          await withTimeout(crashed, 10_000);
        }
      })();
      // The workload is not under test: an operation the UI could not complete is logged and skipped.
      // After the fault, an operation in flight may never settle (a crashed page), so race it.
      for (const name of burst) {
        if (killed) break;
        const operation = operations[name]!(context).catch((error: Error) => {
          if (!killed) log.push(`${name} failed: ${error.message.split('\n')[0]}`);
        });
        await Promise.race([operation, kill]);
      }
      await kill;
      await withTimeout(app.close(), 15_000);

      app = await launchApp({ locale: 'en-US', userDataDir });
      const page = app.page;
      await expect(page.locator('#root[data-ready=true]')).toBeAttached({ timeout: 30_000 });
      const stored = await readStoredAnnotations(page);
      const ids = new Set(stored.annotations.map((row) => row.id as string));
      const missing = [...acknowledged.annotations].filter((id) => !ids.has(id));
      const replyTexts = new Set(stored.replies.map((row) => row.text as string));
      const missingReplies = [...acknowledged.replies].filter((text) => !replyTexts.has(text));
      const invalid: string[] = [];
      for (const row of stored.annotations) parseAnnotation(row, (message) => invalid.push(message));
      for (const row of stored.replies) parseReply(row, (message) => invalid.push(message));
      const orphans = stored.replies.filter((row) => !ids.has(row.annotationId as string));
      const versionless = await page.evaluate(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const request = indexedDB.open('tickmark');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const db = request.result;
              const tx = db.transaction(['documents', 'versions'], 'readonly');
              const documents = tx.objectStore('documents').getAll();
              const versions = tx.objectStore('versions').getAll();
              tx.oncomplete = () => {
                const owners = new Set(
                  (versions.result as { documentId: string }[]).map((row) => row.documentId),
                );
                db.close();
                resolve(
                  (documents.result as { id: string }[])
                    .filter((row) => !owners.has(row.id))
                    .map((row) => row.id),
                );
              };
            };
          }),
      );
      const temp = await leftoverTempFiles([userDataDir, tmpdir()]);
      expect(missing, 'acknowledged annotations missing').toEqual([]);
      expect(missingReplies, 'acknowledged replies missing').toEqual([]);
      expect(invalid, 'half-written rows').toEqual([]);
      expect(orphans, 'replies without their thread').toEqual([]);
      expect(versionless, 'documents without a version').toEqual([]);
      expect(temp, 'temporary files left').toEqual([]);
    } catch (error) {
      outcome = 'failed';
      problem = (error as Error).message.split('\n').slice(0, 6).join(' | ');
      throw error;
    } finally {
      await withTimeout(app.close(), 15_000);
      await mkdir(path.dirname(resultsFile), { recursive: true });
      await appendFile(
        resultsFile,
        `${JSON.stringify({ run, seed, fault, killAfterMs, ops: log.filter((entry) => !entry.includes(' failed: ')).length, opErrors: log.filter((entry) => entry.includes(' failed: ')), burst: burst.length, acknowledgedAnnotations: acknowledged.annotations.size, acknowledgedReplies: acknowledged.replies.size, outcome, problem })}\n`,
      );
    }
  });
}
