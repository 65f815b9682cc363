/**
 * Workspace key presses in Chromium through the real app (e2e harness, real IndexedDB): ↓ in the figures
 * ledger (next row selected, the text follows, painted), a status letter on a row (written, ledger
 * rebuilt, painted), and ↓ in the annotations list (next card selected, the text scrolled to it,
 * painted) — on a 1 MB draft (25 copies of the sample: about 6,500 figures, 5,000 annotations seeded)
 * beside the same presses on the sample itself (259 figures, 200 annotations: the same density) in the
 * same run. Issue 11 asks < 50 ms per key press on the 1 MB draft.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { createAnnotation, type Annotation, type AnnotationBody } from '../shared/annotations/model';
import { createTarget } from '../shared/annotations/selectors';
import { launchApp } from '../e2e/harness';
import { median } from './median';
import type { BenchRow } from './run';

const root = path.resolve(import.meta.dirname, '..');
const presses = 15;
/** tsx's keepNames wraps functions in `__name(…)`, which the page does not have (see renderer-open). */
const keepNamesShim = 'window.__name = (fn) => fn';
const log = (message: string): void => {
  if (process.env.BENCH_DEBUG) console.error(`[workspace bench] ${message}`);
};

/** Presses `key` on the focused element; ms until `done` holds and the next frame has run. */
async function timePress(page: Page, key: string, done: 'ledger-next' | 'ledger-status' | 'card-next') {
  return page.evaluate(
    async ({ key, done }) => {
      const activeRowKey = () =>
        document.querySelector('[data-testid="figures-list"]')?.getAttribute('aria-activedescendant') ?? '';
      const beforeRow = activeRowKey();
      const beforeStatus = document.getElementById(beforeRow)?.getAttribute('data-status');
      const selectedCard = () =>
        document.querySelector('.tm-anno-card-selected')?.getAttribute('data-annotation-id') ?? '';
      const beforeCard = selectedCard();
      const check = (): boolean => {
        if (done === 'ledger-next')
          return (
            activeRowKey() !== beforeRow &&
            document.getElementById(activeRowKey())?.getAttribute('aria-selected') === 'true'
          );
        if (done === 'ledger-status')
          return (
            document.getElementById(beforeRow)?.getAttribute('data-status') ===
            (key === 'v' ? 'verified' : 'unverified')
          );
        return selectedCard() !== beforeCard && selectedCard() !== '';
      };
      const target = document.activeElement ?? document.body;
      (window as unknown as { __benchTarget?: string }).__benchTarget =
        target.getAttribute('data-testid') ?? target.tagName;
      const start = performance.now();
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      await new Promise<void>((resolve, reject) => {
        if (check()) return resolve();
        setTimeout(
          () =>
            reject(
              new Error(
                `${key}: ${done} never happened (row ${beforeRow} ${beforeStatus} → ${document.getElementById(beforeRow)?.getAttribute('data-status')}, active ${activeRowKey()}, target ${String((window as unknown as { __benchTarget?: string }).__benchTarget)})`,
              ),
            ),
          10_000,
        );
        const observer = new MutationObserver(() => {
          if (check()) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(document.body, { subtree: true, attributes: true, childList: true });
      });
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve())); // the painted frame
      return performance.now() - start;
    },
    { key, done },
  );
}

/**
 * CPU time (ms, user + system) used so far by the Chromium of a profile and all its processes (browser,
 * renderer, GPU), from /proc. On the shared 2-core machine wall time ran many times CPU time, so each
 * key press is also reported as the CPU it cost.
 */
function chromiumCpuMs(userDataDir: string): number {
  const tick = 100; // USER_HZ on Linux
  const procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const info = new Map<number, { ppid: number; cpu: number; args: string }>();
  for (const pid of procs) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      info.set(Number(pid), { ppid: Number(fields[1]), cpu: Number(fields[11]) + Number(fields[12]), args });
    } catch {
      // the process ended while we read
    }
  }
  const roots = [...info]
    .filter(([, p]) => p.args.includes(`--user-data-dir=${userDataDir}`))
    .map(([pid]) => pid);
  const within = new Set(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, p] of info)
      if (!within.has(pid) && within.has(p.ppid)) {
        within.add(pid);
        grew = true;
      }
  }
  let total = 0;
  for (const pid of within) total += info.get(pid)!.cpu;
  return (total * 1000) / tick;
}

