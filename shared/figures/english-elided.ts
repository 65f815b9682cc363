/**
 * English counts whose noun is left out because the sentence has just named it: `5 of the 7 positions`,
 * `close 4 of our 11 regional offices`, `14 of 52 stations`, `We tested 60 overpayments … For 41 of the
 * 60`, `five findings, two of which`, `supported 61,400 learners, beating its target of 55,000`,
 * `2,846 staff (2024: 2,713), of whom 1,120`. The bare number counts the same thing as the number it is
 * part of, so it takes that count's noun as its unit. Only a count with a noun (`positions`, `overpayments`) lends it: never a scale, a
 * currency or a percentage, so `41 of the 60 (68 percent)` does not become percent.
 */
import { clauseOpeningCountUnit } from './english-clause-counts';
import {
  antecedentNoun,
  comparableCountNoun,
  COMPARED_BEFORE_RE,
  pairedCountNoun,
  PART_OF_RE,
} from './english-antecedents';
import { forPartNoun } from './english-for-parts';
import { countNounAt, MEASURED_SUBJECTS, TIME_NOUNS } from './english-count-noun';
import { measureTitleNoun } from './english-measures';
import { isInAside, sentenceStart } from './english-sentences';
import { isYearLike } from './exclusions';
import { scaleDecimal } from './numerals';

