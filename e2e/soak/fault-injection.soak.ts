/**
 * Fault injection soak (`npm run soak`; SOAK_RUNS, default 200, and SOAK_SEED): each run opens the app
 * on a fresh origin (so a fresh database) in one long-lived Chromium, fires a short random burst of
 * writes — highlights, comments, replies, imports, opening a file as a new draft (carry-over) and
 * exports (annotated PDF, W3C JSON-LD, figure ledger) — and at a random moment either crashes the
 * renderer (CDP Page.crash) or SIGKILLs the services process (main's services, in a Node process of
 * their own: services-process.ts). It then reopens the app on the same origin (restarting the services
 * if they were killed) and checks that the database opens, every write the UI acknowledged is stored,
 * every export it acknowledged is a complete file, no row is half-written (each validates against the
 * shared schema, every reply has its thread, every document its versions) and no temporary file is
 * left. One JSON line per run goes to .tmp/soak/results.jsonl.
 *
 * One run costs a page load, a burst of 3–9 operations and a reload — not a browser start, and not a
 * services start either (a standby services process is booted ahead of each kill).
 */
import { randomUUID } from 'node:crypto';
import { appendFile, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { parseAnnotation, parseReply } from '../../shared/annotations/model';
import { eventChannels, type MenuCommand } from '../../shared/ipc/contract';
import { caseSeed, createRandom, type Random } from '../../scripts/fuzz/mutate';
import {
  drawnAnnotationIds,
  readStoredAnnotations,
  selectText,
  setReviewerName,
} from '../annotations-helpers';
import { emitToPage, installBridge } from '../harness-bridge';
import { chromiumPath, projectRoot } from '../harness-paths';
import { startServices, type ServicesHandle } from './services-handle';
import {
  exportProblem,
  leftoverTempFiles,
  readDocumentRows,
  type AcknowledgedExport,
} from './after-fault-checks';
import { pickNeedle, withTimeout } from './soak-tools';

const runs = Number(process.env.SOAK_RUNS ?? 200);
const seed = Number(process.env.SOAK_SEED ?? 13);
const soakDir = path.join(projectRoot, '.tmp', 'soak');
const resultsFile = path.join(soakDir, 'results.jsonl');
const journal = path.join(soakDir, 'temp-journal');
const corpus = path.join(projectRoot, 'scripts/fuzz/corpus');
const carryName = 'soak-report.txt';

/** What the UI confirmed before the fault. */
interface Acknowledged {
  /** Drawn in the document: the app draws an annotation only after IndexedDB committed it. */
  annotations: Set<string>;
  replies: Set<string>;
  /** Drafts of soak-report.txt the version label showed ("Draft n of n"). */
  drafts: number;
  /** Export files the app said it saved. */
  exports: AcknowledgedExport[];
}

interface RunContext {
  page: Page;
  services: ServicesHandle;
  random: Random;
  runDir: string;
  acknowledged: Acknowledged;
  log: string[];
}

let context: BrowserContext;
let services: ServicesHandle;
/** A second services process started ahead of time, so a run does not wait for one to boot after a kill. */
let standby: Promise<ServicesHandle>;
const token = randomUUID();

/** The Chromium profile of this worker: every run's origin (and database) lives in it. */
const profile = path.join(soakDir, `profile-${process.pid}`);
let contextClosed = false;
/** Times the browser itself went away and was started again on the same profile (not a run's fault). */
let browserRestarts = 0;
/** Ports (origins, so databases) earlier runs used. */
const usedPorts = new Set<number>();
/** Times a new tab was closed under the soak before it loaded and was opened again. */
let reopenRetries = 0;

async function launchBrowser(): Promise<void> {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  contextClosed = false;
  context.once('close', () => (contextClosed = true));
  await installBridge(context, token);
}

test.beforeAll(async () => {
  await mkdir(journal, { recursive: true });
  await rm(profile, { recursive: true, force: true });
  await launchBrowser();
  services = await startServices({ token, journal });
  standby = startServices({ token, journal });
});

test.afterAll(async () => {
  await context?.close().catch(() => undefined);
  await services?.stop();
  await (await standby.catch(() => undefined))?.stop();
  await rm(profile, { recursive: true, force: true });
});

const menu = (page: Page, command: MenuCommand) => emitToPage(page, eventChannels.command, command);

/** The kinds of writes a burst is made of; each records what the UI acknowledged. */
const operations: Record<string, (run: RunContext) => Promise<void>> = {
  async highlight({ page, random }) {
    await selectText(page, await pickNeedle(page, random));
    await page.keyboard.press('h');
    await expect(page.getByTestId('annotation-dialog')).toBeHidden();
  },
  async comment({ page, random }) {
    await selectText(page, await pickNeedle(page, random));
    await page.keyboard.press('c');
    await page.getByTestId('comment-input').fill(`comment ${random.int(1e6)}`);
    await page.getByTestId('annotation-dialog').getByTestId('annotation-save').click();
    await expect(page.getByTestId('annotation-dialog')).toBeHidden();
  },
  async reply(run) {
    const { page, random, acknowledged } = run;
    const thread = page.locator('.tm-document .tm-anno-comment').first();
    // A burst is short: start a thread first when the open document has none, so replies get written.
    if ((await thread.count()) === 0) await operations.comment!(run);
    await thread.click();
    // One annotation opens at once; overlapping ones ask which first.
    const reply = page.getByTestId('reply-input');
    const overlap = page.getByTestId('overlap-popover').getByTestId('overlap-item').first();
    await expect(reply.or(overlap)).toBeVisible({ timeout: 10_000 });
    if (await overlap.isVisible()) await overlap.click();
    const before = await page.getByTestId('thread-reply').count();
    const text = `reply ${random.int(1e6)}`;
    await reply.fill(text);
    await page.getByTestId('reply-send').click();
    await expect(page.getByTestId('thread-reply')).toHaveCount(before + 1);
    acknowledged.replies.add(text);
    await page.getByTestId('annotation-cancel').click();
  },
  async import({ page, services, random, runDir }) {
    // A new name each time: a new document, not the "new draft?" question.
    const source = random.pick(['utf8.txt', 'draft.md', 'big5.txt']);
    const file = path.join(runDir, `import-${random.int(1e9)}${path.extname(source)}`);
    await copyFile(path.join(corpus, source), file);
    services.queueOpen(file);
    await page.locator('body').press('Control+o');
    await expect(page.getByTestId('document-version')).toContainText(path.basename(file), {
      timeout: 15_000,
    });
  },
  async carry({ page, services, random, runDir, acknowledged }) {
    // Opening soak-report.txt again asks whether it is a new draft: answer yes, and the annotations of
    // the open draft are carried over to it.
    const lines = (await readFile(path.join(corpus, 'utf8.txt'), 'utf8')).split('\n');
    lines[random.int(lines.length)] += ` 修訂${random.int(1000)}`;
    const dir = path.join(runDir, `carry-${random.int(1e9)}`);
    await mkdir(dir);
    const file = path.join(dir, carryName);
    await writeFile(file, lines.join('\n'));
    services.queueOpen(file);
    await page.locator('body').press('Control+o');
    const newDraft = page.getByTestId('draft-dialog-new-draft');
    const asked = await newDraft
      .waitFor({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (asked) await newDraft.click();
    const label = page.getByTestId('document-version');
    await expect(label).toContainText(new RegExp(`Draft (\\d+) of \\1 · ${carryName}`), { timeout: 15_000 });
    const drafts = Number(/Draft (\d+) of/.exec((await label.textContent()) ?? '')?.[1] ?? 0);
    const reportClose = page.getByTestId('carry-report-close');
    if (await reportClose.isVisible()) await reportClose.click();
    acknowledged.drafts = Math.max(acknowledged.drafts, drafts);
  },
  async 'export-jsonld'({ page, services, random, runDir, acknowledged }) {
    const file = path.join(runDir, `review-${random.int(1e9)}.jsonld`);
    services.queueOpen(file);
    await menu(page, 'export-web-annotations');
    await expect(page.getByTestId('review-io-exported')).toBeVisible({ timeout: 15_000 });
    acknowledged.exports.push({ kind: 'jsonld', file });
    await page.keyboard.press('Escape');
  },
  async 'export-ledger'({ page, services, random, runDir, acknowledged }) {
    const file = path.join(runDir, `ledger-${random.int(1e9)}.${random.pick(['csv', 'xlsx'])}`);
    services.queueOpen(file);
    await menu(page, 'export-figure-ledger');
    await expect(page.getByTestId('review-io-exported')).toBeVisible({ timeout: 15_000 });
    acknowledged.exports.push({ kind: 'ledger', file });
    await page.keyboard.press('Escape');
  },
  async 'export-pdf'({ page, services, random, runDir, acknowledged }) {
    const file = path.join(runDir, `review-${random.int(1e9)}.pdf`);
    await page.keyboard.press('Control+e');
    const dialog = page.getByTestId('export-pdf-dialog');
    await expect(dialog).toBeVisible();
    services.queueSave(file);
    await dialog.getByTestId('export-start').click();
    await expect(dialog.getByTestId('export-done')).toBeVisible({ timeout: 30_000 });
    acknowledged.exports.push({ kind: 'pdf', file });
    await dialog.getByTestId('export-close').click();
  },
};

const burstMix = [
  'highlight',
  'highlight',
  'comment',
  'reply',
  'import',
  'carry',
  'export-jsonld',
  'export-ledger',
  'export-pdf',
] as const;

/**
 * Opens the app on `origin` in a new tab and waits for it to be ready. If the browser or the new tab went
 * away before the page loaded (not seen since the soak stopped messaging a killed services process, but
 * a run should fail on data, not on the harness), it tries once more, starting the browser again on the
 * same profile if needed — the same origins and databases, as a user relaunching Tickmark. Counted in
 * the run's line.
 */
async function openApp(origin: string): Promise<Page> {
  for (let attempt = 0; ; attempt += 1) {
    if (contextClosed) {
      browserRestarts += 1;
      await launchBrowser();
    }
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/index.html`);
      await expect(page.locator('#root[data-ready=true]')).toBeAttached({ timeout: 60_000 });
      return page;
    } catch (error) {
      if (attempt > 0 || !/has been closed/.test((error as Error).message)) throw error;
      reopenRetries += 1;
      await withTimeout(page.close(), 5_000);
    }
  }
}

for (let run = 0; run < runs; run += 1) {
  test(`soak run ${run}`, async () => {
    const random = createRandom(caseSeed(seed, 'soak', run));
    const fault = random.next() < 0.5 ? 'services' : 'renderer';
    const killAfterMs = 300 + random.int(5000);
    const burst = Array.from({ length: 3 + random.int(7) }, () => random.pick(burstMix));
    const runDir = path.join(soakDir, `run-${run}`);
    await rm(runDir, { recursive: true, force: true });
    await mkdir(runDir, { recursive: true });
    const acknowledged: Acknowledged = { annotations: new Set(), replies: new Set(), drafts: 0, exports: [] };
    const log: string[] = [];
    let outcome = 'survived';
    let problem = '';
    let inFlight = '';
    let page: Page | undefined;
    const started = Date.now();
    try {
      // A fresh origin each run. The OS hands out a port again once an earlier run's server is gone
      // (killed with its services): that origin still holds the earlier run's database, so skip it.
      let port = await services.listen();
      while (usedPorts.has(port)) port = await services.listen();
      usedPorts.add(port);
      const origin = `http://127.0.0.1:${port}`;
      page = await openApp(origin);
      await expect(page.getByTestId('document').locator('.tm-document')).toBeVisible({ timeout: 60_000 });
      await setReviewerName(page, 'Soak');
      const runContext: RunContext = { page, services, random, runDir, acknowledged, log };
      const note = async () => {
        for (const id of await drawnAnnotationIds(runContext.page).catch(() => [] as string[]))
          acknowledged.annotations.add(id);
      };

      let killed = false;
      const kill = (async () => {
        await new Promise((resolve) => setTimeout(resolve, killAfterMs));
        await note();
        killed = true;
        if (fault === 'services') await services.kill();
        else {
          // Page.crash never answers (its renderer is gone): fire it and wait for the crash event.
          const session = await runContext.page.context().newCDPSession(runContext.page);
          const crashed = new Promise((resolve) => runContext.page.once('crash', resolve));
          void session.send('Page.crash').catch(() => undefined);
          await withTimeout(crashed, 10_000);
        }
      })();
      // The workload is not under test: an operation the UI could not complete is logged and skipped.
      for (const name of burst) {
        if (killed) break;
        inFlight = name;
        const operation = operations[name]!(runContext).then(
          async () => {
            if (!killed) {
              log.push(name);
              await note();
            }
          },
          (error: Error) => {
            if (!killed) log.push(`${name} failed: ${error.message.split('\n')[0]}`);
          },
        );
        await Promise.race([operation, kill]);
      }
      if (!killed) inFlight = '';
      await kill;
      if (fault === 'services') {
        // Like relaunching Tickmark: new services on the same origin (their start sweeps abandoned
        // temporaries). The standby has booted meanwhile; the next one boots during the next run.
        services = await standby;
        standby = startServices({ token, journal });
        await services.listen(port);
      }
      await withTimeout(page.close(), 10_000);

      // Reopen on the same origin: the same database.
      page = await openApp(origin);
      const stored = await readStoredAnnotations(page);
      const ids = new Set(stored.annotations.map((row) => row.id as string));
      const missing = [...acknowledged.annotations].filter((id) => !ids.has(id));
      const replyTexts = new Set(stored.replies.map((row) => row.text as string));
      const missingReplies = [...acknowledged.replies].filter((text) => !replyTexts.has(text));
      const invalid: string[] = [];
      for (const row of stored.annotations) parseAnnotation(row, (message) => invalid.push(message));
      for (const row of stored.replies) parseReply(row, (message) => invalid.push(message));
      const orphans = stored.replies.filter((row) => !ids.has(row.annotationId as string));
      const { versionless, carryDrafts } = await readDocumentRows(page, carryName);
      const badExports = (await Promise.all(acknowledged.exports.map(exportProblem))).filter(Boolean);
      // The restarted services sweep abandoned temporaries in the background: give them a moment.
      let temp = await leftoverTempFiles(runDir);
      for (let wait = 0; temp.length > 0 && wait < 20; wait += 1) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        temp = await leftoverTempFiles(runDir);
      }
      expect(missing, 'acknowledged annotations missing').toEqual([]);
      expect(missingReplies, 'acknowledged replies missing').toEqual([]);
      expect(carryDrafts, 'acknowledged drafts of soak-report.txt').toBeGreaterThanOrEqual(
        acknowledged.drafts,
      );
      expect(badExports, 'acknowledged exports incomplete').toEqual([]);
      expect(invalid, 'half-written rows').toEqual([]);
      expect(orphans, 'replies without their thread').toEqual([]);
      expect(versionless, 'documents without a version').toEqual([]);
      expect(temp, 'temporary files left').toEqual([]);
    } catch (error) {
      outcome = 'failed';
      problem = (error as Error).message.split('\n').slice(0, 6).join(' | ');
      throw error;
    } finally {
      await withTimeout(page?.close() ?? Promise.resolve(), 10_000);
      await rm(runDir, { recursive: true, force: true });
      await mkdir(soakDir, { recursive: true });
      await appendFile(
        resultsFile,
        `${JSON.stringify({
          run,
          seed,
          fault,
          killAfterMs,
          inFlight,
          burst,
          done: log.filter((entry) => !entry.includes(' failed: ')),
          opErrors: log.filter((entry) => entry.includes(' failed: ')),
          acknowledgedAnnotations: acknowledged.annotations.size,
          acknowledgedReplies: acknowledged.replies.size,
          acknowledgedDrafts: acknowledged.drafts,
          acknowledgedExports: acknowledged.exports.length,
          seconds: Math.round((Date.now() - started) / 100) / 10,
          browserRestarts,
          reopenRetries,
          outcome,
          problem,
        })}\n`,
      );
    }
  });
}
