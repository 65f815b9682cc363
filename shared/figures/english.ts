/**
 * English figures: scale words (`4.2 billion`, `$350m`), percentages and percentage points, currencies
 * (`US$`, `HK$`, `NT$`, `dollars`, `euros`), number words (`twenty-five`, `three million`), fractions
 * (`two-thirds`), and the noun a count is of (`12,000 jobs` → unit `jobs`). The English context rules
 * (dates, label words, qualifiers before a number) are in ./english-context.ts.
 */
import { titleNounAt } from './english-titles';
import type { FigureQualifier } from './types';

export interface EnglishTail {
  end: number;
  exponent: number;
  unit: string;
  qualifier?: FigureQualifier;
}

const SCALE_EXPONENT: Record<string, number> = {
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  k: 3,
  K: 3,
  m: 6,
  M: 6,
  mn: 6,
  mln: 6,
  bn: 9,
  Bn: 9,
  BN: 9,
  b: 9,
  B: 9,
  tn: 12,
  trn: 12,
};
/** In headlines too: `S$1.2 BILLION PACKAGE`, `$40 Million Grant`. */
const SCALE_WORD_RE =
  /[ \u00a0-]?(thousand|million|billion|trillion|Thousand|Million|Billion|Trillion|THOUSAND|MILLION|BILLION|TRILLION)\b/y;
const SCALE_ABBREVIATION_RE = /[ \u00a0]?(mln|mn|bn|Bn|BN|trn|tn|k|K|m|M|b|B)(?![A-Za-z0-9])/y;

const BASIS_POINTS_RE = /(?:[ \u00a0-]basis[ -]points?|[ \u00a0]?bps?)\b/y;
const PLAIN_ABBREVIATION_RE = /(bn|mn|mln|trn)(?![A-Za-z0-9])/y;
const GLUED_MK_RE = /(m|k)(?=[ \u00a0][a-z])/y;

const PERCENT_RE = /[ \u00a0]?(?:%|per ?cent\b|pct\b)/y;
/** Percentage points, maybe split at a line break as PDF text is (`11.5 percentage\npoints`). */
const POINTS_RE =
  /(?:[ \u00a0-](?:(?:of a )?percentage(?:[ -]|\r?\n)points?|percent(?:age)?(?: |\r?\n)points?)|[ \u00a0]?(?:pp|ppts?))\b/y;
const CURRENCY_WORD_RE =
  /[ \u00a0](US dollars|U\.S\. dollars|Hong Kong dollars|HK dollars|New Taiwan dollars|NT dollars|dollars|euros?|pounds sterling|yuan|renminbi|RMB)\b/y;
const CURRENCY_WORD: Record<string, string> = {
  'US dollars': 'USD',
  'U.S. dollars': 'USD',
  dollars: 'USD',
  'Hong Kong dollars': 'HKD',
  'HK dollars': 'HKD',
  'New Taiwan dollars': 'TWD',
  'NT dollars': 'TWD',
  euro: 'EUR',
  euros: 'EUR',
  'pounds sterling': 'GBP',
  yuan: '元',
  renminbi: '元',
  RMB: '元',
};
const TIME_RE = /[ \u00a0-](years?|months?|weeks?|days?|hours?)\b/y;
const TIME_UNIT: Record<string, string> = {
  year: '年',
  years: '年',
  month: 'months',
  months: 'months',
  week: 'weeks',
  weeks: 'weeks',
  day: 'days',
  days: 'days',
  hour: 'hours',
  hours: 'hours',
};
const ABBREVIATION_RE =
  /[ \u00a0]?(km²|km2|m²|m2|m³|m3|sq km|sq m|sq ft|sq\. ft\.?|ft²|mg|ml|mL|GB|TB|kWh|MWh|GWh|TWh|kW|MW|GW|TEU|ha|kg|km|mm|cm|[GMk]bps|Kbps|[GMk]Hz|kVA|MVA|kV|FTEs?|WTEs?)(?![A-Za-z0-9])/y;
/** `46 additional FTE`: an adjective between the number and a staffing unit. Group 1 the unit. */
const ADJECTIVE_FTE_RE =
  /[ \u00a0](?:new|additional|extra|more|net|further|funded|ongoing) (FTEs?|WTEs?)(?![A-Za-z0-9])/y;
