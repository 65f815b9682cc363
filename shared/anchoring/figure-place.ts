/**
 * Where a figure check lands on the next draft: only ever on a figure (shared/figures detect) — the
 * figure standing where the old one was, with its old neighbours beside it and no digits from
 * elsewhere; revised in place or, found away from its place, with most of its context or its sentence.
 */
import type { AnnotationTarget } from '../annotations/model';
import { detectFigures } from '../figures/detect';
import type { DetectedFigure } from '../figures/types';
import { evidenceKept, trim, type CarryContext, type Place } from './carry-context';
import { mapNewToOld, ownership } from './diff-map';
import { figureSentenceSimilarity } from './figure-sentence';

/**
 * Figures detected in a window of the new text around `place` (detection is local to a sentence). Runs
 * of spaces count as one: a draft that doubles the space in "94  megalitres" still holds the figure
 * "94 megalitres", which detection alone would miss or cut to "£295" of "£295  million".
 */
function figuresNear(text: string, place: Place, margin = 24): DetectedFigure[] {
  const from = Math.max(0, place.start - margin);
  const to = Math.min(text.length, place.end + margin);
  const window = text.slice(from, to);
  // Offsets into the window of each character kept when collapsing, and one past the end.
  const kept: number[] = [];
  let collapsed = '';
  for (let i = 0; i < window.length; i++) {
    if (window[i] === ' ' && window[i - 1] === ' ') continue;
    kept.push(i);
    collapsed += window[i];
  }
  kept.push(window.length);
  return detectFigures(collapsed).map((f) => {
    const start = from + kept[f.start]!;
    const end = from + kept[f.end - 1]! + 1;
    return { ...f, start, end, text: text.slice(start, end) };
  });
}

const isDigit = (ch: string): boolean => /[0-9\uff10-\uff19]/.test(ch);
const covers = (a: Place, b: Place): boolean => a.start <= b.start && a.end >= b.end;

/**
 * The old figure's text with only digits changed, standing at `place` ("12 to 18 per cent" → "19 to 18 per
 * cent", which detection no longer reads as a range): the same figure, revised. Its new value is what
 * detection reads in it when it reads one figure across all of it, else unknown (NaN).
 */
function sameShape(text: string, target: AnnotationTarget, place: Place): DetectedFigure | null {
  const now = text.slice(place.start, place.end);
  const was = target.exact;
  if (now.length !== was.length || now === was) return null;
  for (let i = 0; i < was.length; i++)
    if (now[i] !== was[i] && !(isDigit(now[i]!) && isDigit(was[i]!))) return null;
  const read = detectFigures(now);
  const whole = read.length === 1 && read[0]!.start === 0 && read[0]!.end === now.length ? read[0]! : null;
  return { ...place, text: now, value: whole?.value ?? Number.NaN, unit: whole?.unit ?? '' };
}

/** How alike the old figure's sentence and the candidate's are, the figures left out (./figure-sentence.ts). */
export function sentenceAlike(context: CarryContext, target: AnnotationTarget, figure: Place): number {
  return figureSentenceSimilarity(context.oldText, target, context.newText, figure);
}

/** At least 4 characters of stored context on each side of `place`, and 24 in all. */
export function strongContext(text: string, place: Place, target: AnnotationTarget): boolean {
  const kept = evidenceKept(text, place, target);
  return (
    kept.before >= Math.min(4, target.prefix.length) &&
    kept.after >= Math.min(4, target.suffix.length) &&
    kept.before + kept.after >= Math.min(24, target.prefix.length + target.suffix.length)
  );
}

