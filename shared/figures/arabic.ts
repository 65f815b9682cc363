/**
 * Figures that start with Arabic digits, in any of the three languages: `264億元`, `4.9%`, `2-3 家`,
 * `1億8,245萬3,762元`, `1/3`, `$4.2 billion`, `12,000 jobs`, `3–5 years`. Dates, years, codes, ordinals
 * and list numbers are skipped here, before any unit is read.
 */
import { englishAgeAt } from './english-ages';
import { centsPrefixAt } from './glued-currency';
import type { ChineseTail } from './chinese-tail';
import { durationEnd, isTimeSpanAt } from './chinese-tail';
import { chineseRateBaseAt } from './chinese-rates';
import { bareEnglishCount, currencyBefore, englishCountBefore, visitUnitBefore } from './context';
import { readEnglishTail } from './english';
import {
  isBracketedInLatin,
  isEnglishLabelOrDate,
  isFootnoteMarker,
  isLatinContext,
} from './english-context';
import {
  afterGap,
  beforeGap,
  headingNumberEnd,
  isAsciiLetter,
  isCalendarYear,
  isCodePrefix,
  isOrdinalPrefix,
  isYearLike,
  numericDateLength,
} from './exclusions';
import { readInFraction } from './english-numbers';
import { elidedCountUnit } from './english-elided';
import type { Tail } from './arabic-parts';
import {
  currencyUnit,
  readRange,
  readSpacedGroups,
  spacedGroupsEnd,
  readTail,
  readEnglishUnitRange,
  readCompoundAmount,
  readUnitRange,
  yearLikeCounts,
} from './arabic-parts';
import { readEnglishTimeCompound, readTimeCompound } from './time-compounds';
import { arabicNumberEnd, scaleDecimal } from './numerals';
import { finish } from './arabic-finish';
import { unitSharedAfter } from './conjoined';
import { isRateBaseAt, perRateAt } from './english-rates';
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
const FRACTION_RE = /\/(\d{1,3})(?![\d/.])/y;

const VULGAR_FRACTION: Record<string, number> = { '¼': 0.25, '½': 0.5, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };
const GROUP_SPACES = ' \u00a0\u2009\u202f';
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

function skipRun(text: string, from: number): number {
  ALNUM_RUN_RE.lastIndex = from;
  ALNUM_RUN_RE.exec(text);
  return Math.max(ALNUM_RUN_RE.lastIndex, from + 1);
}

/**
 * CJK characters that may begin one of the rules on what stands before a number: a heading's bracket or
 * indent (`（`, ideographic space), an ordinal or label (`第`, `表`, `圖`, and `至`/`到` in `第 9 至 11 段`), a
 * rate's base (`每`), a ratio (`：`).
 */
const PREFIX_RULE_CJK = new Uint8Array(0x10000);
for (const ch of '（\u3000第表圖图每：至到目領领') PREFIX_RULE_CJK[ch.charCodeAt(0)] = 1;

/**
 * Whether the character before a number may begin a code, heading, ordinal, rate-base or ratio rule.
 * Most numbers stand inside Chinese text after a character that begins none: one lookup skips them all.
 */
function mayHavePrefix(code: number): boolean {
  // NaN (the text's start) is a line start: a heading may begin there.
  return !(code > 0x2e7f) || PREFIX_RULE_CJK[code] === 1;
}

