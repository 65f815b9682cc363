/**
 * Context rules that keep numbers which are not quantities out of the result: heading and list
 * numbering, ordinals, identifiers and codes, slogans in quotes, idioms, calendar years and dates.
 * Each check looks at a few characters around a number and never scans far, so detection stays one pass.
 */

import { isGluedCurrency } from './glued-currency';
import { matchUnitAt } from './units';

/** Sticky: a heading or list number at the start of a line (`一、`, `(一)`, `（三）`, `1.`, `(3)`, `1）`, `2.1 `). */
const HEADING_RE =
  /(?:[(（](?:\d{1,3}|[一二三四五六七八九十]{1,3}|[a-zA-Z])[)）]|(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:[、.．)）](?![\d%])|(?:\.\d{1,3})+\.?(?=[ \t\u3000]+\D)))/y;

/**
 * If a heading/list number starts at `index` and only whitespace or an opening bracket stands between it
 * and the start of the line, returns where the numbering ends; otherwise -1.
 */
export function headingNumberEnd(text: string, index: number): number {
  let start = index;
  const before = text.charCodeAt(index - 1);
  if (before === 0x28 || before === 0xff08) start = index - 1; // ( or （
  let k = start - 1;
  while (k >= 0) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) break;
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000) return -1;
    k--;
  }
  HEADING_RE.lastIndex = start;
  const m = HEADING_RE.exec(text);
  if (!m) return -1;
  if (/^\d+\.\d+$/.test(m[0])) {
    const next = afterGap(text, start + m[0].length);
    // `1.2 万人次` at the start of a wrapped PDF line is a number with its unit, not section 1.2; a line
    // that opens a paragraph (`\n\n2.1 本部分探討`) is numbered unless a multiplier or `%` follows.
    if (opensParagraph(text, k) ? startsMultiplier(text, next) : startsQuantity(text, next)) return -1;
    // `cover about\n4.3 months`: a line wrapped in the middle of a sentence (the line before ends in a
    // lowercase word or a comma) goes on with a decimal number, not a section number.
    if (endsMidSentence(text, k)) return -1;
  }
  return start + m[0].length;
}

/** True when the line that ends at the line break `nl` stops in the middle of an English sentence. */
function endsMidSentence(text: string, nl: number): boolean {
  if (nl <= 0 || text.charCodeAt(nl) !== 0x0a) return false;
  let k = nl - 1;
  while (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x0d) k--;
  const c = text.charCodeAt(k);
  return (c >= 0x61 && c <= 0x7a) || c === 0x2c;
}

/** True when the line break at `nl` follows a blank line, or there is no line before (`nl` < 0). */
function opensParagraph(text: string, nl: number): boolean {
  if (nl < 0) return true;
  let k = nl - 1;
  while (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x0d || text.charCodeAt(k) === 0x09) k--;
  return k < 0 || text.charCodeAt(k) === 0x0a;
}

/** True when a multiplier or `%` starts at `pos`. */
const startsMultiplier = (text: string, pos: number): boolean =>
  pos < text.length && '%％萬万億亿兆千百'.includes(text[pos]!);

/** True when a multiplier, a unit or `%` starts at `pos` (what may follow a number). */
export function startsQuantity(text: string, pos: number): boolean {
  return startsMultiplier(text, pos) || matchUnitAt(text, pos) !== undefined;
}

/** Index just before the spaces that end before `index` (`index - 1` when none). */
export function beforeGap(text: string, index: number): number {
  let k = index - 1;
  while (text.charCodeAt(k) === 0x20) k--;
  return k;
}

/** Index of the first non-space at or after `pos`. */
export function afterGap(text: string, pos: number): number {
  let k = pos;
  while (text.charCodeAt(k) === 0x20) k++;
  return k;
}

/** True when the number at `index` is an ordinal (`第12屆`, `第三輪`, `第 3`) or a rate's base (`每 10 萬人`). */
export function isOrdinalPrefix(text: string, index: number): boolean {
  const k = beforeGap(text, index);
  const prev = text.charCodeAt(k); // by code: no string is made for the CJK character
  if (prev === 0x7b2c /* 第 */) return true;
  // 第 9 至 11 段, 第3到5條: the second end of a range of ordinals is an ordinal too.
  if (prev === 0x81f3 /* 至 */ || prev === 0x5230 /* 到 */)
    return ORDINAL_RANGE_BEFORE_RE.test(text.slice(Math.max(0, k - 12), k));
  // 總目170, 分目 700, 綱領(2): a Hong Kong estimates head, subhead or programme, a code.
  if (
    (prev === 0x76ee /* 目 */ && '總总分'.includes(text[k - 1] ?? '')) ||
    ((prev === 0x9818 || prev === 0x9886) /* 領领 */ && '綱纲'.includes(text[k - 1] ?? ''))
  )
    return true;
  // 表 3, 附表 2, 如圖 4: a table or figure number (but 代表 3 人 counts people).
  return (
    (prev === 0x8868 /* 表 */ || prev === 0x5716 /* 圖 */ || prev === 0x56fe) /* 图 */ &&
    (k === 0 || LABEL_BEFORE.includes(text[k - 1]!))
  );
}

