/**
 * Carrying annotations from one draft to the next, on plain text. One diff-match-patch diff of the two
 * texts is the backbone (./diff-map.ts); each annotation then falls through four stages, in order:
 *
 * 1. position: the exact quote where the diff maps its old offset (and those characters really came
 *    from it). Same context too → `exact`; changed context → `moved`, for the reviewer to confirm.
 * 2. quote: the exact quote inside text the new draft inserted (a moved passage), chosen by context;
 *    a short quote needs matching context, because a phrase that occurs again is not the same phrase.
 * 3. fuzzy: the text changed. First in place — the diff maps the quote's boundaries, and what lies
 *    between is scored against the old quote — then inside inserted text, found by several seeds of
 *    quote and context that must agree, and aligned with a diff of quote-plus-context. Whether a
 *    candidate is accepted: ./fuzzy-accept.ts.
 * 4. orphan.
 *
 * Figure checks only ever land on a figure (shared/figures detect): the same figure text, or a
 * different figure standing where the diff puts the old one with its context around it — a value
 * change. Characters another passage owns are never taken (see `ownership`).
 */
import { detectFigures } from '../figures/detect';
import { createTarget } from '../annotations/selectors';
import type { AnnotationTarget } from '../annotations/model';
import { mapNewToOld, mapOldToNew, ownership } from './diff-map';
import { findInInserted } from './inserted-index';
import { byLine } from './line-match';
import {
  evidenceKept,
  mappedRange,
  prepareCarry,
  sameContext,
  trim,
  type CarryContext,
  type CarryOptions,
  type Place,
} from './carry-context';
import { figureAt, sentenceAlike, strongContext } from './figure-place';
import { alignOffset, similarity } from './similarity';
import { acceptFuzzy, wordPattern } from './fuzzy-accept';
import type { CarryInput, CarryResult } from './types';

export { mappedRange, prepareCarry, type CarryContext, type CarryOptions } from './carry-context';
export { figureAt } from './figure-place';

/** Carries every input; results come back in input order, one each. */
export function carryAnnotations(
  oldText: string,
  newText: string,
  inputs: readonly CarryInput[],
  options: CarryOptions = {},
): CarryResult[] {
  const context = prepareCarry(oldText, newText, options);
  return inputs.map((input) => carryOne(context, input, options));
}

/** Stage 1: the exact quote at its mapped position, made of its own characters. */
export function atPosition(context: CarryContext, target: AnnotationTarget): Place | null {
  const start = mapOldToNew(context.map, target.start, 'before');
  const length = target.exact.length;
  if (!context.newText.startsWith(target.exact, start)) return null;
  const own = ownership(context.map, start, start + length, target.start, target.end);
  return own.own * 2 >= length ? { start, end: start + length } : null;
}

/** Whether [start, end) is a whole line of `text` (line breaks or the text's ends on both sides). */
function isLine(text: string, start: number, end: number): boolean {
  return (start === 0 || text[start - 1] === '\n') && (end === text.length || text[end] === '\n');
}

function occursOnce(text: string, quote: string): boolean {
  const first = text.indexOf(quote);
  return first >= 0 && text.indexOf(quote, first + 1) < 0;
}

/** Stage 2: the exact quote in inserted text, with enough matching context (or long and unique). */
export function byQuote(context: CarryContext, target: AnnotationTarget): Place | null {
  const length = target.exact.length;
  const hits = findInInserted(context.inserted, target.exact, 64);
  if (hits.length === 0) return null;
  const mapped = mapOldToNew(context.map, target.start, 'before');
  let best: Place | null = null;
  let bestKept = -1;
  let bestDistance = Infinity;
  for (const start of hits) {
    const place = { start, end: start + length };
    const kept = evidenceKept(context.newText, place, target);
    const total = kept.before + kept.after;
    const distance = Math.abs(start - mapped);
    if (total > bestKept || (total === bestKept && distance < bestDistance)) {
      best = place;
      bestKept = total;
      bestDistance = distance;
    }
  }
  const available = target.prefix.length + target.suffix.length;
  if (best && bestKept >= Math.min(10, available)) return best;
  // Without context, only a quote found once in each draft may follow its passage, and only one long
  // enough to mean something (eight CJK characters, 24 Latin ones: a few words).
  const cjk = /[\u3400-\u9fff]/.test(target.exact);
  if (!best || hits.length !== 1 || length < (cjk ? 8 : 24)) return null;
  return occursOnce(context.oldText, target.exact) && occursOnce(context.newText, target.exact) ? best : null;
}

