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
import type { SheetMerge } from './table-grid';
import { sourceFigures, type SourceReading } from './table-figures';
import { buildSourceIndex, type MatchSource, type SourceIndex } from './source-index';

/** A source as stored: id, name, text and regions. */
export interface AuditSource {
  id: string;
  name: string;
  text: string;
  regions: readonly SourceRegion[];
  /** Merged cell ranges of spreadsheet sources. */
  merges?: readonly SheetMerge[];
}

export interface AuditResult {
  figures: FigureProfile[];
  matches: FigureMatches[];
  findings: Finding[];
  indicators: Indicator[];
  /** The source index the figures were matched against (reuse it while the sources stay the same). */
  index: SourceIndex;
}

/** Detects a source's figures and reads its tables as records (./table-figures.ts). */
export function prepareSource(source: AuditSource, detect = detectFigures): MatchSource {
  const { figures, labels, reading } = sourceFigures(
    source.text,
    source.regions,
    detect(source.text),
    source.merges,
  );
  return { ...source, figures, labels, reading };
}

/** What each source gave to match against, by source id (see `SourceReading`). */
export const sourceReadings = (index: SourceIndex): Map<string, SourceReading> =>
  new Map(
    index.sources.flatMap(({ source }) => (source.reading ? [[source.id, source.reading] as const] : [])),
  );

/**
 * Prepared sources (figures detected, tables read, every figure profiled) kept by source id while the
 * source's text stays the same, so attaching a second source, or auditing another draft, never reads
 * the first again. A source's text never changes once stored; the check is for ids reused by tests.
 */
const prepared = new Map<string, { text: string; regions: number; source: MatchSource }>();
const preparedLimit = 16;

/** The prepared source, from the cache when its id and text are the ones prepared before. */
function preparedSource(source: AuditSource): MatchSource {
  const hit = prepared.get(source.id);
  if (hit && hit.regions === source.regions.length && hit.text === source.text) return hit.source;
  const ready = prepareSource(source);
  const profiles = profileFigures(ready.text, ready.figures, ready.labels ? { labels: ready.labels } : {});
  const entry = { text: source.text, regions: source.regions.length, source: { ...ready, profiles } };
  prepared.delete(source.id);
  prepared.set(source.id, entry);
  // Oldest first: a Map iterates in insertion order, and a hit is not re-inserted (sources are few).
  while (prepared.size > preparedLimit) prepared.delete(prepared.keys().next().value!);
  return entry.source;
}

/** Forgets every prepared source (benches measuring a first audit). */
export const forgetPreparedSources = (): void => prepared.clear();

/** Index over the sources, each prepared once (see `preparedSource`); reuse while they do not change. */
export const indexSources = (sources: readonly AuditSource[]): SourceIndex =>
  buildSourceIndex(sources.map(preparedSource));

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
    index,
  };
}
