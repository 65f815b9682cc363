/**
 * What follows an Arabic number, and the multi-number forms built on it: the unit tail in either script,
 * ranges (`3-5%`, `3 to 5 years`, `3,000元至5,000元`), compound amounts (`1億8,245萬3,762`), digit groups
 * split by spaces (`12 000 jobs`),
 * and whether a 1800–2199 number before a noun counts it (`hired 2000 teachers`) or is a year.
 */
import type { Found } from './arabic';
import type { ChineseTail } from './chinese-tail';
import { readChineseTail } from './chinese-tail';
import type { EnglishTail } from './english';
import { readEnglishTail } from './english';
import { afterGap, isCalendarYear, isYearLike } from './exclusions';
import { MULTIPLIER_EXPONENT, multiplierCodeExponent } from './multipliers';
import { ARABIC_NUMBER_RE, scaleDecimal } from './numerals';
import { CHINESE_CURRENCY_PREFIXES } from './units';

/** A range's separator, before its second end: a number, maybe after a money sign or a currency's name. */
const RANGE_SEPARATOR_RE = new RegExp(
  `(?: *[-–—~～〜] *| *[至到] *| to | and )(?=[$€£]?\\d|(?:${CHINESE_CURRENCY_PREFIXES.map(([name]) => name).join('|')}) *\\d)`,
  'y',
);
/** Characters that may begin a range separator, by code: space, no-break space, - – — ~ ～ 〜 至 到. */
function isRangeStart(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x2d ||
    code === 0x2013 ||
    code === 0x2014 ||
    code === 0x7e ||
    code === 0xff5e ||
    code === 0x301c ||
    code === 0x81f3 ||
    code === 0x5230
  );
}
/** A range mark that may follow spaces: - – — ~ ～ 〜 至 到. */
function isRangeMark(code: number): boolean {
  return code !== 0x20 && code !== 0xa0 && isRangeStart(code);
}
/** `12 000`, `1 250 000.5`: digit groups split by spaces (a comma after them is punctuation, `1 200, or`). */
const SPACED_GROUPS_RE = /[1-9]\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d|,\d)(?:\.\d+)?/y;
/** Words before a 1800–2199 number that make it a count (`hired 2000 teachers`), not a year (`in 2024`). */
const COUNT_CUE_BEFORE_RE =
  /(?:^|[^A-Za-z])(?:about|around|nearly|approximately|some|almost|roughly|over|than|least|under|additional|hired?|hires|recruit(?:s|ed)?|employ(?:s|ed)?|add(?:s|ed)?|fund(?:s|ed)?|creat(?:es|ed)|buil(?:ds|t)|train(?:s|ed)|support(?:s|ed)|serv(?:es|ed)|hous(?:es|ed)|provid(?:es|ed)|open(?:s|ed)|with) $/;
/** `不等` after a range's second end: the amounts vary between the two ends. */
const VARYING_AFTER_RE = /^[ \u00a0\u3000]*不等/;
const CHANGE_BEFORE_RE = /(?:[加高少低降升長长大減减縮缩]|[增減减]至|[由從从])$/;

/** A unit tail, tagged with the script it was read in. */
export type Tail = ChineseTail | (EnglishTail & { unitEnd: number; english: true });

/** The Chinese or English unit tail after a number ending at `p`. */
export function readTail(text: string, p: number, currency: string | undefined): Tail | undefined {
  const chinese = readChineseTail(text, p, 'arabic');
  if (chinese) return chinese;
  // After a CJK character only a Chinese unit can follow; skip the English readers.
  if (text.charCodeAt(p) > 0x2e7f) return undefined;
  const english = readEnglishTail(text, p, currency);
  return english && { ...english, unitEnd: english.end, english: true };
}

/** A currency before the number replaces a bare or `元` unit. */
export function currencyUnit(unit: string, currency: string | undefined): string {
  if (!currency) return unit;
  return unit === '' || unit === '元' ? currency : unit;
}

