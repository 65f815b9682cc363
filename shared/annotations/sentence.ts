/**
 * The sentence around an offset in a version's plain text, for "select the whole sentence" (a claim is
 * usually one sentence). Handles Chinese (。！？； and their ASCII twins after CJK, line ends) and English
 * (. ! ? followed by a space, except in abbreviations such as "e.g.", "U.S.", "Dr." and in numbers
 * such as 4.9). Closing quotes and brackets after a terminator belong to the sentence.
 */

/** Half-open range of plain-text offsets. */
export interface TextRange {
  start: number;
  end: number;
}

const cjkTerminators = new Set(['。', '！', '？', '；', '…']);
const latinTerminators = new Set(['.', '!', '?']);
const closers = new Set(['」', '』', '）', ')', '"', "'", '”', '’', '】', '》', '〉', ']']);
const abbreviations = new Set(
  [
    'e.g',
    'i.e',
    'etc',
    'vs',
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'st',
    'no',
    'fig',
    'approx',
    'inc',
    'ltd',
    'co',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'cf',
    'al',
    'p',
    'pp',
  ].map((word) => word.toLowerCase()),
);

const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\t' || char === '\u3000';
const isWhitespace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

/** The word (letters and inner dots) that ends just before `index`, lowercased. */
function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && /[A-Za-z.]/.test(text[start - 1]!)) start--;
  return text.slice(start, index).toLowerCase();
}

/** Whether the '.' at `index` ends an English sentence. */
function periodEndsSentence(text: string, index: number): boolean {
  let after = index + 1;
  while (closers.has(text[after]!)) after++;
  if (after >= text.length || text[after] === '\n') return true;
  // "4.9", "example.com", "e.g.x": a period not followed by a space is inside a token.
  if (!isSpace(text[after])) return false;
  let next = after;
  while (isSpace(text[next])) next++;
  // "approx. five": a lowercase continuation is the same sentence.
  if (/[a-z]/.test(text[next] ?? '')) return false;
  const word = wordBefore(text, index);
  if (abbreviations.has(word.replace(/\.$/, ''))) return false;
  // Dotted initialisms ("U.S.", "U.N.", "J.") read as abbreviations mid-sentence.
  if (/^([a-z]\.)*[a-z]$/.test(word)) return false;
  return true;
}

/** If a sentence ends at the terminator at `index`, the offset just after it (closers included); else -1. */
function sentenceEndAt(text: string, index: number): number {
  const char = text[index]!;
  let isEnd = false;
  if (cjkTerminators.has(char)) isEnd = true;
  else if (char === '!' || char === '?') isEnd = after(text, index);
  else if (char === '.') isEnd = periodEndsSentence(text, index);
  if (!isEnd) return -1;
  let end = index + 1;
  // A run of terminators ("?!", "……") ends together, then closing quotes/brackets.
  while (end < text.length && (cjkTerminators.has(text[end]!) || latinTerminators.has(text[end]!))) end++;
  while (end < text.length && closers.has(text[end]!)) end++;
  return end;
}

/** '!' and '?' end a sentence before whitespace, a closer, the end, or in CJK text directly. */
function after(text: string, index: number): boolean {
  const next = text[index + 1];
  if (next === undefined || isWhitespace(next) || closers.has(next)) return true;
  return /[\u3000-\u9fff\uf900-\ufaff]/.test(next);
}

/**
 * The sentence containing the character at `offset`, trimmed of surrounding whitespace. Whitespace
 * between two sentences belongs to the one before it; an offset at a line end belongs to the line's
 * last sentence. Null when the offset sits on a blank line. Cost: one pass over the offset's line.
 */
export function sentenceAt(text: string, offset: number): TextRange | null {
  if (offset < 0 || offset > text.length) {
    throw new RangeError(`Offset ${offset} outside of text of length ${text.length}`);
  }
  const lineStart = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const lineEnd = newline === -1 ? text.length : newline;
  let start = lineStart;
  let end = lineEnd;
  for (let index = lineStart; index < lineEnd; index++) {
    const char = text[index]!;
    if (!cjkTerminators.has(char) && !latinTerminators.has(char)) continue;
    const sentenceEnd = Math.min(sentenceEndAt(text, index), lineEnd);
    if (sentenceEnd < 0) continue;
    let next = sentenceEnd;
    while (next < lineEnd && isWhitespace(text[next])) next++;
    if (next > offset || next >= lineEnd) {
      end = sentenceEnd;
      break;
    }
    start = next;
    index = next - 1;
  }
  while (start < end && isWhitespace(text[start])) start++;
  while (end > start && isWhitespace(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}
