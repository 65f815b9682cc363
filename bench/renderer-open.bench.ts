/**
 * Renderer open speed in Chromium, through the real app (e2e harness: built renderer, real services,
 * real IndexedDB): File > Open of the sample and of a 1 MB draft (25 copies of the sample) until the
 * document is painted and the main thread is free again, split into main's import and the renderer's
 * part (store in IndexedDB, build the doc, TextMap and view, paint); reopening the 1 MB draft from the
 * recent list; and, in the same run, the baseline: a bare read-only ProseMirror EditorView over the
 * same doc JSON (no plugins, no React, no database) from build to first paint.
 */
import { readFile, mkdtemp, writeFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from '@playwright/test';
import { chromiumPath } from '../e2e/harness-paths';
import { launchApp, type LaunchedApp } from '../e2e/harness';
import { median } from './median';
import type { BenchRow } from './run';

const root = path.resolve(import.meta.dirname, '..');
const runs = 5;
/**
 * tsx compiles this file with esbuild's keepNames, which wraps the functions below in `__name(…)`; that
 * helper does not exist in the page the functions are sent to, so define it there (a string evaluates as is).
 */
const keepNamesShim = 'window.__name = (fn) => fn';

interface OpenTiming {
  total: number;
  renderer: number;
  versionId: string;
}

/** Presses Ctrl+O (the dialog returns `file`) and times until the new version is painted and idle. */
async function timeOpen(app: LaunchedApp, file: string): Promise<OpenTiming> {
  app.queueDialogFile(file);
  return app.page.evaluate(async () => {
    performance.clearMarks();
    const previous =
      document.querySelector('[data-testid="document"]')?.getAttribute('data-version-id') ?? null;
    const start = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'o', ctrlKey: true, bubbles: true }));
    const versionId = await new Promise<string>((resolve) => {
      const check = () => {
        const id = document.querySelector('[data-testid="document"]')?.getAttribute('data-version-id');
        if (id && id !== previous && document.querySelector('.tm-document')) resolve(id);
        else requestAnimationFrame(check);
      };
      check();
    });
    await new Promise<void>((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
    );
    const end = performance.now();
    const received = performance.getEntriesByName('tickmark:draft-received')[0]?.startTime ?? start;
    return { total: end - start, renderer: end - received, versionId };
  });
}

/** Clicks the first recent document and times until it is painted and idle. */
async function timeReopen(page: Page): Promise<number> {
  await page.getByTestId('go-start').click();
  await page.getByTestId('recent-open').first().waitFor();
  return page.evaluate(async () => {
    const start = performance.now();
    (document.querySelector('[data-testid="recent-open"]') as HTMLButtonElement).click();
    await new Promise<void>((resolve) => {
      const check = () => (document.querySelector('.tm-document') ? resolve() : requestAnimationFrame(check));
      check();
    });
    await new Promise<void>((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
    );
    return performance.now() - start;
  });
}

/** Scrolls the open document a screen at a time; returns the time from each scroll to its painted frame. */
function timeScrollFrames(page: Page, steps = 60): Promise<number[]> {
  return page.evaluate(async (count) => {
    const scroller = document.querySelector('[data-testid="document-scroll"]') as HTMLElement;
    scroller.scrollTop = 0;
    const frames: number[] = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      scroller.scrollTop += scroller.clientHeight;
      await new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      );
      frames.push(performance.now() - start);
    }
    return frames;
  }, steps);
}

/** The stored doc JSON of a version, read from the app's IndexedDB. */
function storedDoc(page: Page, versionId: string): Promise<unknown> {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('tickmark');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const get = request.result.transaction('versions').objectStore('versions').get(id);
          get.onsuccess = () => resolve((get.result as { doc: unknown }).doc);
          get.onerror = () => reject(get.error);
        };
      }),
    versionId,
  );
}

/**
 * Times the bare EditorView over each doc in a blank page with the app's CSS, in a Chromium of its own
 * (the harness closes any other page of the app's context, as Electron denies new windows).
 */