/** True when a 1800–2199 number before a plural noun counts it (`funds 1950 new beds`). */
export function yearLikeCounts(text: string, i: number, unit: string): boolean {
  if (!/[^su]s$/.test(unit) && unit !== 'km' && unit !== 'MW') return false;
  return COUNT_CUE_BEFORE_RE.test(text.slice(Math.max(0, i - 14), i));
}

/** `12 000 jobs`: digit groups split by spaces, taken only when a unit follows the whole run. */
/** Where the number in spaced digit groups starting at `i` ends (`5 290`, `1 250 000`), or -1. */
export function spacedGroupsEnd(text: string, i: number): number {
  SPACED_GROUPS_RE.lastIndex = i;
  return SPACED_GROUPS_RE.test(text) ? SPACED_GROUPS_RE.lastIndex : -1;
}

export function readSpacedGroups(
  text: string,
  i: number,
  currency: string | undefined,
): Omit<Found, 'start'> | undefined {
  SPACED_GROUPS_RE.lastIndex = i;
  const m = SPACED_GROUPS_RE.exec(text);
  if (!m) return undefined;
  const tail = readTail(text, i + m[0].length, currency);
  if (!tail || (!tail.english && tail.unit === '年')) return undefined;
  return {
    end: tail.end,
    value: scaleDecimal(m[0].replace(/[ \u00a0\u2009\u202f]/g, ''), tail.exponent),
    unit: currencyUnit(tail.unit, currency),
    qualifier: tail.qualifier,
  };
}

/**
 * `3,000元至5,000元`, `3萬至5萬人`: a range whose unit (or multiplier) is written after both ends. The
 * second end must carry the same unit, or the first none (`3萬至5萬人`).
 */
export function readUnitRange(
  text: string,
  start: number,
  digits: string,
  tail: ChineseTail,
  currency: string | undefined,
  low: number = scaleDecimal(digits, tail.exponent),
): Omit<Found, 'start'> | undefined {
  const sepAt = afterGap(text, tail.end);
  const sepCode = text.charCodeAt(sepAt);
  if (tail.end !== tail.unitEnd || sepCode === 0x20 || !isRangeStart(sepCode)) return undefined;
  const r = afterGap(text, sepAt + 1);
  ARABIC_NUMBER_RE.lastIndex = r;
  const second = ARABIC_NUMBER_RE.exec(text);
  if (!second) return undefined;
  // (`1 萬 510 元至 3 萬 6,180 元`: either end may be a compound amount in parts.)
  const parts = readCompound(text, r, r + second[0].length);
  const next = readChineseTail(text, parts?.end ?? r + second[0].length, 'arabic');
  if (!next || next.unit === '' || (tail.unit !== '' && next.unit !== tail.unit)) return undefined;
  if (parts && next.exponent !== 0) return undefined;
  if (next.unit === '年' && isCalendarYear(text, r, second[0], next.unitEnd)) return undefined;
  const value = low;
  const high = parts ? parts.value : scaleDecimal(second[0], next.exponent);
  if (!(value < high)) return undefined;
  // `增加46億元至1,033億元`: by one amount to another, two figures; so is a gap of more than tenfold. `由68元至
  // 245元不等` says the amounts vary between the two: one range.
  if (
    '至到'.includes(text[sepAt]!) &&
    !VARYING_AFTER_RE.test(text.slice(next.unitEnd, next.end + 4)) &&
    (high > 10 * value || CHANGE_BEFORE_RE.test(text.slice(start - 3, start)))
  )
    return undefined;
  return { end: next.end, value, high, unit: currencyUnit(next.unit, currency), qualifier: next.qualifier };
}

