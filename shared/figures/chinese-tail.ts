/**
 * What follows a number in Chinese text: an approximate marker (`餘`, `多`), multipliers (`萬`, `億`,
 * `千萬`), a unit or measure word, a per-unit (`公里/百平方公里`) and a trailing qualifier (`以上`,
 * `左右`). Multiplier characters that also begin units (`千瓦`, `千米`, `兆瓦`, `百分點`) are resolved by
 * trying each split and keeping the one whose unit reaches furthest.
 */
import type { FigureQualifier } from './types';
import type { UnitInfo } from './units';
import { MULTIPLIER_RUN_RE, multiplierCodeExponent, multiplierRunLength } from './multipliers';
import { matchUnitEntryAt, toTraditional } from './units';
import { beforeGap } from './exclusions';

/**
 * How the number was written, which limits the measure words it may take. `counted`: a Chinese numeral
 * after 分 / 分為 / 分成 (divided into: `分三批發放`, `分為兩期`), which counts the groups it names, and a lone
 * 兩 (two, only ever a count: `兩區`, `兩期`), as against 一區 or 三期工程, which may name one.
 */
export type NumeralStyle = 'arabic' | 'chinese' | 'lone-one' | 'counted';

export interface ChineseTail {
  /** End of the tail (unit and trailing qualifier included). */
  end: number;
  /** Power of ten from multipliers read in the tail. */
  exponent: number;
  /** Canonical unit, or '' when only multipliers followed. */
  unit: string;
  kind: UnitInfo['kind'] | 'none';
  qualifier?: FigureQualifier;
  /** End of the unit itself, before any trailing qualifier. */
  unitEnd: number;
  /** Always false: set when the object is made, so its shape never changes (see Tail in arabic-parts.ts). */
  english: false;
}

/** 多/餘 (over) and 來 (about) between a number and its multiplier or unit; by char code, no string made. */
function approxMid(code: number): FigureQualifier | undefined {
  if (code === 0x9918 /* 餘 */ || code === 0x4f59 /* 余 */ || code === 0x591a /* 多 */) return 'over';
  if (code === 0x4f86 /* 來 */ || code === 0x6765 /* 来 */) return 'about';
  return undefined;
}
const TRAILING_QUALIFIER_RE = /或以上|或以下|以上|以下|左右|上下|以內|以内|之內|之内|有餘|有余|不等/y;
const TRAILING_QUALIFIER: Record<string, FigureQualifier | undefined> = {
  以上: 'over',
  以下: 'under',
  或以上: 'over',
  或以下: 'under',
  左右: 'about',
  上下: 'about',
  以內: 'under',
  以内: 'under',
  之內: 'under',
  之内: 'under',
  有餘: 'over',
  有余: 'over',
  不等: undefined,
};

function allowed(info: UnitInfo, style: NumeralStyle): boolean {
  if (style === 'arabic') return true;
  // 三度下調, 兩度延長: after a Chinese numeral 度 counts times, not degrees or kilowatt-hours.
  if (info.canonical === '度') return style === 'chinese' || style === 'counted';
  // 一批, 二期 name a group or a phase; 分三批 counts batches.
  if (info.digitsOnly) return style === 'counted' && info.kind === 'count';
  if (style === 'lone-one')
    return info.kind === 'currency' || info.kind === 'measure' || info.kind === 'percent';
  return true;
}

function multiplierExponent(text: string, from: number, to: number): number {
  let e = 0;
  for (let k = from; k < to; k++) e += multiplierCodeExponent(text.charCodeAt(k));
  return e;
}

/** Reads a unit (with an optional leading space) at `pos`; undefined when none fits. */
/** End of the unit the last successful unitAt() read (a module variable: no object per call). */
let lastUnitEnd = 0;

