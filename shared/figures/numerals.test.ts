/** The char-code number reader agrees with the regex it replaces on the hot path, and exact scaling. */
import { describe, expect, it } from 'vitest';
import { ARABIC_NUMBER_RE, arabicNumberEnd, scaleDecimal } from './numerals';

describe('arabicNumberEnd', () => {
  it('ends where ARABIC_NUMBER_RE ends, on edge cases and 5,000 generated strings', () => {
    const cases = ['1,234,5678', '12,345', '1234,567', '1,23', '3.14.15', '1,234.5', '12.', '5', '1,2345'];
    let seed = 42;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 5000; n++) {
      let s = '1';
      for (let k = 0; k < 1 + Math.floor(next() * 10); k++) s += '0123456789,.,x'[Math.floor(next() * 14)];
      cases.push(s);
    }
    for (const c of cases) {
      ARABIC_NUMBER_RE.lastIndex = 0;
      expect(arabicNumberEnd(c, 0), c).toBe(ARABIC_NUMBER_RE.exec(c)![0].length);
    }
  });
});

describe('scaleDecimal', () => {
  it.each<[string, number, number]>([
    ['187.26', 8, 18726000000],
    ['2.6', 4, 26000],
    ['0.35', 8, 35000000],
    ['1.23456', 4, 12345.6],
    ['1,234', 4, 12340000],
    ['148.48', 8, 14848000000],
    ['12345678901234567', 4, 123456789012345670000],
  ])('%s × 10^%i = %d', (digits, exponent, value) => expect(scaleDecimal(digits, exponent)).toBe(value));
});

describe('scaleDecimal fast path', () => {
  it('equals Number() of the digit string for every exponent 0 and decimal split', () => {
    for (const digits of ['0.1', '1,234.56', '999999999999999', '0.000123', '12.345678', '3,480', '7.4']) {
      expect(scaleDecimal(digits)).toBe(Number(digits.replace(/,/g, '')));
    }
  });
  it('scales exactly as a person would write it', () => {
    expect(scaleDecimal('148.48', 8)).toBe(14848000000);
    expect(scaleDecimal('0.35', 4)).toBe(3500);
    expect(scaleDecimal('1,234.5678', 2)).toBe(123456.78);
    expect(scaleDecimal('12345678901234567', 4)).toBe(123456789012345670000);
  });
});
