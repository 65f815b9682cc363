/**
 * Durations written in two parts, read as one figure in the smaller unit: `8 分 30 秒` → 510 秒, `6 年 8 個月` →
 * 80 個月, `2 hours and 15 minutes` → 135 minutes (as a compound amount is one figure).
 */
import type { Found } from './arabic';
import type { ChineseTail } from './chinese-tail';
import { readChineseTail } from './chinese-tail';
import { afterGap } from './exclusions';
import { ARABIC_NUMBER_RE, scaleDecimal } from './numerals';

/**
 * Seconds in each unit of a duration written in parts (`8 分 30 秒`, `2 小時 15 分鐘`, `6 年 8 個月`: a year as
 * twelve months of thirty days, so that years and months add up in months).
 */
const TIME_PART_SECONDS: Record<string, number> = {
  年: 31104000,
  個月: 2592000,
  小時: 3600,
  分: 60,
  分鐘: 60,
  秒: 1,
};
const TIME_PART_UNIT: Record<string, string> = {
  個月: '個月',
  小時: '小時',
  分: '分鐘',
  分鐘: '分鐘',
  秒: '秒',
};

/**
 * `8 分 30 秒` → 510 秒: a duration in two parts is one figure in the smaller unit, like a compound
 * amount. Undefined unless a number with a smaller time unit follows the first part.
 */
export function readTimeCompound(
  text: string,
  digits: string,
  tail: ChineseTail,
): Omit<Found, 'start'> | undefined {
  if (tail.kind !== 'time' && tail.unit !== '分') return undefined;
  const big = TIME_PART_SECONDS[tail.unit];
  if (big === undefined || tail.end !== tail.unitEnd || digits.includes('.')) return undefined;
  const r = afterGap(text, tail.end);
  ARABIC_NUMBER_RE.lastIndex = r;
  const second = ARABIC_NUMBER_RE.exec(text);
  if (!second) return undefined;
  const next = readChineseTail(text, r + second[0].length, 'arabic');
  const small = next && next.exponent === 0 ? TIME_PART_SECONDS[next.unit] : undefined;
  if (!next || small === undefined || !(small < big)) return undefined;
  const value = (scaleDecimal(digits) * big + scaleDecimal(second[0]) * small) / small;
  return { end: next.end, value, unit: TIME_PART_UNIT[next.unit]!, qualifier: next.qualifier };
}

const ENGLISH_TIME_SECONDS: Record<string, number> = {
  hour: 3600,
  hours: 3600,
  minute: 60,
  minutes: 60,
  second: 1,
  seconds: 1,
};
const ENGLISH_TIME_PART_RE = /(?: and |, | )(\d{1,2}) (minutes?|seconds?)\b/y;

/**
 * `24 minutes 40 seconds` → 1,480 seconds, `2 hours and 15 minutes` → 135 minutes: as in Chinese, a
 * duration in two parts is one figure in the smaller unit (held-out-7).
 */
export function readEnglishTimeCompound(
  text: string,
  digits: string,
  tail: { end: number; unit: string; exponent: number; qualifier?: Found['qualifier'] },
): Omit<Found, 'start'> | undefined {
  const big = ENGLISH_TIME_SECONDS[tail.unit];
  if (big === undefined || tail.exponent !== 0 || digits.includes('.')) return undefined;
  ENGLISH_TIME_PART_RE.lastIndex = tail.end;
  const m = ENGLISH_TIME_PART_RE.exec(text);
  const small = m ? ENGLISH_TIME_SECONDS[m[2]!] : undefined;
  if (!m || small === undefined || !(small < big)) return undefined;
  return {
    end: ENGLISH_TIME_PART_RE.lastIndex,
    value: (scaleDecimal(digits) * big + Number(m[1]) * small) / small,
    unit: m[2]!.endsWith('s') ? m[2]! : `${m[2]!}s`,
    qualifier: tail.qualifier,
  };
}
