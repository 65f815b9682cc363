/**
 * The backbone of carrying annotations to a new draft: one diff-match-patch diff of the old and new
 * plain texts, turned into a table of the spans both texts share. From it, an old offset maps to a new
 * one (and back), and any new range can tell which of its characters came unchanged from where in the
 * old text — so a candidate place can be refused when its text already belongs to another passage.
 */
import DiffMatchPatch from 'diff-match-patch';
import { anchoredDiff } from './anchored-diff';
import { pairSentences } from './block-pairing';

/**
 * Sentences left unpaired on both sides of a replaced stretch are diffed by character only if at least
 * this share of the shorter side survives the diff: below it, what dmp lines up is letters two unrelated
 * sentences happen to share ("The Council resurfaced…" against a moved "Average rents for council…").
 */
const minSharedUnpaired = 0.6;

const equalOp = 0;
const deleteOp = -1;
const insertOp = 1;

/** One diff-match-patch edit: [operation, text] with -1 delete, 0 equal, 1 insert. */
export type Diff = [number, string];

/** A run of characters the two texts share: old[oldStart, oldStart+length) = new[newStart, …). */
export interface SharedRun {
  oldStart: number;
  newStart: number;
  length: number;
}

export interface DiffMap {
  /** Shared runs in text order (both old and new offsets increase). */
  runs: SharedRun[];
  oldLength: number;
  newLength: number;
}

/** Splits text into sentence-sized tokens: each ends after 。！？；!?; or a line break, or ". ", with the spaces and line breaks that follow. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ends =
      c === 10 ||
      c === 0x3002 ||
      c === 0xff01 ||
      c === 0xff1f ||
      c === 0xff1b ||
      c === 33 ||
      c === 63 ||
      c === 59 ||
      (c === 46 && (i + 1 === text.length || text.charCodeAt(i + 1) === 32));
    if (ends) {
      // Trailing spaces and line breaks stay with their sentence: bare "\n" tokens would be matched
      // first by the sentence diff and pull whole sentences out of line.
      let end = i + 1;
      while (end < text.length && (text.charCodeAt(end) === 10 || text.charCodeAt(end) === 32)) end++;
      tokens.push(text.slice(start, end));
      start = end;
      i = end - 1;
    }
  }
  if (start < text.length) tokens.push(text.slice(start));
  return tokens;
}

/** Encodes both token lists as strings of one character per token (dmp's line mode, per sentence). */
function encode(a: string[], b: string[]): { a: string; b: string; tokens: string[] } {
  const ids = new Map<string, number>();
  const tokens: string[] = [];
  const one = (list: string[]): string => {
    const codes: string[] = [];
    for (let k = 0; k < list.length; k++) {
      let token = list[k]!;
      // 65,535 distinct sentences at most: the rest becomes one token (as dmp's linesToChars does).
      if (tokens.length >= 65_000 && !ids.has(token)) token = list.slice(k).join('');
      let id = ids.get(token);
      if (id === undefined) {
        id = tokens.length;
        ids.set(token, id);
        tokens.push(token);
      }
      codes.push(String.fromCharCode(id));
      if (token.length > list[k]!.length) break;
    }
    return codes.join('');
  };
  return { a: one(a), b: one(b), tokens };
}

/**
 * Diffs `oldText` against `newText` in two levels: sentences first (each sentence one symbol), then
 * characters inside each replaced stretch. A plain character diff of two drafts with edits in most
 * paragraphs spends seconds bisecting long replaced blocks; this costs a sentence-level diff plus
 * small character diffs. `timeoutSeconds` bounds the whole (dmp then returns a coarser valid diff).
 */
