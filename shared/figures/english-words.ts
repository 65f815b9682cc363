/**
 * English figures written in words: counts (`three new hospitals`, `twenty-five schools`), scaled
 * amounts (`two million people`) and fractions (`two-thirds`, `one third`). A bare `one` is only a
 * figure with a scale, a percentage (`one million`, `one percent`) or as a span of time after a
 * preposition (`within one year`), since it is usually a pronoun.
 */
import type { Found, ReadResult } from './arabic';
import { qualifierBefore } from './context';
import { readEnglishTail } from './english';
import { isEnglishLabelOrDate } from './english-context';
import { elidedCountUnit } from './english-elided';
import { isPointInTime } from './periods';
import { englishAgeAt } from './english-ages';
import {
  readArticleFraction,
  readHalf,
  readInFraction,
  readWordFraction,
  readWordNumber,
} from './english-numbers';

const QUARTERS_OF_YEAR_RE = /\b(?:first|last|past|next|previous|final|remaining)\s\S+\squarters$/i;

/** A hyphen and a unit of time or a measure after a number word (units `readEnglishTail` reads after `-`). */
const HYPHENED_MEASURE_RE = /^-(?:years?|months?|weeks?|days?|hours?|storey|seat|space)\b/;

const HALF_A_SCALE_RE = /[Hh]alf an? (?=(?:million|billion|trillion)\b)/y;

/** Reads the figure whose number word starts at `i`. */
export function readEnglishWordsAt(text: string, i: number): ReadResult {
  const article = readArticleFraction(text, i);
  if (article) {
    // `more than a tenth`, `about a third`: the comparison before the article is its qualifier.
    const qualifier = qualifierBefore(text, article.start);
    return { found: { ...article, unit: '', ...(qualifier ? { qualifier } : {}) }, next: article.end };
  }
  HALF_A_SCALE_RE.lastIndex = i;
  const halfA = (text.charCodeAt(i) | 0x20) === 0x68 /* h */ ? HALF_A_SCALE_RE.exec(text) : null;
  if (halfA) {
    // `half a million families`: one half of the scale word, read like `0.5 million families`.
    const tail = readEnglishTail(text, i + halfA[0].length - 1, undefined);
    if (tail && tail.exponent > 0) {
      const qualifier = tail.qualifier ?? qualifierBefore(text, i);
      const value = 0.5 * 10 ** tail.exponent;
      return {
        found: { start: i, end: tail.end, value, unit: tail.unit, ...(qualifier ? { qualifier } : {}) },
        next: tail.end,
      };
    }
  }
  const fraction = readWordFraction(text, i) ?? readHalf(text, i) ?? readProportion(text, i);
  // `the first three quarters of 2025`: quarters of a year, a named period, not three fourths.
  if (fraction && QUARTERS_OF_YEAR_RE.test(text.slice(Math.max(0, i - 10), fraction.end)))
    return { next: fraction.end };
  if (fraction) {
    const qualifier = qualifierBefore(text, i);
    return {
      found: {
        start: i,
        end: fraction.end,
        value: fraction.value,
        unit: '',
        ...(qualifier ? { qualifier } : {}),
      },
      next: fraction.end,
    };
  }
  const number = andAHalf(text, readWordNumber(text, i));
  // third/quarter/fifth/tenth are only candidates for `a third of`; alone they are ordinals.
  if (!number) return { next: i + 1 };
  // `a three-year pilot`, `a six-week consultation`, `a seven-storey block`: a span of time or a measure as an
  // adjective is read by the tail (as after digits: `6-week`, `300-seat`); any other hyphened word is not a figure.
  if (text[number.end] === '-' && !HYPHENED_MEASURE_RE.test(text.slice(number.end, number.end + 7))) {
    return { next: number.end }; // one-off, two-way, three-pronged
  }
  if (isEnglishLabelOrDate(text, i, number.end)) return { next: number.end };
  const range = readWordRange(text, i, number);
  if (range) return { found: range, next: range.end };
  const tail = readEnglishTail(text, number.end, undefined);
  if (!tail) {
    // `a child below seven`, `aged sixty and over`: an age, in years.
    const age = englishAgeAt(text, i, number.end);
    if (age) {
      const qualifier = age.qualifier ?? qualifierBefore(text, i);
      const found = { start: i, end: age.end, value: number.value, unit: '年', high: age.high };
      return { found: qualifier ? { ...found, qualifier } : found, next: age.end };
    }
    // `five findings, two of which`: a count whose noun the sentence has just named (never a bare `one`).
    const elided = number.value > 1 ? elidedCountUnit(text, i, number.end) : undefined;
    if (!elided) return { next: number.end };
    const qualifier = qualifierBefore(text, i);
    return {
      found: {
        start: i,
        end: number.end,
        value: number.value,
        unit: elided,
        ...(qualifier ? { qualifier } : {}),
      },
      next: number.end,
    };
  }
  if (
    number.value === 1 &&
    tail.exponent === 0 &&
    tail.unit !== '%' &&
    !isOneSpanOfTime(text, i, tail.unit, tail.end)
  )
    return { next: tail.end };
  const qualifier = tail.qualifier ?? qualifierBefore(text, i);
  const found = {
    start: i,
    end: tail.end,
    value: number.value * 10 ** tail.exponent,
    unit: tail.unit,
    ...(qualifier ? { qualifier } : {}),
  };
  // `two years ago`, `the first nine months`: a point or a named period of time, not a quantity.
  if (isPointInTime(text, found)) return { next: tail.end };
  return { found, next: tail.end };
}