/**
 * CPU time (ms) of the renderer's main thread so far (CDP Performance.getMetrics `ThreadTime`). Unlike
 * wall time it does not grow when other processes hold the shared cores, so it says what a key press
 * costs the page itself.
 */
async function mainThreadCpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
}

/** `presses` timed presses after two warm-ups; the median wall time (and main-thread CPU into `thread`). */
async function medianOf(
  page: Page,
  key: string | ((i: number) => string),
  done: Parameters<typeof timePress>[2],
  cpu?: { dir: string; perPress: number[]; cdp: CDPSession; thread: number[] },
) {
  const times: number[] = [];
  const threadTimes: number[] = [];
  const cpuBefore = cpu ? chromiumCpuMs(cpu.dir) : 0;
  for (let i = 0; i < presses + 2; i++) {
    const threadBefore = cpu ? await mainThreadCpuMs(cpu.cdp) : 0;
    times.push(await timePress(page, typeof key === 'string' ? key : key(i), done));
    if (cpu) threadTimes.push((await mainThreadCpuMs(cpu.cdp)) - threadBefore);
    log(`${done} ${times.at(-1)!.toFixed(1)} ms, main thread CPU ${threadTimes.at(-1)?.toFixed(1)} ms`);
    // A reviewer's pace between presses. (The version is read again only after 700 ms without writes,
    // so a run of status letters shares one read; it does not fall inside these presses.)
    await page.waitForTimeout(250);
  }
  if (cpu) {
    cpu.perPress.push((chromiumCpuMs(cpu.dir) - cpuBefore) / (presses + 2));
    cpu.thread.push(median(threadTimes.slice(2)));
  }
  return median(times.slice(2));
}

