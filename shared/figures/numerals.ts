/**
 * Number parsing: Arabic digit strings with thousands separators and decimals, Chinese numerals
 * (`三千萬`, `兩萬`, `一百零五`, `二〇二四`) and exact scaling by powers of ten. Scaling moves the decimal
 * point in the digit string instead of multiplying floats, so `2.6萬` is exactly 26000, not 26000.000000000004.
 */

const DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  兩: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12 };

/** Characters that may make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '〇零一二兩两三四五六七八九十百千萬万億亿兆';

const CHINESE_NUMERAL_CODES = new Uint8Array(0x10000);
for (const ch of CHINESE_NUMERAL_CHARS) CHINESE_NUMERAL_CODES[ch.charCodeAt(0)] = 1;

/** True for a character that may be part of a Chinese numeral, by code (no string is made). */
export function isChineseNumeralCode(code: number): boolean {
  return CHINESE_NUMERAL_CODES[code] === 1;
}

/** Sticky: a run of Chinese numeral characters. */
export const CHINESE_NUMERAL_RUN_RE = /[〇零一二兩两三四五六七八九十百千萬万億亿兆]+/y;

/** True when `run` is written digit by digit (`二〇二四`), the way years are, not with 十/百/千. */
export function isDigitByDigit(run: string): boolean {
  if (run.length < 2) return false;
  for (const ch of run) if (!(ch in DIGIT) || ch === '兩' || ch === '两') return false;
  return true;
}

/**
 * Value of a Chinese numeral, or undefined when the characters do not form one (`千千`).
 * `十二` → 12, `三千萬` → 30000000, `一億五千萬` → 150000000, `二〇二四` → 2024.
 */
export function parseChineseNumeral(run: string): number | undefined {
  if (run.length === 0) return undefined;
  if (isDigitByDigit(run)) {
    let v = 0;
    for (const ch of run) v = v * 10 + DIGIT[ch]!;
    return v;
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastBig = Infinity;
  let lastSmall = Infinity;
  for (const ch of run) {
    const d = DIGIT[ch];
    if (d !== undefined) {
      if (digit !== undefined && digit !== 0 && d !== 0) return undefined; // 三三
      digit = d;
      continue;
    }
    const small = SMALL_UNIT[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return undefined;
      section += (digit ?? 1) * small;
      digit = undefined;
      lastSmall = small;
      continue;
    }
    const big = BIG_UNIT[ch];
    if (big === undefined) return undefined;
    const part = section + (digit ?? 0);
    if (big > lastBig)
      total = (total + part || 1) * big; // 萬億: the earlier groups scale up
    else total += (part || 1) * big;
    lastBig = big;
    section = 0;
    digit = undefined;
    lastSmall = Infinity;
  }
  return total + section + (digit ?? 0);
}

const isDigitAt = (text: string, k: number): boolean => {
  const c = text.charCodeAt(k);
  return c >= 0x30 && c <= 0x39;
};

/**
 * End of the Arabic number that starts at `i` (a digit): the same match as ARABIC_NUMBER_RE, read by char
 * codes so the hot path makes no match array.
 */
export function arabicNumberEnd(text: string, i: number): number {
  let k = i;
  while (isDigitAt(text, k)) k++;
  if (k - i <= 3) {
    // Thousands groups: `,ddd` not followed by a further digit (`1,234,5678` stops after `1,234`).
    let g = k;
    while (
      text.charCodeAt(g) === 0x2c &&
      isDigitAt(text, g + 1) &&
      isDigitAt(text, g + 2) &&
      isDigitAt(text, g + 3) &&
      !isDigitAt(text, g + 4)
    )
      g += 4;
    k = g;
  }
  if (text.charCodeAt(k) === 0x2e && isDigitAt(text, k + 1)) {
    k += 2;
    while (isDigitAt(text, k)) k++;
  }
  return k;
}

/** Sticky: an Arabic number, with thousands separators (`1,234,567`) and a decimal part. */
export const ARABIC_NUMBER_RE = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;

/** 10 ** k for k = 0…40, computed once: the fast path below reads a shift in that range. */
const POW10 = Array.from({ length: 41 }, (_, k) => 10 ** k);

/**
 * The value of an Arabic number string multiplied by 10^exponent, computed on the digit string so the
 * result is the number a person would write (`scaleDecimal('148.48', 8)` → 14848000000).
 */
export function scaleDecimal(digits: string, exponent = 0): number {
  // Fast path, by char code with no string made: up to 15 digits are an exact integer, and one
  // correctly rounded division or multiplication by an exact power of ten gives what Number() would.
  if (exponent >= 0 && exponent <= 22) {
    let integer = 0;
    let count = 0;
    let decimals = -1;
    let k = 0;
    for (const n = digits.length; k < n; k++) {
      const c = digits.charCodeAt(k);
      if (c >= 0x30 && c <= 0x39) {
        integer = integer * 10 + (c - 0x30);
        count++;
        if (decimals >= 0) decimals++;
      } else if (c === 0x2e && decimals < 0) decimals = 0;
      else if (c !== 0x2c || decimals >= 0) break;
    }
    if (k === digits.length && count > 0 && count <= 15) {
      const shift = exponent - (decimals < 0 ? 0 : decimals);
      // A table of powers of ten (made with `**`, so the same doubles): `**` is a call per number.
      const scaled = shift >= 0 ? integer * POW10[shift]! : integer / POW10[-shift]!;
      if (scaled <= Number.MAX_SAFE_INTEGER || shift <= 0) return scaled;
    }
  }
  const plain = digits.includes(',') ? digits.replace(/,/g, '') : digits;
  if (exponent === 0) return Number(plain);
  // Scaled as integers, which floating point holds exactly below 2^53: the digits without the point,
  // then times (or, for more decimals than the exponent, divided by) a power of ten, one rounding.
  if (exponent > 0 && exponent <= 22 && plain.length <= 15) {
    const dot = plain.indexOf('.');
    const decimals = dot < 0 ? 0 : plain.length - dot - 1;
    const integer = decimals === 0 ? Number(plain) : Math.round(Number(plain) * 10 ** decimals);
    const shift = exponent - decimals;
    const scaled = shift >= 0 ? integer * 10 ** shift : integer / 10 ** -shift;
    if (Math.abs(scaled) <= Number.MAX_SAFE_INTEGER) return scaled;
  }
  const dot = plain.indexOf('.');
  const whole = dot < 0 ? plain : plain.slice(0, dot);
  const fraction = dot < 0 ? '' : plain.slice(dot + 1);
  if (exponent > 0) {
    const moved = fraction.padEnd(exponent, '0');
    return Number(`${whole}${moved.slice(0, exponent)}.${moved.slice(exponent) || '0'}`);
  }
  return Number(plain) * 10 ** exponent;
}

/** Full-width digits and signs (０-９, ％, ．) in a regex character class. */
export const FULL_WIDTH_CLASS = '０-９％．';

/** The ASCII character of a full-width digit or sign (one of FULL_WIDTH_CLASS), given its code. */
export function fullWidthToAscii(code: number): string {
  return String.fromCharCode(code - 0xfee0);
}
