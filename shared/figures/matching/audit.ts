/**
 * One call that audits a draft's figures against its sources: detection (unless figures are given),
 * profiles, source matches and mismatches, consistency findings and indicators. The CLI's `check` and the
 * renderer's figures slice both call it, so they report the same thing.
 */
import { runChecks } from '../../checks/run-checks';
import type { Finding } from '../../checks/types';
import type { SourceRegion } from '../../model/source';
import { detectFigures } from '../detect';
import { findIndicators, type Indicator } from '../indicators';
import type { OutlineHeading } from '../outline';
import type { DetectedFigure } from '../types';
import { matchFigures, type FigureMatches, type MatchOptions } from './match';
import { profileFigures, type FigureProfile } from './profile';
import { sheetFigures } from './sheet-figures';
import { buildSourceIndex, type MatchSource, type SourceIndex } from './source-index';

/** A source as stored: id, name, text and regions. */
export interface AuditSource {
  id: string;
  name: string;
  text: string;
  regions: readonly SourceRegion[];
}

export interface AuditResult {
  figures: FigureProfile[];
  matches: FigureMatches[];
  findings: Finding[];
  indicators: Indicator[];
}

/** Detects a source's figures, adding spreadsheet number cells with their row labels. */
export function prepareSource(source: AuditSource, detect = detectFigures): MatchSource {
  const detected = detect(source.text);
  if (!source.regions.some((r) => r.kind === 'cell')) return { ...source, figures: detected };
  const { figures, labels } = sheetFigures(source.text, source.regions, detected);
  return { ...source, figures, labels };
}

/** Index over prepared sources; build once and reuse while the sources do not change. */
export const indexSources = (sources: readonly AuditSource[]): SourceIndex =>
  buildSourceIndex(sources.map((s) => prepareSource(s)));

export interface AuditOptions extends MatchOptions {
  /** The draft's figures when already detected (and possibly amended by the reviewer). */
  figures?: readonly DetectedFigure[];
  headings?: readonly OutlineHeading[];
  /** A prebuilt index of the sources (see `indexSources`). */
  index?: SourceIndex;
}

/** Audits `text` against `sources`. */
export function auditDraft(
  text: string,
  sources: readonly AuditSource[],
  options: AuditOptions = {},
): AuditResult {
  const figures = profileFigures(
    text,
    options.figures ?? detectFigures(text),
    options.headings ? { headings: options.headings } : {},
  );
  const index = options.index ?? indexSources(sources);
  // The index already profiled every source figure; reuse those profiles for the checks.
  const sourceFigures = [...index.byValue.values()].flat().map((entry) => entry.profile);
  return {
    figures,
    matches: matchFigures(index, figures, options),
    findings: runChecks({ text, figures, sourceFigures }),
    indicators: findIndicators(figures),
  };
}
