import { describe, expect, it } from 'vitest';
// Vite's ?raw import keeps shared/ free of Node APIs while still testing on the real sample.
import sample from '../../resources/samples/hecheng-work-report.txt?raw';
import { createTarget, resolveTarget } from './selectors';

describe('createTarget', () => {
  it('keeps the quote and 32 characters of context each side', () => {
    const text = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(40);
    const target = createTarget(text, 40, 45);
    expect(target).toEqual({
      start: 40,
      end: 45,
      exact: 'QUOTE',
      prefix: 'a'.repeat(32),
      suffix: 'b'.repeat(32),
    });
  });

  it('clips context at the ends of the text', () => {
    expect(createTarget('abcdef', 0, 2)).toEqual({
      start: 0,
      end: 2,
      exact: 'ab',
      prefix: '',
      suffix: 'cdef',
    });
  });

  it('does not split surrogate pairs in the context', () => {
    // '𠀀' is two UTF-16 code units; put it where the 32-char window would cut it.
    const text = 'x'.repeat(1) + '𠀀' + 'y'.repeat(31) + 'Q' + 'y'.repeat(31) + '𠀀';
    const q = text.indexOf('Q');
    const target = createTarget(text, q, q + 1);
    expect(target.prefix).toBe('y'.repeat(31));
    expect(target.suffix).toBe('y'.repeat(31));
  });

  it('refuses empty, reversed or out-of-range ranges, quoting the values', () => {
    expect(() => createTarget('abc', 2, 2)).toThrow(/2\.\.2/);
    expect(() => createTarget('abc', 2, 1)).toThrow(RangeError);
    expect(() => createTarget('abc', 0, 4)).toThrow(/length 3/);
  });
});

describe('resolveTarget', () => {
  it('finds the quote at its stored position first', () => {
    const text = 'growth 5% and growth 5% again';
    const target = createTarget(text, 14, 23);
    expect(resolveTarget(text, target)).toEqual({ start: 14, end: 23, method: 'position' });
  });

  it('prefers the occurrence whose context matches over a nearer one', () => {
    const text = 'alpha: growth 5%. beta: growth 5%. gamma';
    const target = createTarget(text, 24, 33); // the "beta" one
    const shifted = 'PADDINGPADDING alpha: growth 5%. beta: growth 5%. gamma'.replace('beta', 'beta!');
    const moved = { ...target, start: 15 }; // stored position now points near the alpha one
    const resolved = resolveTarget(shifted, moved);
    expect(resolved?.method).toBe('quote');
    expect(shifted.slice(resolved!.start - 7, resolved!.start)).toBe('beta!: ');
  });

  it('takes the nearest occurrence when contexts tie', () => {
    const text = 'x QQ x QQ x QQ x';
    const target = { start: 9, end: 11, exact: 'QQ', prefix: '', suffix: '' };
    expect(resolveTarget(text, target)).toEqual({ start: 7, end: 9, method: 'quote' });
  });

  it('reports a quote that no longer occurs as not found', () => {
    expect(
      resolveTarget('nothing here', { start: 0, end: 3, exact: 'abc', prefix: '', suffix: '' }),
    ).toBeNull();
  });

  it('re-finds every sentence of the sample after text is inserted before it', () => {
    const shiftedText = '新增的前言段落。\n' + sample;
    let checked = 0;
    for (const match of sample.matchAll(/[^。\n]+。/g)) {
      const start = match.index;
      const target = createTarget(sample, start, start + match[0].length);
      const resolved = resolveTarget(shiftedText, target);
      expect(resolved).not.toBeNull();
      expect(shiftedText.slice(resolved!.start, resolved!.end)).toBe(match[0]);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('resolves 1,000 drifted targets on a 1 MB text', () => {
    let big = '';
    while (big.length < 1_000_000) big += sample;
    const targets = Array.from({ length: 1000 }, (_, i) => {
      const s = (i * 997) % (big.length - 50);
      return { ...createTarget(big, s, s + 12), start: s + 3 };
    });
    const found = targets.map((t) => resolveTarget(big, t));
    expect(found.every((r) => r !== null)).toBe(true);
    for (const [i, r] of found.entries()) expect(big.slice(r!.start, r!.end)).toBe(targets[i]!.exact);
  });
});
