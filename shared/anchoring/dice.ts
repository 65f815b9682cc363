/**
 * A text's grams, computed once when one text is compared with many: each gram as a 32-bit code (a
 * bigram's two UTF-16 units, a word's FNV-1a hash), sorted, so two texts intersect in one merge pass.
 */
export interface Grams {
  text: string;
  codes: Uint32Array;
  size: number;
}

const sorted = (codes: number[]): Uint32Array => Uint32Array.from(codes).sort();

/** Character bigrams of `text` (see `diceSimilarity`). */
export function bigrams(text: string): Grams {
  const codes: number[] = [];
  for (let i = 0; i < text.length - 1; i++)
    codes.push(((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0);
  return { text, codes: sorted(codes), size: codes.length };
}

/** Dice similarity of two prepared gram sets (as multisets); 1 for equal texts. */
export function diceOf(a: Grams, b: Grams): number {
  if (a.text === b.text) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const x = a.codes;
  const y = b.codes;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (x[i]! === y[j]!) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return (2 * shared) / (a.size + b.size);
}

/** Dice similarity of character bigrams: a cheap, order-free "are these the same sentence?" score. */
export function diceSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  return diceOf(bigrams(a), bigrams(b));
}

const isHan = (code: number): boolean =>
  (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
const isWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 0xa3;

/**
 * The grams two sentences are compared on: words for Latin text (lower-cased, digits included) and
 * character bigrams for Chinese. Character bigrams of English ("th", "e ", "in") are shared by almost
 * any two sentences, so English sentences about different things scored as alike.
 */
export function sentenceGrams(text: string): Grams {
  const codes: number[] = [];
  let word = -1;
  let hash = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (isWordChar(code)) {
      if (word < 0) {
        word = i;
        hash = 0x811c9dc5;
      }
      // FNV-1a over the lower-cased word.
      hash = Math.imul(hash ^ (code >= 65 && code <= 90 ? code + 32 : code), 0x01000193);
      continue;
    }
    if (word >= 0) codes.push(hash >>> 0);
    word = -1;
    if (isHan(code)) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      codes.push(isHan(next) ? ((code << 16) | next) >>> 0 : code);
    }
  }
  return { text, codes: sorted(codes), size: codes.length };
}

/** Dice similarity of words (Latin) and character bigrams (Chinese): "is this the same sentence edited?" */
export function sentenceSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  return diceOf(sentenceGrams(a), sentenceGrams(b));
}
