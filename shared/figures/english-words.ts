/**
 * English figures written in words: counts (`three new hospitals`, `twenty-five schools`), scaled
 * amounts (`two million people`) and fractions (`two-thirds`, `one third`). A bare `one` is only a
 * figure with a scale or a unit (`one million`, `one percent`), since it is usually a pronoun.
 */
import type { ReadResult } from './arabic';
import { qualifierBefore } from './context';
import { isEnglishLabelOrDate, readEnglishTail } from './english';
import { elidedCountUnit } from './english-elided';
import { isPointInTime } from './periods';
import { englishAgeAt } from './english-ages';
import {
  readArticleFraction,
  readHalf,
  readInFraction,
  readWordFraction,
  readWordNumber,
} from './english-numbers';

const HALF_A_SCALE_RE = /[Hh]alf an? (?=(?:million|billion|trillion)\b)/y;

/** Reads the figure whose number word starts at `i`. */
export function readEnglishWordsAt(text: string, i: number): ReadResult {
  const article = readArticleFraction(text, i);
  if (article) {
    // `more than a tenth`, `about a third`: the comparison before the article is its qualifier.
    const qualifier = qualifierBefore(text, article.start);
    return { found: { ...article, unit: '', ...(qualifier ? { qualifier } : {}) }, next: article.end };
  }
  HALF_A_SCALE_RE.lastIndex = i;
  const halfA = (text.charCodeAt(i) | 0x20) === 0x68 /* h */ ? HALF_A_SCALE_RE.exec(text) : null;
  if (halfA) {
    // `half a million families`: one half of the scale word, read like `0.5 million families`.
    const tail = readEnglishTail(text, i + halfA[0].length - 1, undefined);
    if (tail && tail.exponent > 0) {
      const qualifier = tail.qualifier ?? qualifierBefore(text, i);
      const value = 0.5 * 10 ** tail.exponent;
      return {
        found: { start: i, end: tail.end, value, unit: tail.unit, ...(qualifier ? { qualifier } : {}) },
        next: tail.end,
      };
    }
  }
  const fraction = readWordFraction(text, i) ?? readHalf(text, i) ?? readProportion(text, i);
  if (fraction) {
    const qualifier = qualifierBefore(text, i);
    return {
      found: {
        start: i,
        end: fraction.end,
        value: fraction.value,
        unit: '',
        ...(qualifier ? { qualifier } : {}),
      },
      next: fraction.end,
    };
  }
  const number = readWordNumber(text, i);
  // third/quarter/fifth/tenth are only candidates for `a third of`; alone they are ordinals.
  if (!number) return { next: i + 1 };
  if (text[number.end] === '-' && !/^-(?:years?|months?)\b/.test(text.slice(number.end, number.end + 7))) {
    return { next: number.end }; // one-off, two-way, three-pronged
  }
  if (isEnglishLabelOrDate(text, i, number.end)) return { next: number.end };
  const tail = readEnglishTail(text, number.end, undefined);
  if (!tail) {
    // `a child below seven`, `aged sixty and over`: an age, in years.
    const age = englishAgeAt(text, i, number.end);
    if (age) {
      const qualifier = age.qualifier ?? qualifierBefore(text, i);
      const found = { start: i, end: age.end, value: number.value, unit: '年', high: age.high };
      return { found: qualifier ? { ...found, qualifier } : found, next: age.end };
    }
    // `five findings, two of which`: a count whose noun the sentence has just named (never a bare `one`).
    const elided = number.value > 1 ? elidedCountUnit(text, i, number.end) : undefined;
    if (!elided) return { next: number.end };
    const qualifier = qualifierBefore(text, i);
    return {
      found: {
        start: i,
        end: number.end,
        value: number.value,
        unit: elided,
        ...(qualifier ? { qualifier } : {}),
      },
      next: number.end,
    };
  }
  if (number.value === 1 && tail.exponent === 0 && tail.unit !== '%') return { next: tail.end };
  const qualifier = tail.qualifier ?? qualifierBefore(text, i);
  const found = {
    start: i,
    end: tail.end,
    value: number.value * 10 ** tail.exponent,
    unit: tail.unit,
    ...(qualifier ? { qualifier } : {}),
  };
  // `two years ago`, `the first nine months`: a point or a named period of time, not a quantity.
  if (isPointInTime(text, found)) return { next: tail.end };
  return { found, next: tail.end };
}

/** `two in three`, `one in five`: a number word, `in`, and a larger number. */
function readProportion(text: string, i: number): { end: number; value: number } | undefined {
  const number = readWordNumber(text, i);
  return number ? readInFraction(text, number.end, number.value) : undefined;
}
