/**
 * Whether a figure found away from its place (its paragraph moved) still stands in its own sentence:
 * the rest of the sentence around it, compared as a whole (words for English, character bigrams for
 * Chinese: ./dice.ts). A moved paragraph that was also edited near the figure ("booked for" → "booked
 * largely for", the sentence after it deleted) keeps too little literal context on one side, yet its
 * sentence is plainly the same one; a look-alike sentence elsewhere ("… widen to 94 megalitres a day by
 * 2040" for "… down to 110 megalitres a day by 2031") is not.
 */
import { sentenceSimilarity } from './dice';

const cjk = /[\u3400-\u9fff]/;
const ends = new Set(['.', '!', '?', ';', '。', '！', '？', '；']);

/** The sentence around [start, end) of `text`, without [start, end) itself. */
export function sentenceWithout(text: string, start: number, end: number): string {
  let from = start;
  const endsBefore = (at: number): boolean =>
    ends.has(text[at - 1]!) && (text[at - 1] !== '.' || /\s/.test(text[at] ?? ' '));
  while (from > 0 && text[from - 1] !== '\n' && !endsBefore(from)) from--;
  let to = end;
  while (to < text.length && text[to] !== '\n') {
    const ch = text[to]!;
    to++;
    if (ends.has(ch) && (to === text.length || /\s/.test(text[to]!) || ch !== '.')) break;
  }
  return `${text.slice(from, start).trim()} ${text.slice(end, to).trim()}`.trim();
}

/** Similarity (0 to 1) of the old figure's sentence and the candidate's, figures left out. */
export function figureSentenceSimilarity(
  oldText: string,
  old: { start: number; end: number },
  newText: string,
  candidate: { start: number; end: number },
): number {
  // English only: Chinese reports repeat one clause pattern ("同比下降…%，為預算調整的…%") from figure to
  // figure, so a whole-sentence likeness says little there (and Chinese carries well without it).
  if (cjk.test(oldText.slice(old.start - 16, old.end + 16))) return 0;
  const before = sentenceWithout(oldText, old.start, old.end);
  const after = sentenceWithout(newText, candidate.start, candidate.end);
  // Too little sentence to judge by (a figure alone on its line).
  if (before.length < 16 || after.length < 8) return 0;
  return sentenceSimilarity(before, after);
}
