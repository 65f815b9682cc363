import { describe, expect, it } from 'vitest';
import { detectFigures } from '../detect';
import { formatLocator } from './locator';
import { profileFigures } from './profile';
import { planReplacement } from './replace-plan';
import { sheetSource } from './table-test-support';

const draft = '全年地區生產總值264.3億元，社會消費品零售總額141.55億元，公共財政收入9.1億元。';
const [gdp, retail, revenue] = profileFigures(draft, detectFigures(draft));
const annex = (rows: (string | null)[][]) => ({
  id: 'new',
  name: 'annex-v2.xlsx',
  ...sheetSource({ 附表1: [['單位：億元'], ['指標', '2023年', '2024年'], ...rows] }),
});

describe('planReplacement', () => {
  it('moves a link to the same cell when the new workbook still states the figure there', () => {
    const next = annex([
      ['地區生產總值', '251.2', '264.3'],
      ['社會消費品零售總額', '124.7', '140.55'],
      ['人均地區生產總值', '9.1', '264.3'],
    ]);
    const outcomes = planReplacement(
      [
        {
          linkId: 'a',
          figure: gdp!,
          locator: { kind: 'cell', sheet: '附表1', cell: 'C3' },
          old: { verdict: 'agrees' },
        },
        {
          linkId: 'b',
          figure: retail!,
          locator: { kind: 'cell', sheet: '附表1', cell: 'C4' },
          old: { verdict: 'agrees' },
        },
        { linkId: 'c', figure: revenue!, locator: { kind: 'text' }, old: { verdict: 'agrees' } },
        { linkId: 'd', figure: null, locator: { kind: 'text' }, old: { verdict: 'agrees' } },
      ],
      next,
    );
    expect(outcomes[0]).toMatchObject({ carried: true, sameLocator: true });
    expect(outcomes[0]!.carried && formatLocator(outcomes[0]!.place.locator)).toBe('附表1!C3');
    expect(outcomes[1]).toMatchObject({ carried: false, reason: 'differs', value: 14055000000 });
    expect(outcomes[2]).toMatchObject({ carried: false, reason: 'not-found' });
    expect(outcomes[3]).toMatchObject({ carried: false, reason: 'not-in-draft' });
  });

  it('moves a link to a differing value only while the new file states that same value', () => {
    const link = {
      linkId: 'x',
      figure: retail!,
      locator: { kind: 'cell' as const, sheet: '附表1', cell: 'C3' },
      old: { verdict: 'differs' as const, value: 14055000000 },
    };
    const same = planReplacement([link], annex([['社會消費品零售總額', '124.7', '140.55']]));
    expect(same[0]).toMatchObject({ carried: true, sameLocator: true });
    const other = planReplacement([link], annex([['社會消費品零售總額', '124.7', '139.9']]));
    expect(other[0]).toMatchObject({ carried: false, reason: 'differs', value: 13990000000 });
  });
});
