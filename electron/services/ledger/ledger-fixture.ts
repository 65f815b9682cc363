/**
 * A real ledger table for tests: the bundled sample report's detected figures, the sample review's
 * figure decisions, and a source link, built the way the app and the CLI build it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeSampleReview } from '../../../shared/annotations/sample-review';
import { buildLedgerTable, type LedgerTable } from '../../../shared/figures/ledger-table';
import { auditDraft } from '../../../shared/figures/matching/audit';
import { buildLedger } from '../../../shared/figures/matching/ledger';
import { headingsFromText } from '../../../shared/figures/outline';
import { buildLegend } from '../../../shared/figures/statuses';

export const sampleText = readFileSync(
  join(import.meta.dirname, '../../../resources/samples/hecheng-work-report.txt'),
  'utf8',
);

export function sampleLedgerTable(): LedgerTable {
  const review = makeSampleReview(sampleText, { documentId: 'd', versionId: 'v' });
  const headings = headingsFromText(sampleText);
  const audit = auditDraft(sampleText, [], { headings });
  const rows = buildLedger(sampleText, audit, review.annotations, headings);
  const verified = review.annotations[4]!;
  const links = new Map([
    [
      verified.id,
      [{ source: '統計公報.pdf', locator: { kind: 'page' as const, page: 3 }, quote: '地區生產總值264億元' }],
    ],
  ]);
  return buildLedgerTable({
    title: '鶴城區政府工作報告',
    rows,
    legend: buildLegend(),
    annotations: review.annotations,
    links,
  });
}
