/**
 * Import of a 5,000-annotation Web Annotation file (JSON-LD, with 1,000 replies) into a version of a
 * 1 MB draft, through the real app (e2e harness: main's file reading over the bridge, the planner, one
 * Dexie transaction in real IndexedDB, the reload of the version's annotations), timed from the menu
 * command to the summary dialog. Baseline in the same run and the same page: a bare Dexie `bulkPut` of
 * the same rows in one transaction. Also the Node-side steps on their own: reading + parsing the file,
 * and planning the merge.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { planImport } from '../shared/annotations/import-plan';
import {
  createAnnotation,
  createReply,
  type Annotation,
  type AnnotationBody,
  type Reply,
} from '../shared/annotations/model';
import { createTarget } from '../shared/annotations/selectors';
import { serialiseCollection, sha256OfText, toAnnotationCollection } from '../shared/annotations/w3c-export';
import { readAnnotationFile } from '../electron/services/annotations/read-annotation-file';
import { launchApp } from '../e2e/harness';
import { median, timeMedian } from './median';
import type { BenchRow } from './run';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.env.RUNS ?? 3);
const keepNamesShim = 'window.__name = (fn) => fn';

function seed(text: string, documentId: string, versionId: string, count: number) {
  const bodies: AnnotationBody[] = [
    { kind: 'highlight' },
    { kind: 'claim', category: 'achievement', tags: ['GDP', '經濟'] },
    { kind: 'comment', text: '請核對統計公報', resolved: false },
    {
      kind: 'figure',
      status: 'verified',
      note: '與公報一致',
      origin: 'detected',
      value: 4.9,
      unit: '%',
      dismissed: false,
    },
  ];
  const step = Math.floor((text.length - 40) / count);
  const annotations: Annotation[] = Array.from({ length: count }, (_, i) => {
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
  const replies: Reply[] = annotations
    .filter((a) => a.kind === 'comment')
    .slice(0, 1000)
    .map((a, i) =>
      createReply(
        { annotationId: a.id, author: 'Bo', text: `回覆 ${i}` },
        { now: new Date(Date.UTC(2026, 10, 25)) },
      ),
    );
  return { annotations, replies };
}

export default async function annotationsIoBench(): Promise<BenchRow[]> {
  const sample = await readFile(path.join(root, 'resources/samples/hecheng-work-report.txt'), 'utf8');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-bench-w3c-'));
  const draft = path.join(dir, 'draft-1mb.txt');
  await writeFile(draft, Array.from({ length: 25 }, (_, i) => `第${i + 1}部分\n${sample}`).join('\n\n'));
  const bundle = await build({
    entryPoints: [path.join(root, 'bench/annotations-io-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome130',
    logLevel: 'warning',
  });
  const app = await launchApp({ locale: 'en-US', open: [draft] });
  const { page } = app;
  try {
    await page.locator('[data-testid="document"]').waitFor({ timeout: 60_000 });
    await page.evaluate(keepNamesShim);
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
    const { annotations, replies } = seed(version.text, version.documentId, versionId, 5000);
    const textSha256 = await sha256OfText(version.text);
    const file = path.join(dir, 'review-5000.jsonld');
    await writeFile(
      file,
      serialiseCollection(toAnnotationCollection({ annotations, replies, textSha256, label: 'bench' })),
    );

    // Node-side steps alone.
    const readTime = await timeMedian(runs, () => readAnnotationFile(file));
    const read = await readAnnotationFile(file);
    if (!read.ok) throw new Error(read.error.message);
    const planTime = await timeMedian(runs, () =>
      planImport(read.value, {
        documentId: version.documentId,
        versionId,
        text: version.text,
        textSha256,
        lineageSha256: [],
        existing: { annotations: [], replies: [] },
      }),
    );

    // The app: menu command → summary dialog, into an empty version each time.
    const clear = () =>
      page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('tickmark');
            request.onsuccess = () => {
              const tx = request.result.transaction(['annotations', 'replies'], 'readwrite');
              tx.objectStore('annotations').clear();
              tx.objectStore('replies').clear();
              tx.oncomplete = () => {
                request.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
      );
    const importTimes: number[] = [];
    for (let run = 0; run <= runs; run++) {
      await clear();
      app.queueDialogFile(file);
      const start = performance.now();
      await app.sendMenuCommand('import-web-annotations');
      await page.getByTestId('review-io-count-added').waitFor({ timeout: 120_000 });
      const elapsed = performance.now() - start;
      const added = Number(await page.getByTestId('review-io-count-added').getAttribute('data-count'));
      if (added !== annotations.length) throw new Error(`Imported ${added} of ${annotations.length}`);
      await page.getByTestId('review-io-close').click();
      await page.getByTestId('review-io-dialog').waitFor({ state: 'detached' });
      if (run > 0) importTimes.push(elapsed);
    }

    // Baseline: bare Dexie bulkPut of the same rows, same page, one transaction.
    await page.evaluate(bundle.outputFiles[0]!.text);
    const bareTimes: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const time = await page.evaluate(
        ([a, r]) =>
          (window as unknown as { __bareBulkPut(a: unknown[], r: unknown[]): Promise<number> }).__bareBulkPut(
            a,
            r,
          ),
        [annotations, replies] as const,
      );
      if (run > 0) bareTimes.push(time);
    }
    const bare = median(bareTimes);
    return [
      {
        name: 'Import 5,000 annotations + 1,000 replies (JSON-LD) → summary',
        value: median(importTimes),
        unit: 'ms',
        baseline: { name: 'bare Dexie bulkPut of the same rows', value: bare },
      },
      {
        name: '… of which main reads + parses the 5,000-item file (Node)',
        value: readTime,
        unit: 'ms',
        baseline: { name: 'bare Dexie bulkPut', value: bare },
      },
      {
        name: '… of which planning the merge (anchoring 5,000 on 1 MB)',
        value: planTime,
        unit: 'ms',
        baseline: { name: 'bare Dexie bulkPut', value: bare },
      },
    ];
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
}