/** `3-5%`, `2-3 家`, `3至5年`, `$2-3 billion`, `between 3 and 5 percent`: one figure with value and high. */
export function readRange(
  text: string,
  i: number,
  p: number,
  digits: string,
  currency: string | undefined,
): Omit<Found, 'start'> | undefined {
  let q = p;
  const firstPercent = text.charCodeAt(q) === 0x25; // %
  if (firstPercent) q++;
  if (!isRangeStart(text.charCodeAt(q))) return undefined;
  // Most numbers spaced from their unit (`1,234 人`) are no range: rule them out on the character after
  // the spaces (a range mark, or `to`/`and` after one space) before running the separator regex.
  let s = q;
  while (text.charCodeAt(s) === 0x20) s++;
  const sc = text.charCodeAt(s);
  if (s > q && !isRangeMark(sc) && !(s === q + 1 && (sc === 0x74 /* t */ || sc === 0x61) /* a */))
    return undefined;
  RANGE_SEPARATOR_RE.lastIndex = q;
  const sep = RANGE_SEPARATOR_RE.exec(text);
  if (!sep) return undefined;
  const before = text.slice(Math.max(0, i - 20), i);
  // 由3%至6%, from £85,000 to £90,000: a change, not a range (`from` may end a line); but `ranged from $5,000
  // to $250,000` is one.
  // A first end with a plus sign is a change and the new level (`(+$1.20 to $36.50)`).
  if (
    /(?:[由從从]|from\s|\+)(?:[A-Z]{0,2}[$€£])?$/i.test(before) &&
    !/(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\sfrom\s(?:[A-Z]{0,2}[$€£])?$/i.test(before)
  )
    return undefined;
  // (`between\n 3 and 5`: a line may break after `between` in text extracted from a PDF.)
  if (sep[0] === ' and ' && !/between\s+$/i.test(before)) return undefined;
  let r = q + sep[0].length;
  if (/[$€£]/.test(text[r] ?? '')) r++;
  // `新元300至新元900`, `新臺幣 300 至新臺幣 900 元`: the currency's name repeated before the second end.
  const named = currency ? namedCurrencyLength(text, r, currency) : 0;
  r = afterGap(text, r + named);
  ARABIC_NUMBER_RE.lastIndex = r;
  const second = ARABIC_NUMBER_RE.exec(text);
  if (!second) return undefined;
  const secondEnd = r + second[0].length;
  // `2019-2023`, `2024-25`, `in 2024 to 3,000`: a year; but `2000-3000元` (a dash or 至 to an end past 2199) is
  // an amount.
  if (
    isYearLike(digits) &&
    !(/^\s*[-–~～至到]\s*$/.test(sep[0]) && Number(second[0].replace(/,/g, '')) > 2199)
  )
    return undefined;
  const tail =
    readTail(text, secondEnd, currency) ??
    (named > 0
      ? {
          end: secondEnd,
          unitEnd: secondEnd,
          exponent: 0,
          unit: currency!,
          english: false,
          qualifier: undefined,
        }
      : undefined);
  if (!tail || (firstPercent && tail.unit !== '%')) return undefined;
  // `pupils aged 5 to 15 speak`: an age range, read as one (./english-ages.ts), not a count of the verb after it.
  if (
    tail.english &&
    tail.exponent === 0 &&
    /\baged $/.test(before) &&
    !/^(?:years?|months?|年|個月)$/.test(tail.unit)
  )
    return undefined;
  if (!tail.english && tail.unit === '年' && isCalendarYear(text, r, second[0], tail.unitEnd))
    return undefined;
  const value = scaleDecimal(digits, tail.exponent);
  const high = scaleDecimal(second[0], tail.exponent);
  if (!(value < high)) return undefined;
  // `pay rose by £1,840 to £34,680`: by a change to a level more than ten times it, two figures (as
  // `增加46億元至1,033億元`); `cut by 3 to 5 per cent` stays one range.
  if (high > 10 * value && /\bby (?:[A-Z]{0,2}[$€£])?$/.test(before)) return undefined;
  return { end: tail.end, value, high, unit: currencyUnit(tail.unit, currency), qualifier: tail.qualifier };
}

/**
 * `1億8,245萬3,762`, `5 兆 2,310 億`: parts with descending multipliers, spaces allowed between them. The
 * last part may say it is more than written (`3 兆 5 千餘億`: over 3.5 兆).
 */
const COMPOUND_RE =
  /(?:\d+(?:,\d{3})*(?:\.\d+)? *(?:[千百]?[兆億亿萬万]) *)+\d+(?:,\d{3})*(?:\.\d+)?(?: *(?:[千百](?:[餘余多]?[億亿萬万])?|[億亿萬万]))?(?![\d.,])/y;
const COMPOUND_PART_RE = /(\d[\d,]*(?:\.\d+)?)([千百][餘余多]?[兆億亿萬万]|[千百]?[兆億亿萬万]|[千百])?/g;
const MORE_THAN_RE = /[餘余多]/;

/** Whether a digit follows the multiplier at `m` (`1億8,245萬`): else no compound can start there. */
function digitAfterMultiplier(text: string, m: number): boolean {
  let q = m;
  const c = text.charCodeAt(q);
  if (c === 0x5343 /* 千 */ || c === 0x767e /* 百 */) q++;
  q++;
  while (text.charCodeAt(q) === 0x20) q++;
  const next = text.charCodeAt(q);
  return next >= 0x30 && next <= 0x39;
}

/** The length of a Chinese currency name for `currency` written at `at` (`新元`, `新臺幣`), else 0. */
function namedCurrencyLength(text: string, at: number, currency: string): number {
  for (const [name, unit] of CHINESE_CURRENCY_PREFIXES)
    if (unit === currency && text.startsWith(name, at)) return name.length;
  return 0;
}

/**
 * Sum of a compound amount written in parts (`1億8,245萬3,762`), or undefined when exponents do not fall.
 * `complete`: the last part ends the amount as written, with a multiplier of its own (`2萬5千`) or digits
 * that fill the place left to them (`6 萬 2,184`: four after 萬), not a part cut off by a line break
 * (`2 兆 8,104` from `2 兆 8,104\n億元`).
 */
function compoundValue(written: string): { value: number; complete: boolean } | undefined {
  let total = 0;
  let last = Infinity;
  let parts = 0;
  let complete = false;
  for (const m of written.matchAll(COMPOUND_PART_RE)) {
    let exponent = 0;
    for (const ch of m[2] ?? '') exponent += MULTIPLIER_EXPONENT[ch] ?? 0;
    // `4 萬 1,263 億元`: 萬億 (1e12) in parts, so the 萬 before counts 億 too, as 4萬億 + 1263億.
    if (parts === 1 && last === 4 && exponent === 8) {
      total = (total + Number(m[1]!.replace(/,/g, ''))) * 1e8;
      last = exponent;
      parts++;
      complete = true;
      continue;
    }
    if (exponent >= last) return undefined;
    complete = exponent > 0 || m[1]!.replace(/,/g, '').length === last;
    last = exponent;
    total += scaleDecimal(m[1]!, exponent);
    parts++;
  }
  return parts >= 2 ? { value: total, complete } : undefined;
}

/**
 * A compound amount written in parts from `i` (its first digits end at `p`): where it ends and its sum,
 * or undefined when no multiplier of 萬 or more follows the first part, or the parts do not descend.
 */
function readCompound(
  text: string,
  i: number,
  p: number,
): { end: number; value: number; over: boolean; complete: boolean } | undefined {
  const m = afterGap(text, p);
  const mc = text.charCodeAt(m);
  const m1 = text.charCodeAt(m + 1);
  if (!(multiplierCodeExponent(mc) >= 4 || m1 === 0x5104 /* 億 */ || m1 === 0x4ebf /* 亿 */))
    return undefined;
  if (!digitAfterMultiplier(text, m)) return undefined;
  COMPOUND_RE.lastIndex = i;
  const compound = COMPOUND_RE.exec(text);
  const sum = compound ? compoundValue(compound[0].replace(/ /g, '')) : undefined;
  if (sum === undefined) return undefined;
  return { end: i + compound![0].length, ...sum, over: MORE_THAN_RE.test(compound![0]) };
}

/**
 * A compound amount from `i` (written from `start`, a money sign or name included) and its unit: `1億8,245萬
 * 3,762元`, or a range with a compound end (`1 萬 510 元至 3 萬 6,180 元`). `5 億 2024 年` is an amount, then a
 * year, never one figure; whole parts with no unit after them (`6 萬 2,184 通`) are one amount.
 */
export function readCompoundAmount(
  text: string,
  start: number,
  i: number,
  p: number,
  currency: string | undefined,
): Omit<Found, 'start'> | undefined {
  const compound = readCompound(text, i, p);
  if (!compound) return undefined;
  const tail = readChineseTail(text, compound.end, 'arabic');
  if (tail ? tail.exponent !== 0 || tail.unit === '年' : !compound.complete) return undefined;
  const range = tail && readUnitRange(text, start, '', tail, currency, compound.value);
  return (
    range ?? {
      end: tail?.end ?? compound.end,
      value: compound.value,
      unit: currencyUnit(tail?.unit ?? '', currency),
      qualifier: tail?.qualifier ?? (compound.over ? 'over' : undefined),
    }
  );
}

/** ` to £`, ` and `, `-US$`: what joins two ends of an English range that both carry the unit. */
const ENGLISH_UNIT_RANGE_RE =
  /(?: to[ \n]| and[ \n]| ?[-–] ?)((?:[A-Z]{0,3}[$€£¥]|(?:USD|EUR|GBP|HKD|MOP|JPY|SGD|RMB|AUD|TWD) )?)(?=\d)/y;

/**
 * `£20 billion to £25 billion`, `$3 million to $5 million`, `5.5 per cent to 6.0 per cent`: a range
 * whose unit (and currency) is written at both ends is one figure, when the second end has the same
 * unit and the same currency, and the first is smaller. `from X to Y` stays a change, as for bare ranges.
 */
export function readEnglishUnitRange(
  text: string,
  start: number,
  digits: string,
  tail: EnglishTail,
  currency: { sign: string; unit: string } | undefined,
): Omit<Found, 'start'> | undefined {
  ENGLISH_UNIT_RANGE_RE.lastIndex = tail.end;
  const sep = ENGLISH_UNIT_RANGE_RE.exec(text);
  if (!sep) return undefined;
  const before = text.slice(Math.max(0, start - 20), start);
  const ranging = /(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\sfrom\s$/i.test(before);
  if (sep[0].startsWith(' and')) {
    if (!/between\s$/i.test(before)) return undefined;
  } else if (/(?:^|[^A-Za-z])(?:from|by|up|down)\s$/i.test(before) && !ranging) return undefined;
  // The second end names the same currency as the first, or neither names one.
  if ((sep[1] ?? '').trim() !== (currency?.sign ?? '')) return undefined;
  const r = tail.end + sep[0].length;
  ARABIC_NUMBER_RE.lastIndex = r;
  const second = ARABIC_NUMBER_RE.exec(text);
  if (!second) return undefined;
  const next = readTail(text, r + second[0].length, currency?.unit);
  if (!next || !next.english || next.unit !== tail.unit || (next.unit === '' && !currency)) return undefined;
  const value = scaleDecimal(digits, tail.exponent);
  const high = scaleDecimal(second[0], next.exponent);
  // `£2 million to £45 million` is more likely one amount growing to another than one estimate (unless it
  // says it ranged: `ranged from 0.1 per cent to 18.9 per cent`).
  if (!(value < high) || (high > 10 * value && !ranging)) return undefined;
  return {
    end: next.end,
    value,
    high,
    unit: currencyUnit(next.unit, currency?.unit),
    qualifier: tail.qualifier,
  };
}
