/**
 * English context rules around a number: dates (`March 3`, `3 March 2024`), codes after a label word
 * (`Section 3`, `Table 4`, `FY 2025-26`, `Month 6`), and the qualifier written before a figure
 * (`more than 12,000 jobs` → over).
 */
import type { FigureQualifier } from './types';
import { afterGap, beforeGap, isAsciiLetter } from './exclusions';

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
/** A month just before a day or a year: its full name (`August 14`), or a short one maybe with its point (`Aug. 14`). */
const MONTH_BEFORE_RE = new RegExp(
  `(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?) ?$`,
);
const MONTH_AFTER_RE = new RegExp(`^(?:st|nd|rd|th)?,? (?:of )?${MONTH}\\b`);
const LABEL_BEFORE_RE =
  /(?:^|[^A-Za-z])(?:[Ss]ections?|[Cc]hapters?|[Aa]rticles?|[Pp]arts?|[Tt]ables?|[Ff]igures?|[Ff]ig\.|[Aa]nnex(?:es)?|[Ee]nclosures?|[Aa]ttachments?|Head|Subhead|HEAD|[Aa]ppendix|[Aa]ppendices|[Ss]chedules?|[Rr]ules?|[Pp]ages?|p\.|pp\.|[Ii]tems?|[Rr]oute|[Hh]ighway|[Rr]oom|[Pp]hase|[Tt]ier|[Gg]rade|[Vv]olume|[Vv]ol\.|[Nn]o\.|[Nn]os\.|[Nn]umber|[Aa]ct|[Bb]ill|[Gg]oal|[Ss]tep|(?<!(?:will|to|would|can|could|shall|must|may) )[Ss]tage|[Rr]ound|[Vv]ersion|[Mm]odel|[Ll]ine|[Tt]erminal|[Gg]ate|[Pp]latform|[Ww]ard|[Dd]istrict|[Zz]one|[Cc]lass|[Cc]ategory|[Tt]ype|[Ll]evel|[Pp]aragraphs?|[Pp]aras?\.|[Cc]odes?|[Ff]ootnotes?|[Nn]otes?|[Cc]lauses?|[Bb]ox(?:es)?|[Ee]xhibits?|[Cc]harts?|[Ss]ession|[Ff]loor|[Bb]lock|[Bb]lk\.?|[Uu]nit|[Bb]uilding|[Ss]uite|[Ee]xit|[Cc]hannel|[Ww]ave|[Cc]ohort|[Ss]weep|[Ee]dition|[Tt]ranche|[Oo]ption|[Ss]cenario|[Rr]ecommendations?|[Oo]bjective|[Pp]illar|[Pp]riority|[Ee]xt\.|[Tt]el\.?:?|[Pp]hone:?|[Ff]ax:?|Year|Month|Week|Quarter|Day|[Ss]ec\.|[Aa]rt\.|Rev\.|H\.R\.|[HS]B|Cap\.|FY|CY|FFY|Q[1-4]|H[12]|ISSN|ISBN|DOI:?) ?$/;

const WHOLE_RE = /^\d{1,4}$/;

/** An acronym of three to six capitals just before a number (a currency code is read as a currency first). */
const ACRONYM_BEFORE_RE =
  /(?:^|[^A-Za-z&-])(?!(?:USD|GBP|EUR|HKD|NZD|AUD|SGD|CAD|CHF|JPY|CNY|RMB|TWD|MOP|KRW|INR|MYR|THB|FTE|WTE) )[A-Z]{3,6} $/;

