/**
 * How much of an annotation's stored context still stands beside a place, counted loosely: a comma
 * switched between full and half width ("，" for ","), or a space doubled, does not end the context.
 * For judging evidence (which figure, which occurrence) only — whether the context is the *same*, which
 * decides an `exact` verdict, stays a literal comparison.
 */

/** Full-width punctuation and the half-width character drafts switch it with. */
export const halfWidthPunctuation: Readonly<Record<string, string>> = {
  '，': ',',
  '；': ';',
  '：': ':',
  '（': '(',
  '）': ')',
  '！': '!',
  '？': '?',
};

const halfWidth: Record<string, string> = { ...halfWidthPunctuation, '\u3000': ' ' };

const norm = (ch: string): string => halfWidth[ch] ?? ch;
const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

/**
 * Characters of `stored` matched by `text`, walking both from their starts (`step` 1) or their ends
 * (`step` -1): equal after width normalisation, with runs of spaces counting as one space.
 */
function keptLength(stored: string, text: string, step: 1 | -1): number {
  let i = step === 1 ? 0 : stored.length - 1;
  let j = step === 1 ? 0 : text.length - 1;
  const inStored = (k: number): boolean => k >= 0 && k < stored.length;
  const inText = (k: number): boolean => k >= 0 && k < text.length;
  let kept = 0;
  while (inStored(i) && inText(j)) {
    if (isBlank(stored[i]) && isBlank(text[j])) {
      while (inStored(i) && isBlank(stored[i])) {
        i += step;
        kept++;
      }
      while (inText(j) && isBlank(text[j])) j += step;
      continue;
    }
    if (norm(stored[i]!) !== norm(text[j]!)) break;
    i += step;
    j += step;
    kept++;
  }
  return kept;
}

/** Loosely kept characters of `prefix` before `start` and of `suffix` from `end` in `text`. */
export function looseContextKept(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): { before: number; after: number } {
  // A few characters more than stored, for doubled spaces.
  const slack = 8;
  const before = keptLength(prefix, text.slice(Math.max(0, start - prefix.length - slack), start), -1);
  const after = keptLength(suffix, text.slice(end, end + suffix.length + slack), 1);
  return { before, after };
}
