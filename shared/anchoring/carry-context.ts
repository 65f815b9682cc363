/**
 * What carrying annotations between two drafts computes once per pair (the diff, the index of inserted
 * text, the new text's lines), and the small questions every stage of ./carry.ts and ./figure-place.ts
 * asks of a place in the new text: is the stored context still beside it, where does the diff put the
 * old range.
 */
import type { AnnotationTarget } from '../annotations/model';
import { buildDiffMap, mapNewToOld, mapOldToNew, type DiffMap } from './diff-map';
import { buildInsertedIndex, type InsertedIndex } from './inserted-index';
import { LineIndex } from './line-match';
import { looseContextKept } from './loose-context';
import { commonPrefixLength, commonSuffixLength } from './similarity';

export interface CarryOptions {
  /** Lowest similarity of old and new quote for a fuzzy placement. */
  minSimilarity?: number;
  /** Budget for the main diff, seconds. */
  diffTimeoutSeconds?: number;
}

/** Everything computed once per pair of drafts. */
export interface CarryContext {
  oldText: string;
  newText: string;
  map: DiffMap;
  inserted: InsertedIndex;
  /** The new text's lines, built on first use (only quotes that reach the line stage need them). */
  lines: LineIndex;
}

export function prepareCarry(oldText: string, newText: string, options: CarryOptions = {}): CarryContext {
  const map = buildDiffMap(oldText, newText, options.diffTimeoutSeconds ?? 2);
  return { oldText, newText, map, inserted: buildInsertedIndex(map, newText), lines: new LineIndex(newText) };
}

export interface Place {
  start: number;
  end: number;
}

const isSpace = (code: number): boolean =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 0x3000;

export function trim(text: string, place: Place): Place {
  let { start, end } = place;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Characters of stored context that still stand right before and after `place`. */
function contextKept(
  text: string,
  place: Place,
  target: AnnotationTarget,
): { before: number; after: number } {
  const before = commonSuffixLength(
    target.prefix,
    text.slice(Math.max(0, place.start - target.prefix.length), place.start),
  );
  const after = commonPrefixLength(target.suffix, text.slice(place.end, place.end + target.suffix.length));
  return { before, after };
}

/** As `contextKept`, but a switched comma or a doubled space does not end the context (./loose-context.ts). */
export function evidenceKept(
  text: string,
  place: Place,
  target: AnnotationTarget,
): { before: number; after: number } {
  return looseContextKept(text, place.start, place.end, target.prefix, target.suffix);
}

export function sameContext(text: string, place: Place, target: AnnotationTarget): boolean {
  const kept = contextKept(text, place, target);
  return kept.before === target.prefix.length && kept.after === target.suffix.length;
}

/** Whether old offset `offset` survived into the new text unchanged. */
function survives(map: DiffMap, offset: number): boolean {
  const mapped = mapOldToNew(map, offset, 'before');
  return mapped < map.newLength && mapNewToOld(map, mapped) === offset;
}

/** Where the diff puts the old range: boundaries mapped, replacements at either end included. */
export function mappedRange(map: DiffMap, target: AnnotationTarget): Place {
  const start = mapOldToNew(map, target.start, 'before');
  const end = survives(map, target.end - 1)
    ? mapOldToNew(map, target.end - 1, 'before') + 1
    : mapOldToNew(map, target.end, 'after');
  return { start, end: Math.max(start, end) };
}
