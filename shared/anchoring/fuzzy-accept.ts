/**
 * Stage 3 of carrying (./carry.ts): whether a candidate place for a changed quote is accepted, and the
 * candidate trimmed first to what the old quote could have become — in place, without new words the diff
 * mapped into its ends; found away (by seeds), without words the old quote never had.
 */
import type { AnnotationTarget } from '../annotations/model';
import { mapNewToOld, ownership } from './diff-map';
import { trim, type CarryContext, type Place } from './carry-context';
import { containment, similarity } from './similarity';

/**
 * A candidate for a changed quote, if it is not made of another passage's text and either most of the
 * old characters stand in it (the diff's word beats any score: words were inserted between them) or it
 * is similar enough. With little or none of its own text (replaced in place, or found by seeds in
 * inserted text) it must also bring its context along — a short phrase found again elsewhere is not
 * evidence of anything — unless seeds agreed on it (three, or two when it holds all of the old quote)
 * and it still holds nearly all of the old quote. `seeds` is the number of agreeing seeds, null in place.
 */
export function acceptFuzzy(
  context: CarryContext,
  target: AnnotationTarget,
  raw: Place,
  minSimilarity: number,
  seeds: number | null,
): { place: Place; similarity: number } | null {
  const place =
    seeds === null ? trimInserted(context, target, raw) : trimForeignWords(context.newText, target, raw);
  const length = place.end - place.start;
  const quoteLength = target.exact.length;
  if (length <= 0) return null;
  const own = ownership(context.map, place.start, place.end, target.start, target.end);
  // A long span is no longer the quote — unless, in place, it is nearly all of the old quote's own
  // characters with only inserted words and clauses between them (a short heading stuffed with a clause
  // is three times its length and still the heading).
  const stuffed =
    seeds === null && own.foreign === 0 && own.own >= quoteLength * 0.8 && length <= quoteLength + 96;
  if (length > quoteLength * 3 + 16 && !stuffed) return null;
  const text = context.newText.slice(place.start, place.end);
  const score = similarity(target.exact, text);
  // How much of the stored context (not the quote) stands around the candidate, 0 to 1.
  const around = (): number => contextAround(context.newText, target, place, similarity, 0, 8);
  // The same, but how much of the context still stands in order, a few words inserted or reworded
  // between it and the candidate allowed for ("1,207 more than in" → "1,207 broadly than in").
  const stands = (): number => contextAround(context.newText, target, place, containment, 16, 16);
  // Characters the diff gave to another passage are not ours to take — unless quote and context both
  // stand here nearly intact, and the diff merely lined a few of them up with look-alike text.
  if (own.foreign > length * 0.25 && !(own.foreign <= length * 0.5 && score >= 0.9 && around() >= 0.8))
    return null;
  // In place, the quote's own characters are counted over the whole mapped range: the space left after
  // "take place" → "take " is the quote's too, though the place is trimmed to "take".
  const ownHere =
    seeds === null ? ownership(context.map, raw.start, raw.end, target.start, target.end).own : 0;
  if (Math.max(own.own, ownHere) * 2 >= quoteLength) return { place, similarity: score };
  if (own.own >= quoteLength * 0.25) return score >= minSimilarity ? { place, similarity: score } : null;
  // A short quote found again is weak evidence on its own: its context must vouch for it. Context that
  // stands nearly intact on both sides within its paragraph vouches even for a quote that lost or gained
  // words ("gap with a" → "with a", "ban in no more" → "ban in no further more") in a moved paragraph.
  const short = quoteLength < 16;
  const contextShare = around();
  const needed = short ? Math.max(minSimilarity, 0.75) : minSimilarity;
  if (score >= needed && contextShare >= (short ? 0.7 : 0.5)) return { place, similarity: score };
  if (contextShare >= 0.85 && (score >= minSimilarity || containment(target.exact, text) === 1))
    return { place, similarity: score };
  if (score >= minSimilarity && stands() >= 0.9) return { place, similarity: score };
  const distinctive = quoteLength >= (/[\u3400-\u9fff]/.test(target.exact) ? 8 : 24);
  const kept = seeds !== null && distinctive ? containment(target.exact, text) : 0;
  if (seeds !== null && ((seeds >= 3 && kept >= 0.9) || (seeds >= 2 && kept === 1))) {
    return { place, similarity: score };
  }
  // A whole sentence that moved and was edited on the way: long enough that several seeds of it agreeing
  // on one place, and most of it standing there, cannot be chance.
  const long = quoteLength >= (/[\u3400-\u9fff]/.test(target.exact) ? 20 : 60);
  if (seeds !== null && long && seeds >= 4 && score >= 0.7) return { place, similarity: score };
  return null;
}

