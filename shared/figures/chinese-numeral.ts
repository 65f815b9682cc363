/**
 * Figures written in Chinese numerals: `三千萬元`, `兩萬人`, `六個方面`, `百分之五`, `三分之一`, `三至五年`.
 * A Chinese numeral is a figure only when a unit or measure word follows; the bare multipliers (`萬家`,
 * `百年`) and a lone `一` with a measure word (`一批`, `一個中心`) are names or idioms, not quantities.
 */
import { acceptFound } from './arabic-finish';
import type { Found, ReadResult } from './arabic';
import type { ChineseTail, NumeralStyle } from './chinese-tail';
import { durationEnd, isTimeSpanAt, readChineseTail } from './chinese-tail';
import { multiplierCodeExponent } from './multipliers';
import { isUnitInitial } from './units';
import { currencyBefore } from './context';
import { beforeGap, headingNumberEnd, isOrdinalPrefix } from './exclusions';
import { isInIdiom } from './idioms';
import { namesSessionPlanOrEra } from './named-periods';
import {
  ARABIC_NUMBER_RE,
  CHINESE_NUMERAL_CHARS,
  CHINESE_NUMERAL_RUN_RE,
  isChineseNumeralCode,
  isDigitByDigit,
  parseChineseNumeral,
  scaleDecimal,
} from './numerals';

const DECIMAL_RE = /[點点]([〇零一二三四五六七八九]+)/y;
const TRAILING_RE = /以上|以下|左右|以內|以内/y;
const UNIT_INITIALS = '千百兆';

/** Whether [from, to) holds only multipliers of a hundred or more (百, 千, 萬, 億, 兆; not 十): by code. */
function isMultipliersOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (multiplierCodeExponent(text.charCodeAt(k)) === 0) return false;
  return to > from;
}

/** A unit, 分(之), 點 (a decimal), a range mark or 多/餘/來 may follow a numeral that is a figure. */
function mayFollowNumeral(code: number): boolean {
  return (
    isUnitInitial(code) ||
    code === 0x5206 /* 分 */ ||
    code === 0x9ede /* 點 */ ||
    code === 0x70b9 /* 点 */ ||
    code === 0x81f3 /* 至 */ ||
    code === 0x5230 /* 到 */ ||
    code === 0x2d /* - */ ||
    code === 0x591a /* 多 */ ||
    code === 0x9918 /* 餘 */ ||
    code === 0x4f59 /* 余 */ ||
    code === 0x4f86 /* 來 */ ||
    code === 0x6765 /* 来 */ ||
    // 連續三季: a span of quarters after a word of duration (durationEnd decides)
    code === 0x5b63 /* 季 */
  );
}

/** 星期一, 週三, 禮拜天: weekdays, not counts. */
function isWeekday(text: string, i: number): boolean {
  // By code: text[k] makes a string for every CJK character, and this runs for most numerals.
  const prev = text.charCodeAt(i - 1);
  if (prev === 0x9031 /* 週 */ || prev === 0x5468 /* 周 */) return true;
  const before = text.charCodeAt(i - 2);
  if (prev === 0x671f /* 期 */) return before === 0x661f; // 星期
  return prev === 0x62dc /* 拜 */ && (before === 0x79ae /* 禮 */ || before === 0x793c); // 禮拜, 礼拜
}

/**
 * A verb of building or adding right before `一` (`新建一所學校`, `建成一家醫院`): then `一` counts one
 * thing. Elsewhere `一` + measure word is a name or an idiom (`一批`, `一個中心`, `一張藍圖`).
 */
const BUILT_BEFORE_RE =
  /(?:新建|建成|新增|增設|增设|設立|设立|成立|開通|开通|新開|新开|引進|引进|落成|啟用|启用|新設|新设|籌建|筹建|興建|兴建|投用|組建|组建|開設|开设|創建|创建|購置|购置|修建|擴建|扩建|增加)$/;
/** Last characters of those verbs, by code (a lone 一 comes here, and text[k] would make a string). */
const BUILT_LAST = new Uint8Array(0x10000);
for (const ch of '建成增設设立開开通進进啟启籌筹興兴用組组創创置擴扩加') BUILT_LAST[ch.charCodeAt(0)] = 1;
function isBuiltBefore(text: string, i: number): boolean {
  if (BUILT_LAST[text.charCodeAt(i - 1)] !== 1) return false;
  return BUILT_BEFORE_RE.test(text.slice(Math.max(0, i - 2), i));
}