export function diffTexts(oldText: string, newText: string, timeoutSeconds = 2): Diff[] {
  const dmp = new DiffMatchPatch();
  const deadline = Date.now() + timeoutSeconds * 1000;
  dmp.Diff_Timeout = timeoutSeconds;
  const encoded = encode(tokenize(oldText), tokenize(newText));
  const coarse = anchoredDiff(dmp, encoded.a, encoded.b);
  const decode = (codes: string): string => {
    let text = '';
    for (let i = 0; i < codes.length; i++) text += encoded.tokens[codes.charCodeAt(i)]!;
    return text;
  };
  const diffs: Diff[] = [];
  let deleted: string[] = [];
  let insertedText: string[] = [];
  const charDiff = (a: string, b: string, minShared: number): void => {
    if (a && b) {
      dmp.Diff_Timeout = Math.max(0.01, (deadline - Date.now()) / 1000);
      const pairDiffs = dmp.diff_main(a, b, false) as Diff[];
      dropStrayEqualities(pairDiffs);
      let shared = 0;
      for (const [op, text] of pairDiffs) if (op === equalOp) shared += text.length;
      if (shared < minShared * Math.min(a.length, b.length)) diffs.push([deleteOp, a], [insertOp, b]);
      else diffs.push(...pairDiffs);
    } else if (a) diffs.push([deleteOp, a]);
    else if (b) diffs.push([insertOp, b]);
  };
  // A sentence deleted in one place and inserted in another moved: it is never paired with, nor diffed
  // against, a sentence it merely sits beside (the inserted copy keeps its own characters for the
  // carry-over's search in inserted text to find).
  const deletedCodes = new Set<number>();
  const insertedCodes = new Set<number>();
  for (const [op, codes] of coarse) {
    if (op === equalOp) continue;
    const set = op === deleteOp ? deletedCodes : insertedCodes;
    for (let i = 0; i < codes.length; i++) set.add(codes.charCodeAt(i));
  }
  let deletedIds: number[] = [];
  let insertedIds: number[] = [];
  const moved = (id: number): boolean => deletedCodes.has(id) && insertedCodes.has(id);
  const flush = (): void => {
    const pairs = pairSentences(
      deleted,
      insertedText,
      (i) => moved(deletedIds[i]!),
      (j) => moved(insertedIds[j]!),
    );
    for (const pair of pairs) {
      const oldIds = deletedIds.slice(pair.oldFrom, pair.oldTo);
      const newIds = insertedIds.slice(pair.newFrom, pair.newTo);
      const a = deleted.slice(pair.oldFrom, pair.oldTo).join('');
      const b = insertedText.slice(pair.newFrom, pair.newTo).join('');
      const paired = pair.oldTo - pair.oldFrom === 1 && pair.newTo - pair.newFrom === 1 && pair.paired;
      if (!paired && (oldIds.some(moved) || newIds.some(moved))) {
        if (a) diffs.push([deleteOp, a]);
        if (b) diffs.push([insertOp, b]);
      } else charDiff(a, b, paired ? 0 : minSharedUnpaired);
    }
    deleted = [];
    insertedText = [];
    deletedIds = [];
    insertedIds = [];
  };
  const decodeList = (codes: string): string[] =>
    Array.from(codes, (code) => encoded.tokens[code.charCodeAt(0)]!);
  const idList = (codes: string): number[] => Array.from(codes, (code) => code.charCodeAt(0));
  for (const [op, codes] of coarse) {
    if (op === deleteOp) {
      deleted.push(...decodeList(codes));
      deletedIds.push(...idList(codes));
    } else if (op === insertOp) {
      insertedText.push(...decodeList(codes));
      insertedIds.push(...idList(codes));
    } else {
      flush();
      diffs.push([equalOp, decode(codes)]);
    }
  }
  flush();
  // Sentences are paired before their characters are diffed, and each pair's short stray equalities
  // are folded (dropStrayEqualities). dmp's diff_cleanupSemantic is not used: it cascades, and on a
  // paragraph with edits every few words it swallows whole sentences that survived.
  mergeAdjacent(diffs);
  return diffs;
}

/**
 * dmp's semantic cleanup only weighs the edits right next to an equality, so a few shared characters
 * between a moved paragraph and a one-character edit survive it ("ent" of "per cent"), cutting the
 * moved paragraph's insertion in two. An equality of up to 8 characters beside an edit four times its
 * length is turned into a deletion plus an insertion.
 */
function dropStrayEqualities(diffs: Diff[]): void {
  // Decide on the diff as it is, then convert: deciding while converting would cascade, each dropped
  // equality making the edits around the next one look bigger.
  const stray: number[] = [];
  for (let k = 1; k < diffs.length - 1; k++) {
    const [op, text] = diffs[k]!;
    if (op !== equalOp || text.length > 8) continue;
    let before = 0;
    for (let b = k - 1; b >= 0 && diffs[b]![0] !== equalOp; b--) before += diffs[b]![1].length;
    let after = 0;
    for (let a = k + 1; a < diffs.length && diffs[a]![0] !== equalOp; a++) after += diffs[a]![1].length;
    if (Math.max(before, after) >= text.length * 4) stray.push(k);
  }
  for (let i = stray.length - 1; i >= 0; i--) {
    const k = stray[i]!;
    const text = diffs[k]![1];
    diffs.splice(k, 1, [deleteOp, text], [insertOp, text]);
  }
}

