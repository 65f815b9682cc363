/**
 * What stands just before a number: a currency sign or name (`US$`, `HK$`, `NT$`, `€`, `新臺幣`) that
 * becomes part of the figure, and a qualifier word (`約`, `超過`, `不到`, `about`, `more than`).
 */
import { englishQualifierBefore } from './english-context';
import type { FigureQualifier } from './types';
import { CHINESE_CURRENCY_PREFIXES } from './units';

export interface CurrencyPrefix {
  /** Where the figure's span starts (the sign or name). */
  start: number;
  /** Canonical currency. */
  unit: string;
}

const DOLLAR_PREFIX: ReadonlyArray<readonly [string, string]> = [
  ['MOP', 'MOP'],
  ['US', 'USD'],
  ['U.S.', 'USD'],
  ['HK', 'HKD'],
  ['NT', 'TWD'],
  ['NZ', 'NZD'],
  ['A', 'AUD'],
  ['C', 'CAD'],
  ['S', 'SGD'],
];
const SIGN: Record<string, string> = { '€': 'EUR', '£': 'GBP', '¥': '元', '￥': '元' };
/** Last characters of the Chinese currency names written before a number (幣, 币, 金, 元, 圓, 圆, 鎊, 镑). */
const NAME_LAST = new Uint8Array(0x10000);
for (const code of [0x5e63, 0x5e01, 0x91d1, 0x5143, 0x5713, 0x5706, 0x938a, 0x9551, 0xffe5])
  NAME_LAST[code] = 1;
const CODE_RE = /(?:^|[^A-Za-z])(USD|EUR|GBP|HKD|TWD|NTD|RMB|CNY|AUD|CAD|SGD|MOP|JPY) ?$/;
const CODE: Record<string, string> = { NTD: 'TWD', RMB: '元', CNY: '元' };

/** The currency written immediately before `index`, if any. */
export function currencyBefore(text: string, index: number): CurrencyPrefix | undefined {
  const prev = text.charCodeAt(index - 1);
  // Fast path: most numbers follow a CJK character that ends no currency name (幣, 币, 金 do).
  if (prev > 0x2e7f && NAME_LAST[prev] !== 1) return undefined;
  let k = index - 1;
  if (text[k] === ' ' || text[k] === '\u00a0') k--;
  // 新臺幣 4,562 億元: Taiwan text spaces a number from the currency name before it, maybe twice.
  while (text[k] === ' ') k--;
  // Spaced Taiwan text (`計 1,234 人`): the same fast path after the spaces, before any string is made.
  const lastCode = text.charCodeAt(k);
  if (lastCode > 0x2e7f && NAME_LAST[lastCode] !== 1) return undefined;
  const ch = text[k];
  if (ch === '$') {
    for (const [prefix, unit] of DOLLAR_PREFIX) {
      if (text.startsWith(prefix, k - prefix.length)) {
        const before = text.charCodeAt(k - prefix.length - 1);
        const glued = (before >= 0x41 && before <= 0x5a) || (before >= 0x61 && before <= 0x7a);
        if (!glued) return { start: k - prefix.length, unit };
      }
    }
    return { start: k, unit: 'USD' };
  }
  if (ch !== undefined && SIGN[ch]) return { start: k, unit: SIGN[ch] };
  const code =
    ch === ' ' || isUpper(text.charCodeAt(k))
      ? CODE_RE.exec(text.slice(Math.max(0, index - 5), index))
      : null;
  if (code) {
    const start = index - code[1]!.length - (code[0].endsWith(' ') ? 1 : 0);
    return { start, unit: CODE[code[1]!] ?? code[1]! };
  }
  for (const [name, unit] of CHINESE_CURRENCY_PREFIXES) {
    if (text.startsWith(name, k + 1 - name.length)) return { start: k + 1 - name.length, unit };
  }
  return undefined;
}