/** 數/数/幾/几 (some, several) before a numeral: `數十家`, `幾百人`. */
function isSomeBefore(code: number): boolean {
  return code === 0x6578 || code === 0x6570 || code === 0x5e7e || code === 0x51e0;
}

/** Reads the figure whose Chinese numeral starts at `i`. */
export function readChineseAt(text: string, i: number): ReadResult {
  const c = text.charCodeAt(i);
  if ((c === 0x767e /* 百 */ || c === 0x5343) /* 千 */ && text.startsWith('分之', i + 1))
    return readPercentWord(text, i, c === 0x767e ? '%' : '‰');

  let runEnd = i + 1;
  while (isChineseNumeralCode(text.charCodeAt(runEnd))) runEnd++;
  // Most numerals in running text (統一, 進一步, 十分) have nothing after them that could make a figure:
  // leave before any string is made.
  if (!mayFollowNumeral(text.charCodeAt(runEnd))) return { next: runEnd };
  const run = text.slice(i, runEnd);
  if (isOrdinalPrefix(text, i) || isWeekday(text, i)) return { next: runEnd };
  // 數十家, 幾百人: "some tens of", not a stated quantity.
  // (Not 總數 (the total): `約佔總數八分之一` is a share of it.)
  if (isSomeBefore(text.charCodeAt(i - 1)) && !'總总'.includes(text[i - 2] ?? '\n')) return { next: runEnd };
  const heading = headingNumberEnd(text, i);
  if (heading > 0) return { next: heading };

  if (text.startsWith('分之', runEnd)) return readFraction(text, i, run, runEnd);
  const point = text.charCodeAt(runEnd);
  if (point === 0x9ede /* 點 */ || point === 0x70b9 /* 点 */) {
    const decimal = readDecimal(text, i, run, runEnd);
    if (decimal) return decimal;
  }
  if (isDigitByDigit(run)) return { next: runEnd }; // 二〇二四年, 一九九八
  // 每千人口, 每一萬元: the base of a rate; but 每三個月 (every three months) states a span of time.
  if (text.charCodeAt(beforeGap(text, i)) === 0x6bcf /* 每 */ && !isTimeSpanAt(text, runEnd, 'chinese'))
    return { next: runEnd };
  // 萬億元大關, 千億級產業, 百億元項目: multipliers with no digit name a scale or a threshold, unless
  // a qualifier makes them a round amount (`超百億元`, `逾千億元`, as `逾百人`).
  if (isMultipliersOnly(text, i, runEnd)) return readRoundHundreds(text, i, run, runEnd);

  const range = readRange(text, i, run, runEnd);
  const best = range ? undefined : readBestTail(text, i, run);
  if (!range && !best) {
    const span = durationEnd(text, i, runEnd, false);
    const value = span ? parseChineseNumeral(run) : undefined;
    if (!span || value === undefined) return { next: runEnd };
    return acceptFound(text, { start: i, end: span.end, value, unit: span.unit });
  }
  const found: Found = range ?? {
    start: i,
    end: best!.tail.end,
    value: best!.value * 10 ** best!.tail.exponent,
    unit: best!.tail.unit,
    qualifier: best!.tail.qualifier,
  };
  // 兩成至三成, 三萬人至五萬人: a range whose unit is written at both ends.
  if (!range && !/[由從从]$/.test(text[i - 1] ?? ''))
    extendRepeatedUnitRange(text, found, best!.tail.exponent);
  // Idioms are checked only once a unit was found: most numerals in running text have none.
  if (isInIdiom(text, i)) return { next: Math.max(runEnd, found.end) };
  if (namesSessionPlanOrEra(text, i, found.end, found.unit)) return { next: found.end };
  // 兩個“毫不動搖”, 三個「必須」: a count word before a quoted slogan names the slogan.
  if (found.unit === '個' && '“「『'.includes(text[found.end] ?? '\n')) return { next: found.end };
  // 八成五: a second digit after 成 is the next decimal place (85%).
  const tenths =
    found.unit === '成' && found.high === undefined ? ONE_DIGIT[text[found.end] ?? ''] : undefined;
  if (tenths !== undefined && !CHINESE_NUMERAL_CHARS.includes(text[found.end + 1] ?? '\n')) {
    found.value += tenths / 10;
    found.end++;
  }
  const currency = currencyBefore(text, i);
  if (currency) {
    found.start = currency.start;
    if (found.unit === '元' || found.unit === '') found.unit = currency.unit;
  }
  return acceptFound(text, found);
}