/**
 * Joins neighbouring edits of the same kind, deletions before insertions. Not dmp's diff_cleanupMerge:
 * its sideways shifts can slide an edit over a whole surviving sentence.
 */
function mergeAdjacent(diffs: Diff[]): void {
  const out: Diff[] = [];
  let deleted = '';
  let added = '';
  const flush = (): void => {
    if (deleted) out.push([deleteOp, deleted]);
    if (added) out.push([insertOp, added]);
    deleted = '';
    added = '';
  };
  for (const [op, text] of diffs) {
    if (op === deleteOp) deleted += text;
    else if (op === insertOp) added += text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last && last[0] === equalOp) last[1] += text;
      else out.push([equalOp, text]);
    }
  }
  flush();
  diffs.splice(0, diffs.length, ...out);
}

/** Diffs the two texts (see `diffTexts`) and indexes the shared runs. */
export function buildDiffMap(oldText: string, newText: string, timeoutSeconds = 2): DiffMap {
  const diffs = diffTexts(oldText, newText, timeoutSeconds);
  const runs: SharedRun[] = [];
  let oldPos = 0;
  let newPos = 0;
  for (const [op, text] of diffs) {
    if (op === equalOp) {
      runs.push({ oldStart: oldPos, newStart: newPos, length: text.length });
      oldPos += text.length;
      newPos += text.length;
    } else if (op === deleteOp) oldPos += text.length;
    else newPos += text.length;
  }
  return { runs, oldLength: oldText.length, newLength: newText.length };
}

/** Index of the last run whose `key` start is ≤ `offset`, or -1. */
function runAtOrBefore(runs: readonly SharedRun[], offset: number, key: 'oldStart' | 'newStart'): number {
  let lo = 0;
  let hi = runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]![key] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * New offset of old offset `offset`. Inside a shared run the answer is exact; inside a deleted stretch
 * it is the new position where the deletion happened (`bias` 'after' takes the end of any insertion
 * made there, 'before' its start).
 */
export function mapOldToNew(map: DiffMap, offset: number, bias: 'before' | 'after' = 'before'): number {
  const k = runAtOrBefore(map.runs, offset, 'oldStart');
  if (k < 0) {
    // Inside text deleted from the very start of the old draft.
    const first = map.runs[0];
    return bias === 'after' ? (first?.newStart ?? map.newLength) : 0;
  }
  const run = map.runs[k]!;
  const within = offset - run.oldStart;
  if (within < run.length || (within === run.length && bias === 'before')) return run.newStart + within;
  // Between this run and the next: deleted text, maybe replaced by inserted text.
  const next = map.runs[k + 1];
  if (bias === 'after') return next ? next.newStart : map.newLength;
  return run.newStart + run.length;
}

/** Old offset of new offset `offset`, or -1 when that character was inserted. */
export function mapNewToOld(map: DiffMap, offset: number): number {
  const k = runAtOrBefore(map.runs, offset, 'newStart');
  if (k < 0) return -1;
  const run = map.runs[k]!;
  const within = offset - run.newStart;
  return within < run.length ? run.oldStart + within : -1;
}

/**
 * Of the new range [start, end): how many characters came from old [ownStart, ownEnd) (`own`), how many
 * from elsewhere in the old text (`foreign`), and how many were inserted. O(log n + runs overlapped).
 */
export function ownership(
  map: DiffMap,
  start: number,
  end: number,
  ownStart: number,
  ownEnd: number,
): { own: number; foreign: number; inserted: number } {
  let own = 0;
  let foreign = 0;
  let k = Math.max(0, runAtOrBefore(map.runs, start, 'newStart'));
  for (; k < map.runs.length; k++) {
    const run = map.runs[k]!;
    if (run.newStart >= end) break;
    const a = Math.max(start, run.newStart);
    const b = Math.min(end, run.newStart + run.length);
    if (b <= a) continue;
    const oldA = run.oldStart + (a - run.newStart);
    const oldB = oldA + (b - a);
    const inside = Math.max(0, Math.min(oldB, ownEnd) - Math.max(oldA, ownStart));
    own += inside;
    foreign += b - a - inside;
  }
  return { own, foreign, inserted: end - start - own - foreign };
}

/** New ranges that hold inserted text (no old origin), in order, merged. */
export function insertedRanges(map: DiffMap): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let pos = 0;
  for (const run of map.runs) {
    if (run.newStart > pos) ranges.push({ start: pos, end: run.newStart });
    pos = run.newStart + run.length;
  }
  if (pos < map.newLength) ranges.push({ start: pos, end: map.newLength });
  return ranges;
}
