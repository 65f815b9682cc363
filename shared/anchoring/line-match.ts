/**
 * Carry-over's last resort for a quote on a short line of English (a heading, a one-line paragraph):
 * find the line it became, by its words. Short lines defeat the character stages: a heading moved with
 * its section has no context of its own, and a heading stuffed with a clause ("Risks and monitoring" →
 * "Risks, despite a weaker second half, and monitoring") no longer resembles itself letter for letter,
 * so the character diff calls it deleted and inserted. Words do survive: the old line's words, in order,
 * stand in exactly one new line — or nearly all of them do and little else. A heading that a draft both
 * moves and rewords at one end ("Risks and monitoring" → "in part monitoring") keeps too few words for
 * that; it is still followed when the new line is made only of new text and of its own old line, still
 * ends (or begins) as it did, holds at least half its letters, and is not as much another old line moved.
 *
 * Only for lines without CJK (whose "words" are whole clauses) and of at most `maxLineWords` words, so
 * that the search stays cheap on a large draft. The quote's new span runs from the first to the last new
 * word paired with one of the quote's own words.
 */

export interface Place {
  start: number;
  end: number;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Words (letters and digits) of `text`, with offsets shifted by `offset`. */
function wordsOf(text: string, offset: number): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    text: m[0].toLowerCase(),
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));
}

