import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFigures } from '../../shared/figures/detect';
import type { DetectedFigure } from '../../shared/figures/types';
import { firstDifference } from './compare';
import { brokenLines, fullWidthDigits, spacedNumbers, variationsOf } from './variations';

const fixture = readFileSync(
  join(import.meta.dirname, '..', '..', 'shared', 'figures', 'fixtures', 'taichung-policy-report.txt'),
  'utf8',
).slice(0, 4000);

describe('firstDifference', () => {
  it('finds none between the detector and itself on every variation of a fixture', () => {
    for (const variation of variationsOf(fixture))
      expect(firstDifference(detectFigures, detectFigures, variation.text), variation.name).toBeUndefined();
  });

  it('names the first figure a detector drops, and the field it changes', () => {
    const dropping = (text: string): DetectedFigure[] => detectFigures(text).slice(1);
    const dropped = firstDifference(detectFigures, dropping, '營收264億元，成長3.5%');
    expect(dropped).toMatchObject({ index: 0, expected: expect.stringContaining('value=26400000000') });
    const shifted = (text: string): DetectedFigure[] =>
      detectFigures(text).map((f) => (f.unit === '%' ? { ...f, high: 4 } : f));
    expect(firstDifference(detectFigures, shifted, '營收264億元，成長3.5%')).toMatchObject({
      index: 1,
      actual: expect.stringContaining('high=4'),
    });
  });

  it('finds an extra figure at the end', () => {
    const extra = (text: string): DetectedFigure[] => [
      ...detectFigures(text),
      { start: 0, end: 1, text: '1', value: 1, unit: '' },
    ];
    expect(firstDifference(detectFigures, extra, '共3人')).toMatchObject({ index: 1, expected: '(none)' });
  });
});

describe('variations', () => {
  it('writes digits full width without moving offsets', () => {
    expect(fullWidthDigits('成長3.5%，第2. 項')).toBe('成長３．５％，第２. 項');
  });

  it('spaces numbers and breaks lines at the width asked', () => {
    expect(spacedNumbers('共1,200人')).toBe('共 1,200 人');
    expect(brokenLines('一二三四五\n六七', 2)).toBe('一二\n三四\n五\n六七\n');
  });

  it('changes what the detector sees in each variation', () => {
    const texts = new Set(variationsOf(fixture).map((v) => v.text));
    expect(texts.size).toBe(variationsOf(fixture).length);
  });
});
