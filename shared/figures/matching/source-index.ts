/**
 * An index of every figure in a set of sources, built once per source set, so each draft figure is
 * looked up rather than searched for: figures are bucketed by unit family and sorted by value (a value
 * lookup is two binary searches), and their measure keys are indexed by character bigram (a measure
 * lookup touches only figures whose names share a bigram with the draft's).
 */
import type { SourceRegion } from '../../model/source';
import type { DetectedFigure } from '../types';
import { measureSimilarity, numeralsOf } from './fold';
import { sortRegions } from './locator';
import { profileFigures, type FigureProfile } from './profile';
import type { SourceReading } from './table-figures';
import type { TableLabel } from './table-records';

/** A source as matching needs it: text, regions and the figures detected in the text. */
export interface MatchSource {
  id: string;
  /** File name or URL, shown beside a match. */
  name: string;
  text: string;
  regions: readonly SourceRegion[];
  figures: readonly DetectedFigure[];
  /** Records' labels of table figures, by figure start (see ./table-records.ts). */
  labels?: ReadonlyMap<number, TableLabel>;
  /** What the source gave to match against (see ./table-figures.ts). */
  reading?: SourceReading;
  /** The figures' profiles when already computed (a prepared source kept between audits). */
  profiles?: readonly FigureProfile[];
}

export interface IndexedFigure {
  source: number;
  profile: FigureProfile;
}

interface IndexedSource {
  source: MatchSource;
  regions: SourceRegion[];
}

export interface SourceIndex {
  sources: IndexedSource[];
  /** unit family → figures sorted by value. */
  byValue: Map<string, IndexedFigure[]>;
  /**
   * `unit|numerals` → bigram → the distinct measure keys of that unit, written with those numerals, that
   * contain the bigram. Keys whose numerals differ (`第12區…` vs `第13區…`) are never alike (see
   * `measureSimilarity`), so a lookup touches only keys with the draft key's numerals. Each key is
   * added once per bigram (keys are indexed on first sight), so plain arrays hold no duplicates.
   */
  byGram: Map<string, Map<string, string[]>>;
  /** `unit|key` → figures with that measure key. */
  byKey: Map<string, IndexedFigure[]>;
  /**
   * Memo of measure-name similarities, first key → second key → similarity (a source repeats a few
   * dozen names thousands of times). Nested maps, so a lookup hashes two long-lived strings instead of
   * building and hashing a joined one.
   */
  similarity: Map<string, Map<string, number>>;
  /** Memo of distinct bigram counts per key. */
  gramCounts: Map<string, number>;
}

/** Character bigrams of a key (the key itself when it is one character). */
export function keyGrams(key: string): string[] {
  const chars = [...key];
  if (chars.length === 1) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}

/** Builds the index; cost is linear in the sources' figures. */
export function buildSourceIndex(sources: readonly MatchSource[]): SourceIndex {
  const byValue = new Map<string, IndexedFigure[]>();
  const byGram = new Map<string, Map<string, string[]>>();
  const byKey = new Map<string, IndexedFigure[]>();
  const push = (map: Map<string, IndexedFigure[]>, key: string, entry: IndexedFigure) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  const indexed = sources.map((source, s) => {
    for (const profile of source.profiles ??
      profileFigures(source.text, source.figures, source.labels ? { labels: source.labels } : {})) {
      const entry: IndexedFigure = { source: s, profile };
      push(byValue, profile.quantity.unit, entry);
      if (profile.measure && !profile.measure.ambiguous) {
        const { key } = profile.measure;
        const unitKey = `${profile.quantity.unit}|${key}`;
        if (!byKey.has(unitKey)) {
          const family = `${profile.quantity.unit}|${numeralsOf(key)}`;
          let grams = byGram.get(family);
          if (!grams) byGram.set(family, (grams = new Map()));
          for (const gram of keyGrams(key)) {
            const keys = grams.get(gram);
            if (keys) keys.push(key);
            else grams.set(gram, [key]);
          }
        }
        push(byKey, unitKey, entry);
      }
    }
    return { source, regions: sortRegions(source.regions) };
  });
  for (const list of byValue.values())
    list.sort((a, b) => a.profile.quantity.value - b.profile.quantity.value);
  return { sources: indexed, byValue, byGram, byKey, similarity: new Map(), gramCounts: new Map() };
}

