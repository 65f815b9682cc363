/**
 * Cost of the e2e bridge and launch: how much the harness adds over the bare building blocks it stands
 * on (a Chromium persistent profile; the import services called directly in Node).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { importDocumentBytes, importDocumentFile } from '../electron/services/import/import-document';
import { launchApp } from '../e2e/harness';
import { chromiumPath, resourcesDir } from '../e2e/harness-paths';
import type { TickmarkBridge } from '../shared/ipc/contract';
import type { BenchRow } from './run';
import { median, timeMedian } from './median';

const samplePath = path.join(resourcesDir, 'samples', 'hecheng-work-report.txt');

export default async function bench(): Promise<BenchRow[]> {
  const bareLaunch = await timeMedian(3, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-bench-bare-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: chromiumPath,
      headless: true,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('about:blank');
    await context.close();
    await rm(dir, { recursive: true, force: true });
  });
  const appLaunch = await timeMedian(3, async () => {
    const app = await launchApp();
    await app.page.waitForFunction(() => typeof (window as { tickmark?: unknown }).tickmark === 'object');
    await app.close();
    await rm(app.userDataDir, { recursive: true, force: true });
  });

  const sampleBytes = new Uint8Array(await readFile(samplePath));
  // About 1 MB: the large-draft size, as if dropped on the window.
  const large = new TextEncoder().encode(new TextDecoder().decode(sampleBytes).repeat(25));
  const directSample = await timeMedian(10, () => importDocumentFile(samplePath));
  const directLarge = await timeMedian(5, () => importDocumentBytes('large.txt', large));

  const app = await launchApp();
  try {
    const viaBridge = await timeMedian(10, () =>
      app.page.evaluate(() => (window as unknown as { tickmark: TickmarkBridge }).tickmark.loadSample()),
    );
    // Timed inside the page (encode + binding + decode + import), excluding building the bytes.
    const droppedViaBridge = await medianOf(5, () =>
      app.page.evaluate(async (size) => {
        const bytes = new Uint8Array(size);
        const line = new TextEncoder().encode(`第一段 264億元，增長 4.9%。\n`);
        for (let offset = 0; offset + line.length <= size; offset += line.length) bytes.set(line, offset);
        const bridge = (window as unknown as { tickmark: TickmarkBridge }).tickmark;
        const started = performance.now();
        await bridge.importDroppedDocument({ name: 'large.txt', bytes });
        return performance.now() - started;
      }, large.byteLength),
    );
    return [
      {
        name: 'harness launch (serve + Chromium + bridge), ms',
        value: appLaunch,
        unit: 'ms',
        baseline: { name: 'bare persistent Chromium + about:blank', value: bareLaunch },
      },
      {
        name: 'loadSample via bridge (42 KB sample), ms',
        value: viaBridge,
        unit: 'ms',
        baseline: { name: 'importDocumentFile in Node', value: directSample },
      },
      {
        name: `drop ${(large.byteLength / 1e6).toFixed(1)} MB via bridge (base64), ms`,
        value: droppedViaBridge,
        unit: 'ms',
        baseline: { name: 'importDocumentBytes in Node', value: directLarge },
      },
    ];
  } finally {
    // A failure above may have taken the browser down; report that failure, not the close's.
    await app.close().catch(() => undefined);
    await rm(app.userDataDir, { recursive: true, force: true });
  }
}

/** Median of values a measurement returns itself (after one warm-up). */
async function medianOf(runs: number, measure: () => Promise<number>): Promise<number> {
  await measure();
  const values: number[] = [];
  for (let i = 0; i < runs; i++) values.push(await measure());
  return median(values);
}
