/**
 * Diff of two symbol strings (one character per sentence, see ./diff-map.ts) anchored on symbols that
 * occur exactly once in each (as patience diff does): the longest increasing run of such shared unique
 * symbols splits both sides into short gaps, and diff-match-patch diffs only the gaps. On a 1 MB draft
 * with edits in most paragraphs this is several times faster than one dmp diff of the whole sequence,
 * whose cost grows with length × number of edits.
 */
import type DiffMatchPatch from 'diff-match-patch';

type Diff = [number, string];

/** Indices into `pairs` of a longest run increasing in `b` (pairs come sorted by `a`). */
function longestIncreasing(pairs: readonly { a: number; b: number }[]): number[] {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const b = pairs[k]!.b;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]!.b < b) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const run: number[] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!) run.push(k);
  return run.reverse();
}

export function anchoredDiff(dmp: DiffMatchPatch, a: string, b: string): Diff[] {
  const count = new Map<number, { inA: number; inB: number; at: number; bt: number }>();
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    const entry = count.get(c) ?? { inA: 0, inB: 0, at: i, bt: -1 };
    entry.inA++;
    count.set(c, entry);
  }
  for (let j = 0; j < b.length; j++) {
    const entry = count.get(b.charCodeAt(j));
    if (entry) {
      entry.inB++;
      entry.bt = j;
    }
  }
  const pairs: { a: number; b: number }[] = [];
  for (const entry of count.values())
    if (entry.inA === 1 && entry.inB === 1) pairs.push({ a: entry.at, b: entry.bt });
  pairs.sort((x, y) => x.a - y.a);
  const anchors = longestIncreasing(pairs).map((k) => pairs[k]!);
  const diffs: Diff[] = [];
  let ia = 0;
  let ib = 0;
  const gap = (toA: number, toB: number): void => {
    if (toA > ia || toB > ib)
      diffs.push(...(dmp.diff_main(a.slice(ia, toA), b.slice(ib, toB), false) as Diff[]));
  };
  for (const anchor of anchors) {
    gap(anchor.a, anchor.b);
    diffs.push([0, a[anchor.a]!]);
    ia = anchor.a + 1;
    ib = anchor.b + 1;
  }
  gap(a.length, b.length);
  // Join runs of the same operation so callers see one equality per stretch.
  const merged: Diff[] = [];
  for (const d of diffs) {
    const last = merged[merged.length - 1];
    if (last && last[0] === d[0]) last[1] += d[1];
    else merged.push([d[0], d[1]]);
  }
  return merged;
}
