/**
 * Figure detection: one left-to-right pass over the plain text. A single global regex finds where a
 * number may start (a digit, a Chinese numeral character, an English number word); a reader for that
 * script then reads the number, its unit and its qualifiers with sticky regexes anchored there, or
 * reports why it is not a figure, and scanning resumes after what it consumed. Results are sorted by
 * start and never overlap. Rules: docs/figures-spec.md.
 */
import type { Found, ReadResult } from './arabic';
import { readArabicAt } from './arabic';
import { readChineseAt } from './chinese-numeral';
import { readEnglishWordsAt } from './english-words';
import { foldLayout } from './layout';
import type { TableContext } from './tables';
import { readTables } from './tables';
import type { DetectedFigure } from './types';
import { NUMBER_WORDS } from './english-numbers';
import {
  clauseCurrencySpans,
  declaredDollarCurrency,
  declaredYuanCurrency,
  dollarOfYuan,
} from './declared-currency';

/**
 * Whether only a conjunction stands between two figures (`及`, `和`, `與`, `、`, `或`, `and`, `or`), maybe
 * with the second's verb of change (`分別下跌0.3個和上升0.2個百分點`).
 */
function isConjunction(text: string, from: number, to: number): boolean {
  const gap = to - from;
  if (gap < 1 || gap > 7) return false;
  return CONJUNCTION_RE.test(text.slice(from, to));
}
const CONJUNCTION_RE =
  /^ *(?:及|和|與|与|、|或|以及|and|or) *(?:上升|下降|下跌|上漲|上涨|增加|減少|减少|提高|降低|回升|回落)? *$/;

/**
 * Whether `first`, joined to `next` by a conjunction, takes `next`'s unit: it has none, or only the
 * measure word that begins the unit written after `next` (`高1.2个和8.0个百分点`, `3个和5个月`).
 */
function sharesNextUnit(first: DetectedFigure, next: DetectedFigure): boolean {
  if (first.unit === '') return true;
  return (
    first.unit === '個' &&
    next.unit !== '個' &&
    MEASURE_WORD_END_RE.test(first.text) &&
    MEASURE_WORD_UNIT_RE.test(next.text)
  );
}
const MEASURE_WORD_END_RE = /[個个]$/;
const MEASURE_WORD_UNIT_RE = /[\d〇零一二兩两三四五六七八九十] *[個个][\u3400-\u9fff]/;

/**
 * A digit or a Chinese numeral, maybe after a sign or a negative's bracket: an amount written with no
 * currency name before it (`114 萬 6,300 元`, a table's `(1,310)`).
 */
function startsWithNumber(text: string, start: number): boolean {
  let code = text.charCodeAt(start);
  if (code === 0x28 || code === 0x2d || code === 0x2b || code === 0x2212) code = text.charCodeAt(start + 1);
  return (code >= 0x30 && code <= 0x39) || NUMERAL_START[code] === 1;
}

/** A `$` with no letters glued before it (`$4.2 billion`, not `US$`, `HK$`), or a plain `dollars`. */
function isBareDollar(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) !== 0x24) {
    const written = text.slice(start, end);
    return written.endsWith(' dollars') && !NAMED_DOLLARS_END_RE.test(written);
  }
  const before = text.charCodeAt(start - 1);
  return !((before >= 0x41 && before <= 0x5a) || (before >= 0x61 && before <= 0x7a));
}
const NAMED_DOLLARS_END_RE = /(?:US|U\.S\.|HK|NT|Kong|Taiwan|Singapore|Australian|Canadian|Zealand) dollars$/;

/**
 * Where a number may start. Number words are grouped by their first letter so the engine rejects most
 * positions on one character, and the regex has no `i` flag (case folding every CJK character is slow).
 */
const NUMERAL_START = new Uint8Array(0x10000);
for (const ch of '0123456789〇零一二兩两三四五六七八九十百千萬万億亿兆') NUMERAL_START[ch.charCodeAt(0)] = 1;

/**
 * The next digit or Chinese numeral at or after `from`. A table lookup per character: a sticky regex
 * costs more in the call than in the scan, and it is called once per candidate (hundreds of thousands
 * of times in a long Chinese document).
 */
function nextNumeralAt(text: string, from: number): number {
  for (let k = from, n = text.length; k < n; k++) if (NUMERAL_START[text.charCodeAt(k)] === 1) return k;
  return Infinity;
}
const WORD_SOURCE = `\\b(?:${groupByInitial(NUMBER_WORDS)})\\b`;

function groupByInitial(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const rest = groups.get(word[0]!) ?? [];
    rest.push(word.slice(1));
    groups.set(word[0]!, rest);
  }
  return [...groups]
    .map(
      ([initial, rests]) =>
        `[${initial}${initial.toUpperCase()}](?:${rests.sort((a, b) => b.length - a.length).join('|')})`,
    )
    .join('|');
}

/**
 * What the table reader needs from before the layout fold: where ideographic spaces stood (they split
 * cells of Chinese tables), and the currency of the document's bare money signs.
 */
