/**
 * A share that contradicts its parts: `民生支出12.19億元，占財政支出的82.56%` when the draft also states
 * 財政支出 (or `A accounts for p% of B` in English). The part and the whole are looked up by measure name
 * among the draft's level figures of one unit (nearest statement first); the check computes A/B with the
 * rounding of both and reports only when no rounding can give the stated share.
 */
import { measureKey, measureSimilarity } from '../figures/matching/fold';
import type { FigureProfile } from '../figures/matching/profile';
import { formatNumber, intervalMath, intervalOf, overlaps } from '../figures/matching/quantity';
import { spanOf, type Check, type Finding } from './types';

/** Similarity of names that identifies a part or whole. */
const sameName = 0.85;

/**
 * Finds level figures by measure name: figures are grouped by measure key once, so a lookup compares
 * the name with each distinct key (memoised), not with every figure.
 */
export class LevelFinder {
  private readonly byKey = new Map<string, FigureProfile[]>();
  private readonly memo = new Map<string, number>();

  constructor(figures: readonly FigureProfile[]) {
    for (const p of figures) {
      const m = p.measure;
      if (!m || m.ambiguous || m.aspect !== 'level' || m.period === 'target') continue;
      const list = this.byKey.get(m.key);
      if (list) list.push(p);
      else this.byKey.set(m.key, [p]);
    }
  }

  /** The level figure naming `name` nearest before `at` (or after, if none before), or undefined. */
  find(
    name: string,
    at: number,
    accept: (p: FigureProfile) => boolean = () => true,
  ): FigureProfile | undefined {
    const key = measureKey(name);
    let best: FigureProfile | undefined;
    let bestDistance = Infinity;
    for (const [k, list] of this.byKey) {
      const memoKey = `${key}\u0000${k}`;
      let similarity = this.memo.get(memoKey);
      if (similarity === undefined) {
        similarity = measureSimilarity(k, key);
        this.memo.set(memoKey, similarity);
      }
      if (similarity < sameName) continue;
      for (const p of list) {
        if (!accept(p)) continue;
        // Prefer statements before the figure: a share usually follows the amounts it relates.
        const distance = p.figure.start <= at ? at - p.figure.start : (p.figure.start - at) * 2;
        if (distance < bestDistance) {
          best = p;
          bestDistance = distance;
        }
      }
    }
    return best;
  }
}

export const checkShares: Check = ({ figures }) => {
  const findings: Finding[] = [];
  const levels = new LevelFinder(figures);
  for (const share of figures) {
    const m = share.measure;
    if (!m || m.aspect !== 'share' || !m.part || !m.whole || share.quantity.unit !== '%') continue;
    const part = levels.find(m.part, share.figure.start);
    if (!part) continue;
    const whole = levels.find(m.whole, share.figure.start, (p) => p.quantity.unit === part.quantity.unit);
    if (!whole || whole === part) continue;
    const ratio = intervalMath.divide(intervalOf(part.quantity), intervalOf(whole.quantity));
    if (!ratio) continue;
    const computed = intervalMath.scale(ratio, 100);
    if (overlaps(computed, intervalOf(share.quantity))) continue;
    const value = (part.quantity.value / whole.quantity.value) * 100;
    findings.push({
      kind: 'share',
      figures: [part.index, whole.index, share.index].sort((a, b) => a - b),
      spans: [spanOf(part), spanOf(whole), spanOf(share)].sort((a, b) => a.start - b.start),
      messageKey: 'check.share',
      params: {
        part: m.part,
        whole: m.whole,
        partValue: part.figure.text,
        wholeValue: whole.figure.text,
        stated: share.figure.text,
        computed: `${formatNumber(value, 4)}%`,
      },
      explanation: `${m.part} ${part.figure.text} ÷ ${m.whole} ${whole.figure.text} = ${formatNumber(value, 4)}%, but the draft states ${share.figure.text}.`,
    });
  }
  return findings;
};
