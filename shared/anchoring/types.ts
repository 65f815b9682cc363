/**
 * What carrying annotations to the next draft takes and gives: one input per annotation (its target on
 * the old text, and for a figure check its value) and one result per input, in the same order. Nothing
 * is ever dropped: an annotation that cannot be placed comes back as an `orphan` with its old quote.
 */
import type { AnnotationTarget } from '../annotations/model';

/**
 * - `exact`: the same text at the place the diff maps it to, with the same context: accepted as is.
 * - `moved`: the same text, but elsewhere or with changed context (asks for confirmation when the
 *   context changed).
 * - `fuzzy`: the text itself changed; `similarity` says how much is left. Always asks for confirmation.
 * - `value-changed`: a figure check whose number changed (status back to unverified).
 * - `orphan`: not found; kept with its old quote for the reviewer to place by hand.
 */
export const carryVerdicts = ['exact', 'moved', 'fuzzy', 'value-changed', 'orphan'] as const;
export type CarryVerdict = (typeof carryVerdicts)[number];

/** How a figure check's figure fared between the drafts. */
export const figureChanges = ['unchanged', 'moved', 'reworded', 'value-changed', 'deleted'] as const;
export type FigureChange = (typeof figureChanges)[number];

export interface CarryInput {
  id: string;
  target: AnnotationTarget;
  /** Present for figure checks: they may only land on a figure of the new draft. */
  figure?: { value: number | null; unit: string };
}

/** Which stage placed it. */
export type CarryStage = 'position' | 'quote' | 'fuzzy' | 'none';

export interface CarryResult {
  id: string;
  verdict: CarryVerdict;
  stage: CarryStage;
  /** The new target on the new text; null for an orphan. */
  target: AnnotationTarget | null;
  /** 1 for identical text, lower for fuzzy placements, 0 for orphans. */
  similarity: number;
  /** Same text but the 32 characters around it changed. */
  contextChanged: boolean;
  /** Fuzzy placements and changed-context ones wait for the reviewer (confirmation queue). */
  needsConfirmation: boolean;
  /** Figure checks only. */
  figure?: {
    change: FigureChange;
    oldText: string;
    oldValue: number | null;
    newText: string | null;
    newValue: number | null;
    unit: string;
  };
}
