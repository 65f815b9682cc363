/**
 * Source matching: for each draft figure, the places in the sources that state the same quantity
 * (unit-aware, rounding-aware: `264億元` = `264.0亿元` = `2,640,000万元` = `26,400,000,000元`), ranked
 * by how alike the measures' names are, and the places that state the same measure with a different
 * value (mismatches). Proposals are only made when they carry information: a common small number
 * (`5家`) is proposed only where the measure's name agrees too.
 */
import { quoteAround } from './clauses';
import { locate, type SourceLocator } from './locator';
import type { Measure } from './measure';
import type { FigureProfile } from './profile';
import { compareQuantities, intervalOf } from './quantity';
import {
  cachedSimilarity,
  figuresInRange,
  keysByMeasure,
  type IndexedFigure,
  type SourceIndex,
} from './source-index';

/** A place in a source, with the figure stated there. */
export interface SourcePlace {
  sourceId: string;
  sourceName: string;
  /** Offsets of the source figure in the source's text. */
  start: number;
  end: number;
  /** The figure as the source writes it. */
  text: string;
  value: number;
  high?: number;
  unit: string;
  /** The source's name for the measure, when one was read. */
  measure?: string;
  locator: SourceLocator;
  /** The passage around the figure. */
  quote: string;
  /** Bigram similarity of the two measures' names, 0…1. */
  similarity: number;
}

export interface SourceMatch extends SourcePlace {
  agreement: 'exact' | 'rounded';
  /** Ranking score, 0…1. */
  score: number;
}

export type SourceMismatch = SourcePlace;

/** What one source says about one draft figure. */
export type SourceVerdict = { sourceId: string; sourceName: string } & (
  | { verdict: 'agrees'; match: SourceMatch; rounding: 'exact' | 'rounded' }
  | {
      verdict: 'differs';
      mismatch: SourceMismatch;
      /** Draft value − source value, and that over the source's value. */
      difference: { absolute: number; relative: number };
    }
  | { verdict: 'not-found' }
);

export interface FigureMatches {
  /** Index of the draft figure. */
  figure: number;
  matches: SourceMatch[];
  /** The differing place of each source that names the measure with another value. */
  mismatches: SourceMismatch[];
  /** Every source's verdict, in the index's source order. */
  verdicts: SourceVerdict[];
}

/** True when any source differs: the figure shows a conflict until the auditor decides. */
export const hasConflict = (m: Pick<FigureMatches, 'verdicts'>): boolean =>
  m.verdicts.some((v) => v.verdict === 'differs');

export interface MatchOptions {
  /** Most proposals kept per figure. */
  maxMatches?: number;
  /** Similarity of measure names above which a different value is a mismatch. */
  mismatchSimilarity?: number;
  /** Similarity of measure names that makes a match worth proposing whatever the value. */
  proposeSimilarity?: number;
}

const defaults: Required<MatchOptions> = { maxMatches: 5, mismatchSimilarity: 0.8, proposeSimilarity: 0.5 };

/** Significant digits a figure was stated with (`264億` → 3, `5家` → 1). */
function significantDigits(profile: FigureProfile): number {
  const { value, precision } = profile.quantity;
  if (value === 0) return 1;
  return Math.max(1, Math.floor(Math.log10(Math.abs(value) / precision) + 1e-9) + 1);
}

/** True when two measures are about the same kind of statement (level vs change, same period). */
export function comparableMeasures(a: Measure, b: Measure): boolean {
  // Two statements naming different years are about different periods, whatever else they say.
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  return (
    a.aspect === b.aspect &&
    (a.direction ?? 'up') === (b.direction ?? 'up') &&
    (a.period === 'target') === (b.period === 'target') &&
    (a.period === 'prior') === (b.period === 'prior')
  );
}

const similarityOf = (index: SourceIndex, draft: FigureProfile, entry: IndexedFigure): number =>
  draft.measure && entry.profile.measure
    ? cachedSimilarity(index, draft.measure.key, entry.profile.measure.key)
    : 0;

function place(index: SourceIndex, entry: IndexedFigure, similarity: number): SourcePlace {
  const { source, regions } = index.sources[entry.source]!;
  const { figure, quantity, measure } = entry.profile;
  const result: SourcePlace = {
    sourceId: source.id,
    sourceName: source.name,
    start: figure.start,
    end: figure.end,
    text: figure.text,
    value: figure.value,
    unit: quantity.unit,
    locator: locate(regions, figure.start),
    // A spreadsheet cell alone says only "264.3": show its row label with it.
    quote:
      measure &&
      source.text.slice(figure.start - 1, figure.start) !== measure.subject.slice(-1) &&
      isCell(regions, figure.start)
        ? `${measure.subject}: ${quoteAround(source.text, figure.start, figure.end)}`
        : quoteAround(source.text, figure.start, figure.end),
    similarity,
  };
  if (figure.high !== undefined) result.high = figure.high;
  if (measure) result.measure = measure.subject;
  return result;
}

const isCell = (regions: Parameters<typeof locate>[0], offset: number): boolean =>
  locate(regions, offset).kind === 'cell';

/** An agreeing source figure before it is turned into a place. */
interface Candidate {
  entry: IndexedFigure;
  agreement: SourceMatch['agreement'];
  similarity: number;
  score: number;
}

/** Best score first, then earlier in the source (a place's `start` is its figure's). */
const byRank = (a: Candidate, b: Candidate): number =>
  b.score - a.score || a.entry.profile.figure.start - b.entry.profile.figure.start;

