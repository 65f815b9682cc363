/**
 * Figures that start with Arabic digits, in any of the three languages: `264億元`, `4.9%`, `2-3 家`,
 * `1億8,245萬3,762元`, `1/3`, `$4.2 billion`, `12,000 jobs`, `3–5 years`. Dates, years, codes, ordinals
 * and list numbers are skipped here, before any unit is read.
 */
import type { ChineseTail } from './chinese-tail';
import { readChineseTail } from './chinese-tail';
import { currencyBefore, qualifierBefore } from './context';
import type { EnglishTail } from './english';
import { isEnglishLabelOrDate, readEnglishTail } from './english';
import {
  headingNumberEnd,
  isAsciiLetter,
  isCalendarYear,
  isCodePrefix,
  isInShortQuote,
  isOrdinalPrefix,
  isYearLike,
  numericDateLength,
} from './exclusions';
import { ARABIC_NUMBER_RE, scaleDecimal } from './numerals';
import { MULTIPLIER_EXPONENT } from './units';
import type { FigureQualifier } from './types';

/** A figure found by a reader, before its text is cut from the original string. */
export interface Found {
  start: number;
  end: number;
  value: number;
  high?: number;
  unit: string;
  qualifier?: FigureQualifier;
}

/** A reader's answer: the figure, if any, and where scanning resumes. */
export interface ReadResult {
  found?: Found;
  next: number;
}