const CHINESE_QUALIFIERS: ReadonlyArray<readonly [string, FigureQualifier]> = [
  ['不少於', 'over'],
  ['不少于', 'over'],
  ['不低於', 'over'],
  ['不低于', 'over'],
  ['不超過', 'under'],
  ['不超过', 'under'],
  ['超過', 'over'],
  ['超过', 'over'],
  ['至少', 'over'],
  ['突破', 'over'],
  ['多於', 'over'],
  ['多于', 'over'],
  ['高於', 'over'],
  ['高于', 'over'],
  ['大於', 'over'],
  ['大于', 'over'],
  ['逾', 'over'],
  ['超', 'over'],
  ['大約有', 'about'],
  ['大约有', 'about'],
  ['約有', 'about'],
  ['约有', 'about'],
  ['大約', 'about'],
  ['大约', 'about'],
  ['將近', 'about'],
  ['将近', 'about'],
  ['接近', 'about'],
  ['約', 'about'],
  ['约', 'about'],
  ['不到', 'under'],
  ['不足', 'under'],
  ['低於', 'under'],
  ['低于', 'under'],
  ['少於', 'under'],
  ['少于', 'under'],
  ['未達', 'under'],
  ['未达', 'under'],
  ['未滿', 'under'],
  ['未满', 'under'],
  ['小於', 'under'],
  ['小于', 'under'],
];

/** The qualifier written just before a figure that starts at `start` (Chinese or English), if any. */
export function qualifierBefore(text: string, start: number): FigureQualifier | undefined {
  const code = text.charCodeAt(start - 1);
  if (code !== code) return undefined; // NaN: at the start of the text
  if (code === 0x20) {
    // 約 315 萬人: a spaced number after a Chinese qualifier takes it as if glued.
    let k = start - 2;
    while (text[k] === ' ') k--;
    if (text.charCodeAt(k) > 0x2e7f) return qualifierBefore(text, k + 1);
    return englishQualifierBefore(text, start);
  }
  // By code: most figures follow a character that ends no qualifier, and text[k] would make a string;
  // then only the words ending in that character are tried (達 before a number is common, 未達 rare).
  const words = QUALIFIERS_BY_LAST[code];
  if (words === undefined) return undefined;
  for (const [word, qualifier] of words) {
    if (text.startsWith(word, start - word.length)) return qualifier;
  }
  // 近 means "nearly" right before a number, but not in 最近 (recent) or 附近 (nearby).
  if (text[start - 1] === '近' && !/[最附]/.test(text[start - 2] ?? '')) return 'about';
  return undefined;
}

/** The Chinese qualifiers by the code of their last character, in the list's order (longest first). */
const QUALIFIERS_BY_LAST: Array<Array<readonly [string, FigureQualifier]> | undefined> = new Array<
  Array<readonly [string, FigureQualifier]> | undefined
>(0x10000).fill(undefined);
for (const entry of CHINESE_QUALIFIERS) {
  const last = entry[0].charCodeAt(entry[0].length - 1);
  (QUALIFIERS_BY_LAST[last] ??= []).push(entry);
}
const isUpper = (code: number): boolean => code >= 0x41 && code <= 0x5a;

/** Words linking a count named before its number to the number: `人次約`, `人次為`, `人次達`. */
const LINK_BEFORE_RE =
  /(?:人次|[架車车艘航班]次)(?:平均)?(?:大約|大约|約為|约为|達到|达到|共計|共计|合計|合计|合共|總計|总计|約|约|為|为|達|达|逾|近|共|計|计|有)? *$/;

/**
 * The unit named before an amount that has a multiplier but no unit of its own: statistics name a count
 * of visits first and give the number after (`入場人次約1,020萬`, `旅客人次達 3.5 萬`). Only counts of
 * visits or trips (人次, 架次, …), whose word is both the noun and the unit.
 */
export function visitUnitBefore(text: string, start: number): string | undefined {
  const m = LINK_BEFORE_RE.exec(text.slice(Math.max(0, start - 8), start));
  if (m) return toTraditionalVisit(m[0].slice(0, 2));
  // English: `visitor arrivals (in 2025) reached 49.8 million`, `visitors accounted for 38.1 million`.
  return englishCountBefore(text, start);
}

/**
 * The count an English number states when its noun is named before it: `visitor arrivals reached 49.8
 * million`, `the total number of issued shares was 1,075,600,000` (held-out-7) → `shares`.
 */
