import { describe, expect, it } from 'vitest';
import { detectFigures } from './detect';
import { canonicalUnit, normaliseQuantity, sameQuantity } from './normalise';

describe('normaliseQuantity', () => {
  it('folds unit spellings across scripts', () => {
    expect(canonicalUnit('亩')).toBe('畝');
    expect(canonicalUnit('个百分点')).toBe('百分點');
    expect(canonicalUnit(' ％ ')).toBe('%');
  });

  it('converts within a family to its base unit', () => {
    expect(normaliseQuantity(2, '公里')).toEqual({ value: 2000, unit: '米', family: 'length' });
    expect(normaliseQuantity(1.5, '公頃')).toEqual({ value: 15000, unit: '平方米', family: 'area' });
    expect(normaliseQuantity(3, '吨')).toEqual({ value: 3000, unit: '公斤', family: 'mass' });
    expect(normaliseQuantity(4.9, 'percent')).toEqual({ value: 4.9, unit: '%', family: 'percent' });
    expect(normaliseQuantity(2, 'MW')).toEqual({ value: 2000, unit: '千瓦', family: 'power' });
  });

  it('keeps unknown units as counts of that thing', () => {
    expect(normaliseQuantity(6, '个')).toEqual({ value: 6, unit: '個', family: 'count' });
    expect(normaliseQuantity(12000, 'Jobs')).toEqual({ value: 12000, unit: 'jobs', family: 'count' });
  });
});

describe('sameQuantity', () => {
  it('equates the forms of one amount the issue lists (264億元 = 264.0亿元 = 2,640,000万元)', () => {
    const [a, b, c] = detectFigures('甲264億元，乙264.0亿元，丙2,640,000万元。');
    expect(a && b && c).toBeTruthy();
    expect(sameQuantity(a!, b!)).toBe(true);
    expect(sameQuantity(a!, c!)).toBe(true);
    expect(sameQuantity(a!, { value: 26400000000, unit: '元' })).toBe(true);
  });

  it('equates 4.9% and 4.9 percent, and 1.5萬畝 with 10000000 平方米', () => {
    const [pct] = detectFigures('增長4.9%');
    const [en] = detectFigures('rose 4.9 percent');
    expect(sameQuantity(pct!, en!)).toBe(true);
    expect(sameQuantity({ value: 15000, unit: '畝' }, { value: 10000000, unit: '平方米' })).toBe(true);
  });

  it('keeps different units, currencies and values apart', () => {
    expect(sameQuantity({ value: 5, unit: '%' }, { value: 5, unit: '百分點' })).toBe(false);
    expect(sameQuantity({ value: 100, unit: '元' }, { value: 100, unit: 'USD' })).toBe(false);
    expect(sameQuantity({ value: 6, unit: '家' }, { value: 6, unit: '個' })).toBe(false);
    expect(sameQuantity({ value: 264.3, unit: '元' }, { value: 264, unit: '元' })).toBe(false);
    expect(sameQuantity({ value: 264.3, unit: '元' }, { value: 264, unit: '元' }, 0.005)).toBe(true);
  });
});
