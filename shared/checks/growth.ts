/**
 * A growth rate that contradicts the values it is computed from:
 *  - in one sentence, `由A增加到B，增長p%` / `from A to B, up p%`;
 *  - across the draft and its sources, `X增長p%` beside this year's X and last year's X (`上年X`).
 * The rate is recomputed with the rounding of both values and reported only when no rounding gives the
 * stated rate. Measures usually reported in real terms (GDP, value added) are skipped in the cross-text
 * form, since their stated growth is at comparable prices and differs from the nominal ratio by design.
 */
import type { FigureProfile } from '../figures/matching/profile';
import {
  formatNumber,
  intervalMath,
  intervalOf,
  overlaps,
  type Interval,
} from '../figures/matching/quantity';
import { LevelFinder } from './share';
import { spanOf, type Check, type Finding } from './types';

const realTerms = /GDP|增加值|生產總值|產值|value added|output/i;
const fromMarker = /(?:由|從|从|比上年的|比去年的|from)\s*$/i;
const toMarker =
  /(?:增加到|增加至|增至|提高到|提高至|上升到|上升至|達到|达到|下降到|下降至|降至|減少到|减少到|減少至|减少至|到|至|to)\s*$/i;

/** Growth in percent implied by going from `before` to `after`. */
function growthInterval(before: Interval, after: Interval): Interval | undefined {
  const ratio = intervalMath.divide(after, before);
  return ratio ? intervalMath.scale(intervalMath.shift(ratio, -1), 100) : undefined;
}

function finding(
  rate: FigureProfile,
  previous: FigureProfile,
  current: FigureProfile,
  draftIndices: number[],
): Finding | null {
  const computed = growthInterval(intervalOf(previous.quantity), intervalOf(current.quantity));
  if (!computed) return null;
  const sign = rate.measure!.direction === 'down' ? -1 : 1;
  const stated = intervalOf(rate.quantity);
  const signed: Interval = sign > 0 ? stated : { low: -stated.high, high: -stated.low };
  if (overlaps(computed, signed)) return null;
  const value = (current.quantity.value / previous.quantity.value - 1) * 100;
  const spans = [spanOf(previous), spanOf(current), spanOf(rate)].filter((_, i) => draftIndices.includes(i));
  return {
    kind: 'growth',
    figures: [previous, current, rate].filter((_, i) => draftIndices.includes(i)).map((p) => p.index),
    spans,
    messageKey: 'check.growth',
    params: {
      from: previous.figure.text,
      to: current.figure.text,
      stated: rate.figure.text,
      computed: `${formatNumber(value, 3)}%`,
    },
    explanation: `From ${previous.figure.text} to ${current.figure.text} is a change of ${formatNumber(value, 3)}%, but the draft states ${rate.measure!.direction === 'down' ? 'a fall' : 'growth'} of ${rate.figure.text}.`,
  };
}

export const checkGrowth: Check = ({ text, figures, sourceFigures = [] }) => {
  const findings: Finding[] = [];
  const used = new Set<number>();
  const draftLevels = new LevelFinder(figures);
  let sourceLevels: LevelFinder | null = null;
  for (const rate of figures) {
    const m = rate.measure;
    if (!m || m.aspect !== 'change' || rate.quantity.unit !== '%' || m.ambiguous) continue;
    // Same sentence: from A to B, … p%.
    const inSentence = figures.filter(
      (p) =>
        p.sentence.start === rate.sentence.start &&
        p.figure.end <= rate.figure.start &&
        p.quantity.unit !== '%' &&
        (p.measure?.aspect ?? 'level') === 'level',
    );
    const to = inSentence.at(-1);
    const from = inSentence.at(-2);
    if (
      from &&
      to &&
      from.quantity.unit === to.quantity.unit &&
      fromMarker.test(text.slice(Math.max(rate.sentence.start, from.figure.start - 6), from.figure.start)) &&
      toMarker.test(text.slice(from.figure.end, to.figure.start))
    ) {
      const f = finding(rate, from, to, [0, 1, 2]);
      used.add(rate.index);
      if (f) findings.push(f);
      continue;
    }
    // Across texts: this year's and last year's value of the same measure.
    if (realTerms.test(m.key) || m.period === 'target' || used.has(rate.index)) continue;
    const current = draftLevels.find(m.subject, rate.figure.start, (p) => p.measure!.period === 'current');
    if (!current) continue;
    const isPrior = (p: FigureProfile) =>
      p.measure!.period === 'prior' && p.quantity.unit === current.quantity.unit;
    const previous = draftLevels.find(m.subject, rate.figure.start, isPrior);
    sourceLevels ??= new LevelFinder(sourceFigures);
    const sourcePrevious = previous ? undefined : sourceLevels.find(m.subject, 0, isPrior);
    const before = previous ?? sourcePrevious;
    if (!before) continue;
    const f = finding(rate, before, current, previous ? [0, 1, 2] : [1, 2]);
    if (f) findings.push(f);
  }
  return findings;
};
