import { describe, expect, it } from 'vitest';
import { repairToUnicodeCMap, unifyIdeographs } from './cmap-text';

describe('ToUnicode repair', () => {
  it('maps Kangxi radicals, supplement radicals and compatibility ideographs to unified ideographs', () => {
    expect(unifyIdeographs('⼯業⻑期')).toBe('工業長期');
    expect(unifyIdeographs('\uf900')).toBe('豈');
    expect(unifyIdeographs('plain 工作 text')).toBe('plain 工作 text');
  });

  it('rewrites bfchar targets and expands a bfrange that runs through radicals', () => {
    const cmap =
      '2 beginbfchar\n<38> <5DDD>\n<45> <2F2F>\nendbfchar\n1 beginbfrange\n<10> <12> <2F2E>\nendbfrange\n1 beginbfrange\n<20> <21> <4E00>\nendbfrange';
    const fixed = repairToUnicodeCMap(cmap)!;
    expect(fixed).toContain('<38> <5DDD>');
    expect(fixed).toContain('<45> <5DE5>');
    expect(fixed).toContain('<10> <12> [<5DDB> <5DE5> <5DF1>]');
    expect(fixed).toContain('<20> <21> <4E00>');
    expect(repairToUnicodeCMap('1 beginbfchar\n<38> <5DDD>\nendbfchar')).toBeNull();
  });
});