/** Reads a unit at `pos` (spaces before it allowed after Arabic digits); sets `lastUnitEnd`. */
function unitAt(text: string, pos: number, style: NumeralStyle): UnitInfo | undefined {
  // `2-3 家`, `315 萬 人`: spaces between number and unit, only when a CJK unit follows (not English
  // words); style 'arabic' only, as Taiwan and PDF text space Arabic numbers, never Chinese numerals.
  const p = style === 'arabic' ? skipGap(text, pos) : pos;
  const entry = matchUnitEntryAt(text, p);
  if (entry === undefined) return undefined;
  const { written, info } = entry;
  // 出欄四十一萬頭, 兩千股: a unit kept for digits reads after a Chinese numeral that ends in a multiplier
  // (held-out-8), never after a small one (`一國兩制`, `一股清流`).
  if (
    !allowed(info, style) &&
    !(info.digitsOnly && style === 'chinese' && multiplierCodeExponent(text.charCodeAt(p - 1)) >= 2)
  )
    return undefined;
  // 人民 / 名單 / 次要 / 所有 … are words that merely start with a unit character.
  const blocked = written.length === 1 ? BLOCKED_BY_CODE[written.charCodeAt(0)] : undefined;
  if (
    blocked !== undefined &&
    p + written.length < text.length &&
    hasCode(blocked, text.charCodeAt(p + written.length)) &&
    !startsNoun(text, p + written.length, written) &&
    !isQualifiedShare(text, p, written)
  )
    return undefined;
  lastUnitEnd = p + written.length;
  return info;
}

/**
 * Nouns that begin with a blocked continuation yet follow the unit as the thing counted: `八成長者`
 * (eight tenths of the elderly) is not 成長 (growth).
 */
const NOUNS_AFTER: Record<string, readonly string[]> = { 成: ['長者', '长者', '長輩', '长辈'] };
function startsNoun(text: string, at: number, unit: string): boolean {
  const nouns = NOUNS_AFTER[unit];
  return nouns !== undefined && nouns.some((noun) => text.startsWith(noun, at));
}

/**
 * `當中逾三成為有兒童的家庭`, `約兩成為護理課程`: after a qualifier or `當中` the numeral before 成 is a share and
 * 為 its verb (are), not 成為 (become).
 */
function isQualifiedShare(text: string, p: number, unit: string): boolean {
  if (unit !== '成') return false;
  let k = p - 1;
  while (k >= 0 && SHARE_NUMERAL.includes(text[k]!)) k--;
  return k < p - 1 && SHARE_QUALIFIER_RE.test(text.slice(Math.max(0, k - 1), k + 1));
}
const SHARE_NUMERAL = '0123456789.一二兩两三四五六七八九十';
const SHARE_QUALIFIER_RE = /(?:約|约|逾|近|超過|超过|不足|當中|当中|其中)$/;

/** A unit character followed by one of these forms another word (`人民`, `年級`, `次要`, `名單`). */
const BLOCKED_CONTINUATIONS: Record<string, string> = {
  人: '民們们員员才士類类',
  年: '級级代',
  次: '要',
  名: '單单義义',
  家: '長长鄉乡',
  條: '件例',
  条: '件例',
  期: '間间待',
  部: '門门分',
  度: '過过',
  起: '來来點点',
  所: '有以在',
  台: '灣湾',
  臺: '灣湾',
  位: '於于置',
  種: '植',
  种: '植',
  分: '之別别類类析配',
  口: '岸號号',
  方: '面案式法向',
  點: '半鐘钟整前後后多左右到至滴名位子',
  点: '半鐘钟整前後后多左右到至滴名位子',
  // 一成不變, 九成新, 三成為…: 成 as a verb or word part, not tenths.
  只: '有是要能',
  成: '不為为員员立功本果就熟新長长交品績绩效果型',
  晚: '上間间會会餐宴霞年期安',
  標: '準准的售示誌志題記籤簽語桿竿明注註章價榜本',
  标: '准的售示志题记签语杆竿明注章价榜本',
};
/** By the unit's char code (every blocked unit is one character): an array read instead of a Map lookup. */
const BLOCKED_BY_CODE: Array<string | undefined> = new Array<string | undefined>(0x10000).fill(undefined);
for (const [unit, next] of Object.entries(BLOCKED_CONTINUATIONS)) {
  if (unit.length !== 1) throw new Error(`blocked unit ${unit} must be one character`);
  BLOCKED_BY_CODE[unit.charCodeAt(0)] = next;
}

