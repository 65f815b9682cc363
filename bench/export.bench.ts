/**
 * Annotated PDF export (issue #7): the sample with 300 annotations, and a 200-page draft with 5,000,
 * each beside Chromium printing the same pages without annotations in the same run. The difference is
 * the annotation work (placeholder links, reading them back, PDF annotations, margin notes overlay,
 * ToUnicode repair, saving). Memory: the Node process's peak RSS during the 200-page export (Chromium
 * runs in its own processes).
 */
import { readFileSync } from 'node:fs';
import {
  createAnnotation,
  createReply,
  type Annotation,
  type AnnotationBody,
  type Reply,
} from '../shared/annotations/model';
import { createTarget } from '../shared/annotations/selectors';
import { defaultExportPdfOptions } from '../shared/export/export-options';
import { buildPrintDocument, type PrintVersion } from '../shared/export/print-document';
import { createChromiumPrinter, findChromium } from '../electron/services/export/chromium-printer';
import { exportAnnotatedPdf } from '../electron/services/export/export-annotated-pdf';
import { importDocumentBytes } from '../electron/services/import/import-document';
import { sampleReportPath } from '../electron/services/testing/fixtures';
import type { BenchRow } from './run';

const statuses = ['unverified', 'verified', 'disputed', 'traced', 'not-applicable'];

function review(text: string, count: number): { annotations: Annotation[]; replies: Reply[] } {
  const annotations: Annotation[] = [];
  const replies: Reply[] = [];
  const step = Math.floor(text.length / count);
  for (let i = 0; i < count; i++) {
    let start = i * step + (i % 7);
    while (start < text.length - 20 && /\s/.test(text[start]!)) start++;
    const end = Math.min(text.length, start + 4 + (i % 12));
    if (/\n/.test(text.slice(start, end))) continue;
    const kind = (['comment', 'claim', 'figure', 'highlight'] as const)[i % 4]!;
    const body: AnnotationBody =
      kind === 'comment'
        ? {
            kind,
            text: `請核對第${i}處數字與來源是否一致。Check against the bulletin.`,
            resolved: i % 8 === 0,
          }
        : kind === 'claim'
          ? { kind, category: 'achievement', tags: ['民生', `t${i % 5}`] }
          : kind === 'figure'
            ? {
                kind,
                status: statuses[i % 5]!,
                note: i % 3 ? '' : '與公報一致',
                origin: 'detected',
                value: i,
                unit: '億元',
                dismissed: false,
              }
            : { kind };
    const annotation = createAnnotation({
      documentId: 'd',
      versionId: 'v',
      target: createTarget(text, start, end),
      body,
      author: i % 2 ? 'Alice' : 'Bo',
    });
    annotations.push(annotation);
    if (kind === 'comment' && i % 3 === 0)
      replies.push(createReply({ annotationId: annotation.id, author: 'Carol', text: '已核對。' }));
  }
  return { annotations, replies };
}

async function draftOf(copies: number): Promise<PrintVersion> {
  const sample = readFileSync(sampleReportPath, 'utf8');
  const bytes = new TextEncoder().encode(Array.from({ length: copies }, () => sample).join('\n\n'));
  const imported = await importDocumentBytes('bench.txt', bytes);
  if (!imported.ok) throw new Error(imported.error.message);
  return { ...imported.value, number: 1 };
}

export { review, draftOf };
export default async function exportBench(): Promise<BenchRow[]> {
  const chromium = findChromium();
  if (!chromium) throw new Error('export bench needs a Chromium (see tickmark export-pdf --help)');
  const printer = createChromiumPrinter(chromium);
  const rows: BenchRow[] = [];
  const options = { ...defaultExportPdfOptions, cover: false, appendix: false };
  const time = async (fn: () => Promise<unknown>): Promise<number> => {
    const start = performance.now();
    await fn();
    return performance.now() - start;
  };
  try {
    await printer.printToPdf({ html: '<p>warm-up</p>' });
    for (const [label, copies, count, runs] of [
      ['sample, 300 annotations', 1, 300, 3],
      // Five runs: one print varies by ±200 ms on a 2-core machine, more than the target's margin.
      ['200-page draft, 5,000 annotations', 13, 5000, 5],
    ] as const) {
      const version = await draftOf(copies);
      const { annotations, replies } = review(version.text, count);
      const plain = buildPrintDocument({
        version,
        annotations: [],
        replies: [],
        options,
        exportedAt: new Date(),
      });
      let pages = 0;
      let timings: Record<string, number> = {};
      let exportCpu = 0;
      let peakRss = 0;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
      const plainTimes: number[] = [];
      const exportTimes: number[] = [];
      for (let run = 0; run < runs; run++) {
        plainTimes.push(
          await time(() =>
            printer.printToPdf({
              html: plain.html,
              headerTemplate: plain.headerTemplate,
              footerTemplate: plain.footerTemplate,
            }),
          ),
        );
        exportTimes.push(
          await time(async () => {
            const cpu = process.cpuUsage();
            const result = await exportAnnotatedPdf(
              { version, annotations, replies, options, exportedAt: new Date() },
              { printToPdf: printer.printToPdf },
            );
            const used = process.cpuUsage(cpu);
            exportCpu = (used.user + used.system) / 1000;
            pages = result.pages;
            timings = result.timings;
          }),
        );
      }
      clearInterval(sampler);
      const med = (v: number[]): number => [...v].sort((a, b) => a - b)[v.length >> 1]!;
      const plainMs = med(plainTimes);
      const exportMs = med(exportTimes);
      rows.push({
        name: `export ${label} (${pages} pages)`,
        value: exportMs,
        unit: 'ms',
        baseline: { name: 'plain Chromium print, same pages', value: plainMs },
      });
      rows.push({
        name: `… annotation work, ${label}${runs > 1 ? `, medians of ${runs} alternated runs` : ''}`,
        value: ((exportMs - plainMs) / plainMs) * 100,
        unit: '% of plain print',
        target: '≤ 30 %',
      });
      // The first export of its size in this process, beside the print just before it: what a user's
      // first export after starting the app costs, before the JIT has compiled the export's code.
      if (runs > 1)
        rows.push({
          name: `… annotation work, ${label}, first run only`,
          value: ((exportTimes[0]! - plainTimes[0]!) / plainTimes[0]!) * 100,
          unit: '% of plain print',
        });
      // Stage by stage (last run): wall time, and this process's CPU time (Chromium prints elsewhere).
      for (const stage of ['layout', 'print', 'read', 'fonts', 'annotate', 'tounicode', 'save'])
        if (timings[stage] !== undefined)
          rows.push({
            name: `… stage ${stage}, ${label} (Node CPU ${Math.round(timings[`${stage} cpu`] ?? 0)} ms)`,
            value: timings[stage],
            unit: 'ms',
          });
      rows.push({ name: `… Node CPU time of the export, ${label}`, value: exportCpu, unit: 'ms' });
      if (copies > 1)
        rows.push({
          name: `… Node peak RSS, ${label}`,
          value: peakRss / 1048576,
          unit: 'MB',
          target: '< 1024 MB',
        });
    }
  } finally {
    await printer.close();
  }
  return rows;
}
