/**
 * A bare count that opens a clause and goes straight on to its verb: `The three authorities held 146
 * contracts … Only 38 (26%) were competitively tendered; 108 were rolled over … Nineteen, worth €24.8
 * million, had …`. The writer leaves the noun out because the paragraph has just named it: the count is
 * of the noun of the nearest count before it, in the same paragraph, that names one.
 */
import { countNounAt, TIME_NOUNS } from './english-count-noun';
import { isRateBaseAt } from './english-rates';
import { isYearLike } from './exclusions';

/**
 * The start of a sentence or clause, maybe with `Only` or `a further` before the number, or `Of these, ` (maybe
 * after a bullet); in a sentence opened by `Of these,` each later part after a comma or `and` (`, 96 were acquired`).
 */
const CLAUSE_OPENING_RE =
  /(?:^|[.;:][ \n]+|, and |(?:^|[.!?]\s+|[•▪·]\s*)Of (?:these|them|those),(?:[^.;]|\.\d)*(?:, (?:and )?| and )|(?:^|[.!?]\s+|[•▪·]\s*)Of (?:these|them|those), )(?:(?:[Oo]nly|[Jj]ust|[Aa]nother|[Aa] further) )?$/;
/** The verb right after the number, maybe after its share in brackets (`38 (26%) were`), or `, worth`. */
const VERB_AFTER_RE =
  /(?:\s\(\d[\d.]*(?:%| per ?cent)\))?(?: (?:were|was|had|have|has|lacked|did|remained|failed|met|cut|spent|paid|held|kept|lost|grew|rose|fell|saw|made|took|won|[a-z]{3,}ed)\b|, worth\b)/y;
const NUMBER_G =
  /\b(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi;
/** A verb form right after a number. */
const VERB_FIRST_RE = / [a-z]+(?:ed|ing)\b/y;
/** A count's number and plural noun, then a preposition or participle: the phrase around an inner count. */
const INNER_COUNT_BEFORE_RE =
  /\b\d[\d,]* [a-z]+s (?:in|across|over|from|at|with|housing|serving|employing|covering)(?: some| about| around| over| nearly)? $/;
const GLUED_BEFORE = '/-–.(';
const EXAMPLE_BEFORE_RE = /\b(?:including|such as|of which|of whom) $/;
/** How far back in the paragraph the count may be named. */
const REACH = 400;

/**
 * `employed 3,412 people (3,186.4 FTE), of whom 2,274 (66.6 per cent) were ongoing, 891 fixed-term and `: the
 * later parts of a list opened by `of whom`/`of which` and a verb. Each part counts what the whole counts.
 */
const PART_LIST_BEFORE_RE =
  /\bof (?:whom|which) [\d,.]+(?: \([^()]{1,30}\))? (?:were|are|was|is) [a-z-]+(?:, [\d,.]+ [a-z-]+)*(?:,? and |, )$/;

/**
 * `Of the 84,230 households owed a duty, 38,960 were owed a prevention duty (up 2.9%) and `: a later part of a
 * sentence that opened with its whole. Group 1 the whole's number.
 */
const WHOLE_OPENING_RE =
  /(?:^|[.!?]\s+|\n\n)(?:[Oo]f|[Oo]ut of) (?:the |our |its |their )?(\d{1,3}(?:,\d{3})+|\d+) [^,.;()\d]{1,60}, \d(?:[^.;]|\.(?=\d)){0,120}?\s(?:and|or) $/d;

/** The noun of a bare count from `i` to `p` that opens a clause (see the module comment), or undefined. */
export function clauseOpeningCountUnit(text: string, i: number, p: number): string | undefined {
  // The windows' regexes run only where their key words stand (most bare numbers have none near them).
  const from = Math.max(0, i - 240);
  const before = text.slice(from, i);
  if (before.includes('of wh') && PART_LIST_BEFORE_RE.test(before.slice(-120)))
    return nearestNamedCount(text, i);
  if (before.includes('f ')) {
    const whole = WHOLE_OPENING_RE.exec(before);
    if (whole) return countNounAt(text, from + whole.indices![1]![1]);
  }
  VERB_AFTER_RE.lastIndex = p;
  if (!VERB_AFTER_RE.test(text) || !CLAUSE_OPENING_RE.test(before.slice(-200))) return undefined;
  return nearestNamedCount(text, i);
}

/** The noun of the nearest count before `i` in its paragraph that names one, passing over asides. */
function nearestNamedCount(text: string, i: number): string | undefined {
  let from = Math.max(0, i - REACH);
  const paragraph = text.lastIndexOf('\n\n', i);
  if (paragraph >= from) from = paragraph + 2;
  const window = text.slice(from, i);
  const starts: Array<[number, string]> = [];
  NUMBER_G.lastIndex = 0;
  for (let m = NUMBER_G.exec(window); m; m = NUMBER_G.exec(window)) starts.push([from + m.index, m[0]]);
  for (let k = starts.length - 1; k >= 0; k--) {
    const [at, written] = starts[k]!;
    // Not a year, a base, the end of a span of years (`2019/20`), a footnote's marker glued to a word
    // (`account.1`) or a count in brackets (`(3,186.4 FTE)`, an aside about the count before it).
    if (isYearLike(written) || isRateBaseAt(text, at) || GLUED_BEFORE.includes(text[at - 1] ?? ' ')) continue;
    // `5 exceeded their budgets`: a count whose verb comes first names its noun nowhere.
    VERB_FIRST_RE.lastIndex = at + written.length;
    if (VERB_FIRST_RE.test(text)) continue;
    // `23 premises housing some 610 people; two had`: a count inside a phrase about the count before it
    // describes that count; the part is of the first.
    if (k > 0 && INNER_COUNT_BEFORE_RE.test(text.slice(Math.max(0, at - 48), at))) continue;
    // `including 41 units under Part V`: an example inside the count, not the count.
    if (EXAMPLE_BEFORE_RE.test(text.slice(Math.max(0, at - 12), at))) continue;
    const noun = countNounAt(text, at + written.length);
    if (noun && !TIME_NOUNS.has(noun)) return noun;
  }
  return undefined;
}
