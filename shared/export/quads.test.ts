import { describe, expect, it } from 'vitest';
import { enclosingRect, mergeLineFragments, parseAnnotationLink, quadPoints } from './quads';

describe('line fragments and quads', () => {
  it('merges touching pieces on one line, keeps separate lines and gaps apart', () => {
    const fragments = mergeLineFragments([
      [100, 500, 150, 515],
      [150, 500, 180.5, 515.2],
      [57, 480, 120, 495],
      [300, 500, 320, 515], // another table cell on the same row
    ]);
    expect(fragments).toEqual([
      [100, 500, 180.5, 515.2],
      [300, 500, 320, 515],
      [57, 480, 120, 495],
    ]);
    expect(quadPoints([[57, 480, 120, 495]])).toEqual([57, 495, 120, 495, 57, 480, 120, 480]);
    expect(enclosingRect(fragments, 1)).toEqual([56, 479, 321, 516.2]);
  });

  it('reads only our placeholder links', () => {
    expect(parseAnnotationLink('https://annot.invalid/3+17', 'https://annot.invalid/')).toEqual([3, 17]);
    expect(parseAnnotationLink('https://example.com/3', 'https://annot.invalid/')).toBeNull();
    expect(parseAnnotationLink('https://annot.invalid/x', 'https://annot.invalid/')).toBeNull();
  });
});