/** Matches and mismatches of one draft figure. */
export function matchFigure(
  index: SourceIndex,
  draft: FigureProfile,
  options: MatchOptions = {},
): FigureMatches {
  const o = { ...defaults, ...options };
  const q = draft.quantity;
  // Look a little wider than the draft's own rounding, so a source rounded more coarsely is found too.
  const reach = Math.max(intervalOf(q).high - q.value, q.value - intervalOf(q).low, Math.abs(q.value) * 0.01);
  const window = Number.isFinite(reach) ? reach : Math.abs(q.value) * 0.01;
  const digits = significantDigits(draft);
  // Candidates are ranked first and only the kept few become places: a place quotes its sentence,
  // which costs more than all the ranking.
  const candidates: Candidate[] = [];
  const agreeing = new Set<IndexedFigure>();
  for (const entry of figuresInRange(index, q.unit, q.value - window, (q.high ?? q.value) + window)) {
    const agreement = compareQuantities(q, entry.profile.quantity);
    if (agreement !== 'exact' && agreement !== 'rounded') continue;
    agreeing.add(entry);
    const similarity = similarityOf(index, draft, entry);
    const aspectAgrees =
      !draft.measure || !entry.profile.measure || comparableMeasures(draft.measure, entry.profile.measure);
    if (similarity < o.proposeSimilarity && !(agreement === 'exact' && digits >= 3)) continue;
    const score = (agreement === 'exact' ? 1 : 0.8) * (0.4 + 0.6 * similarity) * (aspectAgrees ? 1 : 0.7);
    candidates.push({ entry, agreement, similarity, score });
  }
  candidates.sort(byRank);
  // Mismatches are looked for in every source, whatever the others say: a source that agrees never
  // hides one that differs (conflicting sources are what an auditor must see).
  const strongIn = new Set(
    candidates
      .filter((x) => x.similarity >= o.mismatchSimilarity)
      .map((x) => index.sources[x.entry.source]!.source.id),
  );
  const mismatches: SourceMismatch[] = [];
  const m = draft.measure;
  if (m && !m.ambiguous && [...m.key].length >= 2) {
    // The closest-named differing place of each source: keys come most alike first and their figures
    // in source order, so each source's first hit is its answer and the walk stops once all have one.
    const found = new Map<number, { entry: IndexedFigure; similarity: number }>();
    const open = index.sources.filter(({ source }) => !strongIn.has(source.id)).length;
    for (const { similarity, entries } of keysByMeasure(index, q.unit, m.key, o.mismatchSimilarity)) {
      if (found.size >= open) break;
      const atThisSimilarity = new Map<number, IndexedFigure>();
      for (const entry of entries) {
        if (found.has(entry.source) || atThisSimilarity.has(entry.source)) continue;
        if (strongIn.has(index.sources[entry.source]!.source.id)) continue;
        const other = entry.profile.measure!;
        if (agreeing.has(entry) || !comparableMeasures(m, other)) continue;
        if (compareQuantities(q, entry.profile.quantity) !== 'different') continue;
        atThisSimilarity.set(entry.source, entry);
      }
      for (const [s, entry] of atThisSimilarity) {
        const previous = found.get(s);
        if (!previous || entry.profile.figure.start < previous.entry.profile.figure.start)
          found.set(s, { entry, similarity });
      }
    }
    for (const c of [...found.values()].sort((a, b) => a.entry.source - b.entry.source))
      mismatches.push(place(index, c.entry, c.similarity));
  }
  const kept: SourceMatch[] = candidates
    .slice(0, o.maxMatches)
    .map(({ entry, agreement, similarity, score }) => ({
      ...place(index, entry, similarity),
      agreement,
      score,
    }));
  return {
    figure: draft.index,
    matches: kept,
    mismatches,
    verdicts: verdictsOf(index, draft, kept, mismatches, o.mismatchSimilarity),
  };
}

/**
 * Each source's verdict on a figure: `agrees` when it states the value under a like-named measure (or,
 * failing a name, the same distinctive value), `differs` when it names the measure with another value
 * (both values and the gap), `not-found` otherwise. A source with both an agreeing and a differing
 * place agrees only if the agreeing place names the measure as well as the differing one does.
 */
export function verdictsOf(
  index: SourceIndex,
  draft: FigureProfile,
  matches: readonly SourceMatch[],
  mismatches: readonly SourceMismatch[],
  strong: number,
): SourceVerdict[] {
  return index.sources.map(({ source }) => {
    const match = matches.find((x) => x.sourceId === source.id);
    const mismatch = mismatches.find((x) => x.sourceId === source.id);
    const base = { sourceId: source.id, sourceName: source.name };
    if (match && (!mismatch || match.similarity >= Math.min(strong, mismatch.similarity))) {
      return { ...base, verdict: 'agrees', match, rounding: match.agreement };
    }
    if (mismatch) {
      const absolute = draft.quantity.value - mismatch.value;
      return {
        ...base,
        verdict: 'differs',
        mismatch,
        difference: {
          absolute,
          relative: mismatch.value === 0 ? Number.POSITIVE_INFINITY : absolute / Math.abs(mismatch.value),
        },
      };
    }
    return { ...base, verdict: 'not-found' };
  });
}

/** Matches every draft figure against the index. */
export function matchFigures(
  index: SourceIndex,
  drafts: readonly FigureProfile[],
  options: MatchOptions = {},
): FigureMatches[] {
  return drafts.map((draft) => matchFigure(index, draft, options));
}
