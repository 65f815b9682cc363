/**
 * Layout folding before detection. Every kind of space (no-break, thin, ideographic) becomes an ASCII
 * space, one for one, so the readers only need to know one gap: a run of ASCII spaces; full-width
 * digits and signs become ASCII in the same pass (one copy of the text, not two). A line break
 * that falls inside a figure, as text extracted from PDFs breaks lines anywhere, is undone: between a
 * number and an English word it becomes a space (`$18.4\nmillion`, `2-\n4%`); inside Chinese it is
 * removed (`57.32\n億元`, `0.4 個百\n分點`, `32 公\n里`), and `map` then takes offsets in the folded text
 * back to the original. Never undone: a blank line (a paragraph break), a break before an indented line
 * or after a line with cells (a table row), and a break between two bare numbers (`12\n34`).
 */
import { FULL_WIDTH_CLASS, fullWidthToAscii } from './numerals';
import { MULTIPLIER_EXPONENT } from './multipliers';
import { matchUnitAt } from './units';

export interface FoldedLayout {
  text: string;
  /** Folded offset → original offset (length text.length + 1); absent when offsets did not move. */
  map?: Int32Array;
}

/** Characters folded one for one: odd spaces, and the full-width digits and signs. */
const ONE_FOR_ONE_G = new RegExp(`[\\u00a0\\u2009\\u202f\\u3000${FULL_WIDTH_CLASS}]`, 'g');
const foldCharacter = (ch: string): string => {
  const code = ch.charCodeAt(0);
  return code >= 0xff00 ? fullWidthToAscii(code) : ' ';
};
/** What may start the line after a break inside a figure: a digit, %, a range's dash, a lowercase letter or a CJK character. */
function mayContinue(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    code === 0x25 ||
    // the dash of a range (`6%\n-8%`)
    code === 0x2d ||
    // the slash of a per-unit (`27微克\n/立方米`)
    code === 0x2f ||
    // a money sign (`between £190 million and\n£240 million`)
    code === 0x24 ||
    code === 0xa3 ||
    code === 0x20ac ||
    code === 0xff0f ||
    code === 0x2013 ||
    code === 0x7e ||
    code === 0xff5e ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x3400 && code <= 0x9fff)
  );
}
/**
 * A unit written in capitals at `k`, which may start the line after its number (`12,480\nFTEs at`); the line must go
 * on after it (a unit alone on its line is a unit line under a title's year).
 */
