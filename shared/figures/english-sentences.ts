/**
 * Where English sentences and bracketed asides begin and end around a number: the bounds within which the
 * readers of elided counts look back (./english-elided.ts). Every search is bounded, never to the text's start.
 */

/** Where the number around `at` starts (`30.41` when the scan found its `41`). */
export function numberStart(text: string, at: number): number {
  let k = at;
  while (k > 0 && /[\d.,]/.test(text[k - 1]!)) k--;
  return k;
}

/** `text` without what stands in round brackets. */
export function withoutAsides(text: string): string {
  return text.replace(/\([^()]*\)/g, '');
}

/** How far back an aside's opening bracket is looked for: asides are short. */
const ASIDE_REACH = 200;

/**
 * Whether the number at `at` stands in brackets that close before `before`. Every search here is bounded
 * (as in sentenceStop and antecedentNoun): an unbounded one runs back to the start of a text without
 * brackets or full stops at every number, quadratic in its length.
 */
export function isInAside(text: string, at: number, before: number): boolean {
  if (text.slice(at, before).indexOf(')') < 0) return false;
  const back = text.slice(Math.max(0, at - ASIDE_REACH), at + 1);
  return back.lastIndexOf('(') > back.lastIndexOf(')');
}

/**
 * The last full stop from `floor` to `before` that ends a sentence: not an initial's (`C. difficile`,
 * `J. Smith`); -1 when there is none.
 */
export function sentenceStop(text: string, before: number, floor: number): number {
  const window = text.slice(floor, before + 2);
  let stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('.\n'));
  while (stop > 1 && /[A-Z]/.test(window[stop - 1]!) && !/[A-Za-z]/.test(window[stop - 2]!))
    stop = Math.max(window.lastIndexOf('. ', stop - 1), window.lastIndexOf('.\n', stop - 1));
  return stop < 0 ? -1 : floor + stop;
}

/** Where the sentence holding `at` starts, looking back at most `reach` characters. */
export function sentenceStart(text: string, at: number, reach: number): number {
  const floor = Math.max(0, at - reach);
  return Math.max(floor, sentenceStop(text, at, floor) + 1);
}