/** Reads the figure whose digits start at `i`. */
export function readArabicAt(text: string, i: number): ReadResult {
  const prefixed = mayHavePrefix(text.charCodeAt(i - 1));
  if (prefixed) {
    if (isCodePrefix(text, i)) return { next: skipRun(text, i) };
    const heading = headingNumberEnd(text, i);
    if (heading > 0) return { next: heading };
  }
  // Dates, times and phone numbers continue the first digit run with a separator.
  let runEnd = i + 1;
  while (isDigit(text.charCodeAt(runEnd))) runEnd++;
  if (mayStartDate(runEnd - i, text.charCodeAt(runEnd))) {
    const dateLength = numericDateLength(text, i);
    if (dateLength > 0) return { next: i + dateLength };
  }
  const digits = text.slice(i, arabicNumberEnd(text, i));
  const p = i + digits.length;
  // `109 財正 0021`: digits padded with zeros number a case or a file; no amount is written so.
  if (digits.length >= 3 && digits.charCodeAt(0) === 0x30 && /^0\d+$/.test(digits)) return { next: p };
  if (prefixed) {
    if (isOrdinalPrefix(text, i) || isFootnoteMarker(text, i, p)) return { next: p };
    // 每10萬人口: a rate's base, not a figure; but 每 3 個月 (every three months) states a span of time.
    if (text.charCodeAt(beforeGap(text, i)) === 0x6bcf /* 每 */ && !isTimeSpanAt(text, p, 'arabic'))
      return { next: p };
    // `per 1,000 employees`: the base of a rate, as 每10萬人口 is (english-rates.ts).
    if (isRateBaseAt(text, i)) return { next: p };
    // `3:1`, `11.8:48.3:39.9`: the later terms of a ratio are not counts of what follows.
    const colon = text.charCodeAt(i - 1);
    if ((colon === 0x3a || colon === 0xff1a || colon === 0x2236) && isDigit(text.charCodeAt(i - 2)))
      return { next: p };
    // `债务率=余额/综合财力×100%`: a formula's factor, not a quantity.
    if (colon === 0xd7 && /[=＝][^\n]*$/.test(text.slice(text.lastIndexOf('\n', i) + 1, i)))
      return { next: p };
  }
  const after = text.charCodeAt(p);
  if (after === 0x23 /* # */ || after === 0x2116) return { next: p + 1 };
  if (after === 0x2e && isDigit(text.charCodeAt(p + 1))) return { next: skipRun(text, p) }; // 1.2.3 version
  const currency = currencyBefore(text, i);
  const start = currency?.start ?? i;

  // Fractions: 1/3 (a date such as 3/1/2024 was skipped above); a rate on a base, `15.1/10萬`.
  if (after === 0x2f /* / */) {
    const base = chineseRateBaseAt(text, p);
    if (base) return finish(text, { start, end: base.end, value: scaleDecimal(digits), unit: base.unit });
    FRACTION_RE.lastIndex = p;
    const f = FRACTION_RE.exec(text);
    if (f && !digits.includes('.') && !digits.includes(',')) {
      const numerator = Number(digits);
      const denominator = Number(f[1]);
      const end = p + f[0].length;
      // `CB(4)512/24-25(03)`: a slash glued to brackets, dashes or letters is part of a file number.
      const glued = text.charCodeAt(i - 1);
      const trailing = text.charCodeAt(end);
      if (
        glued === 0x29 ||
        glued === 0x2f || // `BoD/25/11/094`: a later part of a reference
        isAsciiLetter(glued) ||
        trailing === 0x28 ||
        trailing === 0x2d ||
        isAsciiLetter(trailing)
      )
        return { next: end };
      if (denominator >= 2 && !(numerator === 24 && denominator === 7)) {
        return { found: { start, end, value: numerator / denominator, unit: '' }, next: end };
      }
      return { next: end };
    }
  }

  // Compound amounts: 1億8,245萬3,762元, and ranges of them (`1 萬 510 元至 3 萬 6,180 元`).
  const compound = readCompoundAmount(text, start, i, p, currency?.unit);
  if (compound) return finish(text, withStart(compound, start));

  // 2¼ per cent, 2½ years: a whole number with a vulgar fraction.
  const vc = text.charCodeAt(p);
  const vulgar =
    (vc >= 0xbc && vc <= 0xbe) || vc === 0x2153 || vc === 0x2154 ? VULGAR_FRACTION[text[p]!] : undefined;
  if (vulgar !== undefined && /^\d+$/.test(digits)) {
    const tail = readTail(text, p + 1, currency?.unit);
    if (tail)
      return finish(text, {
        start,
        end: tail.end,
        value: (Number(digits) + vulgar) * 10 ** tail.exponent,
        unit: currencyUnit(tail.unit, currency?.unit),
        qualifier: tail.qualifier,
      });
  }
  // 12 000 jobs, 1 250 000 people: digit groups split by a (thin or no-break) space.
  if (digits.length <= 3 && isDigit(text.charCodeAt(p + 1)) && GROUP_SPACES.includes(text[p] ?? '\n')) {
    const spaced = readSpacedGroups(text, i, currency?.unit);
    if (spaced) return finish(text, withStart(spaced, start));
    // `of whom 5 290 (30.1%)`: English digits in spaced groups state an amount, as with commas (below).
    const end = spacedGroupsEnd(text, i);
    if (end > 0 && !currency && isLatinContext(text, i, end) && !isInDigitSequence(text, i, end)) {
      const unit = elidedCountUnit(text, i, end) ?? englishCountBefore(text, start) ?? '';
      return finish(text, { start, end, value: scaleDecimal(text.slice(i, end).replace(/\D/g, '')), unit });
    }
  }

  if (after !== undefined && isAsciiLetter(after)) {
    const attached = readEnglishTail(text, p, currency?.unit);
    if (!attached) return { next: skipRun(text, p) }; // 3rd, 20xx, 5G, A320neo
  }
  // `Section 3`, `paragraphs 5 to 11`, `Tables 2 and 3`: a label's number, with the rest of its list.
  if (!currency && isLatinContext(text, i, p) && isEnglishLabelOrDate(text, i, p))
    return { next: labelListEnd(text, p) };
  // 3 in 10 adults, 1 in 4, `1 in\n4`: a proportion.
  if (
    !currency &&
    text.charCodeAt(p) === 0x20 &&
    /^ (?:in|out of)\s/.test(text.slice(p, p + 8)) &&
    !digits.includes('.')
  ) {
    const proportion = readInFraction(text, p, scaleDecimal(digits));
    if (proportion) return finish(text, { start, end: proportion.end, value: proportion.value, unit: '' });
  }

  // Ranges: 3-5%, 2-3 家, 2-3億元, 3至5年, $2-3 billion, 3 to 5 years, between 3 and 5 percent.
  const range = readRange(text, i, p, digits, currency?.unit);
  if (range) return finish(text, withStart(range, start));

  // `(£000)`, `($000)`: a table's unit note, not an amount of nothing.
  // A column header (`2024/25 £000`) says the same without brackets: no amount is written `£000`.
  if (currency && /^0+$/.test(digits) && (')）'.includes(text[p] ?? '\n') || /^0{3}$/.test(digits)))
    return { next: p };
  const tail = readTail(text, p, currency?.unit);
  // `aged 60 and above`, `children under 12 travel free`: an age, in years (a word after it is no noun
  // it counts).
  if (!currency && (!tail || (tail.english && /^[a-z]+$/.test(tail.unit))) && isLatinContext(text, i, p)) {
    const age = englishAgeAt(text, i, p);
    if (age)
      return finish(text, {
        start,
        end: age.end,
        value: scaleDecimal(digits),
        high: age.high,
        unit: '年',
        qualifier: age.qualifier,
      });
  }
  // 平均逗留2.3日, 為期 3 日, 連續 9 季: 日 after a decimal, after a word of duration or before 內 counts days,
  // and 季 after a word of duration quarters (a day of the month is a whole number after 月, excluded as
  // a date before this; 第 3 季 an ordinal).
  if (!tail && !currency) {
    const span = durationEnd(text, i, p, digits.includes('.'));
    if (span)
      return finish(text, {
        start,
        end: span.end,
        value: scaleDecimal(digits),
        high: span.high,
        unit: span.unit,
      });
  }
  if (!tail) {
    // (A year-like number after a money sign may be a year; after a Chinese currency name, 新元2000, not.)
    if (currency && (!isYearLike(digits) || text.charCodeAt(currency.start) > 0x2e7f)) {
      return finish(text, { start, end: p, value: scaleDecimal(digits), unit: currency.unit });
    }
    // `4.1 per 1,000 employees`: a rate, in its base as written.
    const rate = isLatinContext(text, i, p) ? perRateAt(text, p) : undefined;
    if (rate) return finish(text, { start, end: rate.end, value: scaleDecimal(digits), unit: rate.unit });
    // `5 of the 7 positions`, `For 41 of the 60`: a count whose noun the sentence has just named.
    // (`6% more than in 2023-24 (5,106)`: an earlier level in brackets, in English.)
    const elided =
      isLatinContext(text, i, p) || isBracketedInLatin(text, i, p) ? elidedCountUnit(text, i, p) : undefined;
    if (elided) return finish(text, { start, end: p, value: scaleDecimal(digits), unit: elided });
    // `fell to 329,000,`, `The number of participating banks was 211`: a bare English number that states an amount.
    const counted =
      isLatinContext(text, i, p) && !(text.charCodeAt(p) > 0x2e7f)
        ? bareEnglishCount(text, start, digits)
        : undefined;
    if (counted !== undefined)
      return finish(text, { start, end: p, value: scaleDecimal(digits), unit: counted });
    // `300 and 250 beds`, `300和250張`: the number joined to one with a unit counts the same thing.
    // (Not a year, nor digits with a leading zero, `0 0`, nor the end of a span, `2025-26 and`.)
    const shared =
      isYearLike(digits) || /^0\d/.test(digits) || '-–/'.includes(text[start - 1] ?? ' ')
        ? undefined
        : unitSharedAfter(text, p, readArabicAt);
    if (shared) return finish(text, { start, end: p, value: scaleDecimal(digits), unit: shared });
    return { next: p };
  }
  if (isNotAQuantity(text, i, digits, tail, currency !== undefined))
    return { next: tail.english ? p : tail.end };
  const unitRange = tail.english
    ? (readEnglishUnitRange(
        text,
        start,
        digits,
        tail,
        currency && { sign: text.slice(currency.start, i).trim(), unit: currency.unit },
      ) ?? readEnglishTimeCompound(text, digits, tail))
    : (readUnitRange(text, start, digits, tail as ChineseTail, currency?.unit) ??
      readTimeCompound(text, digits, tail as ChineseTail));
  if (unitRange) return finish(text, withStart(unitRange, start));
  let unit = currencyUnit(tail.unit, currency?.unit);
  // 入場人次約1,020萬: an amount without a unit whose count was named just before it.
  if (unit === '' && tail.exponent > 0) unit = visitUnitBefore(text, start) ?? '';
  // `workers fell by 18,000 to 4.21 million`: a scaled count takes the noun the sentence has just counted.
  if (unit === '' && tail.english && tail.exponent > 0)
    unit = elidedCountUnit(text, i, tail.end) ?? englishCountBefore(text, start) ?? '';
  // HK27.6 cents: the dollar's prefix glued before says whose cents.
  const cents = unit === 'cents' || unit === 'cent' ? centsPrefixAt(text, i) : undefined;
  return finish(text, {
    start: cents?.start ?? start,
    end: tail.end,
    value: scaleDecimal(digits, tail.exponent),
    unit: cents ? `${cents.prefix} cents` : unit,
    qualifier: tail.qualifier,
  });
}

