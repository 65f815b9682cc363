/**
 * The count a bare English number refers back to: the last count in its paragraph (or sentence) that states
 * a given value, or the nearest count when none is given, passing over years, days, ages, rate bases and
 * asides. Used by ./english-elided.ts for counts whose noun is left out.
 */
import { englishCountBefore } from './context';
import { countNounAt, TIME_NOUNS } from './english-count-noun';
import { readWordNumber } from './english-numbers';
import { isRateBaseAt, perRateAt } from './english-rates';
import { isInAside, numberStart, sentenceStart, sentenceStop, withoutAsides } from './english-sentences';
import { isYearLike } from './exclusions';
import { scaleDecimal } from './numerals';

/**
 * ` of the 7`, ` of our 11`, ` (62%) of the 216`: the number a bare count is part of, maybe after the
 * part's share in brackets. Group 1 the number.
 */
export const PART_OF_RE =
  / (?:\(\d[\d.]*(?:%| per ?cent)\) )?of (?:(?:the|our|its|their|these|those|all|all the) )?(?:[A-Za-z]+'s? )?(\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(?![\d.])/y;

/** Words that set a bare number against a count just named: a target, a forecast, an earlier level. */
export const COMPARED_BEFORE_RE =
  /\b(?:(?:target|goal|commitment|pledge|ambition|forecast|estimate|plan|baseline|benchmark|ceiling|cap|limit|trajectory|threshold|projection|maximum|minimum|net (?:gain|loss|increase|decrease)|an? (?:increase|decrease|reduction|rise|fall)) of(?: at least| at most| up to)?|compared\s(?:with|to)|up from|down from|(?:bringing|taking) the total to(?: about| around| some| nearly| almost| over)?)\s$/i;

/** A count's number and plural noun, then a preposition: what stands before a count in a phrase (`518 schools in `). */
const COUNT_THEN_PREPOSITION_RE = /\b\d[\d,]* [a-z]+s (?:in|across|over|from|at) $/;
/** A month or a preposition of time before a year (`December `, `by `, `in `). */
const YEAR_BEFORE_RE =
  /(?:\b(?:in|by|since|until|from|to|during|of)|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2},)?|\(?Q[1-4]\)?) $/;
/** `up `, `down by `, `an increase of `: a change, before its amount. */
const CHANGE_WORD_BEFORE_RE =
  /\b(?:up|down|rose|fell|grew|increased|decreased|an? (?:increase|decrease|rise|fall) of)(?: by)? $/;
/** `6.8 percent,` after `, or `: a share set after the count it is of. */
const SHARE_RE = /^[\d.]*(?:%| ?per ?cent)[,)]/;
/** A space or line break, then a capital letter, at `k`: where a month's name may follow a day. */
function isCapitalAfterSpace(text: string, k: number): boolean {
  const space = text.charCodeAt(k);
  const next = text.charCodeAt(k + 1);
  return (space === 0x20 || space === 0x0a) && next >= 0x41 && next <= 0x5a;
}
/** A month before a number: the number is a day (`at March 31, 2024`). */
const DAY_AFTER_MONTH_RE =
  /(?:January|February|March|April|May|June|July|August|September|October|November|December) $/;
/** A month after a number: the number is a day (`on 30 September 2025`). */
const MONTH_AFTER_RE =
  /^\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** A number in digits or words, to find the count an elided noun refers back to. */
const NUMBER_IN_TEXT_RE =
  /\b(?:\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|hundred)\b/gi;
/**
 * Units of measure written as abbreviations: `broadband of 50 Mbps` describes what is counted, so a
 * target set against the count is not in Mbps.
 */
const MEASURE_ABBREVIATIONS = new Set(
  'Mbps Gbps kbps kW MW GW kWh MWh GWh TWh km kg ha mm cm ml MB GB TB Hz MHz GHz'.split(' '),
);

/** `aged `, `aged 15 to `, `aged 15-`: the number after it is an age, part of a noun phrase (`seniors aged 65`). */
const AGE_BEFORE_RE = /\baged (?:\d+ ?(?:to |and |-|–) ?)?$/;

/** The value a number written at `start` (digits or words) states, or undefined. */
function numberAt(text: string, start: number, written: string): number | undefined {
  if (/^\d/.test(written)) return scaleDecimal(written);
  const word = readWordNumber(text, start);
  return word && word.end === start + written.length ? word.value : undefined;
}