function startsCapitalUnit(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  if (code !== 0x46 && code !== 0x57 && code !== 0x4d && code !== 0x47 && code !== 0x54) return false; // F W M G T
  CAPITAL_UNIT_RE.lastIndex = k;
  return CAPITAL_UNIT_RE.test(text);
}
const CAPITAL_UNIT_RE = /(?:FTEs?|WTEs?|MWh?|GWh?|TWh)(?=[ ,.;)][^\n])/y;
/** The end of a line that a figure may continue from: a number, maybe with the start of its unit. */
const NUMBER_TAIL_RE = /(\d) *([\u3400-\u9fff]{0,3}) *$/;
const DECIMAL_TAIL_RE = /[\u3400-\u9fff]\d+\.$/;
/** A numbered item starting the next line (`2. `, `3、`): never the decimals of the line before. */
const LIST_NUMBER_RE = /^\d{1,3}(?:[、．]|\.(?!\d))/;
/** A number ending a line of Chinese text, as the first end of a range (`增长6%`, `为3.5`). */
const RANGE_FIRST_END_RE = /[\u3400-\u9fff]\d+(?:\.\d+)?%?$/;
/** The rest of that range at the start of the next line, followed by more Chinese or its punctuation. */
const RANGE_SECOND_START_RE = /^[-–~～]\d+(?:\.\d+)?%?[\u3400-\u9fff，。、；）]/;
const DASH_TAIL_RE = /\d *[千百萬万億亿兆]? *[-–~～至到] *$/;
/** A number and its unit ending a line at the slash of a per-unit (`27微克/`). */
const SLASH_TAIL_RE = /\d *([\u3400-\u9fff]{1,3})[/／] *$/;
/** Whether `written` is a whole unit (`微克`), not a word that starts with one. */
const isUnit = (written: string): boolean => written !== '' && matchUnitAt(written, 0) === written;
const SPLIT_ENGLISH_UNIT_RE = /\d(?: (?:million|billion))? (?:per|square|cubic|percentage)$/;
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Folds spaces and full-width digits and undoes line breaks inside figures; see the module comment. */
export function foldLayout(text: string): FoldedLayout {
  // One pass: replace() hands back the same string when nothing matches.
  const out = text.replace(ONE_FOR_ONE_G, foldCharacter);
  const cuts: Array<{ at: number; length: number; join: boolean }> = [];
  // indexOf finds each line break at memory speed; the checks run only where a digit is near.
  for (let nl = out.indexOf('\n'); nl >= 0; nl = out.indexOf('\n', nl + 1)) {
    const at = nl > 0 && out.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    if (!mayContinue(out.charCodeAt(nl + 1)) && !startsCapitalUnit(out, nl + 1)) continue;
    const decision = breakInFigure(out, at, nl + 1 - at);
    if (decision) cuts.push({ at, length: nl + 1 - at, join: decision === 'join' });
  }
  if (cuts.length === 0) return { text: out };
  if (!cuts.some((c) => c.join)) {
    let spaced = '';
    let from = 0;
    for (const cut of cuts) {
      spaced += out.slice(from, cut.at) + ' '.repeat(cut.length);
      from = cut.at + cut.length;
    }
    return { text: spaced + out.slice(from) };
  }
  // Some breaks are removed: build the folded text and the offset map together.
  const parts: string[] = [];
  const map = new Int32Array(out.length + 1);
  let folded = 0;
  let from = 0;
  const copy = (end: number): void => {
    parts.push(out.slice(from, end));
    for (let k = from; k < end; k++) map[folded++] = k;
    from = end;
  };
  for (const cut of cuts) {
    copy(cut.at);
    if (cut.join) from = cut.at + cut.length;
    else {
      parts.push(' '.repeat(cut.length));
      for (let k = 0; k < cut.length; k++) map[folded++] = cut.at + k;
      from = cut.at + cut.length;
    }
  }
  copy(out.length);
  map[folded] = out.length;
  return { text: parts.join(''), map: map.subarray(0, folded + 1) };
}

/** Whether the line break at `at` sits inside a figure: 'join' (remove), 'space', or undefined (keep). */
function breakInFigure(text: string, at: number, length: number): 'join' | 'space' | undefined {
  // `between $360 and\n$1,080`: a range wrapped after its `and` (checked first: a digit is near).
  if (text.charCodeAt(at - 1) === 0x64 /* d */ && isRangeAfterAnd(text, at, length)) return 'space';
  // Cheap test first, as this runs at every line break: a digit within the last few characters.
  let k = at - 1;
  while (k >= 0 && at - k <= 8 && !isDigitCode(text.charCodeAt(k)) && text.charCodeAt(k) !== 0x0a) k--;
  if (k < 0 || !isDigitCode(text.charCodeAt(k))) {
    const last = text.charCodeAt(at - 1);
    if (last >= 0x61 && last <= 0x7a) return numberWordBreak(text, at, length);
    return chineseNumeralBreak(text, at, length);
  }
  // `較112年度下降百分\n之七點四`: a digit nearby, but the number split is the Chinese one.
  return arabicBreak(text, at, length) ?? chineseNumeralBreak(text, at, length);
}

/**
 * A paragraph number or list letter at a line's start, set off by a tab or two or more spaces before its
 * text (`3.1.1  Gross`, `4.\t利得稅`, `\t(b)\t寬減`, `4.\t「長者醫療券…`: a quotation may open it), or a bullet
 * (`•\tThe Ministry paid $18.4`).
 */