/** Seeds `count` highlight/claim/comment annotations spread over the open version, straight into IndexedDB. */
export async function seedAnnotations(page: Page, count: number): Promise<void> {
  const versionId = (await page.getByTestId('document').getAttribute('data-version-id'))!;
  const version = (await page.evaluate(
    (id) =>
      new Promise((resolve) => {
        const request = indexedDB.open('tickmark');
        request.onsuccess = () => {
          const get = request.result.transaction('versions').objectStore('versions').get(id);
          get.onsuccess = () => resolve(get.result);
        };
      }),
    versionId,
  )) as { text: string; documentId: string };
  const bodies: AnnotationBody[] = [
    { kind: 'highlight' },
    { kind: 'claim', category: 'achievement', tags: ['GDP'] },
    { kind: 'comment', text: '請核對統計公報', resolved: false },
  ];
  const step = Math.floor((version.text.length - 40) / count);
  const rows: Annotation[] = Array.from({ length: count }, (_, i) => {
    let start = i * step;
    while (/\s/.test(version.text[start]!)) start++;
    let end = start + 4 + (i % 5);
    while (end > start + 1 && /\s/.test(version.text[end - 1]!)) end--;
    return createAnnotation(
      {
        documentId: version.documentId,
        versionId,
        target: createTarget(version.text, start, end),
        body: bodies[i % bodies.length]!,
        author: 'Bench',
      },
      { now: new Date(Date.UTC(2026, 11, 1, 0, 0, i % 60)) },
    );
  });
  await page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('tickmark');
        request.onsuccess = () => {
          const tx = request.result.transaction('annotations', 'readwrite');
          for (const row of list) tx.objectStore('annotations').put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

interface Measured {
  /** CPU ms per press of Chromium's processes, in the order ledger ↓, status, list ↓. */
  cpu: number[];
  /** Median CPU ms of the renderer's main thread per press, same order. */
  thread: number[];
  figures: number;
  ledgerDown: number;
  ledgerStatus: number;
  cardDown: number;
}

/** Opens `file` (or the sample), then times ↓ and a status letter in the ledger and ↓ in the annotations list. */
async function measure(file: string | null, annotations: number): Promise<Measured> {
  const app = await launchApp({ locale: 'zh-TW', ...(file ? { open: [file] } : {}) });
  const { page } = app;
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('#root[data-ready=true]').waitFor({ timeout: 60_000 });
    await page.locator('.tm-document').waitFor({ timeout: 60_000 });
    await page.evaluate(keepNamesShim);
    await page.getByTestId('settings-button').click();
    await page.getByTestId('settings-reviewer-name').fill('Bench');
    await page.getByTestId('settings-reviewer-name').press('Tab');
    await page.getByTestId('settings-close').click();
    log('seeding');
    await seedAnnotations(page, annotations);
    // Reopen so the seeded annotations are loaded, then the ledger.
    await page.getByTestId('go-start').click();
    await page.getByTestId('recent-open').first().click();
    await page.locator('.tm-document').waitFor({ timeout: 60_000 });
    await page.getByTestId('side-tab-figures').click();
    await page.getByTestId('figure-row').first().click({ timeout: 60_000 });
    const figures = Number(await page.getByTestId('figure-row').first().getAttribute('aria-setsize'));
    log(`ledger of ${figures}`);
    await page.getByTestId('figures-list').focus();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const cpu = { dir: app.userDataDir, perPress: [] as number[], cdp, thread: [] as number[] };
    const ledgerDown = await medianOf(page, 'ArrowDown', 'ledger-next', cpu);
    // Status letters alternate so each press changes the row (each is a signed write to IndexedDB).
    log('status');
    const ledgerStatus = await medianOf(page, (i) => (i % 2 ? 'u' : 'v'), 'ledger-status', cpu);
    log('cards');
    await page.getByTestId('side-tab-annotations').click();
    await page.getByTestId('annotation-card-go').first().focus();
    await page.getByTestId('annotation-card-go').first().click();
    const cardDown = await medianOf(page, 'ArrowDown', 'card-next', cpu);
    if (app.errors.length) throw new Error(`page errors: ${app.errors.join('; ')}`);
    return { cpu: cpu.perPress, thread: cpu.thread, figures, ledgerDown, ledgerStatus, cardDown };
  } finally {
    await app.close();
  }
}

export default async function workspaceBench(): Promise<BenchRow[]> {
  const sample = await readFile(path.join(root, 'resources/samples/hecheng-work-report.txt'), 'utf8');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-bench-workspace-'));
  const file = path.join(dir, 'draft-1mb.txt');
  await writeFile(file, Array.from({ length: 25 }, (_, i) => `第${i + 1}部分\n${sample}`).join('\n\n'));
  const small = await measure(null, 200);
  const large = await measure(file, 5000);
  process.stdout.write(`figures in the ledger: sample ${small.figures}, 1 MB draft ${large.figures}\n`);
  return [
    {
      name: `1 MB (${large.figures} figures): ledger ↓ → next row, text follows, painted`,
      value: large.ledgerDown,
      unit: 'ms',
      baseline: { name: `sample (${small.figures} figures)`, value: small.ledgerDown },
      target: '< 50 ms',
    },
    {
      name: '1 MB: ledger status letter → written, signed, painted',
      value: large.ledgerStatus,
      unit: 'ms',
      baseline: { name: 'sample', value: small.ledgerStatus },
      target: '< 50 ms',
    },
    {
      name: '1 MB + 5,000 annotations: list ↓ → next card, text shown, painted',
      value: large.cardDown,
      unit: 'ms',
      baseline: { name: 'sample + 200', value: small.cardDown },
      target: '< 50 ms',
    },
    ...['ledger ↓', 'ledger status letter', 'annotations list ↓'].map((what, i) => ({
      name: `1 MB: ${what}, renderer main-thread CPU per press (median)`,
      value: large.thread[i]!,
      unit: 'ms',
      baseline: { name: 'sample', value: small.thread[i]! },
      target: '< 50 ms',
    })),
    ...['ledger ↓', 'ledger status letter', 'annotations list ↓'].map((what, i) => ({
      // Informational, no target: the 50 ms is the answer time above. Headless Chromium here
      // rasterises in software, so the browser and GPU processes' share is not what a user's machine spends.
      name: `1 MB: ${what}, CPU of all Chromium processes per press (software raster)`,
      value: large.cpu[i]!,
      unit: 'ms',
      baseline: { name: 'sample', value: small.cpu[i]! },
    })),
  ];
}
