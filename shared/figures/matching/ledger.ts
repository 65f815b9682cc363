/**
 * The figures ledger as the reviewer sees it: detected figures merged with the reviewer's decisions
 * (figure annotations: status, note, dismissed, manual additions), each with its sentence, section,
 * source proposals, mismatches, findings and indicator. Untouched detected figures have no annotation;
 * an annotation is joined to a detected figure when their spans overlap.
 */
import type { Annotation } from '../../annotations/model';
import type { Finding } from '../../checks/types';
import type { Indicator } from '../indicators';
import type { OutlineHeading } from '../outline';
import { defaultStatusId } from '../statuses';
import type { AuditResult } from './audit';
import type { SourceMatch, SourceMismatch, SourceVerdict } from './match';

export interface LedgerRow {
  /** `start:end` of the figure in the plain text; stable across reloads of one version. */
  key: string;
  /** Index into the audit's figures, or -1 for a manual figure the detector did not find. */
  index: number;
  start: number;
  end: number;
  text: string;
  value: number | null;
  high?: number;
  unit: string;
  sentence: string;
  section: string;
  status: string;
  note: string;
  origin: 'detected' | 'manual';
  annotationId: string | null;
  matches: SourceMatch[];
  mismatches: SourceMismatch[];
  /** Every source's verdict on the figure (agrees, differs, not found). */
  verdicts: SourceVerdict[];
  /** True when a source differs; open until the auditor records which source is taken. */
  conflict: boolean;
  findings: Finding[];
  indicator: Indicator | null;
}

type FigureAnnotation = Annotation & { body: Extract<Annotation['body'], { kind: 'figure' }> };

const isFigure = (a: Annotation): a is FigureAnnotation => a.body.kind === 'figure';

/** Title of the section containing `offset` (deepest heading before it), or ''. */
function sectionTitle(headings: readonly OutlineHeading[], offset: number): string {
  let title = '';
  for (const h of headings) {
    if (h.start > offset) break;
    title = h.title;
  }
  return title;
}

/** Index of the first value in ascending `sorted` that is greater than `value`. */
function firstAbove(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! > value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Builds the ledger rows in text order; dismissed figures are left out unless `withDismissed`. */
export function buildLedger(
  text: string,
  audit: AuditResult,
  annotations: readonly Annotation[],
  headings: readonly OutlineHeading[],
  options: { withDismissed?: boolean } = {},
): LedgerRow[] {
  const figures = annotations.filter(isFigure).sort((a, b) => a.target.start - b.target.start);
  const used = new Set<string>();
  const indicatorOf = new Map<number, Indicator>();
  for (const indicator of audit.indicators) for (const i of indicator.mentions) indicatorOf.set(i, indicator);
  const rows: LedgerRow[] = [];
  const sentenceOf = (start: number, end: number, s?: { start: number; end: number }) =>
    (s
      ? text.slice(s.start, s.end)
      : text.slice(Math.max(0, start - 30), Math.min(text.length, end + 30))
    ).trim();
  // Joins and findings are looked up by index, not by scanning every annotation and finding per figure:
  // on a 1 MB draft (6,500 figures, as many decisions) the scans made each rebuild quadratic.
  const findingsOf = new Map<number, Finding[]>();
  for (const f of audit.findings)
    for (const i of new Set(f.figures)) {
      const list = findingsOf.get(i);
      if (list) list.push(f);
      else findingsOf.set(i, [f]);
    }
  const starts = figures.map((a) => a.target.start);
  const longest = figures.reduce((max, a) => Math.max(max, a.target.end - a.target.start), 0);
  /** The first unused annotation (in text order) overlapping `start..end`. */
  const joined = (start: number, end: number): FigureAnnotation | undefined => {
    // Annotations starting at or before `start - longest` end before `start`: none of them overlaps.
    for (let i = firstAbove(starts, start - longest); i < figures.length && starts[i]! < end; i++) {
      const a = figures[i]!;
      if (!used.has(a.id) && start < a.target.end) return a;
    }
    return undefined;
  };
  for (const p of audit.figures) {
    const { figure } = p;
    const annotation = joined(figure.start, figure.end);
    if (annotation) used.add(annotation.id);
    if (annotation?.body.dismissed && !options.withDismissed) continue;
    const row: LedgerRow = {
      key: `${figure.start}:${figure.end}`,
      index: p.index,
      start: figure.start,
      end: figure.end,
      text: figure.text,
      value: figure.value,
      unit: figure.unit,
      sentence: sentenceOf(figure.start, figure.end, p.sentence),
      section: sectionTitle(headings, figure.start),
      status: annotation?.body.status ?? defaultStatusId,
      note: annotation?.body.note ?? '',
      origin: 'detected',
      annotationId: annotation?.id ?? null,
      matches: audit.matches[p.index]?.matches ?? [],
      mismatches: audit.matches[p.index]?.mismatches ?? [],
      verdicts: audit.matches[p.index]?.verdicts ?? [],
      conflict: audit.matches[p.index]?.verdicts.some((v) => v.verdict === 'differs') ?? false,
      findings: findingsOf.get(p.index) ?? [],
      indicator: indicatorOf.get(p.index) ?? null,
    };
    if (figure.high !== undefined) row.high = figure.high;
    rows.push(row);
  }
  for (const a of figures) {
    if (used.has(a.id) || (a.body.dismissed && !options.withDismissed)) continue;
    rows.push({
      key: `${a.target.start}:${a.target.end}`,
      index: -1,
      start: a.target.start,
      end: a.target.end,
      text: a.target.exact,
      value: a.body.value,
      unit: a.body.unit,
      sentence: sentenceOf(a.target.start, a.target.end),
      section: sectionTitle(headings, a.target.start),
      status: a.body.status,
      note: a.body.note,
      origin: 'manual',
      annotationId: a.id,
      matches: [],
      mismatches: [],
      verdicts: [],
      conflict: false,
      findings: [],
      indicator: null,
    });
  }
  return rows.sort((a, b) => a.start - b.start || a.end - b.end);
}