const LABEL_BEFORE = '\n 附如見见詳详據据照(（';
const ORDINAL_RANGE_BEFORE_RE = /第\s*(?:\d+(?:\.\d+)*|[〇零一二兩两三四五六七八九十百]+)\s*$/;

/** True when letters or a `#` glue onto the number at `index`, making it a code (`G209`, `S223`, `COVID-19`, `#3`). */
export function isCodePrefix(text: string, index: number): boolean {
  const prev = text.charCodeAt(index - 1);
  // 人均GDP1.2萬美元: an indicator name glued to its value is not a code.
  if (prev === 0x50 && /[\u2e80-\uffff]GDP$/.test(text.slice(Math.max(0, index - 4), index))) return false;
  if (isAsciiLetter(prev) && isGluedCurrency(text, index)) return false; // RMB1,126.4 million, HK27.6 cents
  if (isAsciiLetter(prev) || prev === 0x23 /* # */ || prev === 0x2116 /* № */) return true;
  if ((prev === 0x2d || prev === 0x2f) && isAsciiLetter(text.charCodeAt(index - 2))) return true; // COVID-19, A/3
  // A.2, B.3: a lettered item's number (not `U.S.`, whose letter follows another).
  if (
    prev === 0x2e &&
    /[A-Z]/.test(text[index - 2] ?? '') &&
    !isAsciiLetter(text.charCodeAt(index - 3)) &&
    text[index - 3] !== '.'
  )
    return true;
  return false;
}

/** True for A–Z and a–z. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

const OPEN_QUOTES = new Set([0x201c, 0x300c, 0x300e, 0x300a, 0x2018, 0x3008]); // “ 「 『 《 ‘ 〈
const CLOSE_QUOTES = new Set([0x201d, 0x300d, 0x300f, 0x300b, 0x2019, 0x3009]); // ” 」 』 》 ’ 〉
const QUOTE_BREAKERS = new Set([
  0x20, 0x0a, 0x09, 0x3000, 0x2c, 0xff0c, 0x3002, 0x3b, 0xff1b, 0x3a, 0xff1a, 0x21, 0xff01, 0x3f, 0xff1f,
]);

/**
 * True when [start, end) sits inside a short quoted name (`“135”工程`, `“十三五”規劃`, `“五個鶴城”`): the
 * quotes are at most 12 characters apart and hold no spaces or sentence punctuation, so quoted speech
 * that contains a figure is not mistaken for a slogan.
 */
export function isInShortQuote(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let k = start - 1, from = Math.max(0, start - 12); k >= from; k--) {
    const kind = QUOTE_KIND[text.charCodeAt(k)];
    // One test for the common case: a character that is no quote, breaker or straight quote.
    if (kind === 0) continue;
    // A straight `"` opens a quote here when Chinese text stands before it (`围绕"四个中心"`, `"3个100"`):
    // Chinese typed on a Latin keyboard. Quoted English has spaces, which already break the quote.
    if (kind === OPEN || (kind === STRAIGHT && (k === 0 || text.charCodeAt(k - 1) > 0x2e7f))) {
      open = k;
      break;
    }
    if (kind !== STRAIGHT) return false;
  }
  if (open < 0) return false;
  const straight = text.charCodeAt(open) === 0x22;
  for (let k = end, to = Math.min(text.length, open + 14); k < to; k++) {
    const kind = QUOTE_KIND[text.charCodeAt(k)];
    if (kind === 0 || (kind === STRAIGHT && !straight)) continue;
    return kind === CLOSE || kind === STRAIGHT;
  }
  return false;
}

/**
 * One table lookup per character instead of three set lookups: this runs for every figure found. A
 * straight `"` has a kind of its own, as it opens or closes a quote only in some places.
 */
const OPEN = 1;
const CLOSE = 2;
const BREAKER = 3;
const STRAIGHT = 4;
const QUOTE_KIND = new Uint8Array(0x10000);
for (const c of QUOTE_BREAKERS) QUOTE_KIND[c] = BREAKER;
QUOTE_KIND[0x22] = STRAIGHT;
for (const c of OPEN_QUOTES) QUOTE_KIND[c] = OPEN;
for (const c of CLOSE_QUOTES) QUOTE_KIND[c] = CLOSE;

/** Sticky: a numeric date or time at a number's start (`2024-03-01`, `2024/3/1`, `3/1/2024`, `10:30`). */
const NUMERIC_DATE_RE =
  /(?:\d{2,4}[)）] ?\d{3,4}[- ]?\d{4}(?!\d)|\d{3,4}-\d{7,8}(?!\d)|\d{3}-\d{3}-\d{4}(?!\d)|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?!\d)|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d{4}[-–]\d{2}(?!\d)(?![%％年]))/y;

