/**
 * Equivalence of two figure detectors: both read the same documents (and variations of them, see
 * variations.ts) and must report the same figures, field for field. Used to check that a speed change to
 * `detectFigures` changes nothing it finds (issue #10); run.ts compares the working tree with a git ref.
 */
import type { DetectedFigure } from '../../shared/figures/types';

export type Detector = (text: string) => DetectedFigure[];

/** The first place two detectors disagree on one text, or undefined when they agree. */
export interface Difference {
  index: number;
  expected: string;
  actual: string;
}

const FIELDS = ['start', 'end', 'text', 'value', 'high', 'unit', 'qualifier'] as const;

/** One figure as a stable string of the compared fields (`-0` and `NaN` kept apart from `0`). */
export function describeFigure(figure: DetectedFigure | undefined): string {
  if (!figure) return '(none)';
  return FIELDS.map((field) => {
    const value = figure[field];
    return `${field}=${typeof value === 'number' && Object.is(value, -0) ? '-0' : String(value)}`;
  }).join(' ');
}

/** Where `actual` first differs from `expected` on `text`: a missing, extra or changed figure. */
export function firstDifference(expected: Detector, actual: Detector, text: string): Difference | undefined {
  const a = expected(text);
  const b = actual(text);
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const left = describeFigure(a[index]);
    const right = describeFigure(b[index]);
    if (left !== right) return { index, expected: left, actual: right };
  }
  return undefined;
}
