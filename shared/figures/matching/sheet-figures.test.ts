import { describe, expect, it } from 'vitest';
import type { SourceRegion } from '../../model/source';
import { parseUnitLabel, sheetFigures } from './sheet-figures';

/** Builds one-line-per-cell text the way sheet-source.ts extracts it. */
function sheet(cells: [string, string][]): { text: string; regions: SourceRegion[] } {
  let text = '';
  const regions: SourceRegion[] = [];
  for (const [cell, value] of cells) {
    if (text) text += '\n';
    regions.push({ kind: 'cell', sheet: 'S', cell, start: text.length, end: text.length + value.length });
    text += value;
  }
  return { text, regions };
}

describe('sheetFigures', () => {
  it('reads unit and measure of bare number cells from the row label or column header', () => {
    const { text, regions } = sheet([
      ['A1', '指標'],
      ['B1', '2024 (萬元)'],
      ['A2', '地區生產總值（億元）'],
      ['B2', '264.3'],
      ['A3', '公共財政收入'],
      ['B3', '91,000'],
      ['A4', '增長率'],
      ['B4', '4.9% [0.049]'],
    ]);
    const { figures, labels } = sheetFigures(text, regions, []);
    expect(figures.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['264.3', 264.3e8, '元'],
      ['91,000', 9.1e8, '元'],
      ['4.9%', 4.9, '%'],
    ]);
    expect(labels.get(figures[0]!.start)).toBe('地區生產總值');
  });
  it('gives a unit to a bare number prose detection reported without one', () => {
    const { text, regions } = sheet([
      ['A1', '地區生產總值(元)'],
      ['B1', '26,400,000,000 [26400000000]'],
    ]);
    const bare = {
      start: text.indexOf('26'),
      end: text.indexOf('26') + 14,
      text: '26,400,000,000',
      value: 264e8,
      unit: '',
    };
    expect(sheetFigures(text, regions, [bare]).figures).toEqual([{ ...bare, unit: '元' }]);
  });
  it('leaves cells without a unit alone and keeps detected figures', () => {
    const { text, regions } = sheet([
      ['A1', '項目'],
      ['B1', '123'],
    ]);
    expect(sheetFigures(text, regions, []).figures).toEqual([]);
  });
  it('parses unit labels', () => {
    expect(parseUnitLabel('億元')).toEqual({ multiplier: 1e8, unit: '元' });
    expect(parseUnitLabel('billion yuan')).toEqual({ multiplier: 1e9, unit: '元' });
    expect(parseUnitLabel('千瓦')).toEqual({ multiplier: 1, unit: '千瓦' });
  });
});
