/**
 * Sentence and clause boundaries in Chinese and English prose, found by scanning outwards from an
 * offset. A sentence ends at 。！？；, a line break, or `.`/`;`/`!`/`?` followed by a space; a clause also
 * ends at ，、：, and `,`/`:` in English. Decimal points and thousands separators are not boundaries.
 */

export interface Span {
  start: number;
  end: number;
}

// Sets of UTF-16 code units rather than characters: boundaries are tested for every character scanned
// around every figure, and `text[i]` would allocate a string for each CJK character.
const codes = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const sentenceEnders = codes('。！？；\n!?;');
const clauseEnders = codes('，、：,:（）()');
const DOT = 46;
const COMMA = 44;

const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** True when the character at `i` ends a sentence (`.` only before whitespace or at the end). */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (sentenceEnders.has(c)) return true;
  if (c === DOT) {
    if (i + 1 >= text.length) return true;
    const next = text[i + 1];
    return next === ' ' || next === '\n' || next === '"' || next === '”';
  }
  return false;
}

/** True when the character at `i` ends a clause (a sentence end, or a comma not between digits). */
function endsClause(text: string, i: number): boolean {
  if (endsSentence(text, i)) return true;
  const c = text.charCodeAt(i);
  if (!clauseEnders.has(c)) return false;
  return !(c === COMMA && i > 0 && isDigitAt(text, i - 1) && isDigitAt(text, i + 1));
}

function around(text: string, start: number, end: number, boundary: (t: string, i: number) => boolean): Span {
  let s = start;
  while (s > 0 && !boundary(text, s - 1)) s--;
  let e = end;
  while (e < text.length && !boundary(text, e)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return { start: s, end: e };
}

/** The sentence containing `[start, end)`, including its closing punctuation. */
export const sentenceAround = (text: string, start: number, end = start): Span =>
  around(text, start, end, endsSentence);

/** The clause containing `[start, end)`, including its closing punctuation. */
export const clauseAround = (text: string, start: number, end = start): Span =>
  around(text, start, end, endsClause);

/** The character that ends the clause before offset `start` (`、`, `，`, …), or undefined at a sentence start. */
export function clauseBoundaryBefore(text: string, start: number): string | undefined {
  let i = start - 1;
  while (i >= 0 && !endsClause(text, i)) i--;
  if (i < 0 || endsSentence(text, i)) return undefined;
  return text[i];
}

/**
 * A passage to show beside a match: the sentence around the span, clipped to about `radius` characters
 * either side, with an ellipsis where it was cut.
 */
export function quoteAround(text: string, start: number, end: number, radius = 40): string {
  const sentence = sentenceAround(text, start, end);
  const from = Math.max(sentence.start, start - radius);
  const to = Math.min(sentence.end, end + radius);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > sentence.start ? '…' : ''}${body}${to < sentence.end ? '…' : ''}`;
}