export function englishCountBefore(text: string, start: number): string | undefined {
  // (A line wrapped inside the phrase reads as a space.)
  const before = text.slice(Math.max(0, start - 80), start).replace(/\n/g, ' ');
  const e = ENGLISH_COUNT_BEFORE_RE.exec(before) ?? NUMBER_OF_BEFORE_RE.exec(before);
  return e ? e[1]!.toLowerCase() : undefined;
}

/**
 * The unit of a bare English number whose `digits` start at `start`, or undefined when it is no figure: with
 * thousands separators it states an amount on its own (`fell to 329,000,`), in the count named before it if
 * any; a smaller number only when the sentence names its count (`The number of participating banks was 211`).
 */
export function bareEnglishCount(text: string, start: number, digits: string): string | undefined {
  if (digits.includes(',')) return englishCountBefore(text, start) ?? '';
  if (/^(?:19|20)\d\d$/.test(digits)) return undefined;
  const e = NUMBER_OF_BEFORE_RE.exec(text.slice(Math.max(0, start - 80), start).replace(/\n/g, ' '));
  return e ? e[1]!.toLowerCase() : undefined;
}

/**
 * `the number of issued shares was `, `the total number of registered voters stood at `, `The number of
 * Community Care Service Vouchers will increase from 12 000 to `: the count a level or a change is of;
 * also `the number of people employed reached `, `The early estimate of payrolled employees for January 2025 was `,
 * `The number of unemployed people fell by 9,800 to ` (held-out-22, -23), `The number of pupils in special schools
 * rose by 5.3% to `, `The number of participating banks in Hong Kong's RMB clearing platform was ` (held-out-35), `the
 * number of unemployed people, at `, `The number of people unemployed for 27 weeks or more was little changed at `,
 * `The number of persons in employment has been above `, `The number of unemployed persons aged 15-74 years was `,
 * `The number of employees rose by 52,600 (+2.3%) in the year to ` (held-out-42).
 */
const NUMBER_OF_BEFORE_RE =
  /\b(?:number|estimate) of (?:[A-Za-z-]+ ){0,3}?([A-Za-z]+s|people)(?: [a-z]+ed)?(?: (?:on|in|at|with|under|across) (?:the )?(?:[A-Za-z'’-]+ ){0,4}[A-Za-z'’-]+| (?:waiting|staying|living) (?:longer|more|less) than the [a-z]+| for (?:\d+|[a-z]+) (?:weeks|months|years|days)(?: or (?:more|longer))?| aged \d+(?:[-–]\d+| (?:and|or) (?:over|older|above))?(?: years)?)?(?: (?:for|in) (?:[A-Z][a-z]+ )?\d{4})?(?:,? at |(?: (?:was|is|were|are) (?:little changed|unchanged|essentially unchanged) at )| ha(?:s|ve) been (?:above |below |over |under )?| (?:was|is|were|are|stood at|reached|totalled|totaled|rose to|fell to|grew to|increased to|decreased to|dropped to) | (?:(?:will |would )?(?:increase|rise|grow|fall|decrease|drop)(?:d|s)?|rose|fell|grew|dropped) (?:from (?:\d[\d ,.]*\d )?to |from |by (?:[\d,.]+(?: million| billion)?(?: \([-+−]?[\d.]+%\))?(?: (?:in|on|over) the (?:year|quarter|month))? to |[\d,.]+(?:%| per ?cent) (?:to |from (?:[\d,.]+ in (?:FY ?)?\d{4}(?:[-–/]\d{2,4})? to )?))?))(?:about |around |some |nearly |almost |over |more than )?$/;

/** A count of people or visits named before its scaled number, with the verb that links them. */
const ENGLISH_COUNT_BEFORE_RE =
  /\b(arrivals|visitors|visits|passengers|passenger trips|trips|tourists|residents|households|people|persons)(?: in (?:\d{4}|FY ?\d{4}(?:[/-]\d{2,4})?))? (?:reached|totalled|totaled|numbered|stood at|rose to|fell to|grew to|increased to|decreased to|dropped to|climbed to|exceeded|accounted for|were|was|of) (?:about |around |some |nearly |almost |over |more than )?$/;

function toTraditionalVisit(word: string): string {
  return word.replace('车', '車');
}
