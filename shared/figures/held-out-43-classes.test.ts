/**
 * Classes of error first seen on held-out-43 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { textValueUnit as cells } from './testing/expect-figures';

describe('columns that count part of the count beside them, and `No. of` headers', () => {
  it('reads `Eligible` after `Applications` and `Over 18 weeks` after `Patients waiting` in their nouns', () => {
    const table = [
      'Stream      Applications   Eligible   Grants awarded   Funding ($m)',
      'Stream A             208        176               61           48.2',
      '',
      'Hospital             Patients waiting   Over 18 weeks   Median wait (days)',
      'Northgate                      12,408           4,117                   63',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['208', 208, 'applications'],
      ['176', 176, 'applications'],
      ['61', 61, 'grants'],
      ['48.2', 48.2e6, 'USD'],
      ['18 weeks', 18, 'weeks'],
      ['12,408', 12408, 'patients'],
      ['4,117', 4117, 'patients'],
      ['63', 63, 'days'],
    ]);
  });

  it('counts the noun of a last `No. of flats` column, never as a code column', () => {
    const table = [
      'District    Project                  Completion year  No. of flats',
      'Sai Kung    Pik Shui Sun Tsuen Phase 1       2026-27         1 842',
      'Total                                                        1 842',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['1 842', 1842, 'flats'],
      ['1 842', 1842, 'flats'],
    ]);
  });
});

describe('counts in running text', () => {
  it('reads a name of the kind with its acronym in brackets before the plural noun', () => {
    expect(cells('The plan adds about 8 000 Transitional Rental Housing (TRH) units by 2027.')).toEqual([
      ['8 000 Transitional Rental Housing (TRH) units', 8000, 'units'],
    ]);
  });

  it('passes over a change in per cent to the count it changes, and reads a subject with a word-number span', () => {
    expect(
      cells(
        'In March, 84,210 people were on the list, up 2.2% on December and an increase of 6,118 on a year earlier.',
      ),
    ).toEqual([
      ['84,210 people', 84210, 'people'],
      ['2.2%', 2.2, '%'],
      ['6,118', 6118, 'people'],
    ]);
    expect(cells('Patients waiting over three years fell from 912 to 640.')).toEqual([
      ['three years', 3, '年'],
      ['912', 912, 'patients'],
      ['640', 640, 'patients'],
    ]);
  });

  it('counts the parts of a sentence opened by `Of these,` after a bullet, past a share with a decimal', () => {
    expect(
      cells(
        '40,112 patients were waiting.\n• Of these, 18,004 (44.9%) had waited over 12 weeks and 2,310 had waited over 52 weeks.',
      ),
    ).toEqual([
      ['40,112 patients', 40112, 'patients'],
      ['18,004', 18004, 'patients'],
      ['44.9%', 44.9, '%'],
      ['12 weeks', 12, 'weeks'],
      ['2,310', 2310, 'patients'],
      ['52 weeks', 52, 'weeks'],
    ]);
  });
});
