/** Pure helpers for the carry-over UI: a quote in its context, and the verdict order shown. */
import type { Annotation } from '../../../shared/annotations/model';
import type { CarryMeta } from '../../../shared/anchoring/carry-records';
import { carryVerdicts } from '../../../shared/anchoring/types';

export const verdictOrder = carryVerdicts;

export const carryOf = (annotation: Annotation): CarryMeta | null =>
  (annotation.meta.carry as CarryMeta | undefined) ?? null;

/** Old quote with the context it had on the earlier draft. */
export function oldContext(annotation: Annotation): { before: string; quote: string; after: string } | null {
  const carry = carryOf(annotation);
  if (!carry) return null;
  return { before: carry.previousPrefix, quote: carry.previousQuote, after: carry.previousSuffix };
}

/** The proposed place on this draft, with its context. */
export function newContext(annotation: Annotation): { before: string; quote: string; after: string } {
  return {
    before: annotation.target.prefix,
    quote: annotation.target.exact,
    after: annotation.target.suffix,
  };
}
