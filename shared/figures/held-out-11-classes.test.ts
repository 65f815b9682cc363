/**
 * Classes of error first seen on held-out-11 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { figures } from './testing/expect-figures';

describe('a span of time spelled out as a hyphened adjective, for every unit of time', () => {
  it('reads weeks, days and hours as it reads years and months (`a three-year pilot`)', () => {
    const found = figures(
      'A ten-day trial preceded a two-week break, then a four-hour drill and a twenty-four-hour helpline.',
    );
    expect(found.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['ten-day', 10, 'days'],
      ['two-week', 2, 'weeks'],
      ['four-hour', 4, 'hours'],
      ['twenty-four-hour', 24, 'hours'],
    ]);
  });

  it('still leaves other hyphened number words alone', () => {
    expect(figures('a two-way street, a one-off grant and a three-pronged plan')).toEqual([]);
  });
});

describe('an open bound between a count and its noun', () => {
  it('reads `or more` / `or fewer` before the noun as the bound after it is read', () => {
    const found = figures('Homes with four or more residents and firms with 10 or fewer employees qualify.');
    expect(found.map((f) => [f.text, f.value, f.unit, f.qualifier])).toEqual([
      ['four or more residents', 4, 'residents', 'over'],
      ['10 or fewer employees', 10, 'employees', 'under'],
    ]);
  });

  it('needs a noun after the bound', () => {
    expect(figures('one of 3 or more of the options')).toEqual([]);
  });
});

describe('an acronym in the plural is what a number counts', () => {
  it('takes `SMEs` and `NGOs` as the unit', () => {
    const found = figures('Grants reached some 1,800 SMEs and 45 NGOs last year.');
    expect(found.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['1,800 SMEs', 1800, 'SMEs'],
      ['45 NGOs', 45, 'NGOs'],
    ]);
  });

  it('does not make a year before it a count', () => {
    expect(figures('In 2025 MPs debated the bill.')).toEqual([]);
  });
});

describe('a plural label word before a list or range of references', () => {
  it('leaves `paragraphs 12 to 19` and `Tables 2 and 3` alone, the word after them too', () => {
    const found = figures(
      'The items in paragraphs 12 to 19 amount to $3.4 billion; Tables 2 and 3 list 45 schools.',
    );
    expect(found.map((f) => f.text)).toEqual(['$3.4 billion', '45 schools']);
  });
});

describe('a range whose dash begins the next line of PDF-extracted Chinese text', () => {
  it('joins `6%\\n-8%` inside prose into one range', () => {
    const found = figures('全年一般公共预算收入增长5%\n-7%，税收占比提高。');
    expect(found.map((f) => [f.text, f.value, f.high, f.unit])).toEqual([['5%\n-7%', 5, 7, '%']]);
  });

  it('keeps a column of changes, one per line, as separate signed figures', () => {
    const found = figures('各项增速\n6%\n-8%\n3%');
    expect(found.map((f) => f.value)).toEqual([6, -8, 3]);
  });
});

describe('a comparison word between `aged` and a range of ages', () => {
  it('reads `aged over 60 to 70` as the range, unit years', () => {
    const found = figures('Grants for residents aged over 60 to 70 rise next year.');
    expect(found.map((f) => [f.text, f.value, f.high, f.unit])).toEqual([['60 to 70', 60, 70, '年']]);
  });

  it('keeps a single age after the comparison when no range follows', () => {
    expect(figures('Seniors aged over 65 will get the bonus.').map((f) => [f.value, f.high])).toEqual([
      [65, undefined],
    ]);
  });
});

describe('an age whose sentence opens with the word before it', () => {
  it('reads `Children under 12` and `Aged 65 and over` as it reads them mid-sentence', () => {
    const found = figures('Children under 12 travel free. Aged 65 and over, riders pay half.');
    expect(found.map((f) => [f.text, f.value, f.unit, f.qualifier])).toEqual([
      ['12', 12, '年', 'under'],
      ['65 and over', 65, '年', 'over'],
    ]);
  });
});
