/**
 * Scores carry-over results against a generated draft's ground truth (./draft-generator.ts).
 *
 * Truth per annotation: the new characters whose origin lies in its old range (a revised figure counts
 * for the old figure's range). It `survives` when at least half its characters are still there (its
 * true span runs from the first to the last of them), and is `deleted` when none are; in between it
 * is `partial` and left out of both rates. A figure is judged by its digits alone.
 */
import type { CarryResult } from '../types';
import type { GeneratedDraft } from './draft-generator';
import type { SampledAnnotation } from './annotation-sampler';

export interface Truth {
  state: 'survives' | 'deleted' | 'partial';
  start: number;
  end: number;
  /** The annotation is a figure whose number the draft revised. */
  revised: boolean;
}

export interface AccuracyReport {
  annotations: number;
  survived: number;
  survivedRight: number;
  deleted: number;
  deletedPlaced: number;
  partial: number;
  falseExact: number;
  figuresOnWrongNumber: number;
  /** Share of surviving annotations placed right (overlap/union ≥ 0.5). */
  survivedRate: number;
  /** Share of deleted annotations placed anywhere. */
  deletedPlacedRate: number;
  /** Ids of the misses, for debugging. */
  misses: string[];
}

/** Per old offset: new offset, or -1. */
function oldToNewOf(draft: GeneratedDraft, oldLength: number): Int32Array {
  const map = new Int32Array(oldLength).fill(-1);
  draft.origin.forEach((o, i) => {
    if (o >= 0) map[o] = i;
  });
  return map;
}

export function truthOf(
  draft: GeneratedDraft,
  oldToNew: Int32Array,
  start: number,
  end: number,
  oldText?: string,
): Truth {
  const truth = spanTruth(draft, oldToNew, start, end);
  if (!oldText || truth.state === 'deleted' || truth.revised) return truth;
  // A figure is its number: it survives only if every digit does, and is gone if none does.
  // A digit the draft revised (a revision that covers only part of the annotated figure, e.g. "£215" of
  // "£215 million") is still there, with a new value: the figure is revised, not gone.
  const revisedAt = (o: number): boolean =>
    draft.revisions.some((r) => r.newStart >= 0 && r.oldStart <= o && o < r.oldEnd);
  let digits = 0;
  let keptDigits = 0;
  let revisedDigits = 0;
  for (let o = start; o < end; o++) {
    if (!/[0-9]/.test(oldText[o]!)) continue;
    digits++;
    if (oldToNew[o]! >= 0) keptDigits++;
    else if (revisedAt(o)) revisedDigits++;
  }
  if (digits === 0 || keptDigits === digits) return truth;
  if (keptDigits + revisedDigits === digits) return { ...truth, revised: true };
  return { ...truth, state: keptDigits === 0 ? 'deleted' : 'partial' };
}

function spanTruth(draft: GeneratedDraft, oldToNew: Int32Array, start: number, end: number): Truth {
  let kept = 0;
  let first = Infinity;
  let last = -1;
  for (let o = start; o < end; o++) {
    const n = oldToNew[o]!;
    if (n >= 0) {
      kept++;
      first = Math.min(first, n);
      last = Math.max(last, n + 1);
    }
  }
  let revised = false;
  for (const r of draft.revisions) {
    if (r.newStart < 0 || r.oldEnd <= start || r.oldStart >= end) continue;
    const from = Math.max(start, r.oldStart);
    const to = Math.min(end, r.oldEnd);
    kept += to - from;
    // A revision that kept the figure's length (the generator changes one digit) maps character for
    // character: an annotation that covers only part of the figure ("of £14.2" of "£14.2 million") has
    // that part, not the whole revised figure, as its truth. Otherwise the whole revised figure.
    const sameLength = r.newEnd - r.newStart === r.oldEnd - r.oldStart;
    first = Math.min(first, sameLength ? r.newStart + (from - r.oldStart) : r.newStart);
    last = Math.max(last, sameLength ? r.newStart + (to - r.oldStart) : r.newEnd);
    if (r.oldStart === start && r.oldEnd === end) revised = true;
  }
  const length = end - start;
  const state = kept === 0 ? 'deleted' : kept * 2 >= length ? 'survives' : 'partial';
  return { state, start: first, end: last, revised };
}

const overlapOverUnion = (a: { start: number; end: number }, b: { start: number; end: number }): number => {
  const overlap = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 ? overlap / union : 0;
};

/**
 * A figure placed inside its true span on every digit of it is on the right number, even when the span
 * is longer: "£295  million" with a doubled space is detected as "£295", the figure's number.
 */
function holdsNumber(text: string, place: { start: number; end: number }, truth: Truth): boolean {
  if (place.start < truth.start || place.end > truth.end) return false;
  const digits = (from: number, to: number): string => text.slice(from, to).replace(/[^0-9]/g, '');
  return (
    digits(place.start, place.end).length > 0 &&
    digits(place.start, place.end) === digits(truth.start, truth.end)
  );
}

/** Scores `results` (same order as `annotations`) against the draft's truth. */
export function scoreCarry(
  oldText: string,
  draft: GeneratedDraft,
  annotations: readonly SampledAnnotation[],
  results: readonly Pick<CarryResult, 'id' | 'verdict' | 'target'>[],
): AccuracyReport {
  const oldToNew = oldToNewOf(draft, oldText.length);
  const report: AccuracyReport = {
    annotations: annotations.length,
    survived: 0,
    survivedRight: 0,
    deleted: 0,
    deletedPlaced: 0,
    partial: 0,
    falseExact: 0,
    figuresOnWrongNumber: 0,
    survivedRate: 1,
    deletedPlacedRate: 0,
    misses: [],
  };
  annotations.forEach((annotation, k) => {
    const result = results[k]!;
    const { start, end, exact } = annotation.target;
    const truth = truthOf(draft, oldToNew, start, end, annotation.figure ? oldText : undefined);
    const place = result.target;
    if (result.verdict === 'exact' && place) {
      let same = place.end - place.start === end - start;
      for (let i = 0; same && i < end - start; i++) same = draft.origin[place.start + i] === start + i;
      if (!same || draft.text.slice(place.start, place.end) !== exact) report.falseExact++;
    }
    const right =
      place !== null &&
      truth.state !== 'deleted' &&
      (overlapOverUnion(place, truth) >= 0.5 ||
        (annotation.figure !== undefined && holdsNumber(draft.text, place, truth)));
    if (annotation.figure && place && (truth.state !== 'survives' || !right)) report.figuresOnWrongNumber++;
    if (truth.state === 'survives') {
      report.survived++;
      if (right) report.survivedRight++;
      else report.misses.push(`${annotation.id} (${result.verdict})`);
    } else if (truth.state === 'deleted') {
      report.deleted++;
      if (place) {
        report.deletedPlaced++;
        report.misses.push(`${annotation.id} deleted but ${result.verdict}`);
      }
    } else report.partial++;
  });
  report.survivedRate = report.survived ? report.survivedRight / report.survived : 1;
  report.deletedPlacedRate = report.deleted ? report.deletedPlaced / report.deleted : 0;
  return report;
}
