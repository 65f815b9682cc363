/**
 * Annotation speed in Chromium through the real app (e2e harness, real IndexedDB), on a 1 MB draft:
 * open with every annotation drawn, add one (key press → painted), jump from the panel (click → in view),
 * filter/search in the panel, and the renderer's JS heap — with 5,000 annotations seeded straight into
 * IndexedDB, each beside the same measurement in the same run with none (or, where "none" cannot be
 * measured, one). Baselines: the same app, same draft, no annotation load.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createAnnotation, type Annotation, type AnnotationBody } from '../shared/annotations/model';
import { createTarget } from '../shared/annotations/selectors';
import { launchApp } from '../e2e/harness';
import { median } from './median';
import type { BenchRow } from './run';

const root = path.resolve(import.meta.dirname, '..');
const runs = 5;
const keepNamesShim = 'window.__name = (fn) => fn';
const log = (message: string): void => {
  if (process.env.BENCH_DEBUG) console.error(`[annotations bench] ${message}`);
};

/** Back to the start screen, reopen the document, time until painted with `expected` annotation spans. */
async function timeReopen(page: Page, expected: number): Promise<number> {
  await page.getByTestId('go-start').click();
  await page.getByTestId('recent-open').first().waitFor();
  return page.evaluate(async (want) => {
    const start = performance.now();
    (document.querySelector('[data-testid="recent-open"]') as HTMLButtonElement).click();
    await new Promise<void>((resolve) => {
      const check = () => {
        const ready = document.querySelector('.tm-document');
        const drawn =
          want === 0 || document.querySelectorAll('.tm-document [data-annotation-id]').length >= want;
        if (ready && drawn) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    await new Promise<void>((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
    );
    return performance.now() - start;
  }, expected);
}

/** Selects the `n`-th paragraph's first characters and presses H; time until the new span is painted. */
async function timeAdd(page: Page, n: number): Promise<number> {
  return page.evaluate(async (index) => {
    const paragraphs = document.querySelectorAll('.tm-document p');
    let block: Element | null = null;
    let node: Text | null = null;
    for (let offset = 0; offset < paragraphs.length && !node; offset++) {
      block = paragraphs[(index + offset) % paragraphs.length]!;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let next = walker.nextNode() as Text | null; next; next = walker.nextNode() as Text | null) {
        if (next.data.trim().length >= 6 && !next.data.startsWith(' ')) {
          node = next;
          break;
        }
      }
    }
    if (!block || !node) throw new Error('no paragraph with text to select');
    block.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, 5);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const before = new Set(
      [...document.querySelectorAll('[data-annotation-id]')].map((el) =>
        el.getAttribute('data-annotation-id'),
      ),
    );
    const start = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true }));
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        for (const el of block.querySelectorAll('[data-annotation-id]')) {
          if (!before.has(el.getAttribute('data-annotation-id'))) {
            observer.disconnect();
            resolve();
            return;
          }
        }
      });
      observer.observe(block, { subtree: true, childList: true, attributes: true });
    });
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve())); // the painted frame
    return performance.now() - start;
  }, n);
}