/**
 * The noun of a count before `before` in the same paragraph (within `reach` characters, and in the same
 * sentence when `sameSentence`): the last count whose number states `value`, or, when `value` is
 * undefined, the nearest number if it is a count.
 */
export function antecedentNoun(
  text: string,
  before: number,
  value: number | undefined,
  reach: number,
  sameSentence: boolean,
  thousands = false,
  bare?: (start: number, end: number) => string | undefined,
): string | undefined {
  let from = Math.max(0, before - reach);
  const paragraph = text.slice(from, before + 2).lastIndexOf('\n\n');
  if (paragraph >= 0) from += paragraph + 2;
  if (sameSentence) {
    // A sentence ends at a full stop; a single line break (a PDF line wrapped mid-sentence) does not.
    const stop = sentenceStop(text, before, from);
    if (stop >= from) from = stop + 1;
  }
  const window = text.slice(from, before);
  const starts: Array<[number, string]> = [];
  NUMBER_IN_TEXT_RE.lastIndex = 0;
  for (let m = NUMBER_IN_TEXT_RE.exec(window); m; m = NUMBER_IN_TEXT_RE.exec(window))
    starts.push([from + m.index, m[0]]);
  for (let k = starts.length - 1; k >= 0; k--) {
    const [at, written] = starts[k]!;
    // `2.3 per 1,000 live births, compared with 2.8`: the base of a rate is not a count; the rate is the
    // unit of the number it gives.
    // (the r of `per `, the y of `for every `)
    const last = text.charCodeAt(at - 2);
    if ((last === 0x72 || last === 0x79) && isRateBaseAt(text, at)) continue;
    const rate = text.startsWith(' per ', at + written.length)
      ? perRateAt(text, at + written.length)
      : undefined;
    if (rate) {
      if (value === undefined || numberAt(text, at, written) === value) return rate.unit;
      continue;
    }
    // `340,000 seniors aged 65 and above, up from 290,000`, `1,486 patients (9.1% of attendances), down
    // from 1,752`: an age describing the count's noun, or a number in a bracketed aside, is not the count;
    // nor the end of a span of years (`in 2025-26, up 6.1% from`).
    if (
      value === undefined &&
      (AGE_BEFORE_RE.test(text.slice(Math.max(0, at - 12), at)) ||
        isInAside(text, at, before) ||
        /^\d{4}[-–/]$/.test(text.slice(Math.max(0, at - 5), at)))
    )
      continue;
    const stated = numberAt(text, at, written);
    // `518 schools selected by December 2024, against a commitment of 500`: a year is never the count.
    if (
      value === undefined &&
      ((isYearLike(written) && YEAR_BEFORE_RE.test(text.slice(Math.max(0, at - 14), at))) ||
        DAY_AFTER_MONTH_RE.test(text.slice(Math.max(0, at - 10), at)) ||
        (isCapitalAfterSpace(text, at + written.length) &&
          MONTH_AFTER_RE.test(text.slice(at + written.length, at + written.length + 10))))
    )
      continue;
    // `selected 518 schools in three rounds, of which 57`: a count in a phrase after another count's noun
    // says how or where; the part is of the count before it.
    if (value === undefined && k > 0 && COUNT_THEN_PREPOSITION_RE.test(text.slice(Math.max(0, at - 40), at)))
      continue;
    // Without a number to look for, only the nearest count is meant (`95% up from 91` is not 91 of the
    // schools named earlier); with one, the count that states it.
    if (value === undefined) {
      if (stated === undefined) return undefined;
      // A per cent is not the count a level is set against when it changes that count (`512,340 patients …, up 3.1%
      // on 30 June and an increase of 41,226`) or is its share set after it as an aside (`482,600 pupils with a
      // plan, 5.3% of all pupils, up from`; `42,067, or 6.8 percent, were rated poor …, down from 45,031`).
      const from = numberStart(text, at);
      if (
        (CHANGE_WORD_BEFORE_RE.test(text.slice(Math.max(0, from - 20), from)) ||
          text.slice(from - 2, from) === ', ') &&
        /^[\d.]*(?:%| ?per ?cent)/.test(text.slice(at, at + written.length + 9))
      )
        continue;
      if (
        /, or $/.test(text.slice(Math.max(0, from - 5), from)) &&
        SHARE_RE.test(text.slice(at, at + written.length + 12))
      )
        continue;
      const noun = countNounAt(text, at + written.length);
      if (noun && MEASURE_ABBREVIATIONS.has(noun)) continue;
      // `1,486 patients waited more than 12 hours from arrival, down from 1,752`: a duration inside the
      // clause is what the count waited, not the count; one just before the comparison is (`12 hours,
      // down from 14`).
      if (noun && TIME_NOUNS.has(noun)) {
        const gap = withoutAsides(text.slice(at + written.length + noun.length + 1, before));
        if (/[a-z]/i.test(gap.replace(COMPARED_BEFORE_RE, ''))) continue;
      }
      // (A bare count whose own noun was left out counts what it counts: `Of the 623,000 bridges, 42,067`.)
      const elided = !noun && bare && /^\d/.test(written) ? bare(at, at + written.length) : undefined;
      if (elided) return elided;
      if (noun || !thousands) return noun;
      // `1.52 million people were unemployed, up 34,000`: a change in thousands against a scaled count,
      // its noun after the scale or named before it (`The number of payrolled employees … was 30.41
      // million, down 11,000`). A small one (`2.1 million tonnes, down from 3.3`) is in the scale too.
      return countNounAt(text, at + written.length, true) ?? englishCountBefore(text, numberStart(text, at));
    }
    if (stated !== value) continue;
    // (`a sample of 60 of the 412 applications. For 14 of the 60`: a part named by its whole's noun.)
    PART_OF_RE.lastIndex = at + written.length;
    const whole = PART_OF_RE.exec(text);
    const noun = countNounAt(text, whole ? at + written.length + whole[0].length : at + written.length);
    if (noun) return noun;
  }
  return undefined;
}

