/**
 * Backup and restore of 100,000 annotations in Chromium's real IndexedDB, each beside a bare Dexie
 * bulkPut of the same rows measured in the same page (the building block a restore stands on).
 * BACKUP_BENCH_COUNT overrides the count. One run: a run takes minutes (IndexedDB writes ≈ 3,000 rows/s).
 */
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../electron/services/testing/pdf-fixtures';
import type { BenchRow } from './run';

const root = path.resolve(import.meta.dirname, '..');
const origin = 'http://backup-bench.invalid';

export default async function backupBench(): Promise<BenchRow[]> {
  const count = Number(process.env.BACKUP_BENCH_COUNT ?? 100_000);
  const bundle = await build({
    entryPoints: [path.join(root, 'bench/backup-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome130',
    logLevel: 'warning',
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--enable-precise-memory-info'],
  });
  try {
    const page = await browser.newPage();
    // A real http origin of its own, so the page has IndexedDB (about:blank does not).
    await page.route(`${origin}/**`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><meta charset="utf-8"><title>bench</title>',
      }),
    );
    await page.goto(`${origin}/`);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const result = await page.evaluate(
      (n) =>
        (window as unknown as { __backupBench(n: number): Promise<Record<string, number>> }).__backupBench(n),
      count,
    );
    console.error(`[backup bench] ${JSON.stringify(result)}`);
    const bulkPut = { name: `bare Dexie bulkPut of the same ${count} rows`, value: result.bulkPutMs! };
    return [
      {
        name: `back up ${count} annotations (read all + write file)`,
        value: result.backupMs!,
        unit: 'ms',
        baseline: bulkPut,
      },
      { name: `restore into an empty profile`, value: result.restoreEmptyMs!, unit: 'ms', baseline: bulkPut },
      {
        name: `restore into a populated profile (all kept)`,
        value: result.restorePopulatedMs!,
        unit: 'ms',
        baseline: bulkPut,
      },
      { name: 'backup file size', value: result.fileMegabytes!, unit: 'MB' },
      { name: 'JS heap growth during backup', value: result.backupHeapMegabytes!, unit: 'MB' },
      {
        name: 'JS heap growth after restore',
        value: result.restoreHeapMegabytes!,
        unit: 'MB',
        baseline: { name: 'JS heap growth of the bare bulkPut', value: result.bulkPutHeapMegabytes! },
      },
    ];
  } finally {
    await browser.close();
  }
}
