/**
 * The new draft's inserted text (characters with no counterpart in the old draft), gathered into one
 * searchable string. A passage that moved, or moved and changed, shows up in a diff as a deletion in
 * one place and an insertion in another, so its new home is always inside inserted text: searching
 * only there is fast (drafts change little) and never picks up a copy that another passage owns.
 */
import { insertedRanges, type DiffMap } from './diff-map';

/** Joins inserted ranges with a separator no quote contains, so no match spans two of them. */
const separator = '\u0000';

export interface InsertedIndex {
  text: string;
  /** Offset in `text` where each range starts, and the new-text offset it stands for. */
  joinedStarts: number[];
  newStarts: number[];
}

export function buildInsertedIndex(map: DiffMap, newText: string): InsertedIndex {
  const parts: string[] = [];
  const joinedStarts: number[] = [];
  const newStarts: number[] = [];
  let offset = 0;
  for (const range of insertedRanges(map)) {
    joinedStarts.push(offset);
    newStarts.push(range.start);
    const part = newText.slice(range.start, range.end);
    parts.push(part);
    offset += part.length + separator.length;
  }
  return { text: parts.join(separator), joinedStarts, newStarts };
}

function toNewOffset(index: InsertedIndex, joined: number): number {
  let lo = 0;
  let hi = index.joinedStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.joinedStarts[mid]! <= joined) lo = mid;
    else hi = mid - 1;
  }
  return index.newStarts[lo]! + (joined - index.joinedStarts[lo]!);
}

/** New-text offsets of up to `limit` occurrences of `needle` inside inserted text. */
export function findInInserted(index: InsertedIndex, needle: string, limit: number): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  let at = index.text.indexOf(needle);
  while (at >= 0 && found.length < limit) {
    found.push(toNewOffset(index, at));
    at = index.text.indexOf(needle, at + 1);
  }
  return found;
}