/** Length of a numeric date, time or year range (`2025-26`) starting at `index`, or 0. */
export function numericDateLength(text: string, index: number): number {
  NUMERIC_DATE_RE.lastIndex = index;
  const m = NUMERIC_DATE_RE.exec(text);
  if (!m) return 0;
  const bracket = /[)）]/.test(m[0]);
  // (02) 2345-6789, （02）2321-2200: an area code in brackets, half- or full-width.
  if (bracket && (text[index - 1] === '(' || text[index - 1] === '（')) return m[0].length;
  // 2024-03 only counts as a date when the first part is a plausible year and the month is 1–12.
  if (bracket) return 0;
  const four = /^(\d{4})([-/.–])(\d{1,2})/.exec(m[0]);
  if (four && (Number(four[1]) < 1800 || Number(four[1]) > 2199)) return 0;
  // 2095.95亿元, 2024.3萬人, 2031.6 亿元 (spaced, as Taiwan and PDF text write it): a decimal amount,
  // not a year and month.
  if (
    four &&
    four[2] === '.' &&
    (Number(four[3]) > 12 || amountUnitAt(text, afterGap(text, index + m[0].length)))
  )
    return 0;
  return m[0].length;
}

/** A unit after `yyyy.m`, save 起 (`2024.10 起實施`: from that month on, not 起 cases). */
function amountUnitAt(text: string, pos: number): boolean {
  return text.charCodeAt(pos) !== 0x8d77 /* 起 */ && startsQuantity(text, pos);
}

/** True when the digits form a plausible calendar year (1800–2199). */
export function isYearLike(digits: string): boolean {
  if (digits.length !== 4 || !/^\d{4}$/.test(digits)) return false;
  const n = Number(digits);
  return n >= 1800 && n <= 2199;
}

/**
 * For Arabic digits followed by 年: true when it is a year (`2014年`, `民國113年`, `113年度`, `113年3月`)
 * rather than a span of years (`5年`, `3-5年內`).
 */
export function isCalendarYear(text: string, numberStart: number, digits: string, yearEnd: number): boolean {
  // `50多年`, `1000餘年`: an approximate count of years is never a date.
  if ('多餘余來来'.includes(text[yearEnd - 2] ?? '\n') && text[yearEnd - 1] === '年') return false;
  if (digits.includes('.')) return false; // 11.6 年: a decimal is a span of years, never a year
  if (digits.length >= 4) return true;
  const gapStart = beforeGap(text, numberStart) + 1;
  const before = text.slice(Math.max(0, gapStart - 2), gapStart);
  if (before === '民國' || before === '民国') return true;
  const afterAt = afterGap(text, yearEnd);
  const after = text[afterAt];
  if (after === '度') return true;
  // 113年3月 is a month of a year; 6 年 8 個月 a span of years and months.
  if (after !== undefined && /[0-9０-９]/.test(after))
    return !/^[0-9０-９]{1,2} *[個个]月/.test(text.slice(afterAt, afterAt + 6));
  if (digits.length < 2 || Number(digits) < 40) return false;
  // 112 年以來: since a Minguo year. A span that long is written 百餘年, 100 多年, or with 近/逾/達 before.
  if (
    digits.length === 3 &&
    Number(digits) <= 150 &&
    /^(?:以來|以来|起|迄今|至今)/.test(text.slice(afterAt, afterAt + 2))
  )
    return !DURATION_BEFORE_RE.test(before);
  // 40 and above reads as a Minguo year (`112年`) unless the words around it make it a span of years:
  // `持續50年`, `建校60年來`, `近100年的歷史`, `50年內`.
  return !DURATION_AFTER_RE.test(text.slice(afterAt, afterAt + 3)) && !DURATION_BEFORE_RE.test(before);
}

// 來 after 年 is `since` (`60年來`), not `come to` (`113 年來臺旅客`: visitors to Taiwan in 2024).
const DURATION_AFTER_RE = /^(?:來(?![臺台華港澳])|来(?![台华港澳])|以來|以来|之久|內|内|的歷|的历|歷史|历史)/;
const DURATION_BEFORE_RE = /(?:續|续|達|达|時|时|經|经|有|過|过|近|逾|滿|满|期|限|來|来|去|了|長|长|約|约)$/;

const PAGE_OF_BEFORE_RE = /第\s*[\d〇零一二三四五六七八九十百]+\s*[頁页]\s*[，,、/／]?\s*共\s*$/;

/**
 * `第 3 頁，共 4 頁`, `第3页 共12页`: the page count of a page footer locates the page, like the page
 * number before it (held-out-7); a count of pages elsewhere (`報告共 120 頁`) stays a figure.
 */
export function isPageOfPages(text: string, start: number, unit: string): boolean {
  return (
    (unit === '頁' || unit === '页') && PAGE_OF_BEFORE_RE.test(text.slice(Math.max(0, start - 16), start))
  );
}