const ONE_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ROUND_QUALIFIER_BEFORE_RE = /(?:逾|(?<![最附])近|超過|超过|(?<![高趕赶])超)$/;

/**
 * A bare 百/千/萬 is a figure only when it is plainly a round count: `百餘家`, `千多人`, `逾百人`,
 * `近千家企業`; multipliers together (`百億`, `千億`, `億`) only after a qualifier (`超百億元企業`,
 * held-out-7). Elsewhere they name a scale or sit in a set phrase (`百年`, `千家萬戶`, `億元以上項目`).
 */
function readRoundHundreds(text: string, i: number, run: string, runEnd: number): ReadResult {
  const approximate = '百千萬万'.includes(run) && '餘余多'.includes(text[runEnd] ?? '\n');
  const qualified =
    '逾近過过超'.includes(text[i - 1] ?? '\n') &&
    ROUND_QUALIFIER_BEFORE_RE.test(text.slice(Math.max(0, i - 2), i));
  if (!approximate && !qualified) return { next: runEnd };
  const tail = readChineseTail(text, runEnd, 'chinese');
  const value = parseChineseNumeral(run);
  if (!tail || tail.unit === '' || value === undefined || isInIdiom(text, i)) return { next: runEnd };
  return acceptFound(text, {
    start: i,
    end: tail.end,
    value: value * 10 ** tail.exponent,
    unit: tail.unit,
    qualifier: tail.qualifier,
  });
}

/** `三至五年`, `兩到三個`: one figure with value and high, the unit read after the second numeral. */
function readRange(text: string, i: number, run: string, runEnd: number): Found | undefined {
  const separator = text.charCodeAt(runEnd);
  if (separator !== 0x81f3 /* 至 */ && separator !== 0x5230 /* 到 */ && separator !== 0x2d) return undefined;
  if (/[由從从]$/.test(text[i - 1] ?? '')) return undefined; // 由三至五: a change
  CHINESE_NUMERAL_RUN_RE.lastIndex = runEnd + 1;
  const second = CHINESE_NUMERAL_RUN_RE.exec(text);
  const low = parseChineseNumeral(run);
  if (!second || low === undefined) return undefined;
  const best = readBestTail(text, runEnd + 1, second[0]);
  if (!best || !(low < best.value)) return undefined;
  const scale = 10 ** best.tail.exponent;
  return {
    start: i,
    end: best.tail.end,
    value: low * scale,
    high: best.value * scale,
    unit: best.tail.unit,
    qualifier: best.tail.qualifier,
  };
}

/** Makes `found` (`兩成`) a range when `至`/`到` and a larger numeral in the same unit follow (`至三成`). */
function extendRepeatedUnitRange(text: string, found: Found, exponent: number): void {
  const separator = text.charCodeAt(found.end);
  if (separator !== 0x81f3 /* 至 */ && separator !== 0x5230 /* 到 */) return;
  CHINESE_NUMERAL_RUN_RE.lastIndex = found.end + 1;
  const second = CHINESE_NUMERAL_RUN_RE.exec(text);
  const best = second ? readBestTail(text, found.end + 1, second[0]) : undefined;
  if (!best || best.tail.unit !== found.unit || best.tail.exponent !== exponent) return;
  const high = best.value * 10 ** exponent;
  if (!(high > found.value)) return;
  found.high = high;
  found.end = best.tail.end;
}

const NOT_DIVIDED_BEFORE = new Set([...'十百部充'].map((c) => c.charCodeAt(0)));