/** Longest common subsequence of two word lists, as pairs of indices in order. */
function commonWords(a: readonly Word[], b: readonly Word[]): [number, number][] {
  const m = a.length;
  const n = b.length;
  const table = Array.from({ length: m + 1 }, () => new Uint16Array(n + 1));
  for (let i = m - 1; i >= 0; i--)
    for (let j = n - 1; j >= 0; j--)
      table[i]![j] =
        a[i]!.text === b[j]!.text
          ? table[i + 1]![j + 1]! + 1
          : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < m && j < n;) {
    if (a[i]!.text === b[j]!.text && table[i]![j] === table[i + 1]![j + 1]! + 1) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

const maxLineWords = 12;
const cjk = /[\u3400-\u9fff]/;

/** The line of `text` around offset `at` (without its line break). */
function lineAround(text: string, at: number): Line {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const stop = text.indexOf('\n', at);
  const end = stop < 0 ? text.length : stop;
  return { start, end, text: text.slice(start, end) };
}

/** The new text's lines, computed once per pair of drafts. */
export class LineIndex {
  private lines: Line[] | null = null;
  constructor(readonly text: string) {}

  /** A fresh array each call (callers may add to it). */
  all(): Line[] {
    if (!this.lines) {
      this.lines = [];
      let start = 0;
      for (const line of this.text.split('\n')) {
        if (line.trim().length > 0) this.lines.push({ start, end: start + line.length, text: line });
        start += line.length + 1;
      }
    }
    return [...this.lines];
  }
}

/**
 * How well new line `words` stands for old line `old`, given their common words `pairs`: the share of
 * words they have in common (Dice over the common subsequence). A line that begins with the old first
 * word and ends with the old last one, with at least half of the old words in order between, counts as
 * 0.6 at least, however much was inserted or reworded between (a heading stuffed with clauses).
 */
function lineScore(
  old: readonly Word[],
  words: readonly Word[],
  pairs: readonly [number, number][],
  clean: boolean,
): number {
  const dice = (2 * pairs.length) / (old.length + words.length);
  const first = pairs[0]!;
  const last = pairs[pairs.length - 1]!;
  const startsAlike = first[0] === 0 && first[1] === 0;
  const endsAlike = last[0] === old.length - 1 && last[1] === words.length - 1;
  const stuffed =
    pairs.length * 2 >= old.length && startsAlike && endsAlike && words.length <= old.length * 4 + 8;
  // A line made only of new words and words of the old line (`clean`) that still ends, or begins, as the
  // old line did, with at least half of the old line's letters on it: the old line with its other end
  // reworded ("Learning and community" → "broadly community", "The preferred programme" → "further
  // preferred again programme"). Nothing else in the old draft can claim it.
  const letters = (list: readonly Word[]): number => list.reduce((n, w) => n + w.text.length, 0);
  const reworded =
    clean &&
    (startsAlike || endsAlike) &&
    letters(pairs.map(([i]) => old[i]!)) * 2 >= letters(old) &&
    words.length <= old.length * 2 + 4;
  return stuffed || reworded ? Math.max(dice, 0.6) : dice;
}

/** Dice over the common words of two lines' words: 1 for the same words in the same order. */
function wordDice(a: readonly Word[], b: readonly Word[]): number {
  return a.length + b.length === 0 ? 0 : (2 * commonWords(a, b).length) / (a.length + b.length);
}

/**
 * Whether new line `line` may stand for old line `oldLine` with `score`: not when the diff built it out
 * of another old line that it resembles at least as much (that line moved there, not ours). Characters
 * the diff lined up with look-alike text elsewhere ("Social care" with "social care" in a sentence) are
 * no such evidence: the line they came from must itself resemble the new line.
 */
function ownedByAnother(
  oldText: string,
  originOf: (at: number) => number,
  line: Line,
  oldLine: Line,
  score: number,
): boolean {
  const words = wordsOf(line.text, line.start);
  const seen = new Set<number>();
  for (let at = line.start; at < line.end; at++) {
    const origin = originOf(at);
    if (origin < 0 || (origin >= oldLine.start && origin < oldLine.end)) continue;
    const rival = lineAround(oldText, origin);
    if (seen.has(rival.start)) continue;
    seen.add(rival.start);
    if (wordDice(wordsOf(rival.text, rival.start), words) >= score) return true;
  }
  return false;
}

/** The old text's short lines with their words, kept for the last old text seen (one carry at a time). */
let oldLinesCache: { text: string; lines: { line: Line; words: Word[] }[] } | null = null;

function shortOldLines(oldText: string): { line: Line; words: Word[] }[] {
  if (oldLinesCache?.text !== oldText) {
    const lines: { line: Line; words: Word[] }[] = [];
    let start = 0;
    for (const text of oldText.split('\n')) {
      const line = { start, end: start + text.length, text };
      start += text.length + 1;
      if (text.trim().length === 0 || cjk.test(text)) continue;
      const words = wordsOf(text, line.start);
      if (words.length <= maxLineWords * 4 + 8) lines.push({ line, words });
    }
    oldLinesCache = { text: oldText, lines };
  }
  return oldLinesCache.lines;
}

/** Whether another short old line than `oldLine` has the new line's `words` with Dice `score` or more. */
function resemblesAnotherOldLine(
  oldText: string,
  oldLine: Line,
  words: readonly Word[],
  score: number,
): boolean {
  const texts = new Set(words.map((w) => w.text));
  return shortOldLines(oldText).some(
    ({ line, words: theirs }) =>
      line.start !== oldLine.start &&
      theirs.some((w) => texts.has(w.text)) &&
      wordDice(theirs, words) >= score,
  );
}

interface Segment {
  line: Line;
  words: Word[];
  /** A stretch of a longer line, made only of new text and of the old line. */
  stretch: boolean;
}

/**
 * What of new line `line` may stand for the old line (words `old`): the line itself when it is short
 * enough, and stretches of it that begin with the old first word and end with the old last one, at the
 * line's start or end — a heading stuffed with clauses and run into the paragraph before or after it
 * ("…estate. Reserves, in line with the budget, and risks"). A stretch must be made only of new text and
 * of the old line, so that the start of a paragraph that shares the heading's words is never taken.
 */
function segmentsOf(
  line: Line,
  old: readonly Word[],
  originOf: (at: number) => number,
  oldLine: Line,
): Segment[] {
  const words = wordsOf(line.text, line.start);
  const limit = old.length * 4 + 8;
  const segments: Segment[] = words.length <= limit ? [{ line, words, stretch: false }] : [];
  const first = old[0]!.text;
  const last = old[old.length - 1]!.text;
  const add = (from: number, to: number): void => {
    if (to - from + 1 > limit || to - from + 1 < 2) return;
    const start = words[from]!.start;
    const end = words[to]!.end;
    const part = { start, end, text: line.text.slice(start - line.start, end - line.start) };
    if (fromLineOnly(originOf, part, oldLine))
      segments.push({ line: part, words: words.slice(from, to + 1), stretch: true });
  };
  const at = (offset: number): string => line.text[offset - line.start] ?? '';
  // Where the heading ends a sentence must begin, and where it begins one must have ended: otherwise
  // the stretch is the start or end of a sentence that shares the heading's words ("The proposed net
  // for 2026 is …" for a deleted "The budget for 2026").
  const sentenceStartsAt = (k: number): boolean => /\p{Lu}/u.test(at(words[k]!.start));
  const sentenceEndsBefore = (k: number): boolean =>
    /[.!?:;]/.test(line.text.slice(words[k - 1]!.end - line.start, words[k]!.start - line.start));
  // Run into the paragraph after: from the line's first word to a word like the old last one.
  if (words[0]?.text === first)
    for (let to = 1; to < Math.min(words.length - 1, limit); to++)
      if (words[to]!.text === last && sentenceStartsAt(to + 1)) add(0, to);
  // Run on from the paragraph before: from a word like the old first one to the line's last word.
  if (words[words.length - 1]?.text === last)
    for (let from = Math.max(1, words.length - limit); from < words.length - 1; from++)
      if (words[from]!.text === first && sentenceEndsBefore(from)) add(from, words.length - 1);
  return segments;
}

/** Whether every character of new line `line` is either new (inserted) or came from old line `oldLine`. */
function fromLineOnly(originOf: (at: number) => number, line: Line, oldLine: Line): boolean {
  for (let at = line.start; at < line.end; at++) {
    const origin = originOf(at);
    if (origin >= 0 && (origin < oldLine.start || origin >= oldLine.end)) return false;
  }
  return true;
}

/**
 * The quote's place on the one new line that its old line became, or null when no line, or more than one,
 * stands for it. `originOf(at)` is the old offset the diff gives new offset `at`, or -1 (inserted).
 */
export function byLine(
  oldText: string,
  lines: LineIndex,
  quote: Place,
  originOf: (at: number) => number,
  inPlace?: (oldLine: Place) => Place,
): Place | null {
  const oldLine = lineAround(oldText, quote.start);
  if (quote.end > oldLine.end || cjk.test(oldLine.text)) return null;
  const old = wordsOf(oldLine.text, oldLine.start);
  if (old.length < 2 || old.length > maxLineWords) return null;
  const inQuote = (w: Word): boolean => w.start >= quote.start && w.end <= quote.end;
  const quoteWords = old.filter(inQuote).length;
  const quoteLetters = old.filter(inQuote).reduce((n, w) => n + w.text.length, 0);
  if (quoteWords === 0) return null;
  // A cheap filter before the word alignment: the line must hold one of the old line's longer words.
  const keys = [...new Set(old.map((w) => w.text))].sort((a, b) => b.length - a.length).slice(0, 3);
  // Besides the new lines, the stretch where the diff puts the old line: a heading stuffed with clauses
  // and then run into the paragraph after it is no longer a line of its own.
  const candidates = lines.all();
  const stretch = inPlace?.(oldLine);
  if (
    stretch &&
    stretch.end > stretch.start &&
    !candidates.some((l) => l.start === stretch.start && l.end === stretch.end)
  ) {
    const text = lines.text.slice(stretch.start, stretch.end);
    if (!text.includes('\n')) candidates.push({ ...stretch, text });
  }
  // Best score per distinct place: a line and a stretch of it that give the same place are not rivals.
  const scores = new Map<string, { score: number; place: Place }>();
  for (const whole of candidates) {
    const lower = whole.text.toLowerCase();
    if (!keys.some((key) => lower.includes(key))) continue;
    for (const { line, words, stretch } of segmentsOf(whole, old, originOf, oldLine)) {
      const pairs = commonWords(old, words);
      if (pairs.length === 0) continue;
      const clean = stretch || fromLineOnly(originOf, line, oldLine);
      if (pairs.length < 2 && !clean) continue;
      const score = lineScore(old, words, pairs, clean);
      if (score < 0.6) continue;
      // Of the quote's own words, at least half (by count, or by letters) must stand on the new line.
      const own = pairs.filter(([i]) => inQuote(old[i]!));
      const ownLetters = own.reduce((n, [i]) => n + old[i]!.text.length, 0);
      const halfKept = own.length * 2 >= quoteWords || (own.length > 0 && ownLetters * 2 >= quoteLetters);
      if (!halfKept || ownedByAnother(oldText, originOf, line, oldLine, score)) continue;
      // A line the diff calls new may be another old line moved whole (a title): not ours if it is that
      // line's words at least as much as it is ours.
      if (clean && resemblesAnotherOldLine(oldText, oldLine, words, score)) continue;
      const place = { start: words[own[0]![1]]!.start, end: words[own[own.length - 1]![1]]!.end };
      const key = `${place.start}:${place.end}`;
      if ((scores.get(key)?.score ?? 0) < score) scores.set(key, { score, place });
    }
  }
  const ranked = [...scores.values()].sort((x, y) => y.score - x.score);
  const best = ranked[0];
  const second = ranked[1]?.score ?? 0;
  // Two lines that stand for it equally well: a repeated heading, not evidence of either.
  return best && best.score - second >= 0.15 ? best.place : null;
}
