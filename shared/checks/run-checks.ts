/** Runs every consistency check over a draft and returns the findings in text order. */
import { checkGrowth } from './growth';
import { checkRepeatedMeasure } from './repeated-measure';
import { checkShares } from './share';
import { checkTotals } from './total';
import type { Check, CheckInput, Finding } from './types';

export const allChecks: readonly Check[] = [checkRepeatedMeasure, checkShares, checkGrowth, checkTotals];

/** Findings of all checks, sorted by the first span they concern. */
export function runChecks(input: CheckInput, checks: readonly Check[] = allChecks): Finding[] {
  return checks
    .flatMap((check) => check(input))
    .sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
}
