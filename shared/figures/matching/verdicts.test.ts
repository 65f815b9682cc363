import { describe, expect, it } from 'vitest';
import { auditDraft } from './audit';
import { hasConflict } from './match';
import { sheetSource } from './table-test-support';

// The case: a workbook says 141.55億元, a URL quote says 140.55億元, the draft 140.55億元.
const draft = '全年社會消費品零售總額140.55億元，同比增長12.7%。';
const workbook = {
  id: 'workbook',
  name: 'annex.xlsx',
  ...sheetSource({
    附表: [
      ['指標', '數值（億元）'],
      ['社會消費品零售總額', '141.55'],
    ],
  }),
};
const quote = {
  id: 'url',
  name: 'https://stats.example/bulletin',
  text: '全區社會消費品零售總額140.55億元，增長12.7%。',
  regions: [],
};
const memo = { id: 'memo', name: 'memo.txt', text: '本年度新建學校5所。', regions: [] };

describe('source verdicts', () => {
  it('lists every source: the agreeing one does not hide the one that differs', () => {
    const audit = auditDraft(draft, [workbook, quote, memo]);
    const verdicts = audit.matches[0]!.verdicts;
    expect(verdicts.map((v) => [v.sourceId, v.verdict])).toEqual([
      ['workbook', 'differs'],
      ['url', 'agrees'],
      ['memo', 'not-found'],
    ]);
    const differs = verdicts[0]!;
    if (differs.verdict !== 'differs') throw new Error('expected differs');
    expect(differs.mismatch.text).toBe('141.55');
    expect(differs.difference.absolute).toBeCloseTo(-1e8, 0);
    expect(differs.difference.relative).toBeCloseTo(-1 / 141.55, 6);
    expect(verdicts[1]).toMatchObject({ verdict: 'agrees', rounding: 'exact' });
    expect(hasConflict(audit.matches[0]!)).toBe(true);
    expect(audit.matches[0]!.mismatches.map((m) => m.sourceId)).toEqual(['workbook']);
  });

  it('records the rounding an agreeing source needed, and no conflict when all agree', () => {
    const audit = auditDraft('全年社會消費品零售總額141.6億元。', [workbook]);
    expect(audit.matches[0]!.verdicts).toMatchObject([{ verdict: 'agrees', rounding: 'rounded' }]);
    expect(hasConflict(audit.matches[0]!)).toBe(false);
  });

  it('does not compare statements about different years', () => {
    const audit = auditDraft('2023年社會消費品零售總額124.7億元。', [
      { id: 'a', name: 'a.txt', text: '2024年社會消費品零售總額141.55億元。', regions: [] },
    ]);
    expect(audit.matches[0]!.verdicts.map((v) => v.verdict)).toEqual(['not-found']);
  });
});