/** First index in `list` (sorted by value) whose value is ≥ `value`. */
function lowerBound(list: readonly IndexedFigure[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.profile.quantity.value < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Source figures of unit family `unit` whose value lies in `[low, high]`. */
export function figuresInRange(index: SourceIndex, unit: string, low: number, high: number): IndexedFigure[] {
  const list = index.byValue.get(unit);
  if (!list) return [];
  const out: IndexedFigure[] = [];
  for (let i = lowerBound(list, low); i < list.length && list[i]!.profile.quantity.value <= high; i++) {
    out.push(list[i]!);
  }
  return out;
}

/** Distinct bigrams of a key, memoised on the index. */
function gramCount(index: SourceIndex, key: string): number {
  let n = index.gramCounts.get(key);
  if (n === undefined) {
    n = keyGrams(key).length;
    index.gramCounts.set(key, n);
  }
  return n;
}

/** Similarity of two measure keys, memoised on the index. */
export function cachedSimilarity(index: SourceIndex, a: string, b: string): number {
  let row = index.similarity.get(a);
  if (!row) index.similarity.set(a, (row = new Map()));
  let value = row.get(b);
  if (value === undefined) {
    value = measureSimilarity(a, b);
    row.set(b, value);
  }
  return value;
}

/**
 * How many of `grams` (the bigrams of `key`) each indexed key of `unit` with `key`'s numerals shares.
 * Keys with other numerals score 0 whatever their bigrams, so no positive threshold wants them.
 */
function sharedGrams(
  index: SourceIndex,
  unit: string,
  key: string,
  grams: readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  const family = index.byGram.get(`${unit}|${numeralsOf(key)}`);
  if (!family) return counts;
  for (const gram of grams) for (const k of family.get(gram) ?? []) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/**
 * Source figures of unit family `unit` whose measure key is at least `threshold` alike to `key`, with
 * that similarity. Only distinct keys sharing a bigram are compared, so the cost grows with the number of
 * distinct measure names, not of figures.
 */
export function figuresByMeasure(
  index: SourceIndex,
  unit: string,
  key: string,
  threshold: number,
): { entry: IndexedFigure; similarity: number }[] {
  // Count the distinct bigrams each candidate shares with `key`: the Dice coefficient over distinct
  // bigrams bounds the similarity closely, so keys that cannot reach the threshold are skipped without
  // computing it (a workbook repeats one stem, `第12區…`, across thousands of names).
  const grams = keyGrams(key);
  const shared = sharedGrams(index, unit, key, grams);
  const out: { entry: IndexedFigure; similarity: number }[] = [];
  for (const { key: k, similarity } of keysByMeasure(index, unit, key, threshold, shared, grams.length)) {
    for (const entry of index.byKey.get(`${unit}|${k}`) ?? []) out.push({ entry, similarity });
  }
  return out;
}

/**
 * The distinct measure keys of unit family `unit` at least `threshold` alike to `key`, most alike
 * first, with their figures (in source order) — for callers that want only the best few places.
 */
export function keysByMeasure(
  index: SourceIndex,
  unit: string,
  key: string,
  threshold: number,
  shared?: Map<string, number>,
  gramTotal?: number,
): { key: string; similarity: number; entries: IndexedFigure[] }[] {
  let counts = shared;
  let total = gramTotal;
  if (!counts || total === undefined) {
    const grams = keyGrams(key);
    total = grams.length;
    counts = sharedGrams(index, unit, key, grams);
  }
  const out: { key: string; similarity: number; entries: IndexedFigure[] }[] = [];
  for (const [k, n] of counts) {
    if ((2 * n) / (total + gramCount(index, k)) < threshold - 0.2) continue;
    const similarity = cachedSimilarity(index, key, k);
    if (similarity < threshold) continue;
    out.push({ key: k, similarity, entries: index.byKey.get(`${unit}|${k}`) ?? [] });
  }
  return out.sort((a, b) => b.similarity - a.similarity);
}