async function timeBaseline(docs: unknown[]): Promise<number[]> {
  const bundle = await build({
    entryPoints: [path.join(root, 'bench/renderer-baseline-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome130',
    logLevel: 'warning',
  });
  const assets = path.join(root, 'dist/renderer/assets');
  const cssFile = (await readdir(assets)).find((name) => name.endsWith('.css'));
  const css = cssFile ? await readFile(path.join(assets, cssFile), 'utf8') : '';
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true });
  const page = await browser.newPage();
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head>` +
        `<body><div class="tm-document-scroll" style="height:760px;overflow:auto"><div class="tm-document-mount" id="mount"></div></div></body></html>`,
    );
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    await page.evaluate(keepNamesShim);
    const times: number[] = [];
    for (const doc of docs) {
      times.push(
        await page.evaluate(
          (json) => (window as unknown as { __openBare(d: unknown): Promise<number> }).__openBare(json),
          doc,
        ),
      );
    }
    return times;
  } finally {
    await browser.close();
  }
}

export default async function rendererOpenBench(): Promise<BenchRow[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-bench-open-'));
  const sample = await readFile(path.join(root, 'resources/samples/hecheng-work-report.txt'), 'utf8');
  const app = await launchApp({ locale: 'zh-TW' });
  try {
    await app.page.locator('#root[data-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });
    await app.page.evaluate(keepNamesShim);
    const sampleTimes: OpenTiming[] = [];
    const largeTimes: OpenTiming[] = [];
    // Each run opens different bytes under a new name: no duplicate shortcut, no draft question.
    for (let run = 0; run <= runs; run++) {
      const small = path.join(dir, `sample-${run}.txt`);
      await writeFile(small, `${sample}\n\n第 ${run} 次`);
      const large = path.join(dir, `large-${run}.txt`);
      await writeFile(large, `${Array.from({ length: 25 }, () => sample).join('\n\n')}\n\n第 ${run} 次`);
      const smallTiming = await timeOpen(app, small);
      const largeTiming = await timeOpen(app, large);
      if (run > 0) {
        // run 0 warms up the JIT and the services
        sampleTimes.push(smallTiming);
        largeTimes.push(largeTiming);
      }
    }
    const scrollFrames = await timeScrollFrames(app.page);
    const largeBytes = (await readFile(path.join(dir, 'large-1.txt'))).byteLength;
    const reopen: number[] = [];
    for (let run = 0; run < runs; run++) reopen.push(await timeReopen(app.page));

    const sampleDoc = await storedDoc(app.page, sampleTimes[0]!.versionId);
    const largeDoc = await storedDoc(app.page, largeTimes[0]!.versionId);
    const bareSample = median(await timeBaseline(Array.from({ length: runs }, () => sampleDoc)));
    const bareLarge = median(await timeBaseline(Array.from({ length: runs }, () => largeDoc)));
    const mb = (largeBytes / 1024 / 1024).toFixed(2);
    const pick = (timings: OpenTiming[], key: 'total' | 'renderer') => median(timings.map((t) => t[key]));
    return [
      {
        name: 'sample 42 KB: Ctrl+O → painted, idle (import + store + view)',
        value: pick(sampleTimes, 'total'),
        unit: 'ms',
        baseline: { name: 'bare PM view, build → paint', value: bareSample },
      },
      {
        name: 'sample 42 KB: renderer part (store + view + paint)',
        value: pick(sampleTimes, 'renderer'),
        unit: 'ms',
        baseline: { name: 'bare PM view, build → paint', value: bareSample },
      },
      {
        name: `1 MB draft (${mb} MB): Ctrl+O → painted, idle`,
        value: pick(largeTimes, 'total'),
        unit: 'ms',
        baseline: { name: 'bare PM view, build → paint', value: bareLarge },
        target: '< 1000 ms',
      },
      {
        name: '1 MB draft: renderer part (store + view + paint)',
        value: pick(largeTimes, 'renderer'),
        unit: 'ms',
        baseline: { name: 'bare PM view, build → paint', value: bareLarge },
      },
      {
        name: "1 MB draft: main's part (dialog → import → across the bridge)",
        value: median(largeTimes.map((t) => t.total - t.renderer)),
        unit: 'ms',
      },
      {
        name: '1 MB draft: scroll one screen → painted (median of 60)',
        value: median(scrollFrames),
        unit: 'ms',
        target: '≈ 2 frames (33 ms)',
      },
      {
        name: '1 MB draft: scroll one screen → painted (worst of 60)',
        value: Math.max(...scrollFrames),
        unit: 'ms',
      },
      {
        name: '1 MB draft: reopen from recent list → painted, idle',
        value: median(reopen),
        unit: 'ms',
        baseline: { name: 'bare PM view, build → paint', value: bareLarge },
        target: '< 1000 ms',
      },
    ];
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
}