/**
 * Past a run of spaces at `pos` when a CJK character or `%` follows it (`315 萬人`, `3.2 %`); else `pos`.
 * The layout fold (layout.ts) has already turned every kind of space and in-figure line break into ASCII.
 */
export function skipGap(text: string, pos: number): number {
  if (text.charCodeAt(pos) !== 0x20) return pos;
  let q = pos + 1;
  while (text.charCodeAt(q) === 0x20) q++;
  const c = text.charCodeAt(q);
  return c > 0x2e7f || c === 0x25 ? q : pos;
}

/** After these, a 多/餘 that follows the unit begins another word (`3倍多元化`, `5年多項`), not `over`. */
const AFTER_TRAILING_APPROX = '元樣样項项個个種种家次方層层部數数位重彩少邊边角年功';

/**
 * Reads the tail after a number ending at `p`. Returns undefined when neither a multiplier nor a unit
 * follows (a bare number is not a figure in Chinese text).
 */
export function readChineseTail(text: string, p: number, style: NumeralStyle): ChineseTail | undefined {
  let pos = style === 'arabic' ? skipGap(text, p) : p;
  let qualifier: FigureQualifier | undefined;
  const mid = approxMid(text.charCodeAt(pos));
  // 多/餘 only count when a multiplier or unit follows (`200多人`, `6300餘萬元`); checked below.
  if (mid) {
    qualifier = mid;
    pos++;
  }
  const multRun = multiplierRunLength(text, pos);
  // The best split so far, in locals rather than an object per try: this runs for every number.
  let bestEnd = -1;
  let bestCut = 0;
  let bestInfo: UnitInfo | undefined;
  let bestQ: FigureQualifier | undefined;
  for (let cut = multRun; cut >= 0; cut--) {
    let up = pos + cut;
    let q = qualifier;
    const mid2 = !q && cut > 0 ? approxMid(text.charCodeAt(up)) : undefined;
    if (mid2) {
      q = mid2;
      up++;
    }
    const info = unitAt(text, up, style);
    if (info && (lastUnitEnd > bestEnd || (lastUnitEnd === bestEnd && cut < bestCut))) {
      bestEnd = lastUnitEnd;
      bestCut = cut;
      bestInfo = info;
      bestQ = q;
    }
  }
  if (!bestInfo) {
    if (multRun === 0 || style !== 'arabic') return undefined;
    // `1.2萬` with no unit is still an amount; a trailing 餘/多 belongs to it (`1萬餘`).
    let end = pos + multRun;
    const mid2 = approxMid(text.charCodeAt(end));
    if (mid2 && !qualifier) {
      qualifier = mid2;
      end++;
    }
    return withTrailing(text, {
      end,
      exponent: multiplierExponent(text, pos, pos + multRun),
      unit: '',
      kind: 'none',
      qualifier,
      unitEnd: end,
      english: false,
    });
  }
  let unit = bestInfo.canonical;
  let end = bestEnd;
  let q: FigureQualifier | undefined = bestInfo.over ? 'over' : bestQ;
  // Per-unit: 公里/百平方公里, 元/噸, 人/平方公里.
  const slash = text.charCodeAt(end);
  if (slash === 0x2f || slash === 0xff0f) {
    MULTIPLIER_RUN_RE.lastIndex = end + 1;
    const perMult = MULTIPLIER_RUN_RE.exec(text)?.[0] ?? '';
    const per = unitAt(text, end + 1 + perMult.length, 'arabic');
    const perAt = end + 1 + perMult.length;
    if (per) {
      unit = `${unit}/${toTraditional(perMult)}${per.canonical}`;
      end = lastUnitEnd;
    } else if (perMult === '' && isPerDayOrMonth(text.charCodeAt(perAt))) {
      // 148.5萬噸/日, 3,000元/月: per day and per month (日, 月 are not units on their own: dates).
      unit = `${unit}/${text[perAt]!}`;
      end = perAt + 1;
    }
  }
  const unitEnd = end;
  // 增長2倍多, 3年多: 多/餘 after a ratio or a span of time means "more than".
  const after = text.charCodeAt(end);
  if (
    (bestInfo.kind === 'time' || unit === '倍') &&
    (after === 0x591a /* 多 */ || after === 0x9918) /* 餘 */ &&
    !hasCode(AFTER_TRAILING_APPROX, text.charCodeAt(end + 1))
  ) {
    q = 'over';
    end++;
  }
  return withTrailing(text, {
    end,
    exponent: multiplierExponent(text, pos, pos + bestCut),
    unit,
    kind: bestInfo.kind,
    qualifier: q,
    unitEnd,
    english: false,
  });
}