/**
 * How much of the quote's stored context stands around `place` in `text`, 0 to 1, by `measure`, looking
 * `slack` characters further on each side; 0 when that context is shorter than `minLength`. Only context
 * inside the quote's own paragraph counts: paragraphs move as units, so the end of the paragraph before
 * a moved one is no evidence against it.
 */
function contextAround(
  text: string,
  target: AnnotationTarget,
  place: Place,
  measure: (a: string, b: string) => number,
  slack: number,
  minLength: number,
): number {
  const prefix = target.prefix.slice(target.prefix.lastIndexOf('\n') + 1);
  const lineEnd = target.suffix.indexOf('\n');
  const suffix = lineEnd >= 0 ? target.suffix.slice(0, lineEnd) : target.suffix;
  const total = prefix.length + suffix.length;
  if (total < minLength) return 0;
  const before = text.slice(Math.max(0, place.start - prefix.length - slack), place.start);
  const after = text.slice(place.end, place.end + suffix.length + slack);
  return (measure(prefix, before) * prefix.length + measure(suffix, after) * suffix.length) / total;
}

/**
 * In place: the mapped range without inserted or reworded words at its ends. The diff maps a replaced
 * first or last word into the range ("more than in" → "notably than in"), but that word is new text, not
 * the quote's: the quote is what survives of it. Nothing is trimmed when nothing of the quote survives.
 */
function trimInserted(context: CarryContext, target: AnnotationTarget, raw: Place): Place {
  const place = trim(context.newText, raw);
  const own = (at: number): boolean => {
    const old = mapNewToOld(context.map, at);
    return old >= target.start && old < target.end;
  };
  let { start, end } = place;
  while (start < end && !own(start)) start++;
  while (end > start && !own(end - 1)) end--;
  if (start >= end) return place;
  // Whole words only: a revised digit ("care by 15" → "care by 18") is part of the word that survives.
  const word = (at: number): boolean => /[\p{L}\p{N}]/u.test(context.newText[at] ?? '');
  while (start > place.start && word(start - 1) && word(start)) start--;
  while (end < place.end && word(end - 1) && word(end)) end++;
  return trim(context.newText, { start, end });
}

/** A word of any script: a run of letters and digits. */
export const wordPattern = /[\p{L}\p{N}]+/gu;

/**
 * Found away from its place (by seeds), the aligned range without words at its ends that the old quote
 * never had: "The board" → "further board", where the alignment took the replacement of "The" along.
 * Nothing is trimmed when no word of the quote is left.
 */
function trimForeignWords(text: string, target: AnnotationTarget, raw: Place): Place {
  const place = trim(text, raw);
  // Chinese has no spaces between words: a "word" here would be a whole clause.
  if (/[\u3400-\u9fff]/.test(target.exact)) return place;
  const known = new Set([...target.exact.matchAll(wordPattern)].map((m) => m[0].toLowerCase()));
  // A number stands for a number: "care by 15" → "care by 18" keeps its revised figure.
  const hasNumber = [...known].some((w) => /^[0-9]+$/.test(w));
  const words = [...text.slice(place.start, place.end).matchAll(wordPattern)].map((m) => ({
    start: place.start + m.index,
    end: place.start + m.index + m[0].length,
    known: known.has(m[0].toLowerCase()) || (hasNumber && /^[0-9]+$/.test(m[0])),
  }));
  const first = words.findIndex((w) => w.known);
  if (first < 0) return place;
  let last = words.length - 1;
  while (!words[last]!.known) last--;
  // Only whole words are dropped, with what stands before the first kept one (spaces, punctuation).
  const start = first > 0 ? words[first]!.start : place.start;
  const end = last < words.length - 1 ? words[last]!.end : place.end;
  return trim(text, { start, end });
}
