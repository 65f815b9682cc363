/**
 * Classes of error first seen on held-out-16 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { expectNone, textValueUnit as cells } from './testing/expect-figures';

describe('tables of a US audit report', () => {
  it('reads money cells that repeat the sign (`$12,400`) in the unit of the title note', () => {
    const table = [
      'Table 3',
      'Grant Spending by Region (in thousands)',
      '',
      'Region        2022–23   2023–24   Percent Change',
      'Eastern       $12,400   $13,950    12.5%',
      'Western         9,800    10,290     5.0',
      'Total         $22,200   $24,240     9.2%',
    ].join('\n');
    expect(cells(table).filter(([, , unit]) => unit !== '%')).toEqual([
      ['$12,400', 12400000, 'USD'],
      ['$13,950', 13950000, 'USD'],
      ['9,800', 9800000, 'USD'],
      ['10,290', 10290000, 'USD'],
      ['$22,200', 22200000, 'USD'],
      ['$24,240', 24240000, 'USD'],
    ]);
  });

  it('reads a table whose header names its counts, with no note at all, before any row label noun', () => {
    const table = [
      'Table 4',
      'Payment Errors by Program',
      '',
      'Program              Claims   Errors   Percent',
      'Home repairs            420       63      15.0',
      'Child care              380       19       5.0',
      'Total                   800       82      10.3',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['420', 420, 'claims'],
      ['63', 63, 'errors'],
      ['15.0', 15, '%'],
      ['380', 380, 'claims'],
      ['19', 19, 'errors'],
      ['5.0', 5, '%'],
      ['800', 800, 'claims'],
      ['82', 82, 'errors'],
      ['10.3', 10.3, '%'],
    ]);
  });

  it('needs a row of numbers under such a header', () => {
    expectNone('Programs   Schemes   Notes\nsee the annex for details');
  });
});

describe('English counts and labels of an Irish annual report', () => {
  it('takes lettered item numbers (`A.2`) as labels', () => {
    expect(cells('B.2 Rural Schemes     14,250     15,100').map(([text]) => text)).not.toContain(
      '2 Rural Schemes',
    );
    expectNone('See item B.3 Village Renewal.');
  });

  it('lends the subject to `rose by 18.6 per cent, to 5,408`', () => {
    expect(cells('Grant claims rose by 12.5 per cent, to 3,240, in 2025.')).toContainEqual([
      '3,240',
      3240,
      'claims',
    ]);
    expect(cells('Visitors from overseas markets rose by 9 per cent, to 1,840.')).toContainEqual([
      '1,840',
      1840,
      '',
    ]);
  });

  it('reads a name of the kind before a lowercase plural noun', () => {
    expect(cells('with 300 additional Rural Transport places')).toEqual([
      ['300 additional Rural Transport places', 300, 'places'],
    ]);
  });
});

describe('parts of a whole named after them', () => {
  it('reads `12 of the extensions` and `In 9 of the council’s 14 depots`', () => {
    expect(cells('Twelve of the extensions ran past 2026.')).toContainEqual(['Twelve', 12, 'extensions']);
    expect(cells("In 9 of the council's 14 depots, vans were idle.")).toEqual([
      ['9', 9, 'depots'],
      ['14 depots', 14, 'depots'],
    ]);
  });
});
