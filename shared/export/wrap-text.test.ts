import { describe, expect, it } from 'vitest';
import { wrapText, type MeasureText } from './wrap-text';

/** Every character one unit wide at size 1, counting the calls. */
function counting(): { measure: MeasureText; calls: () => number } {
  let calls = 0;
  return {
    measure: (text, size) => {
      calls++;
      return [...text].length * size;
    },
    calls: () => calls,
  };
}

describe('wrapText', () => {
  it('breaks between words and between any two CJK characters, dropping the spaces at breaks', () => {
    const { measure } = counting();
    expect(wrapText('check the bulletin', 10, measure, 1)).toEqual(['check the', 'bulletin']);
    expect(wrapText('請核對第三處數字', 3, measure, 1)).toEqual(['請核對', '第三處', '數字']);
    expect(wrapText('核對 ok 數字', 4, measure, 1)).toEqual(['核對', 'ok 數', '字']);
    expect(wrapText('', 5, measure, 1)).toEqual(['']);
  });

  it('cuts a word wider than the column by characters when it starts a line', () => {
    const { measure } = counting();
    expect(wrapText('1234567890 ab', 4, measure, 1)).toEqual(['1234', '5678', '90', 'ab']);
  });

  it('cuts a word wider than the column by characters after other words too, never past the column', () => {
    const { measure } = counting();
    const lines = wrapText('see https://example.org/a/long/path now', 10, measure, 1);
    expect(lines).toEqual(['see', 'https://ex', 'ample.org/', 'a/long/pat', 'h now']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(10);
  });

  it('measures the tokens of a text once for every width it is set at', () => {
    const { measure, calls } = counting();
    const text = '與公報一致 check it';
    const narrow = wrapText(text, 4, measure, 2);
    const measured = calls();
    expect(measured).toBeGreaterThan(0);
    expect(wrapText(text, 30, measure, 2)).toEqual(['與公報一致 check it']);
    expect(wrapText(text, 4, measure, 2)).toEqual(narrow);
    expect(calls()).toBe(measured);
    // Another size is another measure.
    wrapText(text, 30, measure, 1);
    expect(calls()).toBeGreaterThan(measured);
  });
});