/**
 * Whether a first digit run of `length` followed by `sep` could begin one of the forms NUMERIC_DATE_RE
 * knows (yyyy-mm, yyyy.mm, mm/dd/yy, hh:mm, (02) 2345-6789, 0745-2712345): `4.9%` and `3-5%` cannot,
 * and skipping the regex for them matters, as every decimal number reaches here.
 */
function mayStartDate(length: number, sep: number): boolean {
  switch (sep) {
    case 0x2e: // .
    case 0x2013: // –
      return length === 4;
    case 0x2d: // -
      return length === 3 || length === 4;
    case 0x2f: // /
      return length <= 2 || length === 4;
    case 0x3a: // :
    case 0xff1a: // ：
      return length <= 2;
    case 0x29: // )
    case 0xff09: // ）
      return length >= 2 && length <= 4;
    default:
      return false;
  }
}

/**
 * More numbers of the same label after `p` (` to 11`, ` and 3`, `–7`): where they end. Not a number with a
 * unit (`in round 1 to 28 per cent`: a change's end, not round 28).
 */
const LABEL_LIST_RE = /(?:(?: to | and | & |[-–])\d{1,4}[A-Za-z]?(?![\d.,]?\d)(?! ?(?:%|per ?cent)))*/y;
function labelListEnd(text: string, p: number): number {
  LABEL_LIST_RE.lastIndex = p;
  return LABEL_LIST_RE.exec(text) ? LABEL_LIST_RE.lastIndex : p;
}