/** Abbreviations whose plural is written with an s: the unit is the singular (WTE: whole-time equivalent). */
const ABBREVIATION_UNIT: Record<string, string> = { FTEs: 'FTE', WTEs: 'WTE' };
const HYPHEN_MEASURE_RE =
  /-(metre|meter|kilometre|kilometer|mile|hectare|acre|tonne|storey|bed|seat|place|space|minute)(?![A-Za-z-])/y;
const TIMES_RE = /[ \u00a0-]times\b/y;
/** `50 megabits per second`: a data rate spelt out is the same unit as its abbreviation (Mbps). */
const DATA_RATE_RE = /[ \u00a0](kilo|mega|giga|tera)bits? (?:per|a) second\b/y;
const DATA_RATE_UNIT: Record<string, string> = { kilo: 'kbps', mega: 'Mbps', giga: 'Gbps', tera: 'Tbps' };
/** `186,000 square metres`, `2.4 cubic kilometres`: a unit of two words, not the noun `metres`. */
const AREA_VOLUME_RE =
  /[ \u00a0](square|cubic) (metres?|meters?|kilometres?|kilometers?|feet|foot|miles?|yards?|inch|inches)\b/y;
/** A lowercase word after a space, or after a single line break (a PDF line wrapped inside a noun phrase); a
 * possessive compound (`arm's-length`) is one word. */
