/**
 * The changes view of two 1 MB drafts, opened in the real app (e2e harness: built renderer, real
 * services, real IndexedDB in Chromium): from choosing the older draft under "Compare with…" until the
 * view is painted and the main thread is free again — loading both versions and their annotations,
 * the paragraph and inline diff, the marks, and drawing. Beside it, in the same run, the diff and marks
 * alone in Node (the same shared code, no rendering), and opening the 1 MB draft itself.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { launchApp } from '../e2e/harness';
import { openWithDialog } from '../e2e/app-helpers';
import { generateDraft } from '../shared/anchoring/testing/draft-generator';
import { diffDocuments, markChanges } from '../shared/anchoring/changes';
import { median, timeMedian } from './median';
import type { BenchRow } from './run';

const root = path.resolve(import.meta.dirname, '..');
const sample = readFileSync(path.join(root, 'resources/samples/hecheng-work-report.txt'), 'utf8');

/** The carry bench's 1 MB draft: revised copies of the sample (see ./carry.bench.ts). */
function megabyteDraft(): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let k = 0; bytes < 1_000_000; k++) {
    const copy = generateDraft(sample, { seed: 1000 + k, charsPerEdit: 60 }).text;
    parts.push(copy);
    bytes += Buffer.byteLength(copy, 'utf8');
  }
  return parts.join('\n\n');
}

const settled = (): Promise<void> =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );

export default async function changesViewBench(): Promise<BenchRow[]> {
  const oldText = megabyteDraft();
  const newText = generateDraft(oldText, { seed: 42, charsPerEdit: 400 }).text;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-changes-bench-'));
  const file = path.join(dir, 'report.txt');
  const app = await launchApp({ locale: 'en-US' });
  const { page } = app;
  const opens: number[] = [];
  const cpu: number[] = [];
  const openTimes: number[] = [];
  try {
    await writeFile(file, oldText, 'utf8');
    let start = performance.now();
    await openWithDialog(app, file);
    // The bundled sample opens on a first run: wait for this file's draft, not any draft.
    await page.getByTestId('document-version').filter({ hasText: 'report.txt' }).waitFor();
    await page.getByTestId('import-progress').waitFor({ state: 'detached' });
    await page.evaluate(settled);
    openTimes.push(performance.now() - start);
    await writeFile(file, newText, 'utf8');
    await openWithDialog(app, file);
    await page.getByTestId('draft-dialog-new-draft').click();
    await page.getByTestId('document-version').filter({ hasText: 'Draft 2 of 2' }).waitFor();
    await page.evaluate(settled);
    // The carry-over report opens only when there was something to carry (not here: no annotations).
    const report = page.getByTestId('carry-report-close');
    if (await report.isVisible()) await report.click();
    await page.getByTestId('side-tab-drafts').click();
    // The page's main-thread CPU time (CDP Performance.getMetrics ThreadTime, seconds): what the opening
    // cost the renderer, which a loaded machine stretches less than wall time.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadTime = async (): Promise<number> => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
    };
    for (let run = 0; run < 4; run++) {
      const cpuBefore = await threadTime();
      start = performance.now();
      await page.getByTestId('compare-with').selectOption({ index: 1 });
      await page.getByTestId('change').first().waitFor();
      await page.evaluate(settled);
      opens.push(performance.now() - start);
      cpu.push((await threadTime()) - cpuBefore);
      await page.getByTestId('changes-close').click();
      await page.getByTestId('changes-view').waitFor({ state: 'hidden' });
    }
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
  const diffMs = await timeMedian(3, () =>
    markChanges(diffDocuments(oldText, newText), oldText, newText, [], []),
  );
  return [
    {
      name: 'changes view of two 1 MB drafts opened in the app (Chromium)',
      // The first opening warms the code; the median of the others.
      value: median(opens.slice(1)),
      unit: 'ms',
      baseline: { name: 'its diff and marks alone, in Node', value: diffMs },
      target: '< 1000 ms',
    },
    {
      name: '  the same, renderer main-thread CPU time',
      value: median(cpu.slice(1)),
      unit: 'ms',
      target: '< 1000 ms',
    },
    {
      name: 'opening the 1 MB draft itself (File › Open, painted)',
      value: openTimes[0] ?? Number.NaN,
      unit: 'ms',
    },
  ];
}
