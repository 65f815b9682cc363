/**
 * English numbers written in words: `twenty-five`, `three hundred and twelve`, fractions (`two-thirds`,
 * `one third`, `a quarter of`), and the list of number words the candidate scanner looks for.
 */

const ONES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const DENOMINATOR: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
};

/** Alternation of every English number word, for the candidate scanner (fraction words for `a third of`). */
export const NUMBER_WORDS = [
  ...Object.keys(ONES),
  ...Object.keys(TENS),
  'third',
  'quarter',
  'fifth',
  'tenth',
  'half',
];

/** Words after which `a tenth`, `a fifth` is a fraction with no `of`: `by`, and comparisons (`close to a third`). */
const ARTICLE_FRACTION_BEFORE_RE =
  /(?:^|[^A-Za-z])(?:by|than|about|around|nearly|almost|roughly|close to|up to) $/;
const A_FRACTION_RE = /(third|quarter|fifth|tenth) of\b/y;

/**
 * `a third of`, `a quarter of`, `by a fifth`, `more than a tenth`, `about a third`: a fraction written
 * with the article. Plain `a quarter` without `of`, `by` or a comparison before it is usually three
 * months, so it is left alone.
 */
export function readArticleFraction(
  text: string,
  index: number,
): { start: number; end: number; value: number } | undefined {
  if (text.slice(index - 2, index) !== 'a ' || /[A-Za-z]/.test(text[index - 3] ?? '')) return undefined;
  A_FRACTION_RE.lastIndex = index;
  const m = A_FRACTION_RE.exec(text);
  const word =
    m?.[1] ??
    (ARTICLE_FRACTION_BEFORE_RE.test(text.slice(Math.max(0, index - 11), index - 2))
      ? /^(third|quarter|fifth|tenth)\b/.exec(text.slice(index, index + 8))?.[1]
      : undefined);
  if (!word) return undefined;
  return { start: index - 2, end: index + word.length, value: 1 / DENOMINATOR[word]! };
}

const FRACTION_RE =
  /(one|two|three|four|five|six|seven|eight|nine|ten)(?:-\n?| )(halves|half|thirds|third|quarters|quarter|fifths|fifth|sixths|sixth|sevenths|seventh|eighths|eighth|ninths|ninth|tenths|tenth)\b/iy;
const WORD_NUMBER_RE =
  /(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?: hundred(?: and (?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)?\b/iy;

/** A fraction in words at `index` (`two-thirds` → 2/3), or undefined. */
export function readWordFraction(text: string, index: number): { end: number; value: number } | undefined {
  FRACTION_RE.lastIndex = index;
  const m = FRACTION_RE.exec(text);
  if (!m) return undefined;
  const numerator = ONES[m[1]!.toLowerCase()]!;
  const denominator = DENOMINATOR[m[2]!.toLowerCase()]!;
  if (numerator === 1 && /s$/i.test(m[2]!)) return undefined;
  return { end: index + m[0].length, value: numerator / denominator };
}

/** A number in words at `index` (`twenty-five`, `three hundred and twelve`), or undefined. */
export function readWordNumber(text: string, index: number): { end: number; value: number } | undefined {
  WORD_NUMBER_RE.lastIndex = index;
  const m = WORD_NUMBER_RE.exec(text);
  if (!m) return undefined;
  let value = 0;
  let current = 0;
  for (const part of m[0].toLowerCase().split(/[ -]/)) {
    if (part === 'and') continue;
    if (part === 'hundred') current *= 100;
    else current += ONES[part] ?? TENS[part] ?? 0;
  }
  value += current;
  return { end: index + m[0].length, value };
}

const HALF_RE = /[Hh]alf(?: of| the| its| their| our| all| a| an| that| this| these| those)?\b/y;
const NOT_HALF_BEFORE_RE = /(?:first|second|last|latter|former|other|each|the|a|and|one) $/i;

/**
 * `half the peak`, `half of all`, `cut by half`: one half as a fraction. Not `the first half`, `a half`
 * or `half-year`, which name a period or go with another number.
 */
export function readHalf(text: string, index: number): { end: number; value: number } | undefined {
  HALF_RE.lastIndex = index;
  const m = HALF_RE.exec(text);
  if (!m || text.charCodeAt(index + 4) === 0x2d /* half-year */) return undefined;
  if (NOT_HALF_BEFORE_RE.test(text.slice(Math.max(0, index - 8), index))) return undefined;
  // A bare `half` needs `of`/`the`/… after it, or `by`/`in`/`of` before it (`cut by half`, `a target of half`).
  if (m[0].length === 4 && !/(?:by|in|of) $/.test(text.slice(Math.max(0, index - 3), index)))
    return undefined;
  return { end: index + 4, value: 0.5 };
}

/** The denominator of `one in twenty-five`, `1 in 4`, `nine out of ten`: a number word (tens hyphenated), or digits. */
const IN_FRACTION_RE =
  /[ \u00a0](?:in|out of)[ \u00a0\n](?:every[ \u00a0])?((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine)\b)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|hundred|thousand|\d{1,3}(?:,\d{3})?)\b(?![-.,]\d)(?! (?:years?|months?|weeks?|days?|hours?)\b)/y;
const WORD_DENOMINATOR: Record<string, number> = { hundred: 100, thousand: 1000 };

/**
 * `two in three`, `1 in 4`, `nine out of ten`: a proportion after a number ending at `end`. Returns where the
 * denominator ends and the fraction, or undefined when the denominator is not larger.
 */
export function readInFraction(
  text: string,
  end: number,
  numerator: number,
): { end: number; value: number } | undefined {
  IN_FRACTION_RE.lastIndex = end;
  const m = IN_FRACTION_RE.exec(text);
  if (!m) return undefined;
  const word = m[1]!;
  const denominator = /^\d/.test(word)
    ? Number(word.replace(/,/g, ''))
    : (WORD_DENOMINATOR[word] ??
      word.split('-').reduce((sum, part) => sum + (ONES[part] ?? TENS[part] ?? 0), 0));
  if (!(denominator > numerator) || numerator <= 0) return undefined;
  return { end: end + m[0].length, value: numerator / denominator };
}
