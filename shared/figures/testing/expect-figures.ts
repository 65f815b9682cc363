/**
 * Compact expectations for the detector's rule tests (detect, generalise, held-out classes): figures
 * without offsets, and "exactly this one figure" / "no figure" in a sentence.
 */
import { expect } from 'vitest';
import { detectFigures } from '../detect';
import type { DetectedFigure } from '../types';

export type Expected = Partial<Pick<DetectedFigure, 'text' | 'value' | 'high' | 'unit' | 'qualifier'>>;

/** Detects in `text` and returns figures without offsets, for compact expectations. */
export function figures(text: string): Expected[] {
  return detectFigures(text).map(({ text: t, value, high, unit, qualifier }) => ({
    text: t,
    value,
    unit,
    ...(high !== undefined ? { high } : {}),
    ...(qualifier ? { qualifier } : {}),
  }));
}

/** Detects in `text` and returns each figure as `[text, value, unit]`, for table-shaped expectations. */
export function textValueUnit(text: string): Array<[string, number, string]> {
  return detectFigures(text).map((f) => [f.text, f.value, f.unit]);
}

/** `text` holds exactly one figure, and it matches `expected`. */
export function expectFigure(text: string, expected: Expected): void {
  const found = figures(text);
  expect(found, text).toHaveLength(1);
  expect(found[0], text).toMatchObject(expected);
}

/** `text` holds no figure at all. */
export function expectNone(text: string): void {
  expect(figures(text), text).toEqual([]);
}
