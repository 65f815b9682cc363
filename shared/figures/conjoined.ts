/**
 * A bare number joined by a conjunction to a number that names its unit shares that unit:
 * `300 and 250 beds respectively` is 300 beds and 250 beds, `增加300和250張病床` 300 張 and 250 張.
 * (`18.2萬及12.7萬人次` already shares it in detect.ts, because an amount with a multiplier is a figure
 * on its own; a bare 300 is not, so it is decided here, where the reader would otherwise drop it.)
 */
import type { ReadResult } from './arabic';

/**
 * ` and `, ` or `, ` & `, 和, 及, 與, 与, 或, 、, maybe with the second's verb of change (`增加 1.2 及減少 0.8 個百分點`),
 * then the next number's first digit.
 */
const CONJOINED_NEXT_RE =
  /(?: (?:and|or|&) |[ \u00a0]?(?:和|及|與|与|或|以及|、)(?:上升|下降|下跌|增加|減少|减少|提高|降低)?[ \u00a0]?)(?=\d)/y;

const CONJOINED_FIRST = new Set([' ', '\u00a0', '和', '及', '與', '与', '或', '以', '、', ',']);
/** `, 30, 20 and 20`: the rest of a list of bare numbers that ends in `and`/`or` and a number. */
const LISTED_NEXT_RE = /, (?:\d+(?:\.\d+)?, ){0,8}\d+(?:\.\d+)? (?:and|or) \d/y;

/**
 * The unit the number ending at `p` shares with the one joined after it, or undefined. Only a plain
 * unit is shared: the next number must be read as it is written (no multiplier, no range, no currency
 * sign before it), so `2 and 3 million` and `300 and $250` share nothing.
 */
export function unitSharedAfter(
  text: string,
  p: number,
  read: (text: string, i: number) => ReadResult,
): string | undefined {
  // Most bare numbers are followed by none of these: one lookup before the regex.
  if (!CONJOINED_FIRST.has(text[p] ?? '')) return undefined;
  let q: number;
  CONJOINED_NEXT_RE.lastIndex = p;
  if (CONJOINED_NEXT_RE.exec(text)) q = CONJOINED_NEXT_RE.lastIndex;
  else {
    // `weighted at 30, 30, 20 and 20 per cent`: a list of bare numbers ending in a conjunction.
    LISTED_NEXT_RE.lastIndex = p;
    if (!LISTED_NEXT_RE.exec(text)) return undefined;
    q = p + 2;
  }
  const next = read(text, q).found;
  if (!next || next.start !== q || next.unit === '' || next.high !== undefined) return undefined;
  const written = /^[\d,]*\.?\d+/.exec(text.slice(q, next.end));
  if (!written || Number(written[0].replace(/,/g, '')) !== next.value) return undefined;
  return next.unit;
}
