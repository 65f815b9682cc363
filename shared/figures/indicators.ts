/**
 * Indicators: the mentions of one measure with one quantity across a draft (`區內生產總值264億元` in
 * the summary and again in a chapter). Verifying one mention can then be offered for all of them, and
 * each mention lists the others as cross-references. Mentions join when their measure keys are the same
 * (after script and synonym folding), of the same aspect and period, and their values agree up to rounding.
 */
import { compareQuantities } from './matching/quantity';
import type { FigureProfile } from './matching/profile';

export interface Indicator {
  /** Stable within one draft: the measure key, aspect and first mention's start. */
  id: string;
  /** The measure's name as first written. */
  label: string;
  /** Draft figure indices, in text order (two or more). */
  mentions: number[];
}

/** Groups the draft's figures into indicators; figures mentioned once are left out. */
export function findIndicators(figures: readonly FigureProfile[]): Indicator[] {
  const groups = new Map<string, FigureProfile[][]>();
  for (const p of figures) {
    const m = p.measure;
    if (!m || m.ambiguous || [...m.key].length < 2) continue;
    const key = [m.key, m.aspect, m.direction ?? '', m.period, p.quantity.unit].join('|');
    const clusters = groups.get(key) ?? [];
    const home = clusters.find((c) => compareQuantities(c[0]!.quantity, p.quantity) !== 'different');
    if (home) home.push(p);
    else clusters.push([p]);
    groups.set(key, clusters);
  }
  const indicators: Indicator[] = [];
  for (const [key, clusters] of groups) {
    for (const cluster of clusters) {
      if (cluster.length < 2) continue;
      indicators.push({
        id: `${key}|${cluster[0]!.figure.start}`,
        label: cluster[0]!.measure!.subject,
        mentions: cluster.map((p) => p.index),
      });
    }
  }
  return indicators.sort((a, b) => a.mentions[0]! - b.mentions[0]!);
}

/** Map from a figure index to the indicator it belongs to. */
export function indicatorOfFigure(indicators: readonly Indicator[]): Map<number, Indicator> {
  const map = new Map<number, Indicator>();
  for (const indicator of indicators) for (const i of indicator.mentions) map.set(i, indicator);
  return map;
}