/** Clicks the `n`-th card of the panel; time until its text is selected and in the viewport. */
async function timeJump(page: Page, n: number): Promise<number> {
  return page.evaluate(async (index) => {
    const cards = document.querySelectorAll('[data-testid="annotation-card"]');
    const card = cards[index % cards.length]!;
    const id = card.getAttribute('data-annotation-id')!;
    const start = performance.now();
    (card.querySelector('[data-testid="annotation-card-go"]') as HTMLButtonElement).click();
    await new Promise<void>((resolve) => {
      const check = () => {
        const span = document.querySelector(`.tm-document [data-annotation-id="${id}"].tm-anno-selected`);
        const box = span?.getBoundingClientRect();
        if (box && box.top >= 0 && box.bottom <= innerHeight) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    return performance.now() - start;
  }, n);
}

/** Types `query` into the panel search; time until the count shows the filtered result, painted. */
async function timeSearch(page: Page, query: string): Promise<number> {
  return page.evaluate(async (text) => {
    const input = document.querySelector('[data-testid="annotation-search"]') as HTMLInputElement;
    const count = document.querySelector('[data-testid="annotation-count"]')!;
    const before = count.textContent;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const start = performance.now();
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise<void>((resolve) => {
      const check = () => (count.textContent !== before ? resolve() : requestAnimationFrame(check));
      check();
    });
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const elapsed = performance.now() - start;
    setValue.call(input, '');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // Wait for the unfiltered count again: both queries match as many annotations, so starting the next
    // run before the reset shows would wait forever for a count that never changes.
    await new Promise<void>((resolve) => {
      const check = () => (count.textContent === before ? resolve() : requestAnimationFrame(check));
      check();
    });
    return elapsed;
  }, query);
}

const figureBody: AnnotationBody = {
  kind: 'figure',
  status: 'unverified',
  note: '',
  origin: 'detected',
  value: 4.9,
  unit: '%',
  dismissed: false,
};

/** 5,000 annotations spread over the text: a mix of kinds, some overlapping, as a heavy review has. */
function seed(text: string, documentId: string, versionId: string, count: number): Annotation[] {
  const bodies: AnnotationBody[] = [
    { kind: 'highlight' },
    { kind: 'claim', category: 'achievement', tags: ['GDP', '經濟'] },
    { kind: 'comment', text: '請核對統計公報', resolved: false },
    ...(process.env.BENCH_NO_FIGURES ? [] : [figureBody]),
  ];
  const step = Math.floor((text.length - 40) / count);
  return Array.from({ length: count }, (_, i) => {
    let start = i * step;
    while (/\s/.test(text[start]!)) start++;
    let end = start + 6 + (i % 7);
    while (end > start + 1 && /\s/.test(text[end - 1]!)) end--;
    return createAnnotation(
      {
        documentId,
        versionId,
        target: createTarget(text, start, end),
        body: bodies[i % bodies.length]!,
        author: 'Bench',
      },
      { now: new Date(Date.UTC(2026, 10, 24, 0, 0, i % 60)) },
    );
  });
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

export default async function annotationsBench(): Promise<BenchRow[]> {
  const sample = await readFile(path.join(root, 'resources/samples/hecheng-work-report.txt'), 'utf8');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-bench-anno-'));
  const file = path.join(dir, 'draft-1mb.txt');
  await writeFile(file, Array.from({ length: 25 }, (_, i) => `第${i + 1}部分\n${sample}`).join('\n\n'));
  const app = await launchApp({ locale: 'zh-TW', open: [file] });
  const { page } = app;
  if (process.env.BENCH_DEBUG) {
    page.on('crash', () => console.error('PAGE CRASHED'));
    page.on('console', (msg) => console.error('console', msg.type(), msg.text().slice(0, 300)));
    page.on('pageerror', (error) => console.error('pageerror', error.message.slice(0, 300)));
  }
  try {
    await page.locator('[data-testid="document"]').waitFor({ timeout: 60_000 });
    await page.evaluate(keepNamesShim);
    await page.getByTestId('settings-button').click();
    await page.getByTestId('settings-reviewer-name').fill('Bench');
    await page.getByTestId('settings-reviewer-name').press('Tab');
    await page.getByTestId('settings-close').click();
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

    log('baseline: reopen');
    // Baseline: the same draft with no annotations (one, for the jump and the search).
    const openBare: number[] = [];
    for (let i = 0; i <= runs; i++) openBare.push(await timeReopen(page, 0));
    log('baseline: add');
    await page.getByTestId('side-tab-annotations').click();
    const addBare: number[] = [];
    for (let i = 0; i <= runs; i++) addBare.push(await timeAdd(page, 40 + i));
    log('baseline: jump');
    const jumpBare: number[] = [];
    for (let i = 0; i <= runs; i++) jumpBare.push(await timeJump(page, i));
    log('baseline: search');
    const searchBare: number[] = [];
    for (let i = 0; i <= runs; i++) searchBare.push(await timeSearch(page, i % 2 ? '公報' : 'gdp'));
    const heapBare = await heapMb(page);

    log('seeding');
    // Load: 5,000 annotations written straight into IndexedDB.
    const load = Number(process.env.BENCH_ANNOTATIONS ?? 5000);
    const annotations = seed(version.text, version.documentId, versionId, load);
    await page.evaluate(
      (rows) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('tickmark');
          request.onsuccess = () => {
            const tx = request.result.transaction('annotations', 'readwrite');
            for (const row of rows) tx.objectStore('annotations').put(row);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      annotations,
    );
    const total = annotations.length + runs + 1;
    log('loaded: reopen');
    const openLoaded: number[] = [];
    for (let i = 0; i <= runs; i++) openLoaded.push(await timeReopen(page, load));
    await page.getByTestId('side-tab-annotations').click();
    log('loaded: add');
    const addLoaded: number[] = [];
    for (let i = 0; i <= runs; i++) addLoaded.push(await timeAdd(page, 60 + i));
    log('loaded: jump');
    const jumpLoaded: number[] = [];
    for (let i = 0; i <= runs; i++) jumpLoaded.push(await timeJump(page, 150 + i * 7));
    log('loaded: search');
    const searchLoaded: number[] = [];
    for (let i = 0; i <= runs; i++) searchLoaded.push(await timeSearch(page, i % 2 ? '公報' : 'gdp'));
    const heapLoaded = await heapMb(page);
    const drawn = await page.evaluate(
      () =>
        new Set(
          [...document.querySelectorAll('.tm-document [data-annotation-id]')].map((el) =>
            el.getAttribute('data-annotation-id'),
          ),
        ).size,
    );
    if (drawn < load) throw new Error(`Only ${drawn} of ${total} annotations are drawn`);
    const m = (times: number[]) => median(times.slice(1)); // the first run warms up
    return [
      {
        name: '1 MB + 5,000 annotations: reopen → all drawn, idle',
        value: m(openLoaded),
        unit: 'ms',
        baseline: { name: 'no annotations', value: m(openBare) },
        target: '< 1500 ms',
      },
      {
        name: '1 MB + 5,000: add one (key H → painted frame)',
        value: m(addLoaded),
        unit: 'ms',
        baseline: { name: 'no others', value: m(addBare) },
        target: '< 50 ms',
      },
      {
        name: '1 MB + 5,000: panel click → scrolled, selected, painted',
        value: m(jumpLoaded),
        unit: 'ms',
        baseline: { name: 'a handful', value: m(jumpBare) },
        target: '< 100 ms',
      },
      {
        name: '1 MB + 5,000: search typed → list updated, painted',
        value: m(searchLoaded),
        unit: 'ms',
        baseline: { name: 'a handful', value: m(searchBare) },
        target: '< 50 ms',
      },
      {
        name: '1 MB + 5,000: renderer JS heap after GC',
        value: heapLoaded,
        unit: 'MB',
        baseline: { name: 'no annotations', value: heapBare },
        target: '< 300 MB',
      },
    ];
  } finally {
    await app.close();
  }
}
