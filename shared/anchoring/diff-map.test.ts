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

describe('diffTexts: moved sentences', () => {
  it('keeps a moved sentence whole instead of lining its letters up with the sentence it lands beside', () => {
    const council = 'Council tax receipts reached £198.2 million, a collection rate of 96.4 per cent. ';
    const bus = 'Bus passenger journeys in the city rose to 31.4 million, 8 per cent more than in 2024. ';
    const old = `Alpha one is here. ${council}Beta two is here. Gamma three is here. ${bus}Delta four.`;
    const next = `Alpha one is here. Beta two is here. Gamma three is here. ${council}Delta four.`;
    const map = buildDiffMap(old, next);
    const at = next.indexOf('Council tax');
    const own = ownership(map, at, at + council.length, old.indexOf('Council tax'), old.indexOf('Beta'));
    // None of the moved sentence's letters is credited to the deleted bus sentence.
    expect(own.foreign).toBe(0);
    expect(own.inserted).toBe(council.length);
  });

  it('does not diff two unrelated English sentences left unpaired by character', () => {
    const old =
      'Intro stays. The Council resurfaced 64 kilometres of roads and repaired potholes. Outro stays.';
    const next = 'Intro stays. Average rents for council homes will rise from April in line. Outro stays.';
    const map = buildDiffMap(old, next);
    const at = next.indexOf('Average');
    const own = ownership(map, at, next.indexOf(' Outro'), old.indexOf('The Council'), old.indexOf(' Outro'));
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