/** ` of the extensions`: the whole named by its plural noun alone. Group 1 the noun. */
const PART_OF_NOUN_RE = / of (?:the|our|its|their|these|those) ([a-z]+[^su\W]s)\b/y;
/** ` of the five`: a whole written in words, its noun after it. */
const PART_OF_WORDS_RE =
  / of (?:the|our|its|their|these|those|all)\s(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\b/y;
/** ` of which`, ` of them`: a part of the count named just before. */
const PART_OF_PRONOUN_RE = / of (?:which|them|these|those)\b/y;
/** `For 41 of the `: the part standing before the whole, when reading the whole. */
const PART_BEFORE_RE = /(?:^|[^A-Za-z0-9,.])(?:\d[\d,]*|[a-z]+) of (?:the|our|its|their|these|those) $/i;
/**
 * `increase Care Service Vouchers by 2 000 to `, `raise after-school care places to `: the plural object a
 * change is made to counts the change and the level. Group 1 the noun.
 */
const OBJECT_CHANGE_RE =
  /\b(?:increas|rais|expand|add|cut|reduc|lift|boost|extend|doubl)(?:e|es|ed|ing|s)? (?:(?:the|our|its|their|and) )?(?:[A-Za-z-]+ ){0,6}?([A-Za-z][a-z]+[^su\W]s) (?:by (?:\d[\d ,.]*\d |\d )?to|by|to) $/;
/** `compared with `, `compared with 231 of `: a comparison's part, or its whole after the part. Group 1 the part. */
const COMPARED_PAIR_BEFORE_RE = /\bcompared (?:with|to) (\d[\d,]* of )?$/;
const PAIR_WHOLE_AFTER_RE = /^ of \d/;
/**
 * ` to 6 500 flats`, ` to 5.8 deaths`, ` to eight full-time equivalent` after `from 4 000`: the end of a change
 * names what both ends count.
 */
const TO_COUNT_AFTER_RE =
  / to (?:\d{1,3}(?:[ ,]\d{3})+(?![\d,])|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\.\d+)?(?=\s[a-z])/y;
/** ` to 7 per cent` after `from 5`: a change between two percentages written with one sign. */
const TO_PERCENT_AFTER_RE = / to \d+(?:\.\d+)?(?:%| ?per ?cent\b)/y;

/**
 * `4 schools in 2022-23, `, `… 19 in 2023-24 and `: a count by period, maybe followed by more of the list.
 * Group 1 the noun.
 */
const PERIOD_LIST_BEFORE_RE =
  /\b\d[\d,]* ([a-z]+[^su\W]s) in [^,;.()]{1,30}?(?:, | and )(?:\d[\d,]* in [^,;.()]{1,30}?(?:, | and ))*$/;
const PERIOD_AFTER_RE = /^ in\b/;
/** `opened 46 investigations and closed `: a second verb's bare number counts the first's noun. Group 1 the count. */
const PARALLEL_BEFORE_RE = /\b(\d[\d,]*) [a-z]+ and (?!the\b|a\b|an\b)[a-z]+ $/d;
/**
 * `, up `, `up 4.4% from `, `down 5,832 (5.7%) from `, `12.6% more than the `: a change, or the earlier level
 * after one.
 */
const CHANGE_BEFORE_RE =
  /(?:, (?:up|down)|\b(?:up|down) [\d.,]+(?:%| per ?cent)?(?: \([\d.]+(?:%| per ?cent)\))? from|\b[\d.,]+(?:%| per ?cent)? (?:more|fewer|less|higher|lower) than(?: the)?) $/;
/** `25.7% of pupils (`: a share of a plural noun, its count in brackets after it. Group 1 the noun. */
const SHARE_BRACKET_BEFORE_RE =
  /\b\d[\d.]*(?:%| per ?cent) of (?:all |the )?([a-z]+[^su\W]s|people|staff) \($/;
/**
 * `3.2% more than in April to June 2024 (`, `6% more than in 2023-24 (`: the earlier level, in brackets after the
 * period a change is measured against.
 */
const EARLIER_LEVEL_BRACKET_RE =
  /\b[\d.,]+(?:%| per ?cent)? (?:more|fewer|less|higher|lower) than (?:in |at )?[^()\n.;,]{2,40}? \($/;
/** `from 1,800 cases in 2022-23 to `: where a change ends counts what its start counted. Group 1 the start. */
const FROM_COUNT_TO_RE =
  /\bfrom (\d[\d,.]*)(?: [^,;()\d]{1,40}?)(?: in (?:FY ?|[1-4]Q |Q[1-4] )?\d{4}(?:[-–/]\d{2,4})?)? to $/d;
/**
 * `installers rose from `, `waiters fell from 1,214 to `, `vacancies fell to `, `registrations rose 11.6% to `,
 * `vacancies fell to 75,900 in September 2025 from `, `retrenchments rose from 3,120 in 2Q 2025 to `, `hours
 * worked rose by `, `households in TA rose by `, `notices fell by 35.3% over the five years, from `: a plural
 * subject whose level changed (a whole word: not the end of one a line break cut). Group 1 it.
 */
const SUBJECT_CHANGE_RE =
  /(?<=^|[ \n-])([A-Za-z][a-z]+[^su\W]s|people)(?: [a-z]+ed)?(?: (?:in|on|with|at) (?:[A-Z][A-Z&]{1,5}|[a-z]{3,}))? (?:rose|fell|increased|decreased|grew|dropped|declined|climbed) (?:(?:[\d.,]+(?:%| per ?cent) )?to (?:[\d,.]+(?: in (?:[A-Z][a-z]+ |[1-4]Q |Q[1-4] )?\d{4})?,? from )?|from (?:[\d,.]+(?: in (?:FY ?|[1-4]Q |Q[1-4] )?\d{4}(?:[-–/]\d{2,4})?)? to )?|by (?:(?:[\d.,]+(?: million| billion)?(?:%| per ?cent)?|(?:a |one[ -])(?:third|quarter|fifth|tenth)|half)(?:(?: (?:on|over) the (?:quarter|year|month))?,? to | from (?:[\d,.]+(?: in (?:FY ?|[1-4]Q |Q[1-4] )?\d{4}(?:[-–/]\d{2,4})?)? to )?| over the (?:past |last )?(?:[a-z]+ )?(?:years|months|quarters), from (?:[\d,.]+ to )?))?)$/;
/**
 * `Police staff numbered `, `applications totalled about `, `Persons aged 65 years and over in employment numbered `: a
 * subject, maybe with a phrase after it, and its verb of total. Group 1 it.
 */
const SUBJECT_TOTAL_RE =
  /(?<=^|[ \n-])([A-Za-z][a-z]+[^su\W]s|[Pp]eople|staff|personnel)(?: (?:aged|in|from|at|with|under|over)\b[^,.;()]{1,40}?)? (?:numbered|totall?ed|totall?ing|numbering) (?:about |around |some |nearly |almost |over |more than )?$/;
/** `Patients waiting more than `, `people aged over `: a plural subject and the phrase before its span. */
const PHRASE_SUBJECT_RE =
  /\b([A-Za-z][a-z]+[^su\W]s|[Pp]eople) (?:waiting|waited|staying|stayed|living|aged|unemployed) (?:(?:more|longer|less|fewer) than |over |under |at least )?(?:[\d,]+|two|three|four|five|six|ten|twelve) $/;
/** A preposition, maybe with a word or two after it, just before a noun. */
const AFTER_PREPOSITION_RE =
  /\b(?:from|(?<!number |total )of|in|for|to|with|by|at|on|under|over)\s+(?:[^\s.;:]+\s+){0,2}$/i;
/** `(2024: `, `(FY2024/25: `: the prior year's figure of a count, in brackets after it. */
const PRIOR_YEAR_BEFORE_RE = /\((?:FY ?)?\d{4}(?:[/–-]\d{2,4})?: $/;
/** `(2024: 2,713), of whom `: a part of the count before the prior year's bracket. */
const PART_AFTER_BRACKET_RE = /\((?:FY ?)?\d{4}(?:[/–-]\d{2,4})?: [\d,.]+\),?\s+of\s(?:whom|which) $/;
/** `, of whom `, `, of whom roughly `: a part of the count just named. */
const PART_AFTER_RE =
  /,\s+of\s(?:whom|which) (?:(?:about|around|roughly|some|nearly|almost|approximately|over|more than) )?$/;
/**
 * `Of the 2 184 flats, 1 046`, `Out of the 60 cases, 41`, `Of the nation's roughly 623,000 highway bridges,
 * 42,067`, `Of 120 payments we tested, totalling €6.94 million,
 * 31`, `Of the 46 cases FEMA opened in fiscal years 2023 and 2024, 31`: the whole named before the part, maybe
 * with one clause about it. Group 1 its number.
 */
const WHOLE_BEFORE_RE =
  /(?:^|[^A-Za-z])(?:[Oo]f|[Oo]ut of) (?:the |our |its |their |these |those )?(?:[A-Za-z]+'s? )?(?:about |around |roughly |nearly |some |approximately )?(\d{1,3}(?:[, ]\d{3})+|\d+)( [^,.;()\d]{1,60})(?: in (?:(?:fiscal|financial|calendar) )?(?:FY ?|years? )?\d{4}(?:[-–/]\d{2,4})?(?: and \d{4}(?:[-–/]\d{2,4})?)?)?(?:, [a-z][^,;()]{0,40})?, (?:about |around |nearly |almost |some |over |more than |the first |the last |the remaining |the other )?$/d;

/** Whether the bare number from `i` to `p` is 1,000 or more: a change in thousands may be set against a count in millions. */
const inThousands = (text: string, i: number, p: number): boolean =>
  scaleDecimal(text.slice(i, p).replace(/[^\d.]/g, '')) >= 1000;

/**
 * The unit of a bare English number from `i` to `p` whose noun is elided: the part of a whole named
 * after it (`5 of the 7 positions`), of a whole named earlier (`For 41 of the 60`, the 60 overpayments
 * tested), the whole itself in that phrase, or a part of the count just named (`five findings, two of
 * which`). Undefined when none applies.
 */
export function elidedCountUnit(text: string, i: number, p: number, chain = 0): string | undefined {
  // `252 of the 280 audits …, compared with 231 of 281`: a part and its whole set against earlier ones count
  // what those count (the part, then the whole).
  const pairHead = text.slice(Math.max(0, i - 40), i);
  const compared = COMPARED_PAIR_BEFORE_RE.exec(pairHead);
  if (compared && (compared[1] || PAIR_WHOLE_AFTER_RE.test(text.slice(p, p + 8))))
    return antecedentNoun(text, i - pairHead.length + compared.index, undefined, 240, true);
  PART_OF_RE.lastIndex = p;
  const whole = PART_OF_RE.exec(text);
  if (whole) {
    const wholeEnd = p + whole[0].length;
    const noun = countNounAt(text, wholeEnd);
    if (noun) return noun;
    return antecedentNoun(text, i, scaleDecimal(whole[1]!), 400, false);
  }
  // `16 of the extensions ran five years`: a part of a whole named by its noun alone.
  PART_OF_NOUN_RE.lastIndex = p;
  const wholeNoun = PART_OF_NOUN_RE.exec(text);
  if (wholeNoun) return wholeNoun[1];
  // `Two of the five targets`: the same with the whole in words.
  PART_OF_WORDS_RE.lastIndex = p;
  if (PART_OF_WORDS_RE.test(text)) return countNounAt(text, PART_OF_WORDS_RE.lastIndex);
  // `Of the 2 184 flats, 1 046 (47.9%) are owner-occupied`: a part of the whole the sentence opened with.
  const opening = text.slice(Math.max(0, i - 80), i);
  const wholeBefore = WHOLE_BEFORE_RE.exec(opening);
  if (wholeBefore) {
    const noun = countNounAt(text, i - opening.length + wholeBefore.indices![1]![1]);
    if (noun) return noun;
  }
  // `rose from 1,800 cases in 2022-23 to 1,950`: the level a change reaches counts what it started from.
  const fromTo = FROM_COUNT_TO_RE.exec(opening);
  if (fromTo) {
    const noun = countNounAt(text, i - opening.length + fromTo.indices![1]![1]);
    if (noun) return noun;
  }
  // `schools grew by 14,700 to 3.12 million pupils`: a change counts what the level it reaches counts, even
  // in millions (before the subject: the schools did not grow by 14,700).
  if (/\bby $/.test(opening)) {
    TO_COUNT_AFTER_RE.lastIndex = p;
    const toCount = TO_COUNT_AFTER_RE.exec(text);
    const noun = toCount ? countNounAt(text, p + toCount[0].length, true) : undefined;
    if (noun) return noun;
  }
  // `Police staff numbered 83 614`, `Applications totalled 5,210`: a count of its subject.
  const totalled = SUBJECT_TOTAL_RE.exec(opening.replace(/\n(?!\n)/g, ' '));
  if (totalled && !MEASURED_SUBJECTS.has(totalled[1]!.toLowerCase())) return totalled[1]!.toLowerCase();
  // `accredited installers rose from 1,150 to 2,830`: both levels count the sentence's subject.
  // (A line wrapped inside the sentence reads as a space: `rose by\n9.8% to`; one for one, so offsets hold.)
  const subject = SUBJECT_CHANGE_RE.exec(opening.replace(/\n(?!\n)/g, ' '));
  // `Patients waiting more than 52 weeks fell from`: a span ends the subject's phrase, not the subject.
  if (subject && TIME_NOUNS.has(subject[1]!.toLowerCase())) {
    const phrase = PHRASE_SUBJECT_RE.exec(opening.slice(0, subject.index));
    if (phrase) return phrase[1]!.toLowerCase();
  }
  if (
    subject &&
    !MEASURED_SUBJECTS.has(subject[1]!.toLowerCase()) &&
    // `arrivals from non-Mainland markets rose`: a noun after a preposition is not the subject.
    !AFTER_PREPOSITION_RE.test(opening.slice(0, subject.index))
  )
    return subject[1]!.toLowerCase();
  // `supported 61,400 learners, beating its target of 55,000`: a bare number set against the count the
  // sentence has just named counts the same thing.
  const head = text.slice(Math.max(0, i - 32), i);
  // (A count in thousands may be set against one whose noun was named before it: `The number of
  // applications … grew to 23,580 …, an increase of 3,706`.)
  // (A long sentence may name its count well before: `Seven councils did not lodge … by the statutory deadline
  // of 31 October 2025, down from 11`.)
  // `37,412 salespersons and 1,318 agents, compared with 36,465 and 1,333`: a pair against a pair, in order.
  const paired = pairedCountNoun(text, i, p);
  if (paired) return paired;
  if (COMPARED_BEFORE_RE.test(head))
    return antecedentNoun(text, i, undefined, 240, true, inThousands(text, i, p), elidedBefore(text, chain));
  // `from 4 000 to 6 500 flats`: the start of a change counts what its end counts (`from 5 to 7 per cent`:
  // is in its unit).
  if (/\bfrom $/.test(head)) {
    TO_COUNT_AFTER_RE.lastIndex = p;
    const toCount = TO_COUNT_AFTER_RE.exec(text);
    const noun = toCount ? countNounAt(text, p + toCount[0].length) : undefined;
    if (noun) return noun;
    TO_PERCENT_AFTER_RE.lastIndex = p;
    if (TO_PERCENT_AFTER_RE.test(text)) return '%';
  }
  // `increase the Vouchers by 2 000 to 14 000`, `raise care places to 9 200`: what the change counts.
  // (Not a year, `electric buses by 2027`, nor a span, `4.5 years by 2027`.)
  const object = isYearLike(text.slice(i, p)) ? null : OBJECT_CHANGE_RE.exec(opening);
  const objectNoun = object?.[1]!.toLowerCase();
  if (objectNoun && !MEASURED_SUBJECTS.has(objectNoun) && !TIME_NOUNS.has(objectNoun)) return objectNoun;
  // `completed 4 schools in 2022-23, 19 in 2023-24 and 34 in`: a list of counts by period, one noun for all.
  const listed = PERIOD_LIST_BEFORE_RE.exec(opening);
  if (listed && PERIOD_AFTER_RE.test(text.slice(p, p + 4))) return listed[1]!.toLowerCase();
  // `84 parking spaces for private cars and 12 for …`, `420 jobs (360 for …`: parts by what they are for.
  const forPart = forPartNoun(text, i, p);
  if (forPart) return forPart;
  // `opened 46 investigations and closed 52`, `hired 97 staff and lost 64`: one noun for both verbs.
  const parallel = PARALLEL_BEFORE_RE.exec(opening);
  if (parallel) {
    const noun = countNounAt(text, i - opening.length + parallel.indices![1]![1]);
    if (noun) return noun;
  }
  // `fell to 4.1 per million hours worked, from 5.3`: the level a change started from counts what it reached.
  if (LEVEL_FROM_RE.test(text.slice(Math.max(0, i - 100), i)))
    return antecedentNoun(text, i, undefined, 160, true, inThousands(text, i, p));
  // `3,412 FTEs, up 14 from 3,398`, `561,900 individuals, up 4.4% from 538,100`, `12.6% more than the
  // 6,075 placed`: a change and the level it started from count what the sentence counted before them.
  const change = CHANGE_BEFORE_RE.exec(head);
  // (`up 3 from 2020`: a year after `from` is when, not the earlier level.)
  const written = text.slice(i, p);
  if (change && !(change[0].endsWith('from ') && isYearLike(written))) {
    const thousands = inThousands(text, i, p);
    return antecedentNoun(text, i - head.length + change.index, undefined, 160, true, thousands);
  }
  // `25.7% of pupils (2.32 million)`: the count a share stands for, in brackets after it.
  const share = SHARE_BRACKET_BEFORE_RE.exec(opening);
  if (share) return share[1]!.toLowerCase();
  // `612,408 presentations to 78 hospitals, 3.2% more than in 2024 (593,417)`: the earlier level of the count
  // compared, of like size (not the hospitals).
  if (EARLIER_LEVEL_BRACKET_RE.test(opening)) {
    const noun = comparableCountNoun(text, i, scaleDecimal(text.slice(i, p).replace(/,/g, '')));
    if (noun) return noun;
  }
  // `employed 2,846 staff (2024: 2,713), of whom 1,120`: the prior year's figure in brackets, and a part
  // introduced by `of whom`, count what the figure before the bracket counts (held-out-7).
  const bracket = PRIOR_YEAR_BEFORE_RE.exec(head) ?? PART_AFTER_BRACKET_RE.exec(head);
  if (bracket)
    return (
      antecedentNoun(text, i - head.length + bracket.index, undefined, 160, true) ??
      measureTitleNoun(text, i, p)
    );
  // (`1.25 million caregivers …, of whom roughly 410,000`: a part in thousands of a count in millions.)
  if (PART_AFTER_RE.test(head)) return antecedentNoun(text, i, undefined, 160, true, inThousands(text, i, p));
  // `57 had been completed and a further 126 were in construction`: more of what the count before counted.
  if (chain < 2 && FURTHER_BEFORE_RE.test(head)) return furtherCountUnit(text, i, chain);
  PART_OF_PRONOUN_RE.lastIndex = p;
  // (`Of the 19 decisions, 11 were reported, two of them late`: a part of a bare count counts what it counts.)
  if (PART_OF_PRONOUN_RE.test(text))
    return chain < 2 ? furtherCountUnit(text, i, chain) : antecedentNoun(text, i, undefined, 120, true);
  // `Compliance inspections completed\nTarget 3,000, Actual 3,245`: what a performance measure counts.
  const measured = measureTitleNoun(text, i, p);
  if (measured) return measured;
  // The whole in `41 of the 60`: the count it repeats, named earlier in the paragraph.
  if (PART_BEFORE_RE.test(text.slice(Math.max(0, i - 24), i)) && /^\d/.test(text.slice(i, p))) {
    const partStart = text.lastIndexOf(' of ', i);
    const value = scaleDecimal(text.slice(i, p));
    return antecedentNoun(text, text.lastIndexOf(' ', partStart - 1) + 1, value, 400, false);
  }
  // `146 contracts … Only 38 (26%) were tendered`: a part opening a clause, its noun named before.
  return clauseOpeningCountUnit(text, i, p);
}

/**
 * For a level set against a count whose own noun was left out (`42,067 …, down from 45,031`): that count's unit,
 * followed back at most two deep.
 */
function elidedBefore(
  text: string,
  chain: number,
): ((start: number, end: number) => string | undefined) | undefined {
  return chain < 2 ? (start, end) => elidedCountUnit(text, start, end, chain + 1) : undefined;
}

/**
 * `fell to 4.1 per million hours worked, from `, `fell to 7.4 per 1,000 transactions, from `: a level reached, then
 * the one it started from.
 */
const LEVEL_FROM_RE =
  /\b(?:fell|rose|dropped|declined|increased|decreased|grew|climbed) to [\d.,]+(?:[^,;:()\d]{0,50}|\s(?:at|on|by)\s[A-Z][a-z]+ \d{1,2}| per [\d,]+ [a-z][a-z ]{0,30}),(?: \d{4},)? from $/;

/** `and a further `, `another `: a number that adds to the count before it. */
const FURTHER_BEFORE_RE = /\b(?:a further|another)\s$/;
const DIGITS_G = /\d[\d,]*(?![\d,])/g;

/**
 * The noun of a count written `a further 126`: the count before it in the sentence, or, when that is
 * itself a bare number whose noun was left out (`of which 57 … and a further 126`), what it counts (a
 * chain of such numbers is followed back two deep).
 */
function furtherCountUnit(text: string, i: number, chain: number): string | undefined {
  const noun = antecedentNoun(text, i, undefined, 160, true);
  if (noun) return noun;
  const from = sentenceStart(text, i, 160);
  const window = text.slice(from, i);
  let last: RegExpExecArray | null = null;
  DIGITS_G.lastIndex = 0;
  for (let m = DIGITS_G.exec(window); m; m = DIGITS_G.exec(window))
    if (!isInAside(text, from + m.index, i)) last = m;
  if (!last) return undefined;
  const start = from + last.index;
  return elidedCountUnit(text, start, start + last[0].length, chain + 1);
}
