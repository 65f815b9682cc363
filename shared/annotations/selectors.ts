/**
 * Selector creation and resolution on a version's plain text (W3C TextPositionSelector +
 * TextQuoteSelector). Resolution falls back in order, as the Hypothesis client does: the exact quote at
 * the stored position, then the exact occurrence of the quote nearest to it (context that matches the
 * stored prefix/suffix wins over distance), else not found — an orphan the caller keeps and lists.
 * Fuzzy carry-over to a changed draft belongs to the re-anchoring module, not here.
 */
import { quoteContextLength, type AnnotationTarget } from './model';

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Builds the target for `text.slice(start, end)`, with up to 32 characters of context on each side. */
export function createTarget(text: string, start: number, end: number): AnnotationTarget {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new RangeError(
      `Range ${start}..${end} is not a non-empty range in a text of length ${text.length}`,
    );
  }
  let prefixStart = Math.max(0, start - quoteContextLength);
  // Never cut a surrogate pair in half: a lone surrogate would not survive JSON round trips intact.
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + quoteContextLength);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}

/** How a target was found: at its stored position, or by its quote elsewhere. */
export type ResolveMethod = 'position' | 'quote';

export interface ResolvedRange {
  start: number;
  end: number;
  method: ResolveMethod;
}

/** Number of characters at the end of `a` that equal the end of `b`. */
function commonSuffixLength(a: string, b: string): number {
  let count = 0;
  while (count < a.length && count < b.length && a[a.length - 1 - count] === b[b.length - 1 - count]) count++;
  return count;
}

/** Number of characters at the start of `a` that equal the start of `b`. */
function commonPrefixLength(a: string, b: string): number {
  let count = 0;
  while (count < a.length && count < b.length && a[count] === b[count]) count++;
  return count;
}

/** How well the text around `start` matches the stored context, 0 (none) to 1 (all of it). */
function contextScore(text: string, target: AnnotationTarget, start: number): number {
  const wanted = target.prefix.length + target.suffix.length;
  if (wanted === 0) return 0;
  const end = start + target.exact.length;
  const before = text.slice(Math.max(0, start - target.prefix.length), start);
  const after = text.slice(end, end + target.suffix.length);
  return (commonSuffixLength(before, target.prefix) + commonPrefixLength(after, target.suffix)) / wanted;
}

/**
 * Finds `target` in `text`. Returns null when the quote occurs nowhere (the annotation is an orphan).
 * Cost: one `indexOf` scan of the text plus a context comparison per occurrence; well under a
 * millisecond per target on a 1 MB text unless the quote is extremely common.
 */
export function resolveTarget(text: string, target: AnnotationTarget): ResolvedRange | null {
  const { start, exact } = target;
  if (exact.length === 0) return null;
  if (start >= 0 && start + exact.length <= text.length && text.startsWith(exact, start)) {
    return { start, end: start + exact.length, method: 'position' };
  }
  let best = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let found = text.indexOf(exact); found !== -1; found = text.indexOf(exact, found + 1)) {
    const score = contextScore(text, target, found);
    const distance = Math.abs(found - start);
    // Context first (a full context match is the same sentence), then closeness to the old position.
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = found;
      bestScore = score;
      bestDistance = distance;
    }
  }
  if (best === -1) return null;
  return { start: best, end: best + exact.length, method: 'quote' };
}

/** Resolves many targets; results line up with the input (null = orphan). */
export function resolveTargets(text: string, targets: readonly AnnotationTarget[]): (ResolvedRange | null)[] {
  return targets.map((target) => resolveTarget(text, target));
}