/**
 * Seeds (short substrings) of the quote, densely, and of its context, searched in inserted text; returns
 * the quote start that at least two different seeds agree on, or null.
 */
export function bySeeds(
  context: CarryContext,
  target: AnnotationTarget,
): { estimate: number; seeds: number } | null {
  const { prefix, exact, suffix } = target;
  const seedLength = Math.min(10, Math.max(4, Math.floor(exact.length / 3)));
  const contextSeedLength = 8;
  const seeds: number[] = [];
  // Offsets into prefix + exact + suffix: every half seed across the quote, every seed across context.
  const quoteStride = Math.max(1, Math.floor(seedLength / 2));
  const quoteSeeds = Math.max(1, Math.floor((exact.length - seedLength) / quoteStride) + 1);
  const quoteStep = quoteSeeds > 24 ? (exact.length - seedLength) / 23 : quoteStride;
  for (let k = 0; k < Math.min(24, quoteSeeds); k++) seeds.push(prefix.length + Math.floor(k * quoteStep));
  const contextSeeds: number[] = [];
  for (let at = 0; at + contextSeedLength <= prefix.length; at += contextSeedLength) contextSeeds.push(at);
  const suffixAt = prefix.length + exact.length;
  for (let at = suffixAt; at + contextSeedLength <= suffixAt + suffix.length; at += contextSeedLength)
    contextSeeds.push(at);
  const full = prefix + exact + suffix;
  const votes: { estimate: number; seed: number }[] = [];
  const all = [
    ...seeds.map((at) => ({ at, length: seedLength })),
    ...contextSeeds.map((at) => ({ at, length: contextSeedLength })),
  ];
  for (const { at, length } of all) {
    const seed = full.slice(at, at + length);
    if (seed.length < length || seed.trim().length < length * 0.6) continue;
    const hits = findInInserted(context.inserted, seed, 4);
    // A seed that occurs often says nothing about where this passage went.
    if (hits.length === 0 || hits.length > 3) continue;
    for (const hit of hits) votes.push({ estimate: hit - (at - prefix.length), seed: at });
  }
  if (votes.length < 2) return null;
  votes.sort((a, b) => a.estimate - b.estimate);
  const tolerance = Math.max(8, Math.floor(exact.length * 0.3));
  let bestSeeds = 0;
  let bestEstimate = 0;
  for (let i = 0; i < votes.length; i++) {
    const agreeing = new Set<number>();
    let j = i;
    while (j < votes.length && votes[j]!.estimate - votes[i]!.estimate <= tolerance)
      agreeing.add(votes[j++]!.seed);
    if (agreeing.size > bestSeeds) {
      bestSeeds = agreeing.size;
      bestEstimate = votes[(i + j - 1) >> 1]!.estimate;
    }
  }
  return bestSeeds >= 2 ? { estimate: bestEstimate, seeds: bestSeeds } : null;
}

/** Aligns quote-with-context against the new text around `estimate` to find the quote's new bounds. */
export function alignNear(context: CarryContext, target: AnnotationTarget, estimate: number): Place {
  const slack = Math.max(12, Math.floor(target.exact.length * 0.3));
  const from = Math.max(0, estimate - target.prefix.length - slack);
  const to = Math.min(context.newText.length, estimate + target.exact.length + target.suffix.length + slack);
  const pattern = target.prefix + target.exact + target.suffix;
  const [a, b] = alignOffset(pattern, context.newText.slice(from, to), [
    target.prefix.length,
    target.prefix.length + target.exact.length,
  ]);
  return { start: from + a!, end: from + Math.max(a!, b!) };
}

