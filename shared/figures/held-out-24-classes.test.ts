/**
 * Classes of error first seen on held-out-24 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { textValueUnit as cells } from './testing/expect-figures';

describe('a declaration of the document’s dollars written without `in`', () => {
  it('makes a bare `$` that currency', () => {
    const text =
      'All dollar amounts in this statement are Australian dollars unless otherwise stated.\n\n' +
      'Receipts are forecast at $712.4 billion, while US$80 per barrel is assumed for oil.';
    expect(cells(text)).toEqual([
      ['$712.4 billion', 712.4e9, 'AUD'],
      ['US$80', 80, 'USD'],
    ]);
  });
});

describe('a growth-rate column under a money unit line', () => {
  it('reads `實質成長率` and `年增率` columns as percentages, not as money', () => {
    const table = [
      '單位：新臺幣億元；%',
      '項目          113年      114年      實質成長率     年增率',
      '民間消費      21,304     22,118          2.85       3.82',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['21,304', 21304e8, 'TWD'],
      ['22,118', 22118e8, 'TWD'],
      ['2.85', 2.85, '%'],
      ['3.82', 3.82, '%'],
    ]);
  });
});

describe('零 starting the words for parts', () => {
  it('finds no count in `零組件`, `零部件`, `零配件`, and still reads 零 inside a number', () => {
    expect(cells('汽車零部件及電子零組件出口年增 8.6 %，零配件庫存一千零五十件。')).toEqual([
      ['8.6 %', 8.6, '%'],
      ['一千零五十件', 1050, '件'],
    ]);
  });
});

describe('English counts whose noun the sentence named before', () => {
  it('lends a count’s noun to the commitment it is set against, past a date', () => {
    const text = '312\nhomes completed by March 2025, against a commitment of 400\n';
    expect(cells(text)).toEqual([
      ['312\nhomes', 312, 'homes'],
      ['400', 400, 'homes'],
    ]);
  });

  it('takes the part of `of which` from the count, not from a count in a phrase after its noun', () => {
    expect(
      cells('The fund approved 1,240 grants across 12 regions, of which 310 went to charities.'),
    ).toEqual([
      ['1,240 grants', 1240, 'grants'],
      ['12 regions', 12, 'regions'],
      ['310', 310, 'grants'],
    ]);
  });

  it('reads a list of counts by period in the first count’s noun', () => {
    expect(cells('The board opened 6 clinics in 2023, 11 in 2024 and 15 in the first half of 2025.')).toEqual(
      [
        ['6 clinics', 6, 'clinics'],
        ['11', 11, 'clinics'],
        ['15', 15, 'clinics'],
      ],
    );
  });

  it('reads `a further N` as more of what the count before counted, even when that count’s noun was elided', () => {
    expect(
      cells('Of 240 bridges inspected, 38 were repaired and a further 12 were closed; another 5 were sold.'),
    ).toEqual([
      ['240 bridges', 240, 'bridges'],
      ['38', 38, 'bridges'],
      ['12', 12, 'bridges'],
      ['5', 5, 'bridges'],
    ]);
  });

  it('leaves `a further` money alone', () => {
    expect(cells('Grants of £5 million and a further £2 million were paid.')).toEqual([
      ['£5 million', 5e6, 'GBP'],
      ['£2 million', 2e6, 'GBP'],
    ]);
  });
});
