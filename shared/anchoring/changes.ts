/**
 * What changed between two versions of a document, for the changes view: paragraphs are diffed as
 * symbols (one character per paragraph, dmp's line mode) on the anchored backbone of ./anchored-diff.ts;
 * inside a stretch of replaced paragraphs each old paragraph is paired with the new one it became
 * (./block-pairing.ts) and diffed within — word by word for English, character by character for
 * Chinese. A paragraph deleted in one place and inserted (as is or lightly edited) in another is a move,
 * not a deletion plus an insertion.
 */
import DiffMatchPatch from 'diff-match-patch';
import { anchoredDiff } from './anchored-diff';
import { pairSentences } from './block-pairing';
import { bigrams, diceOf } from './dice';

export type PartOp = -1 | 0 | 1;

/** A piece of an edited paragraph: kept (0), deleted (-1, offsets in the old text) or inserted (1, in the new). */
export interface ChangePart {
  op: PartOp;
  text: string;
  /** Offset of `text` in the old text (op -1 or 0) or the new text (op 1). */
  at: number;
}

export type ChangeKind = 'equal' | 'insert' | 'delete' | 'edit' | 'move-from' | 'move-to';

export interface Span {
  start: number;
  end: number;
}

export interface ChangeRow {
  kind: ChangeKind;
  /** The paragraph in the old text (null for insert and move-to). */
  old: Span | null;
  /** The paragraph in the new text (null for delete and move-from). */
  new: Span | null;
  /** Inline diff for edit and move-to (a moved paragraph may be edited too); else one part. */
  parts: ChangePart[];
  /** Links a move-from row to its move-to row. */
  moveId?: number;
}

interface Paragraph extends Span {
  text: string;
}

/** Non-blank lines with their offsets (blank lines and trailing spaces are not changes a reader sees). */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) paragraphs.push({ start: s, end: e, text: text.slice(s, e) });
    start = end + 1;
  }
  return paragraphs;
}

/** One symbol per distinct string (65,535 at most; past that, symbols repeat and only cost precision). */
function encodeAll(lists: string[][]): string[] {
  const ids = new Map<string, number>();
  return lists.map((list) => {
    const codes: string[] = [];
    for (const item of list) {
      let id = ids.get(item);
      if (id === undefined) {
        id = ids.size + 1;
        ids.set(item, id);
      }
      codes.push(String.fromCharCode(id % 0xffff));
    }
    return codes.join('');
  });
}

/**
 * Inline tokens: each Han (or kana/hangul) character alone, so Chinese is compared character by
 * character; a number with its decimal point as one; a Latin word as one; runs of spaces; any other
 * character alone.
 */
const tokenPattern =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}'’]+|\s+|./gsu;