/** The figure standing where the old one was, with old context on its sides and no foreign digits. */
export function figureAt(
  context: CarryContext,
  target: AnnotationTarget,
  place: Place,
  relocated: boolean,
): DetectedFigure | null {
  const candidates = figuresNear(context.newText, place).filter((f) =>
    place.end > place.start
      ? f.start < place.end && f.end > place.start
      : f.start <= place.start && f.end >= place.start,
  );
  const shaped = sameShape(context.newText, target, trim(context.newText, place));
  if (candidates.length !== 1 && !shaped) return null;
  const figure =
    shaped && !(candidates.length === 1 && covers(candidates[0]!, shaped)) ? shaped : candidates[0]!;
  // Digits that came from elsewhere in the old text are another figure, never this one revised.
  if (ownership(context.map, figure.start, figure.end, target.start, target.end).foreign > 0) return null;
  // Found by seeds away from its place, it must stand in text that is not another passage's: "widen to
  // 94 megalitres a day by 2040" shares "to … megalitres a day by 20" with "down to 110 megalitres a day
  // by 2031", and is another figure.
  if (relocated) {
    const from = Math.max(0, figure.start - target.prefix.length);
    const to = Math.min(context.newText.length, figure.end + target.suffix.length);
    const around = ownership(
      context.map,
      from,
      to,
      target.start - target.prefix.length,
      target.end + target.suffix.length,
    );
    if (around.foreign * 4 > to - from) return null;
  }
  // Both neighbours must still be there: "an increase of 3.2 per cent" elsewhere shares one side only.
  const kept = evidenceKept(context.newText, figure, target);
  const needed = relocated ? 16 : 10;
  if (kept.before >= 3 && kept.after >= 3 && kept.before + kept.after >= needed) return figure;
  if (relocated) return sentenceAlike(context, target, figure) >= 0.6 ? figure : null;
  // In place, a word inserted or reworded right beside the figure ("rose to 31.4" → "rose 39.4") breaks
  // the literal context: then the diff decides — most of what stands on each side within the stored
  // context must be the old figure's own neighbours, carried over unchanged.
  const before = ownership(
    context.map,
    Math.max(0, figure.start - target.prefix.length),
    figure.start,
    target.start - target.prefix.length,
    target.start,
  );
  const after = ownership(
    context.map,
    figure.end,
    Math.min(context.newText.length, figure.end + target.suffix.length),
    target.end,
    target.end + target.suffix.length,
  );
  const side = (own: typeof before, stored: number): boolean =>
    own.own >= Math.min(stored, 8) && own.own * 2 >= stored;
  // And no other number stood, or stands, between the figure and the nearest neighbour it kept: in
  // "23705元、9608元" → "約兩萬元" the neighbour "達到" belonged to the first figure, now merged away.
  const nearest = (from: number, step: -1 | 1, limit: number): number => {
    for (let at = from, k = 0; k < limit && at >= 0 && at < context.newText.length; at += step, k++)
      if (mapNewToOld(context.map, at) >= 0) return at;
    return -1;
  };
  const hasDigit = (text: string): boolean => /[0-9\uff10-\uff19]/.test(text);
  const left = nearest(figure.start - 1, -1, target.prefix.length);
  const right = nearest(figure.end, 1, target.suffix.length);
  if (left < 0 || right < 0) return null;
  const oldLeft = mapNewToOld(context.map, left);
  const oldRight = mapNewToOld(context.map, right);
  // One side may have lost most of its context — a clause inserted right after the figure, or the rest
  // of its sentence deleted ("totals £348.5 million. It includes…" → "totals £368.5 million.") — when
  // the other side kept it and the nearest old character on this side is the figure's own neighbour:
  // then only new text, without digits, stands between the figure and its old neighbours.
  const strongBefore = side(before, target.prefix.length);
  const strongAfter = side(after, target.suffix.length);
  // Only spaces between: the diff may have lined the old space up with one of the inserted clause's.
  const adjacentBefore = context.oldText.slice(oldLeft + 1, target.start).trim() === '';
  const adjacentAfter = context.oldText.slice(target.end, oldRight).trim() === '';
  if (!(strongBefore || strongAfter)) return null;
  if (!(strongBefore || adjacentBefore) || !(strongAfter || adjacentAfter)) return null;
  const clean =
    oldLeft < target.start &&
    oldRight >= target.end &&
    !hasDigit(context.oldText.slice(oldLeft + 1, target.start)) &&
    !hasDigit(context.oldText.slice(target.end, oldRight)) &&
    !hasDigit(context.newText.slice(left + 1, figure.start)) &&
    !hasDigit(context.newText.slice(figure.end, right));
  return clean ? figure : null;
}
