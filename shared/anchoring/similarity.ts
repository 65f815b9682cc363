/**
 * How alike two short texts are, for fuzzy carry-over: 1 − Levenshtein distance / longer length, with
 * the distance taken from a diff-match-patch diff (fast on sentence-sized strings).
 */
import DiffMatchPatch from 'diff-match-patch';

const dmp = new DiffMatchPatch();
// Sentences are short; a tiny budget keeps a pathological pair from stalling a carry of 1,000 items.
dmp.Diff_Timeout = 0.05;

/**
 * No time limit for sentence-sized pairs (well under a millisecond each), so that a loaded machine never
 * changes a score; the 50 ms budget is for long ones only.
 */
const budgetFor = (a: string, b: string): number => (a.length * b.length <= 250_000 ? 0 : 0.05);

/** Similarity in [0, 1]; 1 when equal, 0 when nothing is shared or one side is empty. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0 || a.length === 0 || b.length === 0) return 0;
  dmp.Diff_Timeout = budgetFor(a, b);
  const distance = dmp.diff_levenshtein(dmp.diff_main(a, b, false));
  return Math.max(0, 1 - distance / longer);
}

/** Share of `quote`'s characters that appear, in order, in `text` (1 when all of it is still there). */
export function containment(quote: string, text: string): number {
  if (quote.length === 0) return 0;
  dmp.Diff_Timeout = budgetFor(quote, text);
  let kept = 0;
  for (const [op, part] of dmp.diff_main(quote, text, false)) if (op === 0) kept += part.length;
  return kept / quote.length;
}

/** Number of characters at the end of `a` that equal the end of `b`. */
export function commonSuffixLength(a: string, b: string): number {
  let count = 0;
  while (count < a.length && count < b.length && a[a.length - 1 - count] === b[b.length - 1 - count]) count++;
  return count;
}

/** Number of characters at the start of `a` that equal the start of `b`. */
export function commonPrefixLength(a: string, b: string): number {
  let count = 0;
  while (count < a.length && count < b.length && a[count] === b[count]) count++;
  return count;
}

/**
 * Where `offset` of `pattern` lands in `text` after aligning the two with a diff (dmp `diff_xIndex`):
 * used to find a quote's new boundaries inside a window that holds it with its context.
 */
export function alignOffset(pattern: string, text: string, offsets: readonly number[]): number[] {
  dmp.Diff_Timeout = budgetFor(pattern, text);
  const diffs = dmp.diff_main(pattern, text, false);
  return offsets.map((offset) => dmp.diff_xIndex(diffs, offset));
}
