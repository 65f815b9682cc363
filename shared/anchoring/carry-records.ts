/**
 * Carrying a version's annotation records to the next version: runs the text carry-over and builds
 * the new records. Each carried annotation gets a new id on the new version and `meta.derivedFrom`
 * pointing at the old one; replies (new ids, same authors, texts and dates), resolved state, authors,
 * dates and meta travel with it. What the carry found goes in `meta.carry`; a figure whose value
 * changed goes back to `unverified` and its history (`meta.figureHistory`) keeps the old value, text,
 * status and version. Nothing is dropped: an orphan keeps its old target, marked `orphan`, and is
 * listed for the reviewer instead of drawn.
 */
import type { Annotation, Reply } from '../annotations/model';
import { carryAnnotations, type CarryOptions } from './carry';
import { carryVerdicts, type CarryResult, type CarryVerdict } from './types';

/** Where a carried annotation stands in the reviewer's confirmation queue. */
export type CarryReview = 'accepted' | 'pending' | 'orphan';

/** `meta.carry` of a carried annotation. */
export interface CarryMeta {
  verdict: CarryVerdict;
  review: CarryReview;
  similarity: number;
  contextChanged: boolean;
  fromVersionId: string;
  previousQuote: string;
  previousPrefix: string;
  previousSuffix: string;
  previousStart: number;
  previousEnd: number;
  figureChange?: NonNullable<CarryResult['figure']>['change'];
}

/** One entry of `meta.figureHistory`: the figure as it was on an earlier version. */
export interface FigureHistoryEntry {
  versionId: string;
  text: string;
  value: number | null;
  status: string;
  /** The annotation that held it on that version: its source links stay readable there. */
  annotationId: string;
}

export interface CarryReportItem {
  id: string;
  derivedFrom: string;
  kind: Annotation['kind'];
  verdict: CarryVerdict;
  similarity: number;
  needsConfirmation: boolean;
  oldQuote: string;
  newQuote: string | null;
  figure?: CarryResult['figure'];
}

/** The carry-over report shown after an import and later from the versions list. */
export interface CarryReport {
  documentId: string;
  fromVersionId: string;
  toVersionId: string;
  createdAt: string;
  counts: Record<CarryVerdict, number>;
  items: CarryReportItem[];
}

export interface CarriedRecords {
  annotations: Annotation[];
  replies: Reply[];
  report: CarryReport;
  /** Old annotation id → new annotation id (to copy source links). */
  idMap: Map<string, string>;
}

export interface CarryRecordsInput {
  oldText: string;
  newText: string;
  toVersionId: string;
  annotations: readonly Annotation[];
  replies: readonly Reply[];
}

/** Carries records; `newId` and `now` are injectable so tests fix them. */
export function carryRecords(
  input: CarryRecordsInput,
  options: CarryOptions & { newId?: () => string; now?: Date } = {},
): CarriedRecords {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const now = (options.now ?? new Date()).toISOString();
  const results = carryAnnotations(
    input.oldText,
    input.newText,
    input.annotations.map((a) => ({
      id: a.id,
      target: a.target,
      ...(a.body.kind === 'figure' ? { figure: { value: a.body.value, unit: a.body.unit } } : {}),
    })),
    options,
  );
  const idMap = new Map<string, string>();
  const annotations = input.annotations.map((old, k) => {
    const result = results[k]!;
    const id = newId();
    idMap.set(old.id, id);
    return carriedAnnotation(old, result, id, input.toVersionId, now, input.newText.length);
  });
  const replies = input.replies
    .filter((r) => idMap.has(r.annotationId))
    .map((r) => ({ ...r, id: newId(), annotationId: idMap.get(r.annotationId)! }));
  const counts = Object.fromEntries(carryVerdicts.map((v) => [v, 0])) as Record<CarryVerdict, number>;
  for (const r of results) counts[r.verdict]++;
  const first = input.annotations[0];
  return {
    annotations,
    replies,
    idMap,
    report: {
      documentId: first?.documentId ?? '',
      fromVersionId: first?.versionId ?? '',
      toVersionId: input.toVersionId,
      createdAt: now,
      counts,
      items: annotations.map((a, k) => ({
        id: a.id,
        derivedFrom: input.annotations[k]!.id,
        kind: a.kind,
        verdict: results[k]!.verdict,
        similarity: results[k]!.similarity,
        needsConfirmation: results[k]!.needsConfirmation,
        oldQuote: input.annotations[k]!.target.exact,
        newQuote: results[k]!.target?.exact ?? null,
        ...(results[k]!.figure ? { figure: results[k]!.figure } : {}),
      })),
    },
  };
}

function carriedAnnotation(
  old: Annotation,
  result: CarryResult,
  id: string,
  versionId: string,
  now: string,
  newLength: number,
): Annotation {
  const carry: CarryMeta = {
    verdict: result.verdict,
    review: result.verdict === 'orphan' ? 'orphan' : result.needsConfirmation ? 'pending' : 'accepted',
    similarity: result.similarity,
    contextChanged: result.contextChanged,
    fromVersionId: old.versionId,
    previousQuote: old.target.exact,
    previousPrefix: old.target.prefix,
    previousSuffix: old.target.suffix,
    previousStart: old.target.start,
    previousEnd: old.target.end,
    ...(result.figure ? { figureChange: result.figure.change } : {}),
  };
  const meta: Record<string, unknown> = { ...old.meta, derivedFrom: old.id, carry };
  let body = old.body;
  if (old.body.kind === 'figure' && result.verdict === 'value-changed' && result.figure) {
    const history = Array.isArray(old.meta.figureHistory)
      ? (old.meta.figureHistory as FigureHistoryEntry[])
      : [];
    meta.figureHistory = [
      ...history,
      {
        versionId: old.versionId,
        text: old.target.exact,
        // A figure marked by hand may have no value stored: take the one read from its text.
        value: old.body.value ?? result.figure.oldValue,
        status: old.body.status,
        annotationId: old.id,
      } satisfies FigureHistoryEntry,
    ];
    body = { ...old.body, status: 'unverified', value: result.figure.newValue };
  }
  return {
    ...old,
    id,
    versionId,
    target: result.target ?? orphanTarget(old.target, newLength),
    body,
    updatedAt: result.verdict === 'value-changed' ? now : old.updatedAt,
    meta,
  };
}

/**
 * An orphan keeps its old quote and context, but its offsets are moved inside the new text so code
 * that maps every target to a document position never meets one past the end (it is not drawn).
 */
function orphanTarget(target: Annotation['target'], newLength: number): Annotation['target'] {
  const length = target.end - target.start;
  const start = Math.max(0, Math.min(target.start, newLength - length));
  return { ...target, start, end: start + length };
}

/** The carry meta of an annotation, if it was carried. */
export function carryMetaOf(annotation: Annotation): CarryMeta | null {
  const carry = annotation.meta.carry;
  return carry && typeof carry === 'object' && 'verdict' in carry ? (carry as CarryMeta) : null;
}

/** Whether an annotation is an orphan not yet re-anchored (it has no place on its version's text). */
export const isOrphan = (annotation: Annotation): boolean => carryMetaOf(annotation)?.review === 'orphan';
