/**
 * Figure detection, normalisation and scoring: the public surface of shared/figures.
 * Rules: docs/figures-spec.md. Matching and checks (shared/figures/matching, shared/checks) build on
 * `detectFigures` and `normaliseQuantity`/`sameQuantity`.
 */
export type { DetectedFigure, FigureQualifier } from './types';
export { detectFigures } from './detect';
export type { NormalisedQuantity, QuantityFamily } from './normalise';
export { canonicalUnit, normaliseQuantity, sameQuantity } from './normalise';
export type { DetectionScore, LabelledSpan } from './evaluate';
export { evaluateDetection, foldUnitForScoring } from './evaluate';
export { toTraditional } from './script-fold';
