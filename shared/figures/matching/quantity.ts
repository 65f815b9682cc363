/**
 * Quantities for comparison: a detected figure's value with the precision it was stated to, turned into
 * an interval of the true values it is consistent with. `264億元` is stated to the nearest 1e8, so it
 * stands for [263.5e8, 264.5e8); `264.3億` (source) lies inside, so the two are rounding-consistent.
 * Qualifiers widen the interval (`約`, `over`, `under`), ranges span their ends. Checks do interval
 * arithmetic on these, so rounding never raises a false alarm.
 */
import type { DetectedFigure } from '../types';
import { unitFamily } from './units';

export interface Quantity {
  value: number;
  high?: number;
  /** Folded unit key (see ./units.ts). */
  unit: string;
  /** Place value of the last significant digit as stated (`264億` → 1e8, `4.9%` → 0.1). */
  precision: number;
  qualifier?: DetectedFigure['qualifier'];
}

/** Closed interval of true values a stated figure allows. */
export interface Interval {
  low: number;
  high: number;
}

/** How close "about" is taken to be, relative to the value. */
const aboutTolerance = 0.05;

const powerOfTen = (x: number): number => 10 ** Math.round(Math.log10(x));

/** Largest power of ten dividing a whole number (`30000000` → 1e7); 1 for fractions. */
function trailingPrecision(value: number): number {
  const abs = Math.abs(value);
  if (!Number.isFinite(abs) || abs === 0 || !Number.isInteger(abs)) {
    const decimals = (String(abs).split('.')[1] ?? '').length;
    return 10 ** -Math.min(decimals, 12);
  }
  let p = 1;
  while (abs % (p * 10) === 0 && p < 1e15) p *= 10;
  return p;
}

/**
 * Precision of a stated figure from its text: the place of its last significant digit times its
 * multiplier. Trailing zeros of a whole number are taken as rounding (`26,400,000,000` → 1e8), the usual
 * reading in statistical prose for numbers of four or more digits. Compound or spelt-out numbers fall back to the value's own trailing zeros.
 */
export function statedPrecision(figure: Pick<DetectedFigure, 'text' | 'value'>): number {
  const numbers = figure.text.match(/\d[\d,，]*(?:\.\d+)?/g);
  if (!numbers || numbers.length !== 1 || figure.value === 0) return trailingPrecision(figure.value);
  const digits = numbers[0]!.replace(/[,，]/g, '');
  const stated = Number(digits);
  if (!stated) return trailingPrecision(figure.value);
  const multiplier = powerOfTen(Math.abs(figure.value / stated));
  const [whole, fraction] = digits.split('.');
  if (fraction) return multiplier * 10 ** -fraction.length;
  // Trailing zeros read as rounding only in numbers of four or more digits: `5000人` is "about 5,000"
  // to the nearest thousand, while `20%` and `500套` are exact as stated.
  if (whole!.length < 4) return multiplier;
  const zeros = whole!.length - whole!.replace(/0+$/, '').length;
  return multiplier * 10 ** zeros;
}

/** A figure as a quantity to compare. */
export function quantityOf(figure: DetectedFigure): Quantity {
  const quantity: Quantity = {
    value: figure.value,
    unit: unitFamily(figure.unit),
    precision: statedPrecision(figure),
  };
  if (figure.high !== undefined) quantity.high = figure.high;
  if (figure.qualifier) quantity.qualifier = figure.qualifier;
  return quantity;
}

/** The interval of true values `q` allows (half a unit of its last digit either side). */
export function intervalOf(q: Quantity): Interval {
  // A whole count stated to the unit (`50所`, `23705元`) is exact; rounding only hides digits it leaves out.
  const exactCount = q.precision === 1 && Number.isInteger(q.value) && q.unit !== '%';
  const half = exactCount ? 0 : q.precision / 2;
  let low = q.value - half;
  let high = (q.high ?? q.value) + half;
  if (q.qualifier === 'about') {
    low = Math.min(low, q.value * (1 - aboutTolerance));
    high = Math.max(high, (q.high ?? q.value) * (1 + aboutTolerance));
  } else if (q.qualifier === 'over') {
    high = Number.POSITIVE_INFINITY;
  } else if (q.qualifier === 'under') {
    low = Number.NEGATIVE_INFINITY;
  }
  // A tiny slack absorbs binary floating-point error (0.1 + 0.2).
  const slack = Math.abs(q.value) * 1e-12 + 1e-12;
  return { low: low - slack, high: high + slack };
}

export const overlaps = (a: Interval, b: Interval): boolean => a.low <= b.high && b.low <= a.high;

/** Value agreement of two quantities of one unit family. */
export type Agreement = 'exact' | 'rounded' | 'different' | 'incomparable';

/**
 * `exact` when the stated numbers are equal; `rounded` when the finer-stated one rounds to the coarser
 * (`264.3億` → `264億`), or, with a qualifier (`約`, `以上`), when their intervals meet; `different`
 * otherwise; `incomparable` for different unit families.
 */
export function compareQuantities(a: Quantity, b: Quantity): Agreement {
  if (a.unit !== b.unit) return 'incomparable';
  if (same(a.value, b.value) && same(a.high ?? a.value, b.high ?? b.value)) return 'exact';
  if (a.qualifier || b.qualifier) return overlaps(intervalOf(a), intervalOf(b)) ? 'rounded' : 'different';
  const [coarse, fine] = a.precision >= b.precision ? [a, b] : [b, a];
  const range = intervalOf(coarse);
  return inside(range, fine.value) && inside(range, fine.high ?? fine.value) ? 'rounded' : 'different';
}

// Module-level rather than closures: compareQuantities runs for every candidate of every draft figure.
const same = (x: number, y: number): boolean => Math.abs(x - y) <= Math.abs(x) * 1e-12 + 1e-12;
const inside = (range: Interval, x: number): boolean => x >= range.low && x <= range.high;

/** Interval arithmetic used by the checks. */
export const intervalMath = {
  add: (a: Interval, b: Interval): Interval => ({ low: a.low + b.low, high: a.high + b.high }),
  /** a / b for positive intervals; undefined when b may be zero or negative. */
  divide: (a: Interval, b: Interval): Interval | undefined =>
    b.low > 0 && a.low >= 0 ? { low: a.low / b.high, high: a.high / b.low } : undefined,
  scale: (a: Interval, k: number): Interval => ({ low: a.low * k, high: a.high * k }),
  shift: (a: Interval, k: number): Interval => ({ low: a.low + k, high: a.high + k }),
};

/** Formats a value for explanations: at most `digits` significant digits, no exponent. */
export function formatNumber(value: number, digits = 6): string {
  if (!Number.isFinite(value)) return String(value);
  return englishNumber.format(Number(value.toPrecision(digits)));
}

// One formatter for every explanation: `toLocaleString` with options builds a new one on each call,
// which made formatting the checks' messages cost more than the checks themselves.
const englishNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
