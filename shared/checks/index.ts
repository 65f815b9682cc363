/** Consistency checks over a draft's figures (see ./types.ts). */
export * from './types';
export { runChecks, allChecks } from './run-checks';
export { checkRepeatedMeasure } from './repeated-measure';
export { checkShares } from './share';
export { checkGrowth } from './growth';
export { checkTotals } from './total';