/** `two and a half times`, `one and a half years`: the number and its half, read as one. */
function andAHalf(
  text: string,
  number: { end: number; value: number } | undefined,
): { end: number; value: number } | undefined {
  if (!number) return number;
  AND_A_HALF_RE.lastIndex = number.end;
  const half = AND_A_HALF_RE.exec(text);
  return half ? { end: number.end + half[0].length, value: number.value + 0.5 } : number;
}
const AND_A_HALF_RE = / and a half(?= )/y;

const SPAN_UNITS = new Set([
  '年',
  'months',
  'weeks',
  'days',
  'hours',
  'minutes',
  'minute',
  'seconds',
  'second',
]);
const SPAN_BEFORE_RE = /\b(?:within|for|than|least|most|over|about|after|in|of|only|just|up to|under|by)\s$/i;

/**
 * `within one year`, `more than one hour`, `a term of one year`: after a preposition or a comparison,
 * `one` and a unit of time measure a span (held-out-7); elsewhere (`one day we will`) `one` stays a word.
 */
function isOneSpanOfTime(text: string, i: number, unit: string, end: number): boolean {
  if (!SPAN_UNITS.has(unit)) return false;
  // `one minute faster than a year earlier`: a difference of time, before the comparison it makes.
  return (
    SPAN_BEFORE_RE.test(text.slice(Math.max(0, i - 8), i)) || FASTER_AFTER_RE.test(text.slice(end, end + 9))
  );
}
const FASTER_AFTER_RE = /^ (?:faster|slower|longer|shorter|quicker)\b/;

const FROM_BEFORE_RE = /\bfrom\s$/i;
const RANGING_FROM_RE = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\sfrom\s$/i;
const DIGITS_RE = /\d+(?:\.\d+)?(?![\d,.])/y;

/** A plain number in digits at `index` (no grouping: a range's end after a number word is small). */
function readDigits(text: string, index: number): { end: number; value: number } | undefined {
  DIGITS_RE.lastIndex = index;
  const m = DIGITS_RE.exec(text);
  return m ? { end: index + m[0].length, value: Number(m[0]) } : undefined;
}

/**
 * `two to five years`, `three to four weeks`: two number words joined by `to` with a unit after the
 * second are one range (held-out-7), as `2 to 5 years` is; `from two to five` stays a change.
 */
function readWordRange(text: string, i: number, low: { end: number; value: number }): Found | undefined {
  if (!text.startsWith(' to ', low.end)) return undefined;
  // `from two to five` is a change; `ranging from one to 20 years` a range, as with digits.
  const before = text.slice(Math.max(0, i - 20), i);
  if (FROM_BEFORE_RE.test(before) && !RANGING_FROM_RE.test(before)) return undefined;
  // The upper end in words or digits (`one to 20 years`).
  const high = readWordNumber(text, low.end + 4) ?? readDigits(text, low.end + 4);
  if (!high || !(high.value > low.value)) return undefined;
  const tail = readEnglishTail(text, high.end, undefined);
  if (!tail || (tail.unit === '' && tail.exponent === 0)) return undefined;
  const scale = 10 ** tail.exponent;
  const qualifier = tail.qualifier ?? qualifierBefore(text, i);
  return {
    start: i,
    end: tail.end,
    value: low.value * scale,
    high: high.value * scale,
    unit: tail.unit,
    ...(qualifier ? { qualifier } : {}),
  };
}

/** `two in three`, `one in five`: a number word, `in`, and a larger number. */
function readProportion(text: string, i: number): { end: number; value: number } | undefined {
  const number = readWordNumber(text, i);
  return number ? readInFraction(text, number.end, number.value) : undefined;
}