/** Whether the numeral at `i` follows 分, 分為/分为 or 分成 (divided into), not 十分, 百分, 部分 or 充分. */
function isDividedInto(text: string, i: number): boolean {
  let k = i - 1;
  const c = text.charCodeAt(k);
  if (c === 0x70ba /* 為 */ || c === 0x4e3a /* 为 */ || c === 0x6210 /* 成 */) k--;
  return text.charCodeAt(k) === 0x5206 /* 分 */ && !NOT_DIVIDED_BEFORE.has(text.charCodeAt(k - 1));
}

/**
 * `新增兩所醫院和一所學校`: a lone 一 (or any numeral, its measure word at `end`) joined by a conjunction to a
 * count in the same measure word counts as that count does (one school), where alone it may name one
 * (`一所學校` as "a school").
 */
function isListedCount(text: string, i: number, end = i + 1): boolean {
  // (A line may break after the conjunction: `四类上涨、\n三类下降`.)
  const j = text.charCodeAt(i - 1) === 0x0a ? i - 1 : i;
  if (!LIST_CONJUNCTIONS.includes(text[j - 1] ?? '\n')) return false;
  const measure = text[end];
  if (!measure) return false;
  // The clause before the conjunction (from its last comma or stop), within 14 characters.
  const window = text.slice(Math.max(0, j - 14), j - 1);
  const clause = window.slice(Math.max(0, window.search(/[，。；：,;\n][^，。；：,;\n]*$/)));
  for (let k = clause.indexOf(measure); k > 0; k = clause.indexOf(measure, k + 1))
    if (COUNT_DIGITS.includes(clause[k - 1]!)) return true;
  return false;
}
const LIST_CONJUNCTIONS = '和及與与、';

/**
 * `五类上涨、两类下降`: a numeral whose measure word (at `end`) comes again after the next list comma, with
 * another numeral, counts as the list's other items do.
 */
function isListedAhead(text: string, end: number): boolean {
  const measure = text[end];
  if (!measure || !CHINESE_CHAR_RE.test(measure)) return false;
  const after = text.slice(end + 1, end + 9);
  const comma = after.search(/[、，,]/);
  if (comma < 0) return false;
  let k = comma + 1;
  while (k < after.length && /\s/.test(after[k]!)) k++; // (`、\n两类`: a line may break after the comma)
  const first = k;
  while (k < after.length && COUNT_DIGITS.includes(after[k]!)) k++;
  return k > first && after[k] === measure;
}
const CHINESE_CHAR_RE = /[\u3400-\u9fff]/;
/** `至少一名`, `僅一家`: a bound before a lone 一 makes it a count (at least one, only one), never a name. */
const AT_LEAST_BEFORE_RE = /(?:至少|最少|不少於|不少于|僅有?|仅有?|只有)$/;
const COUNT_DIGITS = '0123456789〇零一二兩两三四五六七八九十百千萬万';

/** Tries the whole run and the run minus a trailing 千/百/兆 that may begin the unit (`二十萬千瓦`). */
function readBestTail(
  text: string,
  i: number,
  run: string,
): { value: number; tail: ChineseTail; cut: number } | undefined {
  let best: { value: number; tail: ChineseTail; cut: number } | undefined;
  for (let cut = run.length; cut >= Math.max(1, run.length - 1); cut--) {
    if (cut < run.length && !UNIT_INITIALS.includes(run[cut]!)) break;
    const numeral = run.slice(0, cut);
    // A bare 百, 千 or 萬 (not 十) is read by readRoundHundreds.
    if (cut === 1 && multiplierCodeExponent(text.charCodeAt(i)) > 0) continue;
    const value = parseChineseNumeral(numeral);
    if (value === undefined) continue;
    const style: NumeralStyle =
      numeral === '一' && !isBuiltBefore(text, i)
        ? isListedCount(text, i) || AT_LEAST_BEFORE_RE.test(text.slice(Math.max(0, i - 4), i))
          ? 'counted'
          : 'lone-one'
        : isDividedInto(text, i) ||
            numeral === '兩' ||
            numeral === '两' ||
            isListedAhead(text, i + cut) ||
            isListedCount(text, i, i + cut)
          ? 'counted'
          : 'chinese';
    const tail = readChineseTail(text, i + cut, style);
    if (!tail || tail.unit === '') continue;
    // A trailing 千/百 cut off the run must begin the unit (`二十萬千瓦`), not scale it (`兩萬五千人`).
    if (cut < run.length && tail.exponent !== 0) continue;
    if (tail.unit === '年' && text.charCodeAt(tail.unitEnd) === 0x5e74 /* 年 */) continue;
    if (!best || tail.end > best.tail.end || (tail.end === best.tail.end && cut < best.cut)) {
      best = { value, tail, cut };
    }
  }
  return best;
}

