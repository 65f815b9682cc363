/**
 * The same measure stated twice with different values: `區內生產總值264億元` in one chapter and
 * `區內生產總值246億元` in another. Only exact measure keys of a distinctive name, the same aspect
 * (level, change, share) and the same period are compared, and only values that no rounding reconciles.
 */
import { compareQuantities, formatNumber } from '../figures/matching/quantity';
import type { FigureProfile } from '../figures/matching/profile';
import { distinctiveKey, spanOf, type Check, type Finding } from './types';

const groupKey = (p: FigureProfile, key: string): string =>
  [key, p.measure!.aspect, p.measure!.direction ?? '', p.measure!.period, p.quantity.unit].join('|');

export const checkRepeatedMeasure: Check = ({ figures }) => {
  const groups = new Map<string, FigureProfile[]>();
  for (const p of figures) {
    const key = distinctiveKey(p);
    if (!key) continue;
    const k = groupKey(p, key);
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
      findings.push({
        kind: 'repeated-measure',
        figures: [first.index, other.index],
        spans: [spanOf(first), spanOf(other)],
        messageKey: 'check.repeatedMeasure',
        params: { measure, first: first.figure.text, second: other.figure.text },
        explanation: `"${measure}" is stated as ${first.figure.text} and later as ${other.figure.text}; no rounding makes ${formatNumber(first.quantity.value)} and ${formatNumber(other.quantity.value)} ${other.quantity.unit} agree.`,
      });
    }
  }
  return findings;
};