/** True when a month name or a label word (`Section`, `Table`, `FY`) makes the number a date or a code. */
export function isEnglishLabelOrDate(text: string, start: number, end: number): boolean {
  // Wide enough for the longest label word and a space (`Recommendations `).
  const before = text.slice(Math.max(0, start - 17), start);
  // (A day or a year is a whole number: `August 58.4%` is a share after a month named at a sentence's end.)
  if (MONTH_BEFORE_RE.test(before) && WHOLE_RE.test(text.slice(start, end))) return true;
  if (LABEL_BEFORE_RE.test(before)) return true;
  // `TAMS 3`, `SDG 4`, `NHS 24`: a small whole number after an acronym names a scheme, goal or service.
  if (end - start <= 2 && ACRONYM_BEFORE_RE.test(before) && text.charCodeAt(end) !== 0x2e) return true;
  return MONTH_AFTER_RE.test(text.slice(end, end + 16));
}

const QUALIFIER_BEFORE_RE =
  /(?:^|[^A-Za-z])(about|around|approximately|approx\.|nearly|almost|roughly|some|close to|an estimated|more than|over|above|in excess of|at least|exceeding|upwards of|less than|fewer than|under|below|up to|at most|no more than)\s$/i;
const QUALIFIER_WORD: Record<string, FigureQualifier> = {
  about: 'about',
  around: 'about',
  approximately: 'about',
  'approx.': 'about',
  nearly: 'about',
  almost: 'about',
  roughly: 'about',
  some: 'about',
  'close to': 'about',
  'an estimated': 'about',
  'more than': 'over',
  over: 'over',
  above: 'over',
  'in excess of': 'over',
  'at least': 'over',
  exceeding: 'over',
  'upwards of': 'over',
  'less than': 'under',
  'fewer than': 'under',
  under: 'under',
  below: 'under',
  'up to': 'under',
  'at most': 'under',
  'no more than': 'under',
};

/** The qualifier written just before an English figure (`more than 12,000 jobs` → over), if any. */
export function englishQualifierBefore(text: string, start: number): FigureQualifier | undefined {
  const m = QUALIFIER_BEFORE_RE.exec(text.slice(Math.max(0, start - 16), start));
  return m ? QUALIFIER_WORD[m[1]!.toLowerCase()] : undefined;
}

/** English rules only apply where a space or Latin letter stands next to the number. */
export function isLatinContext(text: string, i: number, p: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(p);
  // `(+21,000; +0.3%)`, `(-8,600)`: a sign after a bracket or a space, as in English tables of change.
  const outside = text.charCodeAt(i - 2);
  const signed = (before === 0x2b || before === 0x2d) && (outside === 0x28 || outside === 0x20);
  if (!(
    signed ||
    before === 0x20 ||
    after === 0x20 ||
    before === 0x2e ||
    after === 0x2c ||
    isAsciiLetter(after)
  ))
    return false;
  // Taiwan text spaces every number inside Chinese (`計 1,234 （`): CJK on both sides is not English.
  const b = text.charCodeAt(beforeGap(text, i));
  const a = text.charCodeAt(afterGap(text, p));
  return !((b > 0x2e7f || b === 0x0a) && (a > 0x2e7f || a === 0x0a || a !== a));
}

/** A number alone in brackets after an English word or number and a space: `2023-24 (5,106)`. */
export function isBracketedInLatin(text: string, i: number, p: number): boolean {
  if (text.charCodeAt(i - 1) !== 0x28 || text.charCodeAt(p) !== 0x29 || text.charCodeAt(i - 2) !== 0x20)
    return false;
  const c = text.charCodeAt(i - 3);
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}

/**
 * `amber.2 This was`, `into account.1` at a line's end: one or two digits glued to the full stop after a
 * word, then a new sentence or line, are a footnote's marker (a decimal has digits before its point).
 */
export function isFootnoteMarker(text: string, i: number, p: number): boolean {
  if (p - i > 2 || text.charCodeAt(i - 1) !== 0x2e) return false;
  const word = text.charCodeAt(i - 2);
  if (!(word >= 0x61 && word <= 0x7a)) return false;
  const after = text.charCodeAt(p);
  if (after === 0x0a || Number.isNaN(after)) return true;
  const next = text.charCodeAt(p + 1);
  return after === 0x20 && next >= 0x41 && next <= 0x5a;
}
