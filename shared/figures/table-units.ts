/**
 * The units tables state: a unit line's `萬元` or `新臺幣千元`, an English note's `(HK$ million)`, a label's or
 * header's bracketed `（宗）` or `(萬人次)`, read into a multiplier (a power of ten) and a canonical unit. The
 * tables themselves (where a unit line applies, which cells are numbers) are read in ./tables.ts.
 */
import { MULTIPLIER_EXPONENT } from './multipliers';
import { MEASURED_SUBJECTS, countNounAt } from './english-count-noun';
import { CHINESE_CURRENCY_PREFIXES, matchUnitAt, unitInfo } from './units';

/**
 * An English unit note in brackets: `(HK$ million)`, `(in millions of dollars)`, `(dollars in millions)`,
 * `(US$'000)`, `(£ billion)`, `(MOP thousand)`: the currency sign or code, the scale, the currency word
 * (after the scale, or before it with `in`).
 */
export const ENGLISH_UNIT_LINE_RE =
  /[(（]\s*(?:[A-Z][a-z]+(?:[ -][a-z]+){0,4},\s*)?(?:(?<lead>Hong Kong dollars|US dollars|dollars|patacas|pounds|euros|yuan)\s+)?(?:in\s+)?(?<sign>HK\$|US\$|NT\$|NZ\$|AU?\$|CA?\$|MOP\$?|S\$|RMB|HKD|USD|TWD|GBP|EUR|£|€|\$)?\s*(?:in\s+)?(?<scale>thousands?|millions?|billions?|'000|000s?|m|bn)(?:\s+of\s+(?<word>Hong Kong dollars|US dollars|dollars|patacas|pounds|euros|yuan))?\s*[)）]/gi;
/**
 * The same note without brackets, alone on its line (maybe indented over the columns) or after a title's comma:
 * `Millions of Dollars`, `By Fiscal Year, Millions of Dollars` (the US Congressional Budget Office's tables),
 * `Dollars in thousands`; or first in a header row of years (`By Fiscal Year, Millions of Dollars   2026
 * 2026-2030`). Group 1 is the note, read as ENGLISH_UNIT_LINE_RE reads it in brackets.
 */
export const PLAIN_ENGLISH_UNIT_LINE_RE =
  /^[ \t]*(?:[^\n,\t]{0,40},[ \t]*)?((?:in[ \t]+)?(?:thousands|millions|billions)[ \t]+of[ \t]+(?:Hong Kong dollars|US dollars|dollars|pounds|euros)|(?:dollars|pounds|euros)[ \t]+in[ \t]+(?:thousands|millions|billions))(?:(?:\t| {2,})(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?)*[ \t]*$/gim;
const ENGLISH_SCALE: Record<string, number> = {
  thousand: 3,
  "'000": 3,
  '000': 3,
  million: 6,
  m: 6,
  billion: 9,
  bn: 9,
};
const ENGLISH_CURRENCY: Record<string, string> = {
  HK$: 'HKD',
  US$: 'USD',
  NT$: 'TWD',
  MOP: 'MOP',
  MOP$: 'MOP',
  S$: 'SGD',
  NZ$: 'NZD',
  A$: 'AUD',
  AU$: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  RMB: '元',
  '£': 'GBP',
  '€': 'EUR',
  $: 'USD',
  'hong kong dollars': 'HKD',
  'us dollars': 'USD',
  dollars: 'USD',
  patacas: 'MOP',
  pounds: 'GBP',
  euros: 'EUR',
  yuan: '元',
};
/** A bracketed note ending a label or header, maybe before a footnote mark (`失業率（%）＊`). */
export const HEADER_UNIT_RE = /[（(]([^（()）]+)[)）]\s*[*＊†‡]?\s*$/;

export interface TableUnit {
  exponent: number;
  unit: string;
  /** A unit line that lists `%` after the unit (`單位：千人、%`): rows labelled as rates are percentages. */
  ratesInPercent?: boolean;
}

/**
 * Reads `萬元`, `新臺幣千元`, `亿元`, `人`, `%` into a multiplier and a canonical unit, and a per-unit after a
 * slash as the running text writes it (`微克/立方米`, `元/噸`); a slash before anything else ends the unit.
 */
export function parseUnit(spec: string): TableUnit | undefined {
  const [first = '', ...others] = spec.trim().split(/[、,，;； ]/);
  const [whole = '', per] = first.split(/[/／]/);
  const unit = parseWholeUnit(whole);
  const perUnit = unit && per ? parseWholeUnit(per) : undefined;
  const read =
    perUnit && perUnit.exponent === 0 && unit
      ? { exponent: unit.exponent, unit: `${unit.unit}/${perUnit.unit}` }
      : unit;
  return read && read.unit !== '%' && others.some((o) => /^[%％]$/.test(o))
    ? { ...read, ratesInPercent: true }
    : read;
}

function parseWholeUnit(spec: string): TableUnit | undefined {
  let s = spec;
  let currency: string | undefined;
  for (const [name, code] of CHINESE_CURRENCY_PREFIXES) {
    if (s.startsWith(name)) {
      currency = code;
      s = s.slice(name.length);
      break;
    }
  }
  let exponent = 0;
  let k = 0;
  let written: string | undefined;
  // A unit may begin inside the run of multipliers: `亿千瓦时` is 亿 × 千瓦時, not 亿千 × 瓦时.
  for (; k < s.length; k++) {
    written = matchUnitAt(s, k);
    if (written !== undefined && k + written.length === s.length) break;
    written = undefined;
    const multiplier = MULTIPLIER_EXPONENT[s[k]!];
    if (multiplier === undefined) break;
    exponent += multiplier;
  }
  if (written === undefined) return currency && k === s.length ? { exponent, unit: currency } : undefined;
  const canonical = unitInfo(written)!.canonical;
  return { exponent, unit: currency && canonical === '元' ? currency : canonical };
}

/** A currency code (`HKD`, `GBP`) or 元: a unit a bracketed negative or a title's note may be in. */
export const isMoneyUnit = (unit: string): boolean => /^[A-Z]{3}$/.test(unit) || unit === '元';

export const PERCENT: TableUnit = { exponent: 0, unit: '%' };
/** A change column in percentage points: `貢獻(百分點)`, `Change (pp)`, `percentage points`. */
export const POINTS: TableUnit = { exponent: 0, unit: '百分點' };
export const POINTS_HEADER_RE = /百分[點点]|percentage points?|\bpp\b|\bppts?\b/i;

const NOTE_SPAN_UNIT: Record<string, string> = { 月: '個月', 日: '天' };

/**
 * The unit a row label or column header gives its own cells in a bracketed note at its end:
 * `人数（人）`, `訂場時數(萬小時)`; a multiplier alone (`入館人次(萬)`) scales the unit the label names
 * (`人次`), or the table's unit when it names none.
 */
export function labelUnit(label: string, table: TableUnit): TableUnit | undefined {
  const note = HEADER_UNIT_RE.exec(label);
  if (!note) return undefined;
  const written = note[1]!.trim();
  const parsed = parseUnit(written);
  if (parsed) return parsed;
  // `平均輪候時間（月）`: a span's note names months (or days), never a date's month.
  const span = NOTE_SPAN_UNIT[written];
  if (span) return { exponent: 0, unit: span };
  let exponent = 0;
  for (const ch of written) {
    const e = MULTIPLIER_EXPONENT[ch];
    if (e === undefined) return undefined;
    exponent += e;
  }
  if (exponent === 0) return undefined;
  const named = unitEnding(label.slice(0, note.index).trimEnd());
  return { exponent, unit: named ?? table.unit };
}

/**
 * A column headed by a count of a measure word (`宗數`, `人數`, `戶數`, `件數`): its cells count that word, in a
 * money table too; undefined for any other header.
 */
export function countHeaderUnit(head: string): TableUnit | undefined {
  const m = COUNT_HEADER_CELL_RE.exec(head);
  if (m) {
    const stem = m[1]!;
    const written = matchUnitAt(stem, 0);
    const info = written === stem ? unitInfo(written) : undefined;
    return info?.kind === 'count' ? { exponent: 0, unit: info.canonical } : undefined;
  }
  // `使用醫療券的長者人數`, `申報宗數`: a name ending in a measure word that only counts (not `絕對數`, `實支數`).
  const named = NAMED_COUNT_HEADER_RE.exec(head);
  return named ? { exponent: 0, unit: unitInfo(named[1]!)!.canonical } : undefined;
}
const COUNT_HEADER_CELL_RE = /^([\u3400-\u9fff]{1,2})[數数]$/;
const NAMED_COUNT_HEADER_RE =
  /^[\u3400-\u9fff]{1,14}?(人次|人|宗|戶|户|件|間|间|家|所|名|架|輛|辆|艘)[數数]$/;

/** The canonical unit a label ends with (`入館人次` → 人次), if any. */
function unitEnding(label: string): string | undefined {
  for (let k = Math.max(0, label.length - 4); k < label.length; k++) {
    const written = matchUnitAt(label, k);
    if (written !== undefined && k + written.length === label.length) return unitInfo(written)!.canonical;
  }
  return undefined;
}

/**
 * An English unit note (`HK$ million`) as a multiplier and a currency; dollars alone (`$`, `of dollars`)
 * are the dollars the document declares (`All dollar amounts … are in Canadian dollars`), else USD.
 */
export function parseEnglishUnit(m: RegExpExecArray, dollars: string | undefined): TableUnit | undefined {
  const { lead, sign: signWritten, scale, word: wordAfter } = m.groups as Record<string, string | undefined>;
  const exponent = ENGLISH_SCALE[scale!.toLowerCase().replace(/s$/, '')];
  if (exponent === undefined) return undefined;
  const bare = (currency: string | undefined): string | undefined =>
    dollars && (currency === '$' || currency?.toLowerCase() === 'dollars') ? dollars : undefined;
  const sign = signWritten
    ? (bare(signWritten) ?? ENGLISH_CURRENCY[signWritten.toUpperCase()] ?? ENGLISH_CURRENCY[signWritten])
    : undefined;
  const wordWritten = wordAfter ?? lead;
  const word = wordWritten ? (bare(wordWritten) ?? ENGLISH_CURRENCY[wordWritten.toLowerCase()]) : undefined;
  const unit = sign ?? word;
  // `(m)` alone is metres, not millions: a bare abbreviation needs a currency.
  if (!unit && scale!.length <= 2) return undefined;
  // `(million)` alone names no unit: the cells are amounts of something the text does not say.
  return { exponent, unit: unit ?? '' };
}

/** No unit line: the table's own unit is none, and cells without a unit of their own are left alone. */
export const NO_UNIT: TableUnit = { exponent: 0, unit: '' };

/**
 * A money note standing as a header cell, alone or after a column name, without brackets: `£000`,
 * `$'000`, `HK$m`, `2024/25 £000`. Group 1 the sign, group 2 the scale.
 */
const MONEY_NOTE_CELL_RE = /(?:^|\s)(HK\$|US\$|NZ\$|A\$|S\$|£|€|\$) ?('?000|m|bn|thousand|million|billion)$/i;

/** The unit a money-note header cell states (`£000` → thousands of GBP), or undefined. */
export function moneyNoteCellUnit(cell: string, dollars: string | undefined): TableUnit | undefined {
  const m = MONEY_NOTE_CELL_RE.exec(cell);
  if (!m) return undefined;
  const unit = signCurrency(m[1]!.toUpperCase(), dollars);
  return { exponent: ENGLISH_SCALE[m[2]!.replace("'", '').toLowerCase()]!, unit };
}

/**
 * The currency of a money sign a cell is written with (`$6,318,000`, `(£4,478)`, `HK$12`), or undefined:
 * a cell's own sign names its money whatever its row or column counts.
 */
export function cellSignCurrency(cell: string, dollars: string | undefined): string | undefined {
  const sign = /^[-−+(]?((?:HK|US|NZ|A|S)?\$|£|€)\d/.exec(cell);
  return sign ? signCurrency(sign[1]!, dollars) : undefined;
}

/** The currency a money sign names: a bare `$` is the document's declared dollars, else USD. */
export function signCurrency(sign: string, dollars: string | undefined): string {
  return sign === '$' ? (dollars ?? 'USD') : ENGLISH_CURRENCY[sign]!;
}

/** ENGLISH_UNIT_LINE_RE without its global flag: called while that regex is scanning the text. */
const COLUMN_NOTE_RE = new RegExp(ENGLISH_UNIT_LINE_RE.source, 'i');

/** The unit of an English note that ends `text` (`Cost (HK$ million)`, `Spending (£m)`), if any. */
function endingNote(text: string, dollars: string | undefined): TableUnit | undefined {
  const note = COLUMN_NOTE_RE.exec(text);
  return note && note.index + note[0].length === text.length ? parseEnglishUnit(note, dollars) : undefined;
}

/** A column header that is a plural noun (`Flats`, `Residents`, `SDUs`): the thing its cells count. */
const COUNT_HEADER_RE = /^(?:[A-Z]?[a-z]{2,}s|[A-Z]{2,5}s)$/;
/** Plural-looking headers that name no count: a column of amounts, changes or periods. */
const NOT_A_COUNT_HEADER = new Set(['actuals', 'estimates', 'totals', 'variances', 'changes', 'years']);

/**
 * The unit an English column header gives its cells: its own bracketed note (`Cost (HK$ million)`), or
 * the plural noun it is (`Flats` → flats); undefined when it names neither (`Phase`, `Plan`).
 */
export function englishColumnUnit(head: string, dollars: string | undefined): TableUnit | undefined {
  // `FY2025 (S$)`, `Fee ($)`, `Share (%)` as a row label would say it, then `Cost (HK$ million)`.
  const noted = englishRowUnit(head, dollars);
  if (noted) return noted;
  // `Number of councils`, `Councils meeting benchmark`, `Audits on time`: the noun counted, before what is said
  // of it (not a measured one: `Costs per head`).
  const counted = COUNTED_HEADER_RE.exec(head);
  const countedNoun = counted ? (counted[1] ?? counted[2]!).toLowerCase() : undefined;
  if (countedNoun && !MEASURED_SUBJECTS.has(countedNoun)) return { exponent: 0, unit: countedNoun };
  // `2024–25 Actual FTEs`, `2025–26 planned FTEs`: a count under a year and a kind of figure; `Default notices`:
  // a counted noun after a word that says which (not a measured one: `Unit costs`).
  const noun = head.replace(PERIOD_AND_KIND_RE, '').replace(COUNT_MODIFIER_RE, '');
  if (noun !== head && MEASURED_SUBJECTS.has(noun.toLowerCase())) return undefined;
  if (!COUNT_HEADER_RE.test(noun) || NOT_A_COUNT_HEADER.has(noun.toLowerCase())) return undefined;
  if (noun === 'FTEs') return { exponent: 0, unit: 'FTE' }; // as running text reads `312 FTEs`
  return { exponent: 0, unit: /^[A-Z]{2,5}s$/.test(noun) ? noun : noun.toLowerCase() };
}
const COUNT_MODIFIER_RE = /^[A-Z][a-z]+ (?:[a-z]+ )?(?=[a-z]+s$)/;
const COUNTED_HEADER_RE =
  /^(?:(?:Number|No\.) of (?:[a-z]+ )?([a-z]{3,}[^su\W]s)|([A-Z][a-z]{2,}[^su\W]s)(?: [A-Za-z][a-z]+){1,3})$/;
const PERIOD_AND_KIND_RE =
  /^(?:(?:FY ?)?\d{4}(?:[-–/]\d{2,4})? )?(?:[Aa]ctual|[Pp]lanned|[Tt]arget|[Ee]stimated|[Ff]orecast|[Bb]udgeted|[Pp]rojected) /;

/**
 * The head noun of an English row label, its first plural word: `Training places taken up` → places,
 * `Landholders in on-farm programs` → landholders.
 */
export function labelNoun(label: string): string | undefined {
  const plural = /\b[A-Za-z]+[^su\W]s\b/.exec(label);
  return plural ? plural[0].toLowerCase() : undefined;
}

/**
 * What a rate's label counts, before its `per` and round base: `Police staff per 100 000 people` → staff
 * (as running text reads `307 police staff per 100 000 people`).
 */
function rateSubjectNoun(label: string): string | undefined {
  const rate = RATE_LABEL_RE.exec(label);
  return rate ? countNounAt(`1 ${rate[1]!.toLowerCase()}`, 1) : undefined;
}
const RATE_LABEL_RE = /^([A-Za-z][A-Za-z -]{2,40}?) per [1-9]0{0,2}(?:[ ,]?000)+\b/;

/** A money sign alone in brackets ending a row label: `Cost per home (£)`, `Fee ($)`. */
const SIGN_NOTE_RE = /[(（](HK\$|US\$|NZ\$|A\$|S\$|£|€|\$)[)）]$/;

const RATE_NOTE_RE = /[(（](per [1-9]0{0,2}(?:[ ,]?000)+ [a-z][a-z ]{2,30})[)）]$/i;
const SPAN_NOTE_RE = /[(（](minutes|hours|days|weeks|months)[)）]$/i;
const WHOLE_DOLLARS_NOTE_RE = /[(（](?:in )?dollars[)）]$/i;
const COUNT_OR_MEASURE_NOTE_RE =
  /[(（](?!(?:thousands|millions|billions)[)）])([a-z]{3,}[^su\W]s|km|kg|tonnes|hectares|ha|MW|MWh|GWh)[)）]$/;

/**
 * The unit an English row label gives its cells in a note at its end: `Spending (£m)`, `Cost per home
 * (£)`, `Share (%)`; undefined without one.
 */
export function englishRowUnit(label: string, dollars: string | undefined): TableUnit | undefined {
  if (/[(（]%[)）]$/.test(label)) return PERCENT;
  // `average waiting time (minutes)`: a span in its unit.
  const span = SPAN_NOTE_RE.exec(label);
  if (span) return { exponent: 0, unit: span[1]!.toLowerCase() };
  // `Property crime rate (per 100,000 population)`: a rate on its base, as running text reads one.
  const rate = RATE_NOTE_RE.exec(label);
  if (rate) return { exponent: 0, unit: rate[1]!.toLowerCase() };
  // `Debt per capita (dollars)` in a table of millions: whole dollars.
  if (WHOLE_DOLLARS_NOTE_RE.test(label)) return { exponent: 0, unit: dollars ?? 'USD' };
  // `Social housing stock (dwellings)`, `Regional roads resurfaced (km)`: a count or a measure.
  const counted = COUNT_OR_MEASURE_NOTE_RE.exec(label);
  if (counted) return { exponent: 0, unit: counted[1]! };
  const sign = SIGN_NOTE_RE.exec(label);
  if (sign) return { exponent: 0, unit: signCurrency(sign[1]!, dollars) };
  const noted = endingNote(label, dollars);
  // `Employed persons ('000)`: a scale with no currency counts the noun before it.
  if (noted && noted.unit === '' && noted.exponent > 0) {
    const noun = labelNoun(label.slice(0, label.lastIndexOf('(')));
    if (noun) return { exponent: noted.exponent, unit: noun };
  }
  return noted;
}

/**
 * What an English unit-column cell says of its row: `%`, a count (`number`, in the row label's noun),
 * thousands of it (`'000`), or money (`S$ million`, `£000`).
 */
export function englishUnitCell(
  cell: string,
  label: string,
  dollars: string | undefined,
): TableUnit | undefined {
  if (/^(?:%|per ?cent)$/i.test(cell)) return PERCENT;
  if (/^(?:number|no\.?|count)$/i.test(cell))
    return { exponent: 0, unit: rateSubjectNoun(label) ?? labelNoun(label) ?? '' };
  // `$` alone (`Real recurrent expenditure per person   $   588`): money in that sign's currency.
  const sign = SIGN_NOTE_RE.exec(`(${cell})`);
  if (sign) return { exponent: 0, unit: signCurrency(sign[1]!, dollars) };
  if (/^(?:'000|000s?|thousands?)$/i.test(cell)) return { exponent: 3, unit: labelNoun(label) ?? '' };
  const span = /^(?:hours|days|weeks|months|years)$/i.exec(cell);
  if (span) return { exponent: 0, unit: span[0].toLowerCase() };
  return endingNote(`(${cell})`, dollars);
}

/** The noun a `Number of …` row label (or a row of staff: `Positions`, `FTE`) counts, as a unit. */
export function numberOfRowUnit(label: string): TableUnit | undefined {
  // `Positions`, `FTE` in a table of money: a budget's staff, counted.
  const staff = STAFF_ROW_LABEL_RE.exec(label);
  if (staff) {
    const noun = staff[1] ?? staff[2]!;
    return { exponent: 0, unit: /^FTE/i.test(noun) ? 'FTE' : noun.toLowerCase() };
  }
  // (`2.1 Number of supplier inspections`: a measure's number before it.)
  const named = label.replace(MEASURE_NUMBER_RE, '');
  if (!/^Number of /i.test(named)) return undefined;
  // (`Number of staff`, `Number of people`: a noun counted without a plural s.)
  const noun =
    labelNoun(named.slice(10)) ?? /^Number of (staff|people|personnel)$/i.exec(named)?.[1]?.toLowerCase();
  // `Number of beneficiaries (000s)`: in thousands of them.
  return noun ? { exponent: THOUSANDS_NOTE_RE.test(label) ? 3 : 0, unit: noun } : undefined;
}
const MEASURE_NUMBER_RE = /^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[a-z]\)|\([a-z]\)) /;
const THOUSANDS_NOTE_RE = /[(（](?:'000|000s?|thousands?)[)）]$/i;
const STAFF_ROW_LABEL_RE = /^(Positions|FTEs?|Staff|Employees|Headcount)$|^Staff(?: numbers)? \((FTEs?)\)$/i;
