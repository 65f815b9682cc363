/**
 * Test helper: hand-written figure lists for texts, so matching and checks are tested independently of
 * the detector. Each spec is `[text, value, unit]` (plus `high`/`qualifier`), found in order in the text.
 */
import type { DetectedFigure, FigureQualifier } from '../types';

export type FigureSpec = [
  text: string,
  value: number,
  unit: string,
  extra?: { high?: number; qualifier?: FigureQualifier },
];

/** Locates each spec's text in `text`, in order, and returns the figures; throws when one is missing. */
export function figuresIn(text: string, specs: readonly FigureSpec[]): DetectedFigure[] {
  let from = 0;
  return specs.map(([figureText, value, unit, extra]) => {
    const start = text.indexOf(figureText, from);
    if (start < 0) throw new RangeError(`Figure "${figureText}" not found in text after offset ${from}`);
    from = start + figureText.length;
    return { start, end: from, text: figureText, value, unit, ...extra };
  });
}