const PARAGRAPH_NUMBER_RE =
  /^[ \t]*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|\((?:[a-z]|[ivx]{1,4})\)|[•·▪◦‣])(?:\t| {2,})(?=[A-Za-z\u3400-\u9fff「『“‘（($£€])/;

/**
 * Whether a line reads as a table row, its cells split by tabs or runs of spaces; a paragraph number set
 * off by them (`3.1.1  Gross expenditure was €2.89\nbillion`, `(b)\t寬減…百分\n之百`) does not make one.
 */
function isTableRow(line: string): boolean {
  const body = line.replace(PARAGRAPH_NUMBER_RE, '');
  return body.includes('\t') || /\S {2,}\S/.test(body);
}

/** A break after Arabic digits (maybe with the start of a unit): see breakInFigure. */
/** A money note alone on its line (`£ billion`, `$m`, `HK$'000`): a table's unit line, never a unit wrapped. */
const UNIT_LINE_ALONE_RE =
  /^[ \t]*(?:[A-Z]{1,2})?[£$€] ?(?:'?000|thousands?|millions?|billions?|m|bn)[ \t]*$/;

function arabicBreak(text: string, at: number, length: number): 'join' | 'space' | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(lineStart, at);
  // A table row (cells split by tabs or runs of spaces) ends where its row ends.
  if (isTableRow(line)) return undefined;
  // `教育 1,200 1,350\n人口 35 36`: a table without a unit line, its cells split by single spaces; a
  // break between two rows of a label and numbers ends a row, never a figure (not `1,350\n人口` → 人).
  if (CELL_ROW_RE.test(line) && CELL_ROW_RE.test(nextLine(text, at + length))) return undefined;
  const next = text.charCodeAt(at + length);
  // The tail patterns below end the line and, with no double space inside it (checked above), span a
  // few characters before any trailing spaces: they are matched on the line's end, not rescanned along
  // the whole paragraph at every digit.
  const end = lineEnd(line);
  if (DASH_TAIL_RE.test(end)) return isDigitCode(next) ? 'space' : undefined; // 2-\n4%
  // `增长6%\n-8%，`: the dash of a range begins the next line, inside Chinese prose (a line of one number
  // each, as in a column of changes, goes on with no Chinese after the number and is left alone).
  if (next === 0x2d || next === 0x2013 || next === 0x7e || next === 0xff5e)
    return RANGE_FIRST_END_RE.test(end) &&
      RANGE_SECOND_START_RE.test(text.slice(at + length, at + length + 14))
      ? 'join'
      : undefined;
  // `比重为18.\n9%`: a decimal point ending a line of Chinese text (whose full stop is 。) has its
  // decimals on the next line. In English `18.` ends a sentence, so only after CJK text.
  if (isDigitCode(next) && line.charCodeAt(line.length - 1) === 0x2e && DECIMAL_TAIL_RE.test(line))
    return LIST_NUMBER_RE.test(text.slice(at + length, at + length + 5)) ? undefined : 'join';
  // `18.7 per\ncent`, `186,000 square\nmetres`: an English unit of two words split at its space.
  if (next >= 0x61 && next <= 0x7a && SPLIT_ENGLISH_UNIT_RE.test(end)) return 'space';
  // `27微克/\n立方米`, `27微克\n/立方米`: a per-unit split at its slash, a unit on both sides.
  const slashed = SLASH_TAIL_RE.exec(end);
  if (slashed) return isUnit(slashed[1]!) && matchUnitAt(text, at + length) ? 'join' : undefined;
  const tail = NUMBER_TAIL_RE.exec(end);
  if (!tail) return undefined;
  const partial = tail[2]!;
  // `3 兆\n1,024 億元`: a compound amount split after a part, the next part in a smaller multiplier.
  if (isDigitCode(next)) return compoundContinues(partial, text, at + length) ? 'join' : undefined;
  if (next === 0x2f || next === 0xff0f)
    return isUnit(partial) && matchUnitAt(text, at + length + 1) ? 'join' : undefined;
  // $18.4\nmillion, 3.5\n% (not a title's year over a unit line: `… October 2025\n£ billion`).
  if (next < 0x2e7f)
    return partial === '' && !UNIT_LINE_ALONE_RE.test(nextLine(text, at + length)) ? 'space' : undefined;
  // Chinese: remove the break only when a multiplier or a unit runs across it.
  const probe = partial + text.slice(at + length, at + length + 6);
  let pos = 0;
  while (pos < probe.length && MULTIPLIER_EXPONENT[probe[pos]!] !== undefined) pos++;
  if (pos >= partial.length && pos > 0) return 'join'; // 4.62 萬\n元 and 57.32\n億元 alike
  const unit = matchUnitAt(probe, pos);
  return unit !== undefined && pos + unit.length > partial.length ? 'join' : undefined;
}

/** The next part of a compound amount at a line's start (`1,024 億`, `6,540萬`): group 1 its multiplier. */
const COMPOUND_PART_START_RE = /^\d{1,3}(?:,\d{3})*(?:\.\d+)? *([千百萬万億亿])/;

/**
 * Whether a line ending in a number and the multiplier `partial` goes on with a smaller part of the same
 * amount: one in a smaller multiplier (`3 兆\n1,024 億元`), or the last part, less than the multiplier, before
 * its unit (`4 萬\n2,318 筆`).
 */
function compoundContinues(partial: string, text: string, from: number): boolean {
  const high = MULTIPLIER_EXPONENT[partial];
  if (high === undefined) return false;
  const start = text.slice(from, from + 16);
  const part = COMPOUND_PART_START_RE.exec(start);
  if (part !== null) return MULTIPLIER_EXPONENT[part[1]!]! < high;
  const last = COMPOUND_LAST_PART_RE.exec(start);
  return last !== null && Number(last[1]!.replace(/,/g, '')) < 10 ** high;
}
/** The last part of a compound amount at a line's start, its unit after it (`2,318 筆`). Group 1 the number. */
const COMPOUND_LAST_PART_RE = /^(\d{1,3}(?:,\d{3})*|\d{1,4}) *(?![千百萬万億亿兆])[\u3400-\u9fff]/;

/**
 * The last characters of a line, trailing spaces included: enough for DASH_TAIL_RE (3 before the spaces),
 * NUMBER_TAIL_RE (5) and SPLIT_ENGLISH_UNIT_RE (20) on a line with no run of two spaces inside it.
 */
function lineEnd(line: string): string {
  let k = line.length;
  while (k > 0 && line.charCodeAt(k - 1) === 0x20) k--;
  return k <= 24 ? line : line.slice(k - 24);
}

/**
 * A row of a table turned into text without a unit line: a short label (no punctuation, no digits) and
 * one or more numbers, split by spaces or tabs (`人口 35 36`, `教育 1,200 -3.5%`).
 */
const CELL_ROW_RE =
  /^[ \t]*[^\d\s，。、；：,.;:（）()「」“”][^\d\s，。、；：,.;:（）()「」“”]{0,11}(?:[ \t]+[-+−]?\d[\d,]*(?:\.\d+)?%?)+[ \t]*$/;

function nextLine(text: string, from: number): string {
  const end = text.indexOf('\n', from);
  return text.slice(from, end < 0 ? text.length : end).replace(/\r$/, '');
}

/** Whether the line ending at `at` ends a range's first end and `and`, and the next line goes on with the second. */
function isRangeAfterAnd(text: string, at: number, length: number): boolean {
  const next = text[at + length] ?? '';
  return (
    (isDigitCode(next.charCodeAt(0)) || MONEY_SIGN.includes(next)) &&
    BETWEEN_AND_RE.test(text.slice(Math.max(0, at - 40), at))
  );
}

/** The first end of a range and its `and` ending a line: `between £190 million and`, `between 3 and`. */
const BETWEEN_AND_RE = /\bbetween [$£€]?\d[\d,.]*(?: ?(?:million|billion|thousand|m|bn|%|per ?cent))? and$/;
const MONEY_SIGN = '$£€';

/** An English number word ending a line after a space (`a policy floor of three`). */
const NUMBER_WORD_TAIL_RE =
  /(?:^|[ (])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)$/i;

/**
 * `a policy floor of three\nmonths`: a number word ending a line and its unit or noun on the next is
 * one figure; the break becomes a space. Only inside a paragraph (the next line goes on in lowercase).
 */
function numberWordBreak(text: string, at: number, length: number): 'space' | undefined {
  const next = text.charCodeAt(at + length);
  if (!(next >= 0x61 && next <= 0x7a)) return undefined;
  return NUMBER_WORD_TAIL_RE.test(text.slice(Math.max(0, at - 12), at)) ? 'space' : undefined;
}

/** A Chinese numeral, maybe after 百分之, ending a line: `百分之二十`, `百分`, `三千`. */
const CHINESE_NUMBER_TAIL_RE =
  /[\u3400-\u9fff](?:百分之?|百分之[零〇一二兩两三四五六七八九十百點点]+|[零〇一二兩两三四五六七八九十百千萬万億亿點点]+)$/;
const CHINESE_NUMERAL_CHARS = '零〇一二兩两三四五六七八九十百千萬万億亿';
const NUMBER_TAIL_LAST = new Uint8Array(0x10000);
for (const ch of '零〇一二兩两三四五六七八九十百千萬万億亿點点分之') NUMBER_TAIL_LAST[ch.charCodeAt(0)] = 1;
/** A list item at the start of the next line (`三、`, `十二．`): never joined to the line before. */
const LIST_ITEM_RE = /^[一二三四五六七八九十]+[、．.]/;

/**
 * A Chinese numeral split by a line break inside a paragraph (`百分之二十\n三` = 23 %, `百分\n之七點四`,
 * `兩\n萬人`): the break is removed when the line ends in a numeral (or 百分) after Chinese text and the
 * next line goes on with the number (a numeral, 點, 之 after 百分) or its unit.
 */
function chineseNumeralBreak(text: string, at: number, length: number): 'join' | undefined {
  const last = text.charCodeAt(at - 1);
  if (!(last >= 0x3400 && last <= 0x9fff)) return undefined;
  // Most lines end in other words: only a numeral, 點, or 分/之 of 百分之 can end CHINESE_NUMBER_TAIL_RE.
  if (NUMBER_TAIL_LAST[last] !== 1) return undefined;
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  // (A paragraph number set off by a tab, `(b)\t寬減…百分\n之百`, is not a cell of a table row.)
  lineStart += PARAGRAPH_NUMBER_RE.exec(text.slice(lineStart, Math.min(at, lineStart + 16)))?.[0].length ?? 0;
  const line = text.slice(Math.max(lineStart, at - 16), at);
  if (line.includes('\t') || /\S {2,}\S/.test(line)) return undefined;
  const tail = CHINESE_NUMBER_TAIL_RE.exec(line);
  if (!tail) return undefined;
  const nextStart = at + length;
  const next = text[nextStart] ?? '';
  if (tail[0].endsWith('百分')) return next === '之' ? 'join' : undefined;
  if (LIST_ITEM_RE.test(text.slice(nextStart, nextStart + 4))) return undefined;
  if (CHINESE_NUMERAL_CHARS.includes(next) || next === '點' || next === '点') return 'join';
  return matchUnitAt(text, nextStart) !== undefined ? 'join' : undefined;
}
