import { describe, expect, it } from 'vitest';
import type { SourceRegion } from '../../model/source';
import { gridsFromCells } from './table-grid';

// 指標 | 數值 / GDP | 9.1 as cells A1, B1, A2, B2 of Sheet1.
const text = '指標\n數值\nGDP\n9.1';
const cell = (ref: string, start: number, end: number): SourceRegion => ({
  kind: 'cell',
  sheet: 'Sheet1',
  cell: ref,
  start,
  end,
});
const regions = [cell('A1', 0, 2), cell('B1', 3, 5), cell('A2', 6, 9), cell('B2', 10, 13)];

describe('gridsFromCells merges', () => {
  it('shows a merged range’s text in every cell it covers', () => {
    const [grid] = gridsFromCells(text, regions.slice(0, 1).concat(regions.slice(2)), [
      { sheet: 'Sheet1', range: 'A1:B1' },
    ]);
    expect(grid!.rows[0]![1]).toMatchObject({ text: '指標', merged: true });
  });

  it('fills an absurd merge (A1:XFD1048576, from a damaged file) only within the cells the sheet holds', () => {
    const [grid] = gridsFromCells(text, regions, [{ sheet: 'Sheet1', range: 'A1:XFD1048576' }]);
    expect(grid!.rows).toHaveLength(2);
    expect(grid!.rows.map((row) => row.length)).toEqual([2, 2]);
    expect(grid!.rows[1]![1]).toMatchObject({ text: '9.1' });
    expect(grid!.rows[1]![1]!.merged).toBeUndefined();
  });
});
