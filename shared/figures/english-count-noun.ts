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

/** Spans of time: a count in them is a duration, not what a sentence counts. */
export const TIME_NOUNS: ReadonlySet<string> = new Set(
  'years year quarters quarter months month weeks week days day hours hour'.split(' '),
);

/** Plural subjects that are measured, not counted: `prices rose from 120 to 135` counts no prices. */
export const MEASURED_SUBJECTS: ReadonlySet<string> = new Set(
  (
    'prices rates costs fees levels values scores ratios wages earnings yields sales revenues returns balances ' +
    'charges rents times speeds temperatures emissions deficits surpluses incomes salaries payments tariffs ' +
    'premiums margins shares averages figures numbers totals volumes budgets spends expenses savings'
  ).split(' '),
);