function placed(
  context: CarryContext,
  input: CarryInput,
  place: Place,
  verdict: CarryResult['verdict'],
  stage: CarryResult['stage'],
  score: number,
): CarryResult {
  const contextChanged = verdict !== 'fuzzy' && !sameContext(context.newText, place, input.target);
  const finalVerdict = verdict === 'exact' && contextChanged ? 'moved' : verdict;
  return {
    id: input.id,
    verdict: finalVerdict,
    stage,
    target: createTarget(context.newText, place.start, place.end),
    similarity: score,
    contextChanged,
    needsConfirmation: finalVerdict === 'fuzzy' || contextChanged,
  };
}

function orphan(input: CarryInput): CarryResult {
  return {
    id: input.id,
    verdict: 'orphan',
    stage: 'none',
    target: null,
    similarity: 0,
    contextChanged: false,
    needsConfirmation: false,
  };
}

/**
 * A whole line (a heading) found once in each draft, again as a whole line, is the same heading moved,
 * even when short and its neighbours changed (headings move with their sections) and even where the
 * character diff happened to reuse its letters for something else.
 */
export function byWholeLine(context: CarryContext, target: AnnotationTarget): Place | null {
  const { exact } = target;
  if (exact.trim().length < 4 || !isLine(context.oldText, target.start, target.end)) return null;
  if (linesEqualTo(context.oldText, exact).length !== 1) return null;
  const found = linesEqualTo(context.newText, exact);
  return found.length === 1 ? { start: found[0]!, end: found[0]! + exact.length } : null;
}

/** Starts of the whole lines of `text` equal to `line` (a longer line that contains it does not count). */
function linesEqualTo(text: string, line: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1))
    if (isLine(text, at, at + line.length)) starts.push(at);
  return starts;
}

const textAt = (context: CarryContext, place: Place): string => context.newText.slice(place.start, place.end);

/** Latin words of `text` (lower-cased); none for Chinese, whose words are not spaced. */
function latinWords(text: string): string[] {
  if (/[\u3400-\u9fff]/.test(text)) return [];
  return [...text.matchAll(wordPattern)].map((m) => m[0].toLowerCase());
}

const wordCount = (quote: string): number => latinWords(quote).length;

/** How many of the quote's words `text` holds (as a multiset, order aside). */
function wordsOfQuoteIn(quote: string, text: string): number {
  const left = new Map<string, number>();
  for (const w of latinWords(text)) left.set(w, (left.get(w) ?? 0) + 1);
  let found = 0;
  for (const w of latinWords(quote)) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      found++;
      left.set(w, n - 1);
    }
  }
  return found;
}

