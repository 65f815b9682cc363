/**
 * The noun of a bare count on a line of a performance measure's results (`Compliance inspections completed` /
 * `Target 3,000, Actual 3,245 (2023–24: 2,968)` → inspections), from the measure's title on the line above.
 */
import { MEASURED_SUBJECTS, TIME_NOUNS } from './english-count-noun';

/** A performance measure's line of results: `Target 3,000, Actual 3,245 (2023–24: 2,968)`, up to a number. */
const RESULT_LINE_RE = /^(?:Target|Actual|Result|Expected|Estimate)\b[^\n]{0,50}$/;
/** The first plural noun of a measure's title (`Compliance inspections completed` → inspections). */
const TITLE_NOUN_RE = /\b([A-Za-z][a-z]+[^su\W]s)\b/;

/**
 * The noun of a bare number on a line of a performance measure's results, from the measure's title on the
 * line above (`Compliance inspections completed` / `Target 3,000, Actual 3,245`); undefined elsewhere. Both
 * lines are looked for within a short window: a text without line breaks costs nothing more.
 */
export function measureTitleNoun(text: string, i: number, p: number): string | undefined {
  // A count is whole: `108.6` (percent of target, its unit on the next line) is not one.
  if (text.slice(i, p).includes('.')) return undefined;
  const before = text.slice(Math.max(0, i - 160), i);
  const lineBreak = before.lastIndexOf('\n');
  if (lineBreak < 0 || !RESULT_LINE_RE.test(before.slice(lineBreak + 1))) return undefined;
  const title = before.slice(before.lastIndexOf('\n', lineBreak - 1) + 1, lineBreak);
  const noun = TITLE_NOUN_RE.exec(title)?.[1]?.toLowerCase();
  return noun && !MEASURED_SUBJECTS.has(noun) && !TIME_NOUNS.has(noun) ? noun : undefined;
}