/**
 * `1300 815 127`, `+691 320 1992`, `ABN 67 719 325 104`, `its 30 000th unit`: spaced digit groups joined
 * to more digits, a `+`, a capitalised code or a suffix are a phone number, an identifier or an ordinal.
 */
function isInDigitSequence(text: string, i: number, end: number): boolean {
  const before = text.charCodeAt(i - 1);
  const c = before === 0x20 ? text.charCodeAt(i - 2) : -1;
  const after = text.charCodeAt(end);
  return (
    before === 0x2b ||
    isDigit(c) ||
    (c >= 0x41 && c <= 0x5a) ||
    isAsciiLetter(after) ||
    (after === 0x20 && isDigit(text.charCodeAt(end + 1)))
  );
}

const TIME_OF_DAY_BEFORE_RE = /(?:上午|下午|晚上|凌晨|早上|中午|傍晚|晚間|晚间|每天|每日|當天|当天) *$/;

/** Years and calendar dates that took a unit-like tail (`2014年`, `113年度`, `in 2024 schools`). */
function isNotAQuantity(text: string, i: number, digits: string, tail: Tail, hasCurrency: boolean): boolean {
  // 上午 9 點, 9點30分: a time of day, not points.
  if (!tail.english && tail.unit === '點')
    return (
      TIME_OF_DAY_BEFORE_RE.test(text.slice(Math.max(0, i - 3), i)) ||
      isDigit(text.charCodeAt(afterGap(text, tail.end)))
    );
  // 113學年度: a school year is named by its (Minguo) year like any other year.
  if (!tail.english && (tail.unit === '年' || tail.unit === '學年'))
    return isCalendarYear(text, i, digits.replace(/,/g, ''), tail.unitEnd);
  if (tail.english && isYearLike(digits) && !hasCurrency && tail.exponent === 0) {
    // 2000 Mbps, 1850 MW; but an acronym in the plural is a noun (`in 2024 MPs voted`), as below.
    if (/[A-Z²³]|^(?:km|kg|mm|cm|ha)$/.test(tail.unit) && !/^[A-Z]{2,5}s$/.test(tail.unit)) return false;
    return tail.unit !== '%' && tail.unit !== '百分點' && !yearLikeCounts(text, i, tail.unit);
  }
  return false;
}

/** A reader's figure without its start, given one: one object shape for every figure (no spread). */
function withStart(part: Omit<Found, 'start'>, start: number): Found {
  return {
    start,
    end: part.end,
    value: part.value,
    high: part.high,
    unit: part.unit,
    qualifier: part.qualifier,
  };
}