const WORD_RE = /(?:[ \u00a0]|\n(?=[a-z]))([a-z]+(?:(?:-|['’]s-)[a-z]+)*)/y;
/** `86 full-time equivalents`, `3,786 whole-time equivalents`: the FTE and WTE units written out. Group 1 which. */
const FTE_WORDS_RE = /[ \u00a0](full|whole)[ -]time[ \n]equivalents?\b/y;
const TRAILING_RE = /[ \u00a0](or more|or above|or over|or less|or fewer|or below)\b/y;
/** The same bound before the noun it counts (`three or more children`). */
const BOUND_BEFORE_NOUN_RE = /[ \u00a0]or (more|fewer)(?=[ \u00a0][a-z])/y;
const boundQualifier = (bound: string): FigureQualifier => (/more|above|over/.test(bound) ? 'over' : 'under');

const FASTER_THAN_RE = /^[ \u00a0](?:faster|slower|sooner|quicker|longer|shorter) than\b/;
const COMPARATIVE_THAN_RE = /^[ \u00a0](?:lower|higher|greater|smaller|larger|bigger|below|above) than\b/;

/** Words after a number that show it is not counting anything (`3 of`, `2024 and`, `4 shows`). */
const STOP_WORDS = new Set(
  (
    'a an the their our his her and or but nor of to in on at by for from with as than into onto upon over under per via vs ' +
    'is are was were be been being has have had do does did will would shall should can could may might must ' +
    'this that these those it its which who whom whose what when where while if then so such there here ' +
    'not no yes all any each every both either neither some most less least few fewer many much ' +
    'up down out off about around between among through during before after since until till within without ' +
    'against across along toward towards onwards including excluding compared versus plus minus times ' +
    'rose fell grew rise fall grow increase increases decrease decreases reach reaches reached remain remains ' +
    'show shows showed shown say says said see sees make makes made take takes took give gives gave ' +
    'also only just even still yet ago later earlier per cent percent am pm st nd rd th one ones ' +
    'need needs get gets use uses receive receives serve serves provide provides cover covers follow follows ' +
    'went came became began stood ran won cut spent held kept met ' +
    'last next previous current same now today annually yearly monthly daily respectively altogether overall'
  ).split(' '),
);
/** Endings of adjectives (`general`, `secondary`, `intensive`), to join `general and acute beds`. */
const ADJECTIVE_ENDING_RE = /(?:al|ic|ive|ous|ary|ent|ant|ful|less|ible|able|ian)$/;
/** Adjectives that may stand between a number and its noun (`4,500 new teachers`). */
const ADJECTIVES = new Set(
  (
    'new additional more extra major key small large local public private existing other affordable social ' +
    'rural urban primary secondary national regional international foreign domestic annual total young old ' +
    'older elderly active registered qualified certified separate different specific main big senior junior ' +
    'permanent temporary vacant approved eligible further direct indirect full part net gross green ' +
    'medium micro state federal municipal community remaining consecutive successive ' +
    'fixed-term casual ongoing part-time full-time seasonal sessional'
  ).split(' '),
);

/** Reads scale, percent, currency, duration or noun after an English number ending at `p`. */
export function readEnglishTail(
  text: string,
  p: number,
  currency: string | undefined,
): EnglishTail | undefined {
  let pos = p;
  let exponent = 0;
  SCALE_WORD_RE.lastIndex = pos;
  let m = SCALE_WORD_RE.exec(text);
  if (!m && currency) {
    SCALE_ABBREVIATION_RE.lastIndex = pos;
    m = SCALE_ABBREVIATION_RE.exec(text);
  } else if (!m) {
    // Without a currency sign only the unambiguous abbreviations count (`3bn`, not `3 m` metres), and
    // a glued `m`/`k` before a plural noun (`1.5m people`, `850k households`, not `3m long`).
    m = attempt(PLAIN_ABBREVIATION_RE, text, pos);
    if (!m && (m = attempt(GLUED_MK_RE, text, pos)) && !pluralNounAt(text, pos + 1)) m = null;
  }
  if (m) {
    exponent = SCALE_EXPONENT[m[1]!] ?? SCALE_EXPONENT[m[1]!.toLowerCase()] ?? 0;
    pos += m[0].length;
  }
  // `three or more children`, `10 or fewer employees`: the open bound stands between the number and its noun.
  if (exponent === 0 && !currency && (m = attempt(BOUND_BEFORE_NOUN_RE, text, pos))) {
    const noun = readNoun(text, pos + m[0].length);
    if (noun) return { end: noun.end, exponent, unit: noun.unit, qualifier: boundQualifier(m[1]!) };
  }
  const unit = readEnglishUnit(text, pos, currency, exponent > 0);
  if (!unit) return undefined;
  const tail: EnglishTail = { end: unit.end, exponent, unit: unit.unit };
  TRAILING_RE.lastIndex = tail.end;
  const t = TRAILING_RE.exec(text);
  if (t) {
    tail.end += t[0].length;
    tail.qualifier = boundQualifier(t[1]!);
  }
  return tail;
}

function attempt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function readEnglishUnit(
  text: string,
  pos: number,
  currency: string | undefined,
  scaled: boolean,
): { end: number; unit: string } | undefined {
  let m = attempt(PERCENT_RE, text, pos);
  if (m) return { end: pos + m[0].length, unit: '%' };
  if ((m = attempt(POINTS_RE, text, pos))) return { end: pos + m[0].length, unit: '百分點' };
  if ((m = attempt(BASIS_POINTS_RE, text, pos))) return { end: pos + m[0].length, unit: 'basis points' };
  if ((m = attempt(CURRENCY_WORD_RE, text, pos)))
    return { end: pos + m[0].length, unit: CURRENCY_WORD[m[1]!] ?? 'USD' };
  if (currency) return { end: pos, unit: currency };
  if ((m = attempt(TIME_RE, text, pos))) return { end: pos + m[0].length, unit: TIME_UNIT[m[1]!] ?? m[1]! };
  if ((m = attempt(ABBREVIATION_RE, text, pos)))
    return { end: pos + m[0].length, unit: ABBREVIATION_UNIT[m[1]!] ?? m[1]! };
  if ((m = attempt(ADJECTIVE_FTE_RE, text, pos)))
    return { end: pos + m[0].length, unit: ABBREVIATION_UNIT[m[1]!] ?? m[1]! };
  // `a 50-metre pool`, `a 3.5-kilometre track`: a measure as an adjective, singular (as `a three-year pilot`).
  if ((m = attempt(HYPHEN_MEASURE_RE, text, pos))) return { end: pos + m[0].length, unit: m[1]! };
  // `2.5 times the level`: a multiple (倍), which a count's noun rule would stop at.
  if ((m = attempt(TIMES_RE, text, pos))) return { end: pos + m[0].length, unit: 'times' };
  if ((m = attempt(FTE_WORDS_RE, text, pos)))
    return { end: pos + m[0].length, unit: m[1]!.toLowerCase() === 'full' ? 'FTE' : 'WTE' };
  if ((m = attempt(AREA_VOLUME_RE, text, pos))) return { end: pos + m[0].length, unit: `${m[1]} ${m[2]}` };
  if ((m = attempt(DATA_RATE_RE, text, pos))) return { end: pos + m[0].length, unit: DATA_RATE_UNIT[m[1]!]! };
  const noun = readNoun(text, pos);
  if (noun) return noun;
  // `a population of 12 million.`: a scaled number is an amount even without a noun.
  return scaled ? { end: pos, unit: '' } : undefined;
}

/**
 * The noun a count is of: the last word of a short run of lowercase words after the number, so
 * `450 school counselors` counts counselors and `12,000 jobs in` counts jobs. The run stops at
 * punctuation, a function word or a verb form (`-ed`, `-ing`, `-ly`).
 */
function readNoun(text: string, pos: number): { end: number; unit: string } | undefined {
  let p = pos;
  let last: { end: number; unit: string } | undefined;
  // One leading adjective before a verb form does not count against the four words, so the phrase
  // still reaches its noun: `90 additional subsidised residential care places`.
  let freeAdjective = true;
  for (let words = 0; words < 4; words++) {
    WORD_RE.lastIndex = p;
    const m = WORD_RE.exec(text);
    if (!m) {
      // `16,318 A&E attendances`, `1,900 participating GP clinics`: an acronym naming the kind of what is
      // counted, before its lowercase plural noun.
      const acronym = words < 3 ? acronymBeforePlural(text, p) : 0;
      if (acronym > 0) {
        p += acronym;
        continue;
      }
      // `2,500 SMEs`, `12 NGOs`: an acronym in the plural is itself what is counted.
      const pluralAcronym = words === 0 ? attempt(PLURAL_ACRONYM_RE, text, p) : null;
      if (pluralAcronym) return { end: p + pluralAcronym[0].length, unit: pluralAcronym[1]! };
      // `14 Members`, `20 additional Medicare Urgent Care Clinics`: a capitalised name of what is
      // counted, after the adjectives if any.
      if ((!last || ADJECTIVES.has(last.unit)) && !startsLine(text, pos)) return titleNounAt(text, p);
      break;
    }
    const word = m[1]!;
    // `one minute faster than`: a comparison after the unit ends the phrase (`5 faster trains` goes on).
    if (words > 0 && FASTER_THAN_RE.test(text.slice(p, p + m[0].length + 5))) break;
    // `183 such centres`: a determiner between the number and its plural noun.
    if (word === 'such' && words === 0 && pluralNounAt(text, p + m[0].length)) {
      p += m[0].length;
      continue;
    }
    // `5,000 lower than previously reported`: a comparison, no noun (`20 higher education institutions` has one).
    if (words === 0 && COMPARATIVE_THAN_RE.test(text.slice(p, p + m[0].length + 6))) break;
    // `8,500 fewer public service roles`: the comparison between the number and its noun phrase (`more`
    // is an adjective below; `fewer` is otherwise a stop word, as in `fewer than`).
    if (word === 'fewer' && words === 0 && pluralNounWithin(text, p + m[0].length, 3)) {
      p += m[0].length;
      continue;
    }
    // `812 general and acute beds`: two descriptions joined before the plural noun they share.
    if (
      (word === 'and' || word === 'or') &&
      last &&
      (ADJECTIVES.has(last.unit) || ADJECTIVE_ENDING_RE.test(last.unit)) &&
      pluralNounWithin(text, p + m[0].length, 2)
    ) {
      p += m[0].length;
      continue;
    }
    // `two consecutive monthly declines`: a frequency word before the plural noun describes it.
    if (STOP_WORDS.has(word) && !(FREQUENCY_WORDS.has(word) && pluralNounAt(text, p + m[0].length))) break;
    // A verb form ends the run unless a plural noun follows it within the phrase (`300 planning
    // officers`, `1 200 subsidised residential care places`).
    if (
      /(?:ly|ed|ing)$/.test(word) &&
      !NOUNS_LIKE_VERBS.has(word) &&
      !pluralNounWithin(text, p + m[0].length, 3 - words)
    )
      break;
    // The fourth word only when it is the plural noun that ends the phrase.
    if (words === 3 && !pluralNounAt(text, p)) break;
    if (word.length < 3 && !ADJECTIVES.has(word)) break;
    p += m[0].length;
    last = { end: p, unit: word };
    if (
      words === 0 &&
      freeAdjective &&
      ADJECTIVES.has(word) &&
      /^ [a-z]+(?:ly|ed|ing) /.test(text.slice(p, p + 24))
    ) {
      freeAdjective = false;
      words--;
      continue;
    }
    // A plural ends the run: `3 residents support` counts residents, `450 school counselors` counselors;
    // unless another plural follows it, as in a compound noun (`two youth services centers`).
    if (words > 0 || !ADJECTIVES.has(word)) {
      if (/[^su]s$/.test(word) && !/(?:is|ss|us)$/.test(word) && !(words < 3 && pluralNounAt(text, p))) break;
    }
  }
  if (last && ADJECTIVES.has(last.unit)) return undefined; // `4 new.` has no noun
  return last;
}

/** Words of frequency that are also adjectives before a noun (`monthly declines`, `daily visits`). */
const FREQUENCY_WORDS = new Set(['monthly', 'daily', 'yearly', 'annually']);

/**
 * `A&E`, `GP`, `EBPS`, or an organism's short name (`C. difficile`, `E. coli`), after one space and before
 * a lowercase plural noun: the length read, else 0.
 */
const ACRONYM_RE = /[ \u00a0](?:[A-Z][A-Z&]{1,5}|[A-Z]\.[ \u00a0][a-z]{3,})(?=[ \u00a0\n][a-z])/y;

function acronymBeforePlural(text: string, pos: number): number {
  ACRONYM_RE.lastIndex = pos;
  const m = ACRONYM_RE.exec(text);
  return m && pluralNounAt(text, pos + m[0].length) ? m[0].length : 0;
}

/** `SMEs`, `NGOs`, `MPs` after one space: an acronym with a plural `s`. */
const PLURAL_ACRONYM_RE = /[ \u00a0]([A-Z]{2,5}s)\b/y;

/** True when the number that ends at `end` opens its line: `4 Prices and wages` is a heading. */
function startsLine(text: string, end: number): boolean {
  let k = end - 1;
  while (k >= 0 && /[0-9.,]/.test(text[k]!)) k--;
  while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
  return k < 0 || text.charCodeAt(k) === 0x0a;
}

/** True when one of the next `count` words is a plural noun, with no function word before it. */
function pluralNounWithin(text: string, pos: number, count: number): boolean {
  let p = pos;
  for (let k = 0; k < count; k++) {
    if (pluralNounAt(text, p) || acronymBeforePlural(text, p) > 0) return true;
    WORD_RE.lastIndex = p;
    const m = WORD_RE.exec(text);
    if (!m || STOP_WORDS.has(m[1]!)) return false;
    p += m[0].length;
  }
  return false;
}

/** True when a lowercase plural noun (`officers`, not `is` or a function word) starts after one space. */
function pluralNounAt(text: string, pos: number): boolean {
  WORD_RE.lastIndex = pos;
  const m = WORD_RE.exec(text);
  if (!m) return false;
  const word = m[1]!;
  if (IRREGULAR_PLURALS.has(word)) return true;
  return !STOP_WORDS.has(word) && /[^su]s$/.test(word) && !/(?:is|ss|us)$/.test(word) && word.length > 3;
}

const IRREGULAR_PLURALS = new Set(['people', 'children', 'staff', 'personnel', 'women', 'men', 'cattle']);

/** -ing/-ed words that are nouns (`200 buildings` needs none, but `the 3 housing` is rare). */
const NOUNS_LIKE_VERBS = new Set([
  'building',
  'housing',
  'funding',
  'training',
  'parking',
  'hundred',
  'seed',
  'bed',
  'shed',
]);
