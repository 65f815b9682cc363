import { describe, expect, it } from 'vitest';
import { sentenceAt } from './sentence';

/** The sentence around the first occurrence of `marker` in `text`. */
const around = (text: string, marker: string): string | null => {
  const offset = text.indexOf(marker);
  if (offset < 0) throw new Error(`marker ${marker} not in text`);
  const range = sentenceAt(text, offset);
  return range && text.slice(range.start, range.end);
};

describe('sentenceAt — Chinese', () => {
  const text = '去年經濟增長5.2%。今年目標為5%左右！就業穩定嗎？我們要穩中求進；加快發展\n下一行';
  it.each([
    ['增長', '去年經濟增長5.2%。'],
    ['目標', '今年目標為5%左右！'],
    ['就業', '就業穩定嗎？'],
    ['穩中', '我們要穩中求進；'],
    ['加快', '加快發展'],
    ['下一', '下一行'],
  ])('around %s', (marker, expected) => expect(around(text, marker)).toBe(expected));

  it('keeps closing quotes with the sentence and treats a terminator run as one end', () => {
    const quoted = '他說：「要堅持。」然後離開了……真的嗎？！好。';
    expect(around(quoted, '他說')).toBe('他說：「要堅持。」');
    expect(around(quoted, '然後')).toBe('然後離開了……');
    expect(around(quoted, '真的')).toBe('真的嗎？！');
  });

  it('includes the terminator itself when the offset is on it', () => {
    const t = '甲。乙。';
    expect(sentenceAt(t, 1)).toEqual({ start: 0, end: 2 });
    expect(sentenceAt(t, 2)).toEqual({ start: 2, end: 4 });
  });
});

describe('sentenceAt — English', () => {
  it('does not end sentences in abbreviations or numbers', () => {
    const text =
      'Growth reached 4.9 percent, e.g. in services. The U.S. economy grew approx. two points. Dr. Li agreed! Next?';
    expect(around(text, 'Growth')).toBe('Growth reached 4.9 percent, e.g. in services.');
    expect(around(text, 'economy')).toBe('The U.S. economy grew approx. two points.');
    expect(around(text, 'Li agreed')).toBe('Dr. Li agreed!');
    expect(around(text, 'Next')).toBe('Next?');
  });

  it('gives whitespace between sentences to the sentence before', () => {
    const text = 'One.  Two.';
    expect(sentenceAt(text, 5)).toEqual({ start: 0, end: 4 });
    expect(sentenceAt(text, 6)).toEqual({ start: 6, end: 10 });
  });

  it('keeps closing quotes and parentheses and ends at a line break', () => {
    const text = 'He said "stop." Then (finally.) More\nnew line.';
    expect(around(text, 'He')).toBe('He said "stop."');
    expect(around(text, 'Then')).toBe('Then (finally.)');
    expect(around(text, 'More')).toBe('More');
    expect(around(text, 'new')).toBe('new line.');
  });
});

describe('sentenceAt — edges', () => {
  it('returns null on a blank line and accepts the text end', () => {
    const text = 'a.\n\nb.';
    expect(sentenceAt(text, 3)).toBeNull();
    expect(sentenceAt(text, text.length)).toEqual({ start: 4, end: 6 });
    expect(sentenceAt('', 0)).toBeNull();
  });

  it('refuses offsets outside the text, quoting them', () => {
    expect(() => sentenceAt('abc', 4)).toThrow(/Offset 4/);
    expect(() => sentenceAt('abc', -1)).toThrow(RangeError);
  });
});
