/** Source matching and figure profiles: the public surface of shared/figures/matching. */
export { auditDraft, indexSources, prepareSource, type AuditResult, type AuditSource } from './audit';
export {
  matchFigure,
  matchFigures,
  type FigureMatches,
  type SourceMatch,
  type SourceMismatch,
} from './match';
export { formatLocator, locate, type SourceLocator } from './locator';
export { profileFigures, type FigureProfile } from './profile';
export { compareQuantities, quantityOf, type Quantity } from './quantity';
export type { Measure } from './measure';
export { buildSourceIndex, type MatchSource, type SourceIndex } from './source-index';
