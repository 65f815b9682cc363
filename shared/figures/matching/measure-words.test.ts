import { describe, expect, it } from 'vitest';
import { figuresIn } from './figure-fixtures';
import { profileFigures } from './profile';

const subjects = (text: string, specs: Parameters<typeof figuresIn>[1]) =>
  profileFigures(text, figuresIn(text, specs)).map((p) => p.measure?.subject ?? null);

describe('measure names on word boundaries', () => {
  it('reads English noun phrases, never a fragment of a word', () => {
    const text =
      'General Fund appropriations total $21.8 billion, including $338.5 million for debt service and $35.2 million for the rainy day reserve. K-12 education receives $9.7 billion from the General Fund. Sales tax revenue is estimated at $6.4 billion.';
    expect(
      subjects(text, [
        ['$21.8 billion', 21.8e9, 'USD'],
        ['$338.5 million', 338.5e6, 'USD'],
        ['$35.2 million', 35.2e6, 'USD'],
        ['$9.7 billion', 9.7e9, 'USD'],
        ['$6.4 billion', 6.4e9, 'USD'],
      ]),
    ).toEqual([
      'General Fund appropriations',
      'for debt service',
      'for rainy day reserve',
      'K-12 education',
      'Sales tax revenue',
    ]);
  });
  it('gives no measure where neither side names one', () => {
    expect(
      subjects('It includes $12 million, which costs $3 million.', [
        ['$12 million', 12e6, 'USD'],
        ['$3 million', 3e6, 'USD'],
      ]),
    ).toEqual([null, null]);
  });
  it('cuts Chinese names after a whole-word verb only (Intl.Segmenter)', () => {
    const text = '全年實現區內生產總值264億元。全區有效灌溉面積35萬畝。';
    expect(
      subjects(text, [
        ['264億元', 264e8, '元'],
        ['35萬畝', 35e4, '畝'],
      ]),
    ).toEqual(['區內生產總值', '有效灌溉面積']);
  });
  it('reads the year a statement is about from its clause or sentence', () => {
    const text = '2023年，全县地区生产总值366.0亿元。Total appropriations were $50.8 billion in FY 2023-24.';
    const years = profileFigures(
      text,
      figuresIn(text, [
        ['366.0亿元', 366e8, '元'],
        ['$50.8 billion', 50.8e9, 'USD'],
      ]),
    ).map((p) => p.measure?.year);
    expect(years).toEqual([2023, 2023]);
  });
});