/** Carries one annotation (see the module comment for the stages). */
export function carryOne(context: CarryContext, input: CarryInput, options: CarryOptions = {}): CarryResult {
  if (input.figure) return carryFigure(context, input);
  const { target } = input;
  const minSimilarity = options.minSimilarity ?? 0.5;
  const exact = atPosition(context, target);
  if (exact) return placed(context, input, exact, 'exact', 'position', 1);
  const moved = byQuote(context, target);
  if (moved) return placed(context, input, moved, 'moved', 'quote', 1);
  const heading = byWholeLine(context, target);
  if (heading) return placed(context, input, heading, 'moved', 'quote', 1);
  const inPlace = acceptFuzzy(context, target, mappedRange(context.map, target), minSimilarity, null);
  const candidate =
    inPlace ??
    ((): ReturnType<typeof acceptFuzzy> => {
      const found = bySeeds(context, target);
      if (!found) return null;
      const place = alignNear(context, target, found.estimate);
      return acceptFuzzy(context, target, place, minSimilarity, found.seeds);
    })();
  const lineSearch = (): Place | null =>
    byLine(
      context.oldText,
      context.lines,
      target,
      (at) => mapNewToOld(context.map, at),
      (oldLine) =>
        trim(context.newText, {
          start: mapOldToNew(context.map, oldLine.start, 'before'),
          end: mapOldToNew(context.map, oldLine.end, 'after'),
        }),
    );
  // A placement that lost some of the quote's words ("Risks and" → "Risks" in a heading stuffed with a
  // clause, where the diff lent "and" to the clause) gives way to the line it became, if that line holds
  // more of them.
  const onLine =
    !candidate || wordsOfQuoteIn(target.exact, textAt(context, candidate.place)) < wordCount(target.exact)
      ? lineSearch()
      : null;
  if (
    candidate &&
    !(
      onLine &&
      wordsOfQuoteIn(target.exact, textAt(context, onLine)) >
        wordsOfQuoteIn(target.exact, textAt(context, candidate.place))
    )
  ) {
    const same = textAt(context, candidate.place) === target.exact;
    return placed(context, input, candidate.place, same ? 'moved' : 'fuzzy', 'fuzzy', candidate.similarity);
  }
  if (onLine) {
    const text = textAt(context, onLine);
    if (text === target.exact) return placed(context, input, onLine, 'moved', 'fuzzy', 1);
    return placed(context, input, onLine, 'fuzzy', 'fuzzy', similarity(target.exact, text));
  }
  return orphan(input);
}

function carryFigure(context: CarryContext, input: CarryInput): CarryResult {
  const { target } = input;
  const oldValue = input.figure?.value ?? detectFigures(target.exact)[0]?.value ?? null;
  const unit = input.figure?.unit ?? '';
  const withFigure = (
    result: CarryResult,
    change: NonNullable<CarryResult['figure']>['change'],
    newValue: number | null,
  ): CarryResult => ({
    ...result,
    figure: {
      change,
      oldText: target.exact,
      oldValue,
      newText: result.target?.exact ?? null,
      newValue,
      unit,
    },
  });
  const exact = atPosition(context, target);
  if (exact) {
    const result = placed(context, input, exact, 'exact', 'position', 1);
    return withFigure(result, result.contextChanged ? 'reworded' : 'unchanged', oldValue);
  }
  // A figure's quote is short: it moves only with its context (byQuote insists on it).
  const moved = byQuote(context, target);
  if (moved) return withFigure(placed(context, input, moved, 'moved', 'quote', 1), 'moved', oldValue);
  let figure = figureAt(context, target, mappedRange(context.map, target), false);
  if (!figure) {
    const found = bySeeds(context, target);
    const away = found && figureAt(context, target, alignNear(context, target, found.estimate), true);
    // Moved and revised at once needs more than a shared turn of phrase around it ("… to 110 megalitres
    // a day by 2031" is not "… to 94 megalitres a day by 2040"): most of its stored context on both sides.
    if (
      away &&
      (away.value === oldValue ||
        strongContext(context.newText, away, target) ||
        sentenceAlike(context, target, away) >= 0.8)
    )
      figure = away;
  }
  if (!figure) return withFigure(orphan(input), 'deleted', null);
  const sameValue =
    oldValue !== null && figure.value === oldValue && figure.unit === (input.figure?.unit || figure.unit);
  const score = similarity(target.exact, figure.text);
  if (sameValue)
    return withFigure(placed(context, input, figure, 'fuzzy', 'fuzzy', score), 'reworded', figure.value);
  const result = placed(context, input, figure, 'fuzzy', 'fuzzy', score);
  return withFigure(
    { ...result, verdict: 'value-changed', needsConfirmation: true },
    'value-changed',
    Number.isNaN(figure.value) ? null : figure.value,
  );
}
