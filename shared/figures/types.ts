/**
 * A figure: a stated quantity in running text (../shared/spec/figures.md in the product docs, copied in
 * docs/figures-spec.md). Offsets are half-open UTF-16 offsets into the version's plain text.
 */
export type FigureQualifier = 'about' | 'over' | 'under';

export interface DetectedFigure {
  start: number;
  end: number;
  /** `text.slice(start, end)` of the plain text. */
  text: string;
  /** The quantity with multipliers applied (`264億元` → 26400000000). */
  value: number;
  /** Upper end of a range (`3-5%` → value 3, high 5). */
  high?: number;
  /** Canonical unit, multiplier stripped, Traditional characters (`元`, `%`, `畝`, `USD`, …). */
  unit: string;
  qualifier?: FigureQualifier;
}