/**
 * The noun of the nearest count before `before`, in the same sentence, whose number is within a factor of two
 * of `value`: the count an earlier level is set against (`612,408 presentations to 78 hospitals, 3.2% more than
 * in 2024 (593,417)`), past smaller counts between them.
 */
export function comparableCountNoun(text: string, before: number, value: number): string | undefined {
  const from = sentenceStart(text, before, 240);
  const window = text.slice(from, before);
  const found = [...window.matchAll(NUMBER_IN_TEXT_RE)];
  for (let k = found.length - 1; k >= 0; k--) {
    const at = from + found[k]!.index;
    const stated = numberAt(text, at, found[k]![0]);
    if (stated === undefined || stated < value / 2 || stated > value * 2) continue;
    const noun = countNounAt(text, at + found[k]![0].length);
    if (noun) return noun;
  }
  return undefined;
}

/** `compared with `, `against targets of `, `up from `: two earlier levels or targets follow. */
const PAIR_BEFORE = '(?:compared (?:with|to)|against (?:the )?targets? of|targets? of|up from|down from)';
const PAIR_FIRST_RE = new RegExp(`${PAIR_BEFORE} $`);
const PAIR_SECOND_RE = new RegExp(`${PAIR_BEFORE} \\d[\\d,]* and $`);
const PAIR_AND_AFTER_RE = /^ and \d/;

/**
 * `37,412 salespersons and 1,318 agents, compared with 36,465 and 1,333`, `412 inspections and 1,020 checks,
 * against targets of 380 and 900 respectively`: two bare numbers set against the sentence's last two counts, in
 * order, count what those count. Undefined unless the number at `i`–`p` is one of such a pair.
 */
export function pairedCountNoun(text: string, i: number, p: number): string | undefined {
  const head = text.slice(Math.max(0, i - 40), i);
  const second = PAIR_SECOND_RE.exec(head);
  const first = second ? null : PAIR_FIRST_RE.exec(head);
  if (!second && !(first && PAIR_AND_AFTER_RE.test(text.slice(p, p + 6)))) return undefined;
  const phrase = i - head.length + (second ?? first)!.index;
  const from = sentenceStart(text, phrase, 240);
  const nouns: string[] = [];
  for (const m of text.slice(from, phrase).matchAll(NUMBER_IN_TEXT_RE)) {
    const noun = /^\d/.test(m[0]) ? countNounAt(text, from + m.index + m[0].length) : undefined;
    if (noun && !TIME_NOUNS.has(noun)) nouns.push(noun);
  }
  if (nouns.length < 2) return undefined;
  return nouns[nouns.length - (second ? 1 : 2)];
}