const ALNUM_RUN_RE = /[A-Za-z0-9.\-#]*/y;
const RANGE_SEPARATOR_RE = /(?:[ \u00a0]?[-–—~～〜][ \u00a0]?|至|到| to | and )(?=[$€£]?\d)/y;
const COMPOUND_RE =
  /(?:\d+(?:,\d{3})*(?:\.\d+)?(?:[千百]?[兆億亿萬万]) ?)+\d+(?:,\d{3})*(?:\.\d+)?(?:[千百]?[萬万]|[千百])?(?![\d.])/y;
const COMPOUND_PART_RE = /(\d[\d,]*(?:\.\d+)?)([千百]?[兆億亿萬万]|[千百])?/g;
const FRACTION_RE = /\/(\d{1,3})(?![\d/.])/y;

const RANGE_STARTS = ' \u00a0-–—~～〜至到';
const DATE_SEPARATORS = '-/.:：)–';
const BIG_MULTIPLIERS = '億亿萬万兆';
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

function skipRun(text: string, from: number): number {
  ALNUM_RUN_RE.lastIndex = from;
  ALNUM_RUN_RE.exec(text);
  return Math.max(ALNUM_RUN_RE.lastIndex, from + 1);
}

type Tail = (ChineseTail | (EnglishTail & { unitEnd: number })) & { english: boolean };

function readTail(text: string, p: number, currency: string | undefined): Tail | undefined {
  const chinese = readChineseTail(text, p, 'arabic') as Tail | undefined;
  if (chinese) {
    chinese.english = false;
    return chinese;
  }
  // After a CJK character only a Chinese unit can follow; skip the English readers.
  if (text.charCodeAt(p) > 0x2e7f) return undefined;
  const english = readEnglishTail(text, p, currency) as Tail | undefined;
  if (english) {
    english.unitEnd = english.end;
    english.english = true;
  }
  return english;
}

/** Sum of a compound amount written in parts (`1億8,245萬3,762`), or undefined when exponents do not fall. */
function compoundValue(written: string): number | undefined {
  let total = 0;
  let last = Infinity;
  let parts = 0;
  for (const m of written.matchAll(COMPOUND_PART_RE)) {
    let exponent = 0;
    for (const ch of m[2] ?? '') exponent += MULTIPLIER_EXPONENT[ch] ?? 0;
    if (exponent >= last) return undefined;
    last = exponent;
    total += scaleDecimal(m[1]!, exponent);
    parts++;
  }
  return parts >= 2 ? total : undefined;
}

/** Reads the figure whose digits start at `i`. */
export function readArabicAt(text: string, i: number): ReadResult {
  if (isCodePrefix(text, i)) return { next: skipRun(text, i) };
  const heading = headingNumberEnd(text, i);
  if (heading > 0) return { next: heading };
  // Dates, times and phone numbers continue the first digit run with a separator.
  let runEnd = i + 1;
  while (isDigit(text.charCodeAt(runEnd))) runEnd++;
  if (DATE_SEPARATORS.includes(text[runEnd] ?? '\n')) {
    const dateLength = numericDateLength(text, i);
    if (dateLength > 0) return { next: i + dateLength };
  }
  ARABIC_NUMBER_RE.lastIndex = i;
  const digits = ARABIC_NUMBER_RE.exec(text)![0];
  const p = i + digits.length;
  if (isOrdinalPrefix(text, i)) return { next: p };
  const after = text.charCodeAt(p);
  if (after === 0x23 /* # */ || after === 0x2116) return { next: p + 1 };
  if (text[p] === '.' && /\d/.test(text[p + 1] ?? '')) return { next: skipRun(text, p) }; // 1.2.3 version
  const currency = currencyBefore(text, i);
  const start = currency?.start ?? i;

  // Fractions: 1/3 (a date such as 3/1/2024 was skipped above).
  if (text[p] === '/') {
    FRACTION_RE.lastIndex = p;
    const f = FRACTION_RE.exec(text);
    if (f && !digits.includes('.') && !digits.includes(',')) {
      const numerator = Number(digits);
      const denominator = Number(f[1]);
      const end = p + f[0].length;
      if (denominator >= 2 && !(numerator === 24 && denominator === 7)) {
        return { found: { start, end, value: numerator / denominator, unit: '' }, next: end };
      }
      return { next: end };
    }
  }

  // Compound amounts: 1億8,245萬3,762元.
  COMPOUND_RE.lastIndex = i;
  const compound =
    BIG_MULTIPLIERS.includes(text[p] ?? '\n') || text[p + 1] === '億' || text[p + 1] === '亿'
      ? COMPOUND_RE.exec(text)
      : null;
  if (compound) {
    const sum = compoundValue(compound[0]);
    const tail = sum === undefined ? undefined : readChineseTail(text, i + compound[0].length, 'arabic');
    if (sum !== undefined && tail && tail.exponent === 0 && tail.unit !== '') {
      return finish(text, {
        start,
        end: tail.end,
        value: sum,
        unit: currencyUnit(tail.unit, currency?.unit),
        qualifier: tail.qualifier,
      });
    }
  }

  if (after !== undefined && isAsciiLetter(after)) {
    const attached = readEnglishTail(text, p, currency?.unit);
    if (!attached) return { next: skipRun(text, p) }; // 3rd, 20xx, 5G, A320neo
  }
  if (!currency && isLatinContext(text, i, p) && isEnglishLabelOrDate(text, i, p)) return { next: p };

  // Ranges: 3-5%, 2-3 家, 2-3億元, 3至5年, $2-3 billion, 3 to 5 years, between 3 and 5 percent.
  const range = readRange(text, i, p, digits, currency?.unit);
  if (range) return finish(text, { ...range, start });

  const tail = readTail(text, p, currency?.unit);
  if (!tail) {
    if (currency && !isYearLike(digits)) {
      return finish(text, { start, end: p, value: scaleDecimal(digits), unit: currency.unit });
    }
    return { next: p };
  }
  if (isNotAQuantity(text, i, digits, tail, currency !== undefined))
    return { next: tail.english ? p : tail.end };
  return finish(text, {
    start,
    end: tail.end,
    value: scaleDecimal(digits, tail.exponent),
    unit: currencyUnit(tail.unit, currency?.unit),
    qualifier: tail.qualifier,
  });
}

/** English rules only apply where a space or Latin letter stands next to the number. */
function isLatinContext(text: string, i: number, p: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(p);
  return before === 0x20 || after === 0x20 || before === 0x2e || after === 0x2c || isAsciiLetter(after);
}

function currencyUnit(unit: string, currency: string | undefined): string {
  if (!currency) return unit;
  return unit === '' || unit === '元' ? currency : unit;
}

/** Years and calendar dates that took a unit-like tail (`2014年`, `113年度`, `in 2024 schools`). */
function isNotAQuantity(text: string, i: number, digits: string, tail: Tail, hasCurrency: boolean): boolean {
  if (!tail.english && tail.unit === '年')
    return isCalendarYear(text, i, digits.replace(/,/g, ''), tail.unitEnd);
  if (tail.english && isYearLike(digits) && !hasCurrency && tail.exponent === 0) {
    return tail.unit !== '%' && tail.unit !== '百分點';
  }
  return false;
}

function readRange(
  text: string,
  i: number,
  p: number,
  digits: string,
  currency: string | undefined,
): Omit<Found, 'start'> | undefined {
  let q = p;
  const firstPercent = text[q] === '%';
  if (firstPercent) q++;
  if (!RANGE_STARTS.includes(text[q] ?? '\n')) return undefined;
  RANGE_SEPARATOR_RE.lastIndex = q;
  const sep = RANGE_SEPARATOR_RE.exec(text);
  if (!sep) return undefined;
  const before = text.slice(Math.max(0, i - 8), i);
  if (/[由從从]$|from $/i.test(before)) return undefined; // 由3%至6%: a change, not a range
  if (sep[0] === ' and ' && !/between $/i.test(before)) return undefined;
  if (isYearLike(digits)) return undefined;
  let r = q + sep[0].length;
  if (/[$€£]/.test(text[r] ?? '')) r++;
  ARABIC_NUMBER_RE.lastIndex = r;
  const second = ARABIC_NUMBER_RE.exec(text);
  if (!second) return undefined;
  const tail = readTail(text, r + second[0].length, currency);
  if (!tail || (firstPercent && tail.unit !== '%')) return undefined;
  if (!tail.english && tail.unit === '年' && isCalendarYear(text, r, second[0], tail.unitEnd))
    return undefined;
  const value = scaleDecimal(digits, tail.exponent);
  const high = scaleDecimal(second[0], tail.exponent);
  if (!(value < high)) return undefined;
  return { end: tail.end, value, high, unit: currencyUnit(tail.unit, currency), qualifier: tail.qualifier };
}

function finish(text: string, found: Found): ReadResult {
  const qualifier = found.qualifier ?? qualifierBefore(text, found.start);
  if (isInShortQuote(text, found.start, found.end)) return { next: found.end };
  return { found: qualifier ? { ...found, qualifier } : found, next: found.end };
}