const isPerDayOrMonth = (code: number): boolean => code === 0x65e5 /* 日 */ || code === 0x6708; /* 月 */

/** True when `chars` holds the character `code` (compared by code, so no string is made). */
function hasCode(chars: string, code: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}

/** First characters of the trailing qualifiers (或以上, 以上, 左右, 上下, 之內, 有餘, 不等). */
const TRAILING_INITIAL = new Uint8Array(0x10000);
for (const ch of '或以左上之有不') TRAILING_INITIAL[ch.charCodeAt(0)] = 1;

function withTrailing(text: string, tail: ChineseTail): ChineseTail {
  const c = text.charCodeAt(tail.end);
  if (TRAILING_INITIAL[c] !== 1) return tail;
  TRAILING_QUALIFIER_RE.lastIndex = tail.end;
  const m = TRAILING_QUALIFIER_RE.exec(text);
  if (!m) return tail;
  const q = TRAILING_QUALIFIER[m[0]];
  // `tail` is always fresh (made by the caller): moved in place, not copied.
  tail.end += m[0].length;
  tail.qualifier = q ?? tail.qualifier;
  return tail;
}

/** True when a span of time without a multiplier follows (`個月`, `年`, `天`, `週`): `每 3 個月`. */
const DURATION_VERB_RE =
  /(?:為期|为期|為時|为时|歷時|历时|連續|连续|逗留|停留|共計|共计|限期|時限|时限|(?<!日)期(?:約|约)?(?:為|为)) *$/;

/**
 * 平均逗留2.3日, 為期 3 日, 為期三日, 限期 15 日內, 連續 9 季: where a span of days (日) or quarters (季) after
 * the number ending at `p` ends, with its unit, else undefined. A day of the month is a whole number after
 * 月 (a date, excluded before this), so 日 needs a decimal before it, a word of duration before the number
 * starting at `i`, or 內 after it (no date is "within"); 季 names a quarter (`四季度`) unless a word of
 * duration stands before the number.
 */
export function durationEnd(
  text: string,
  i: number,
  p: number,
  decimal: boolean,
): { end: number; unit: '天' | '季'; high?: number } | undefined {
  const d = skipGap(text, p);
  const c = text.charCodeAt(d);
  if (c !== 0x65e5 /* 日 */ && c !== 0x5b63 /* 季 */) return undefined;
  const afterVerb = DURATION_VERB_RE.test(text.slice(Math.max(0, i - 3), i));
  if (c === 0x5b63) return afterVerb ? { end: d + 1, unit: '季' } : undefined;
  const within = text.charCodeAt(d + 1);
  // (After 月 it is still a date: 5 月 15 日內 is "by 15 May".)
  if (
    (within === 0x5167 /* 內 */ || within === 0x5185) /* 内 */ &&
    text.charCodeAt(beforeGap(text, i)) !== 0x6708 /* 月 */
  )
    return { end: d + 1, unit: '天' };
  if (!(decimal || afterVerb)) return undefined;
  // 為期 3 日至 5 日, 超過時限30日至86日: a range of days, both ends written with 日.
  DAY_RANGE_RE.lastIndex = d + 1;
  const range = DAY_RANGE_RE.exec(text);
  return range
    ? { end: DAY_RANGE_RE.lastIndex, unit: '天', high: Number(range[1]) }
    : { end: d + 1, unit: '天' };
}
const DAY_RANGE_RE = / *(?:至|到|~|～|-|–) *(\d+(?:\.\d+)?) *日/y;

export function isTimeSpanAt(text: string, p: number, style: NumeralStyle): boolean {
  const tail = readChineseTail(text, p, style);
  return tail !== undefined && tail.kind === 'time' && tail.exponent === 0;
}
