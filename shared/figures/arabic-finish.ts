/**
 * The last step of every Arabic reader: a figure once read takes its sign (`增長-2.3%`, `為負 2.3%`) and its
 * qualifier (`約`, `more than`), or is dropped when its whole span turns out to be something else (a short
 * quoted name, a point in time, `page 3 of 12`). The Chinese numeral readers end with the same checks
 * (`acceptFound`), without the sign.
 */
import type { Found, ReadResult } from './arabic';
import { qualifierBefore } from './context';
import { beforeGap, isInShortQuote, isPageOfPages } from './exclusions';
import { isPointInTime } from './periods';

/** `增長-2.3%`, `(-0.5%)`, `(–1.6%)`: a minus sign glued to the number, after a word, space or bracket (not `1-2`). */
function isMinusSign(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  const before = text.charCodeAt(k - 1);
  // An en dash typed for a minus, in a bracketed change (`(–1.6%)`) or after a space: never after a digit.
  // (Glued to the digits: `–£180,000` after a space is the second end of a range of money.)
  if (c === 0x2013) {
    const after = text.charCodeAt(k + 1);
    return (before === 0x28 || before === 0x20) && after >= 0x30 && after <= 0x39;
  }
  if (c !== 0x2d && c !== 0x2212) return false;
  return before > 0x2e7f || before === 0x20 || before === 0x28 || before === 0x3a || before === 0x0a;
}

const NEGATIVE_AFTER = '為为呈是率幅：:，, （(及和與与、';

/** The reader's answer for `found`: signed, qualified, or none with where scanning resumes. */
export function finish(text: string, found: Found): ReadResult {
  if (found.high === undefined && isMinusSign(text, found.start - 1)) {
    found = { ...found, start: found.start - 1, value: -found.value };
  } else if (found.high === undefined) {
    // 成長率為負 2.3%: 負 (negative) before a number is its minus sign (not 正負, plus or minus).
    const k = beforeGap(text, found.start);
    const c = text.charCodeAt(k);
    // Only after a copula or a rate (`為負`, `呈負`, `增幅負`), not in a verb (`自負 3 成` is a share paid).
    if ((c === 0x8ca0 /* 負 */ || c === 0x8d1f) /* 负 */ && NEGATIVE_AFTER.includes(text[k - 1] ?? '\n')) {
      found.start = k;
      found.value = -found.value;
    }
  }
  return acceptFound(text, found);
}

/**
 * The reader's answer for a figure read in full: none, with where scanning resumes, when its whole span
 * is something else; else the figure with its qualifier. `found` must be a fresh object: the qualifier
 * is set on it rather than copied (a copy costs an object and a shape change per figure).
 */
export function acceptFound(text: string, found: Found): ReadResult {
  if (
    isInShortQuote(text, found.start, found.end) ||
    isPointInTime(text, found) ||
    isPageOfPages(text, found.start, found.unit)
  )
    return { next: found.end };
  const qualifier = found.qualifier ?? qualifierBefore(text, found.start);
  if (qualifier) found.qualifier = qualifier;
  return { found, next: found.end };
}
