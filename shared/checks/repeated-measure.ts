/**
 * The same measure stated twice with different values: `區內生產總值264億元` in one chapter and
 * `區內生產總值246億元` in another. Two statements are compared only when they name the same measure
 * (the same folded key of a distinctive name, read as a whole noun phrase: ../figures/matching/
 * measure-words.ts), for the same period (the same year — a statement that names none is about the
 * document's own year — and the same current / prior / target reading) and the same aspect (level,
 * change, share), and only when no rounding reconciles the values. The finding says which words
 * made the two statements one measure, and for which year.
 */
import { compareQuantities, formatNumber } from '../figures/matching/quantity';
import type { FigureProfile } from '../figures/matching/profile';
import { distinctiveKey, spanOf, type Check, type Finding } from './types';

/**
 * The year a document reports on: the year its non-target statements name most often (the latest on a
 * tie). Statements that name no year are about it; a plan's years are not (they are targets).
 */
export function documentYear(figures: readonly FigureProfile[]): number | undefined {
  const counts = new Map<number, number>();
  for (const p of figures) {
    const y = p.measure?.year;
    if (y !== undefined && p.measure!.period !== 'target') counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [y, n] of counts) {
    if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  }
  return best;
}

const groupKey = (p: FigureProfile, key: string, year: number | undefined): string =>
  [key, p.measure!.aspect, p.measure!.direction ?? '', p.measure!.period, p.quantity.unit, year ?? ''].join(
    '|',
  );

export const checkRepeatedMeasure: Check = ({ figures }) => {
  const reportYear = documentYear(figures);
  const groups = new Map<string, FigureProfile[]>();
  for (const p of figures) {
    const key = distinctiveKey(p);
    if (!key) continue;
    const k = groupKey(p, key, p.measure!.year ?? reportYear);
    const list = groups.get(k);
    if (list) list.push(p);
    else groups.set(k, [p]);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const first = group[0]!;
    // Report each stated value that disagrees with the first statement, once per distinct value.
    const seen = new Set<number>();
    for (const other of group.slice(1)) {
      if (other.sentence.start === first.sentence.start) continue;
      if (compareQuantities(first.quantity, other.quantity) !== 'different' || seen.has(other.quantity.value))
        continue;
      seen.add(other.quantity.value);
      const measure = first.measure!.subject;
      const year = first.measure!.year ?? reportYear;
      findings.push({
        kind: 'repeated-measure',
        figures: [first.index, other.index],
        spans: [spanOf(first), spanOf(other)],
        messageKey: 'check.repeatedMeasure',
        params: {
          measure,
          first: first.figure.text,
          second: other.figure.text,
          matchedFirst: first.measure!.subject,
          matchedSecond: other.measure!.subject,
          year: year ?? '',
        },
        explanation:
          `"${measure}" is stated as ${first.figure.text} and later as ${other.figure.text}; no rounding makes ` +
          `${formatNumber(first.quantity.value)} and ${formatNumber(other.quantity.value)} ${other.quantity.unit} agree. ` +
          `Both statements name "${first.measure!.subject}" / "${other.measure!.subject}"` +
          `${year !== undefined ? ` for ${year}` : ''}, as ${first.measure!.aspect === 'level' ? 'amounts' : first.measure!.aspect === 'change' ? 'changes' : 'shares'}.`,
      });
    }
  }
  return findings;
};
