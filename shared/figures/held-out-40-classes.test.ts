/**
 * Classes of error first seen on held-out-40 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { textValueUnit as cells } from './testing/expect-figures';

describe('headers that count what the title names', () => {
  it('reads `Received` and `Decided` as the applications of the title, beside a per cent column', () => {
    const table = [
      'Table 3: Planning applications received and decided, by district, 2024',
      'District\tReceived\tDecided\tMajor applications\tDecided in time (%)',
      'Northfield\t1,204\t1,158\t37\t88.2',
      'Eastvale\t876\t901\t22\t91.5',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => text !== '2024')).toEqual([
      ['1,204', 1204, 'applications'],
      ['1,158', 1158, 'applications'],
      ['37', 37, 'applications'],
      ['88.2', 88.2, '%'],
      ['876', 876, 'applications'],
      ['901', 901, 'applications'],
      ['22', 22, 'applications'],
      ['91.5', 91.5, '%'],
    ]);
  });

  it('leaves a participle the title does not say of its noun to the running-text scan', () => {
    const table = [
      'Table 4: Road works by district, 2024',
      'District\tStarted\tCompleted\tStaff',
      'Northfield\t14\t12\t31',
      '',
    ].join('\n');
    expect(cells(table).filter(([, , unit]) => unit !== '')).toEqual([]);
  });
});

describe('indicator rows under a heading of their own', () => {
  it('counts `Number of staff` and reads a `(%)` row under `Key Indicators`, after a money table', () => {
    const text = [
      'FIVE-YEAR SUMMARY',
      '(S$ million)',
      '                         FY2023    FY2024    FY2025',
      'Operating income          118.2     124.9     131.6',
      '',
      'Key Indicators',
      'Number of staff             642       655       671',
      'Applications processed (%)   94.1      95.0      96.2',
      '',
    ].join('\n');
    expect(cells(text).filter(([text]) => !text.startsWith('FY'))).toEqual([
      ['118.2', 118.2e6, 'SGD'],
      ['124.9', 124.9e6, 'SGD'],
      ['131.6', 131.6e6, 'SGD'],
      ['642', 642, 'staff'],
      ['655', 655, 'staff'],
      ['671', 671, 'staff'],
      ['94.1', 94.1, '%'],
      ['95.0', 95, '%'],
      ['96.2', 96.2, '%'],
    ]);
  });
});

describe('compound amounts as the ends of a range, and a whole named with a qualifier', () => {
  it('reads `2 萬 1,300 元至 4 萬 8,250 元` as one range, spaced or not, and `由…至…不等` too', () => {
    expect(cells('每月補助 2 萬 1,300 元至 4 萬 8,250 元，依等級核定。')).toEqual([
      ['2 萬 1,300 元至 4 萬 8,250 元', 21300, '元'],
    ]);
    expect(cells('每月補助2萬1,300元至4萬8,250元。')).toEqual([['2萬1,300元至4萬8,250元', 21300, '元']]);
    expect(cells('罰款由 3,000 元至 45,000 元不等。')).toEqual([['3,000 元至 45,000 元不等', 3000, '元']]);
  });

  it('keeps a change from one compound amount to another as two figures', () => {
    expect(cells('平均月薪增加2萬1,300元至4萬8,250元。').map(([text]) => text)).toEqual([
      '2萬1,300元',
      '4萬8,250元',
    ]);
  });

  it('counts the part of a whole named as `the nation’s roughly 80,000 schools`', () => {
    expect(
      cells("Of the state's roughly 8,400 public schools, 1,126, or 13.4 percent, were rated poor."),
    ).toEqual([
      ['8,400 public schools', 8400, 'schools'],
      ['1,126', 1126, 'schools'],
      ['13.4 percent', 13.4, '%'],
    ]);
  });

  it('counts the start of a change whose end is written in words: `from 14 to nine full-time equivalent`', () => {
    expect(cells('Inspection staff fell from 14 to nine full-time equivalent positions in 2024.')).toEqual([
      ['14', 14, 'FTE'],
      ['nine full-time equivalent', 9, 'FTE'],
    ]);
  });
});