/** `零點三個百分點`, `一點五萬人`: a Chinese numeral with a decimal part, then its unit. */
function readDecimal(text: string, i: number, run: string, runEnd: number): ReadResult | undefined {
  DECIMAL_RE.lastIndex = runEnd;
  const decimal = DECIMAL_RE.exec(text);
  const whole = parseChineseNumeral(run);
  if (!decimal || whole === undefined || !/^[〇零一二兩两三四五六七八九十]+$/.test(run)) return undefined;
  let digits = `${whole}.`;
  for (const ch of decimal[1]!) digits += String(parseChineseNumeral(ch) ?? 0);
  const tail = readChineseTail(text, runEnd + decimal[0].length, 'chinese');
  if (!tail || tail.unit === '') return undefined;
  return acceptFound(text, {
    start: i,
    end: tail.end,
    value: scaleDecimal(digits, tail.exponent),
    unit: tail.unit,
    qualifier: tail.qualifier,
  });
}

function readPercentWord(text: string, i: number, unit: string): ReadResult {
  const from = i + 3;
  let value: number | undefined;
  let end = from;
  CHINESE_NUMERAL_RUN_RE.lastIndex = from;
  const run = CHINESE_NUMERAL_RUN_RE.exec(text);
  if (run) {
    value = parseChineseNumeral(run[0]);
    end = from + run[0].length;
    DECIMAL_RE.lastIndex = end;
    const decimal = DECIMAL_RE.exec(text);
    if (value !== undefined && decimal) {
      let fraction = '';
      for (const ch of decimal[1]!) fraction += String(parseChineseNumeral(ch) ?? 0);
      value = Number(`${value}.${fraction}`);
      end += decimal[0].length;
    }
  } else {
    // 未達百分之 3: Taiwan text spaces Arabic digits from the words around them.
    let at = from;
    while (text.charCodeAt(at) === 0x20) at++;
    ARABIC_NUMBER_RE.lastIndex = at;
    const digits = ARABIC_NUMBER_RE.exec(text);
    if (digits) {
      value = Number(digits[0].replace(/,/g, ''));
      end = at + digits[0].length;
    }
  }
  if (value === undefined) return { next: from };
  // 百分之十至百分之十五: one range.
  if ('至到-'.includes(text[end] ?? '\n') && text.startsWith(text.slice(i, from), end + 1)) {
    const second = readPercentWord(text, end + 1, unit).found;
    if (second && second.start === end + 1 && second.high === undefined && second.value > value) {
      return acceptFound(text, { ...second, start: i, value, high: second.value });
    }
  }
  TRAILING_RE.lastIndex = end;
  const trailing = TRAILING_RE.exec(text);
  const qualifier = trailing ? trailingQualifier(trailing[0]) : undefined;
  return acceptFound(text, { start: i, end: end + (trailing?.[0].length ?? 0), value, unit, qualifier });
}

function readFraction(text: string, i: number, run: string, runEnd: number): ReadResult {
  const denominator = parseChineseNumeral(run);
  const from = runEnd + 2;
  CHINESE_NUMERAL_RUN_RE.lastIndex = from;
  const numeratorRun = CHINESE_NUMERAL_RUN_RE.exec(text);
  const numerator = numeratorRun ? parseChineseNumeral(numeratorRun[0]) : undefined;
  if (!denominator || numerator === undefined || !numeratorRun) return { next: from };
  const end = from + numeratorRun[0].length;
  TRAILING_RE.lastIndex = end;
  const trailing = TRAILING_RE.exec(text);
  return acceptFound(text, {
    start: i,
    end: end + (trailing?.[0].length ?? 0),
    value: numerator / denominator,
    unit: '',
    qualifier: trailing ? trailingQualifier(trailing[0]) : undefined,
  });
}

function trailingQualifier(word: string): Found['qualifier'] {
  if (word === '以上') return 'over';
  if (word === '左右') return 'about';
  return 'under';
}
