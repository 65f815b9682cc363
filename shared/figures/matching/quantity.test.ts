import { describe, expect, it } from 'vitest';
import { compareQuantities, intervalOf, quantityOf, statedPrecision } from './quantity';
import { unitFamily } from './units';
import type { DetectedFigure } from '../types';

const fig = (
  text: string,
  value: number,
  unit: string,
  extra: Partial<DetectedFigure> = {},
): DetectedFigure => ({
  start: 0,
  end: text.length,
  text,
  value,
  unit,
  ...extra,
});

describe('statedPrecision', () => {
  it('reads the place of the last digit times the multiplier', () => {
    expect(statedPrecision(fig('264億元', 264e8, '元'))).toBe(1e8);
    expect(statedPrecision(fig('264.3億元', 264.3e8, '元'))).toBeCloseTo(1e7);
    expect(statedPrecision(fig('4.9%', 4.9, '%'))).toBeCloseTo(0.1);
    expect(statedPrecision(fig('$4.2 billion', 4.2e9, 'USD'))).toBeCloseTo(1e8);
  });
  it('treats trailing zeros of long whole numbers as rounding, short ones as exact', () => {
    expect(statedPrecision(fig('26,400,000,000元', 264e8, '元'))).toBe(1e8);
    expect(statedPrecision(fig('2,640,000万元', 264e8, '元'))).toBe(1e8);
    expect(statedPrecision(fig('20%', 20, '%'))).toBe(1);
    expect(statedPrecision(fig('500套', 500, '套'))).toBe(1);
  });
  it('falls back to the value for compound and spelt-out numbers', () => {
    expect(statedPrecision(fig('1億8,245萬3,762元', 182453762, '元'))).toBe(1);
    expect(statedPrecision(fig('三千萬元', 3e7, '元'))).toBe(1e7);
  });
});

describe('compareQuantities', () => {
  const q = (text: string, value: number, unit: string, extra: Partial<DetectedFigure> = {}) =>
    quantityOf(fig(text, value, unit, extra));
  it('finds the issue examples equal', () => {
    const a = q('264億元', 264e8, '元');
    expect(compareQuantities(a, q('264.0亿元', 264e8, '元'))).toBe('exact');
    expect(compareQuantities(a, q('2,640,000万元', 264e8, '元'))).toBe('exact');
    expect(compareQuantities(a, q('26,400,000,000', 264e8, '元'))).toBe('exact');
    expect(compareQuantities(q('4.9%', 4.9, '%'), q('4.9 percent', 4.9, 'percent'))).toBe('exact');
  });
  it('accepts a draft with fewer digits as rounding of the source, not a larger gap', () => {
    const draft = q('264億元', 264e8, '元');
    expect(compareQuantities(draft, q('264.3億元', 264.3e8, '元'))).toBe('rounded');
    expect(compareQuantities(draft, q('263.5億元', 263.5e8, '元'))).toBe('rounded');
    expect(compareQuantities(draft, q('264.6億元', 264.6e8, '元'))).toBe('different');
    expect(compareQuantities(q('4.9%', 4.9, '%'), q('4.85%', 4.85, '%'))).toBe('rounded');
    expect(compareQuantities(q('4.9%', 4.9, '%'), q('4.8%', 4.8, '%'))).toBe('different');
  });
  it('never compares different unit families', () => {
    expect(compareQuantities(q('264億元', 264e8, '元'), q('264億美元', 264e8, '美元'))).toBe('incomparable');
    expect(compareQuantities(q('5%', 5, '%'), q('5個百分點', 5, '百分點'))).toBe('incomparable');
  });
  it('widens for qualifiers', () => {
    expect(intervalOf(q('3%以下', 3, '%', { qualifier: 'under' })).low).toBe(Number.NEGATIVE_INFINITY);
    expect(
      compareQuantities(q('約100億元', 100e8, '元', { qualifier: 'about' }), q('103億元', 103e8, '元')),
    ).toBe('rounded');
    const range = q('3-5%', 3, '%', { high: 5 });
    expect(intervalOf(range).high).toBeCloseTo(5.5);
  });
});

describe('unitFamily', () => {
  it('folds Simplified, Traditional and English names', () => {
    expect(unitFamily('亩')).toBe(unitFamily('畝'));
    expect(unitFamily('千瓦时')).toBe('千瓦時');
    expect(unitFamily('percent')).toBe('%');
    expect(unitFamily('dollars')).toBe('USD');
    expect(unitFamily('元')).not.toBe(unitFamily('美元'));
  });
});
