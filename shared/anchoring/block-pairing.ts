/**
 * Inside a stretch the sentence-level diff replaced (some old sentences out, some new ones in), pairs
 * each old sentence with the new sentence it became, in order, before diffing characters. Diffing the
 * whole stretch at once lets characters of one deleted sentence line up with those of an unrelated
 * inserted one ("4.7 per cent" with "44.1 per cent"), which would then look like surviving text.
 */
import { diceOf, sentenceGrams } from './dice';

export interface BlockPair {
  /** Old sentences [oldFrom, oldTo) became new sentences [newFrom, newTo). Either side may be empty. */
  oldFrom: number;
  oldTo: number;
  newFrom: number;
  newTo: number;
  /** One old sentence paired with the new one it became (false for the unpaired runs between pairs). */
  paired: boolean;
}

/** Lowest bigram similarity for two sentences to count as one sentence edited. */
const minPairSimilarity = 0.5;

/**
 * Monotone pairing of `olds` with `news` maximising total similarity (a small LCS-style dynamic
 * programme; stretches are a few sentences). Returns the stretch cut into pairs and unpaired runs.
 */
export function pairSentences(
  olds: readonly string[],
  news: readonly string[],
  oldMoved: (i: number) => boolean = () => false,
  newMoved: (j: number) => boolean = () => false,
): BlockPair[] {
  const m = olds.length;
  const n = news.length;
  // One sentence for one (most edits): alike when their common start and end make up half of the
  // longer, without building grams; else scored like any other.
  if (
    m === 1 &&
    n === 1 &&
    !oldMoved(0) &&
    !newMoved(0) &&
    sharedEnds(olds[0]!, news[0]!) * 2 >= Math.max(olds[0]!.length, news[0]!.length)
  )
    return [{ oldFrom: 0, oldTo: 1, newFrom: 0, newTo: 1, paired: true }];
  // Large stretches (a rewritten section) are left whole: pairing them would cost m × n scores.
  if (m * n > 2500) return [{ oldFrom: 0, oldTo: m, newFrom: 0, newTo: n, paired: false }];
  // Each sentence's grams once, not once per pair.
  const oldGrams = olds.map(sentenceGrams);
  const newGrams = news.map(sentenceGrams);
  const score = (i: number, j: number): number => {
    if (oldMoved(i) || newMoved(j)) return -1;
    const s = diceOf(oldGrams[i]!, newGrams[j]!);
    return s >= minPairSimilarity ? s : -1;
  };
  const best = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
  const pairScore = Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => score(i, j)));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      const s = pairScore[i]![j]!;
      best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, s > 0 ? s + best[i + 1]![j + 1]! : 0);
    }
  }
  const pairs: BlockPair[] = [];
  let i = 0;
  let j = 0;
  let oldRun = 0;
  let newRun = 0;
  const flush = (): void => {
    if (i > oldRun || j > newRun)
      pairs.push({ oldFrom: oldRun, oldTo: i, newFrom: newRun, newTo: j, paired: false });
  };
  while (i < m && j < n) {
    const s = pairScore[i]![j]!;
    if (s > 0 && best[i]![j] === s + best[i + 1]![j + 1]!) {
      flush();
      pairs.push({ oldFrom: i, oldTo: i + 1, newFrom: j, newTo: j + 1, paired: true });
      i++;
      j++;
      oldRun = i;
      newRun = j;
    } else if (best[i + 1]![j]! >= best[i]![j + 1]!) i++;
    else j++;
  }
  i = m;
  j = n;
  flush();
  return pairs;
}

/** Length of the common start plus the common end of `a` and `b` (not overlapping). */
function sharedEnds(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let head = 0;
  while (head < limit && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < limit - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail))
    tail++;
  return head + tail;
}
