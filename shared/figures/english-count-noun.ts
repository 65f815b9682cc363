/**
 * The noun a plain English count names after its number (`146 contracts` → contracts): shared by the
 * readers of counts whose noun is left out, which look for it after another number.
 */
import { readEnglishTail } from './english';

const COUNT_UNIT_EXCLUDED = new Set(['', '%', '百分點', 'USD', 'GBP', 'EUR', 'HKD', 'TWD', 'MOP', 'SGD']);

/** The noun of a count whose number ends at `end`, when a plain count (no scale, currency or %) follows. */
export function countNounAt(text: string, end: number, scaled = false): string | undefined {
  const tail = readEnglishTail(text, end, undefined);
  if (!tail || (tail.exponent !== 0 && !scaled) || COUNT_UNIT_EXCLUDED.has(tail.unit)) return undefined;
  // Only nouns: `41 of the 60 (68 percent)` has none; a tail that reaches a time unit is still a count.
  return /^[a-z][a-z -]*$/i.test(tail.unit) ? tail.unit : undefined;
}