function tableContext(full: string, map: Int32Array | undefined, dollars: string | undefined): TableContext {
  // The money sign is only counted when a table note asks for it (most documents have no table).
  const context: TableContext = { money: () => documentMoney(full, dollars), dollars };
  // Asked only for spaces in lines under a unit line, so no pass over the whole text is needed.
  context.wideSpaceAt = (k) => full.charCodeAt(map ? map[k]! : k) === 0x3000;
  return context;
}

/**
 * The currency a document writes its money in, by the sign it uses most: a bare `$` (USD, or the dollars
 * it declares), `£` (GBP), `€` (EUR); undefined when it uses none.
 */
function documentMoney(text: string, dollars: string | undefined): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const [sign, unit] of [
    ['$', dollars ?? 'USD'],
    ['£', 'GBP'],
    ['€', 'EUR'],
  ] as const) {
    let n = 0;
    for (let k = text.indexOf(sign); k >= 0 && n < 1000; k = text.indexOf(sign, k + 1)) {
      const before = text.charCodeAt(k - 1);
      // US$, HK$, S$: a named dollar is not the document's bare one.
      if (sign !== '$' || !((before >= 0x41 && before <= 0x5a) || (before >= 0x61 && before <= 0x7a))) n++;
    }
    if (n > most) {
      most = n;
      best = unit;
    }
  }
  return best;
}

/**
 * Every figure in `text` (a document version's plain text), sorted by start. `start`/`end` are UTF-16
 * offsets into `text`, and `text.slice(start, end) === figure.text`. Pure; about 45–60 MB/s of Chinese
 * text on one core (`npm run bench -- figures`).
 */
export function detectFigures(text: string): DetectedFigure[] {
  const layout = foldLayout(text);
  const folded = layout.text;
  const map = layout.map;
  // Two scans merged in order: a one-character class runs at memory speed, and the number-word
  // alternation only costs where there is Latin text.
  const words = new RegExp(WORD_SOURCE, 'g');
  let nextNumeral = nextNumeralAt(folded, 0);
  let nextWord = words.exec(folded)?.index ?? Infinity;
  const figures: DetectedFigure[] = [];
  // A Chinese document may declare its 元 (`金額均以新臺幣計算`): a bare 元 amount is then that currency.
  const yuan = declaredYuanCurrency(folded);
  // A document that declares its dollars (`all dollar amounts … are in Hong Kong dollars`, or 港幣 as
  // above) turns a bare `$` into that currency; US$, HK$ and the rest keep their own.
  const dollars = declaredDollarCurrency(folded) ?? dollarOfYuan(yuan);
  // … or a clause may say it for the rest of its sentence (`若以新臺幣計價，…`).
  const clauses = clauseCurrencySpans(folded);
  let clause = 0;
  const push = (found: Found): void => {
    if (dollars && found.unit === 'USD' && isBareDollar(folded, found.start, found.end)) found.unit = dollars;
    if (found.unit === '元' && startsWithNumber(folded, found.start)) {
      while (clause < clauses.length && clauses[clause]!.end <= found.start) clause++;
      const said = clauses[clause];
      if (said && said.start <= found.start) found.unit = said.unit;
      else if (yuan) found.unit = yuan;
    }
    // Offsets back into `text` when the layout fold removed line breaks.
    const start = map ? map[found.start]! : found.start;
    const end = map ? map[found.end - 1]! + 1 : found.end;
    const figure: DetectedFigure = {
      start,
      end,
      text: text.slice(start, end),
      value: found.value,
      unit: found.unit,
    };
    if (found.high !== undefined) figure.high = found.high;
    if (found.qualifier) figure.qualifier = found.qualifier;
    const last = figures[figures.length - 1];
    if (last && figure.start < last.end) return;
    // 分別為18.2萬及12.7萬人次: an amount with no unit joined by a conjunction to the next shares its unit.
    if (
      last &&
      figure.unit !== '' &&
      sharesNextUnit(last, figure) &&
      isConjunction(text, last.end, figure.start)
    )
      last.unit = figure.unit;
    figures.push(figure);
  };
  // Numeric cells of tables under a unit line are read in the table's unit (tables.ts); the scan takes
  // them as they are and reads the rest of the text, text cells included, as running text.
  // The layout fold is one for one before lines are joined, so `text` still has the ideographic spaces
  // and money signs at the offsets `map` gives.
  const cells = readTables(folded, tableContext(text, map, dollars));
  let nextCell = 0;
  let resume = 0;
  for (;;) {
    if (nextNumeral < resume) nextNumeral = nextNumeralAt(folded, resume);
    if (nextWord < resume) {
      words.lastIndex = resume;
      nextWord = words.exec(folded)?.index ?? Infinity;
    }
    const i = Math.min(nextNumeral, nextWord);
    if (i === Infinity) break;
    while (nextCell < cells.length && cells[nextCell]!.end <= i) nextCell++;
    const cell = cells[nextCell];
    if (cell && cell.start <= i) {
      if (cell.figure) push(cell.figure);
      resume = cell.end;
      nextCell++;
      continue;
    }
    const c = folded.charCodeAt(i);
    let result: ReadResult;
    if (c >= 0x30 && c <= 0x39) result = readArabicAt(folded, i);
    else if (c > 0x7f) result = readChineseAt(folded, i);
    else result = readEnglishWordsAt(folded, i);
    if (result.found) push(result.found);
    resume = Math.max(result.next, i + 1);
  }
  return figures;
}
