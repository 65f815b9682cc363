/**
 * The anchoring strategy of the Hypothesis client (src/annotator/anchoring/match-quote.ts), as the
 * baseline for carry-over: exact `indexOf` matches first, else approximate matches (Myers' bit-vector,
 * npm approx-string-match) with up to half the quote's length in errors; each match scored with weights
 * quote 50, prefix 20, suffix 20, position 2 against the 32 characters of stored context.
 */
import search from 'approx-string-match';
import type { AnnotationTarget } from '../shared/annotations/model';

interface Match {
  start: number;
  end: number;
  errors: number;
}

function find(text: string, quote: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    exact.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return exact.length > 0 ? exact : search(text, quote, maxErrors);
}

function textMatchScore(text: string, quote: string): number {
  if (quote.length === 0 || text.length === 0) return 0;
  const matches = find(text, quote, quote.length);
  return 1 - (matches[0]?.errors ?? quote.length) / quote.length;
}

/** Hypothesis's matchQuote with the stored position as hint; null when nothing is close enough. */
export function hypothesisMatch(
  text: string,
  target: AnnotationTarget,
): { start: number; end: number } | null {
  const quote = target.exact;
  const matches = find(text, quote, Math.min(256, quote.length / 2));
  if (matches.length === 0) return null;
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of matches) {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = target.prefix
      ? textMatchScore(text.slice(Math.max(0, m.start - target.prefix.length), m.start), target.prefix)
      : 1;
    const suffixScore = target.suffix
      ? textMatchScore(text.slice(m.end, m.end + target.suffix.length), target.suffix)
      : 1;
    const posScore = 1 - Math.abs(m.start - target.start) / text.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best;
}