export function inlineTokens(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

/** Word-level (English) / character-level (Chinese) diff of two paragraphs, via the linesToChars trick. */
export function inlineDiff(
  dmp: DiffMatchPatch,
  oldText: string,
  oldAt: number,
  newText: string,
  newAt: number,
): ChangePart[] {
  // Most of an edited paragraph is unchanged: only what lies between the common start and end is
  // tokenised and diffed (the slowest part of opening the view on long drafts).
  const [head, tail] = commonEnds(oldText, newText);
  const a = inlineTokens(oldText.slice(head, oldText.length - tail));
  const b = inlineTokens(newText.slice(head, newText.length - tail));
  const [ea, eb] = encodeAll([a, b]) as [string, string];
  const diffs = dmp.diff_main(ea, eb, false);
  dmp.diff_cleanupSemantic(diffs);
  const parts: ChangePart[] = [];
  if (head > 0) parts.push({ op: 0, text: oldText.slice(0, head), at: oldAt });
  let ia = 0;
  let ib = 0;
  let oa = oldAt + head;
  let ob = newAt + head;
  for (const [op, symbols] of diffs) {
    const n = symbols.length;
    const text = (op === 1 ? b.slice(ib, ib + n) : a.slice(ia, ia + n)).join('');
    parts.push({ op: op as PartOp, text, at: op === 1 ? ob : oa });
    if (op !== 1) {
      ia += n;
      oa += text.length;
    }
    if (op !== -1) {
      ib += n;
      ob += text.length;
    }
  }
  if (tail > 0) parts.push({ op: 0, text: oldText.slice(oldText.length - tail), at: oa });
  return parts;
}

/** Characters that could belong to one inline token with their neighbour (see `tokenPattern`). */
const joinable = /[\p{L}\p{M}\p{N}'’.,\s]/u;
const han = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether a token boundary can fall between `text[at - 1]` and `text[at]`. */
function boundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  const before = text[at - 1]!;
  const after = text[at]!;
  if (han.test(before) && han.test(after)) return true;
  return !(joinable.test(before) && joinable.test(after));
}

/** Lengths of the common start and end of `a` and `b`, cut back to token boundaries, not overlapping. */
function commonEnds(a: string, b: string): [number, number] {
  const limit = Math.min(a.length, b.length);
  let head = 0;
  while (head < limit && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  while (head > 0 && !(boundary(a, head) && boundary(b, head))) head--;
  let tail = 0;
  while (tail < limit - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail))
    tail++;
  while (tail > 0 && !(boundary(a, a.length - tail) && boundary(b, b.length - tail))) tail--;
  return [head, tail];
}

/** Lowest bigram similarity for an edited paragraph elsewhere to count as moved. */
const minMoveSimilarity = 0.7;
/** Above this many deleted × inserted paragraphs, only verbatim moves are looked for. */
const maxFuzzyMovePairs = 40_000;

/** The rows of the changes view, in reading order (deleted paragraphs where they stood). */
export function diffDocuments(oldText: string, newText: string): ChangeRow[] {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  const olds = splitParagraphs(oldText);
  const news = splitParagraphs(newText);
  const [ea, eb] = encodeAll([olds.map((p) => p.text), news.map((p) => p.text)]) as [string, string];
  const diffs = anchoredDiff(dmp, ea, eb);
  const rows: ChangeRow[] = [];
  let io = 0;
  let inew = 0;
  const whole = (op: PartOp, p: Paragraph): ChangePart[] => [{ op, text: p.text, at: p.start }];
  const flushStretch = (oldFrom: number, oldTo: number, newFrom: number, newTo: number): void => {
    const dOld = olds.slice(oldFrom, oldTo);
    const dNew = news.slice(newFrom, newTo);
    for (const pair of pairSentences(
      dOld.map((p) => p.text),
      dNew.map((p) => p.text),
    )) {
      const o = dOld[pair.oldFrom];
      const n = dNew[pair.newFrom];
      // pairSentences also returns the unpaired runs between pairs (paired false).
      const paired = pair.paired;
      if (paired && o && n) {
        rows.push({ kind: 'edit', old: o, new: n, parts: inlineDiff(dmp, o.text, o.start, n.text, n.start) });
        continue;
      }
      for (const o of dOld.slice(pair.oldFrom, pair.oldTo))
        rows.push({ kind: 'delete', old: o, new: null, parts: whole(-1, o) });
      for (const n of dNew.slice(pair.newFrom, pair.newTo))
        rows.push({ kind: 'insert', old: null, new: n, parts: whole(1, n) });
    }
  };
  let stretchOld = 0;
  let stretchNew = 0;
  for (const [op, symbols] of diffs) {
    if (op === 0) {
      flushStretch(stretchOld, io, stretchNew, inew);
      for (let k = 0; k < symbols.length; k++) {
        const o = olds[io++]!;
        const n = news[inew++]!;
        rows.push({ kind: 'equal', old: o, new: n, parts: whole(0, o) });
      }
      stretchOld = io;
      stretchNew = inew;
    } else if (op === -1) io += symbols.length;
    else inew += symbols.length;
  }
  flushStretch(stretchOld, io, stretchNew, inew);
  findMoves(dmp, rows, oldText, newText);
  return rows;
}

/** Turns a deleted paragraph and an inserted one with the same (or nearly the same) text into a move. */
function findMoves(dmp: DiffMatchPatch, rows: ChangeRow[], oldText: string, newText: string): void {
  const deleted = rows.filter((r) => r.kind === 'delete');
  const inserted = rows.filter((r) => r.kind === 'insert');
  let moveId = 0;
  const pair = (from: ChangeRow, to: ChangeRow): void => {
    moveId++;
    from.kind = 'move-from';
    from.moveId = moveId;
    to.kind = 'move-to';
    to.moveId = moveId;
    const o = from.old!;
    const n = to.new!;
    const a = oldText.slice(o.start, o.end);
    const b = newText.slice(n.start, n.end);
    if (a !== b) to.parts = inlineDiff(dmp, a, o.start, b, n.start);
    else to.parts = [{ op: 0, text: b, at: o.start }];
  };
  const byText = new Map<string, ChangeRow[]>();
  for (const r of inserted) {
    const key = newText.slice(r.new!.start, r.new!.end);
    byText.set(key, [...(byText.get(key) ?? []), r]);
  }
  const left: ChangeRow[] = [];
  for (const r of deleted) {
    const same = byText.get(oldText.slice(r.old!.start, r.old!.end));
    const to = same?.shift();
    if (to) pair(r, to);
    else left.push(r);
  }
  const open = inserted.filter((r) => r.kind === 'insert');
  if (left.length * open.length > maxFuzzyMovePairs) return;
  // Each inserted paragraph's bigrams once, not once per deleted paragraph it is weighed against.
  const openGrams = new Map(open.map((r) => [r, bigrams(newText.slice(r.new!.start, r.new!.end))]));
  for (const from of left) {
    const a = oldText.slice(from.old!.start, from.old!.end);
    // Short lines (headings, list labels) recur too easily to be recognised after an edit.
    if (a.length < 12) continue;
    const grams = bigrams(a);
    let best: ChangeRow | null = null;
    let bestScore = minMoveSimilarity;
    for (const to of open) {
      if (to.kind !== 'insert') continue;
      // Dice can reach 0.7 only if the lengths are within a factor of 1.7/0.3 ≈ 5.7 of each other.
      const other = openGrams.get(to)!;
      if (Math.min(grams.size, other.size) * 2 < bestScore * (grams.size + other.size)) continue;
      const score = diceOf(grams, other);
      if (score >= bestScore) {
        bestScore = score;
        best = to;
      }
    }
    if (best) pair(from, best);
  }
}

/** An annotation as the changes view needs it: where it sits on its own version, and whether it is a figure check. */
export interface MarkedAnnotation {
  id: string;
  start: number;
  end: number;
  figure: boolean;
}

export interface ChangeMarks {
  /** Annotation ids (of either version) that sit on text this row changed. */
  annotationIds: string[];
  /** The change touches a figure: a number in the changed text, or a figure check on it. */
  figure: boolean;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const hasNumber = /\p{N}/u;

/** The changed spans of a row: on the old text and on the new text. */
function changedSpans(row: ChangeRow): { old: Span[]; new: Span[] } {
  if (row.kind === 'delete' || row.kind === 'move-from') return { old: [row.old!], new: [] };
  if (row.kind === 'insert') return { old: [], new: [row.new!] };
  if (row.kind === 'equal') return { old: [], new: [] };
  const spans = { old: [] as Span[], new: [] as Span[] };
  // A moved paragraph is changed as a whole (its place), an edited one only where its parts differ.
  if (row.kind === 'move-to') spans.new.push(row.new!);
  for (const p of row.parts) {
    const span = { start: p.at, end: p.at + p.text.length };
    if (p.op === -1) spans.old.push(span);
    if (p.op === 1 && row.kind === 'edit') spans.new.push(span);
  }
  return spans;
}

/** For each row, the annotations on its changed text (old-version ones on old text, new-version ones on new). */
export function markChanges(
  rows: readonly ChangeRow[],
  oldText: string,
  newText: string,
  oldAnnotations: readonly MarkedAnnotation[],
  newAnnotations: readonly MarkedAnnotation[],
): ChangeMarks[] {
  const byStart = (list: readonly MarkedAnnotation[]) => [...list].sort((x, y) => x.start - y.start);
  const olds = byStart(oldAnnotations);
  const news = byStart(newAnnotations);
  const touching = (list: MarkedAnnotation[], span: Span): MarkedAnnotation[] => {
    // Annotations are few beside paragraphs; a binary search keeps 1,000 × 10,000 rows cheap.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < span.end) lo = mid + 1;
      else hi = mid;
    }
    const found: MarkedAnnotation[] = [];
    for (let k = lo - 1; k >= 0 && k >= lo - 64; k--) if (overlaps(list[k]!, span)) found.push(list[k]!);
    return found;
  };
  return rows.map((row) => {
    const spans = changedSpans(row);
    const hits = new Map<string, MarkedAnnotation>();
    for (const s of spans.old) for (const a of touching(olds, s)) hits.set(a.id, a);
    for (const s of spans.new) for (const a of touching(news, s)) hits.set(a.id, a);
    const changedText =
      spans.old.map((s) => oldText.slice(s.start, s.end)).join('') +
      spans.new.map((s) => newText.slice(s.start, s.end)).join('');
    return {
      annotationIds: [...hits.keys()],
      figure: hasNumber.test(changedText) || [...hits.values()].some((a) => a.figure),
    };
  });
}
