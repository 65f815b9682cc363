/**
 * Classes of error first seen on held-out-37 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { textValueUnit as cells } from './testing/expect-figures';

describe('tables under a title line ending in a year, and cost breakdowns with rules', () => {
  it('keeps a money note alone on its line apart from the year that ends the title above it', () => {
    const table = [
      'Table 2: Receipts summary, April to September 2025',
      '£ billion',
      '\tJul 2025\tAug 2025\tSep 2025',
      'Tax receipts\t68.2\t71.9\t70.4',
      'Debt (% of GDP)\t94.1\t94.6\t95.0',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !/2025/.test(text))).toEqual([
      ['68.2', 68.2e9, 'GBP'],
      ['71.9', 71.9e9, 'GBP'],
      ['70.4', 70.4e9, 'GBP'],
      ['94.1', 94.1, '%'],
      ['94.6', 94.6, '%'],
      ['95.0', 95, '%'],
    ]);
  });

  it('reads the sub-total and total under a rule, with their notes after them', () => {
    const table = [
      '                                  (HK$ million)',
      '   (a) Site formation                   62.4',
      '   (b) Building                        418.5',
      '                                      -------',
      '       Sub-total                        480.9  (in September 2025 prices)',
      '   (c) Provision for price adjustment    52.6',
      '                                      -------',
      '       Total                            533.5  (in MOD prices)',
      '',
    ].join('\n');
    expect(cells(table).map(([text, value]) => [text, value])).toEqual([
      ['62.4', 62.4e6],
      ['418.5', 418.5e6],
      ['480.9', 480.9e6],
      ['52.6', 52.6e6],
      ['533.5', 533.5e6],
    ]);
  });

  it('counts a header `Audits on time` in audits, not in the row label’s noun', () => {
    const table = [
      'Entity type                        Audits   Audits on time   On time (%)',
      'District councils                      24               21          87.5',
      'Port companies                          9                9         100.0',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['24', 24, 'audits'],
      ['21', 21, 'audits'],
      ['87.5', 87.5, '%'],
      ['9', 9, 'audits'],
      ['9', 9, 'audits'],
      ['100.0', 100, '%'],
    ]);
  });
});

describe('English counts whose noun stands elsewhere in the sentence', () => {
  it('reads a part and whole set against earlier ones, `compared with 231 of 281`', () => {
    expect(
      cells('We signed 118 of the 130 audits (90.8%) on time, compared with 104 of 127 (81.9%) last year.'),
    ).toEqual([
      ['118', 118, 'audits'],
      ['130 audits', 130, 'audits'],
      ['90.8%', 90.8, '%'],
      ['104', 104, 'audits'],
      ['127', 127, 'audits'],
      ['81.9%', 81.9, '%'],
    ]);
  });

  it('reads parts by what they are for, in a list or in brackets', () => {
    expect(cells('The car park has 140 parking spaces for visitors and 20 for coaches.')).toEqual([
      ['140 parking spaces', 140, 'spaces'],
      ['20', 20, 'spaces'],
    ]);
    expect(
      cells('The project will create about 250 jobs (210 for workers and another 40 for engineers).'),
    ).toEqual([
      ['250 jobs', 250, 'jobs'],
      ['210', 210, 'jobs'],
      ['40', 40, 'jobs'],
    ]);
  });

  it('reads a subject that fell to a level, then from the earlier one, and quarters as periods', () => {
    expect(cells('Job vacancies fell to 61,400 in June 2025 from 66,900 in March.')).toEqual([
      ['61,400', 61400, 'vacancies'],
      ['66,900', 66900, 'vacancies'],
    ]);
    expect(cells('Layoffs rose from 2,410 in 1Q 2025 to 2,760 in 2Q 2025.')).toEqual([
      ['2,410', 2410, 'layoffs'],
      ['2,760', 2760, 'layoffs'],
    ]);
    expect(
      cells(
        'Employment grew by 22.4 thousand in the first two\nquarters of 2025, compared with 18.9 thousand a year earlier.',
      ),
    ).toEqual([
      ['22.4 thousand', 22400, ''],
      ['18.9 thousand', 18900, ''],
    ]);
  });

  it('reads `for every 100` as a rate’s base, and proportions and parts across a line break', () => {
    expect(cells('There were 131 vacancies for every 100 job seekers.')).toEqual([
      ['131 vacancies', 131, 'vacancies'],
    ]);
    expect(cells('about two in\nfive firms')).toEqual([['two in\nfive', 0.4, '']]);
    expect(cells('Receipts beat the forecast in four of the\nsix months so far.')).toEqual([
      ['four', 4, 'months'],
      ['six months', 6, 'months'],
    ]);
  });
});
