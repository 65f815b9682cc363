import { describe, expect, it } from 'vitest';
import { buildDiffMap, diffTexts, insertedRanges, mapNewToOld, mapOldToNew, ownership } from './diff-map';

const apply = (diffs: [number, string][]): { old: string; next: string } => ({
  old: diffs
    .filter(([op]) => op <= 0)
    .map(([, t]) => t)
    .join(''),
  next: diffs
    .filter(([op]) => op >= 0)
    .map(([, t]) => t)
    .join(''),
});

describe('diffTexts', () => {
  it('reproduces both texts', () => {
    const old = '第一句。第二句有264億元。\n\n第三段。Fourth. Fifth sentence here.';
    const next = '第一句。第二句有265億元。\n第三段改了。Fifth sentence here. Fourth.';
    expect(apply(diffTexts(old, next))).toEqual({ old, next });
  });

  it('keeps a sentence that survived between edited ones as shared text (no cascading cleanup)', () => {
    const old =
      '各位代表:\n\n現在,我代表區人民政府向大會報告工作,請予審查,並請各位列席人員提出意見。\n\n一、工作回顧\n';
    const next =
      '各位: \n\n現在,我代表區人民政府向大會報告工作,請予審查，並請各位列席人員提出意見。\n\n一、工作回，大力顧\n';
    const map = buildDiffMap(old, next);
    const at = old.indexOf('現在');
    expect(mapNewToOld(map, mapOldToNew(map, at))).toBe(at);
    expect(next.slice(mapOldToNew(map, at), mapOldToNew(map, at) + 5)).toBe('現在,我代');
  });

  it('does not line up a deleted sentence with an unrelated inserted one', () => {
    const old = 'Spending rose by 4.7 per cent. Pay awards add more. Recycling was up from 44.1 per cent.';
    const next = 'Pay awards add more. Recycling was up from 44.1 per cent. The tax rises 3.2 per cent.';
    const map = buildDiffMap(old, next);
    const start = old.indexOf('4.7 per');
    const own = ownership(map, next.indexOf('3.2 per'), next.indexOf('3.2 per') + 7, start, start + 7);
    expect(own.own).toBe(0);
  });
});

describe('DiffMap', () => {
  const old = 'aaaa bbbb cccc dddd';
  const next = 'aaaa XX cccc dddd eeee';
  const map = buildDiffMap(old, next);

  it('maps shared offsets exactly and deleted ones to where the deletion happened', () => {
    expect(mapOldToNew(map, 0)).toBe(0);
    expect(mapOldToNew(map, old.indexOf('cccc'))).toBe(next.indexOf('cccc'));
    const inside = old.indexOf('bbbb') + 1;
    expect(mapOldToNew(map, inside, 'before')).toBe(5);
    expect(mapOldToNew(map, inside, 'after')).toBe(next.indexOf('XX') + 2);
    expect(mapNewToOld(map, next.indexOf('XX'))).toBe(-1);
    expect(mapNewToOld(map, next.indexOf('dddd'))).toBe(old.indexOf('dddd'));
  });

  it('says whose characters a new range holds', () => {
    const c = old.indexOf('cccc');
    expect(ownership(map, next.indexOf('cccc'), next.indexOf('cccc') + 4, c, c + 4)).toEqual({
      own: 4,
      foreign: 0,
      inserted: 0,
    });
    expect(ownership(map, 0, 4, c, c + 4)).toEqual({ own: 0, foreign: 4, inserted: 0 });
  });

  it('lists inserted ranges', () => {
    const ranges = insertedRanges(map).map((r) => next.slice(r.start, r.end));
    expect(ranges.join('|')).toContain('XX');
    expect(ranges.join('|')).toContain('eeee');
  });
});
