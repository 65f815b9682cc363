/**
 * A total that differs from the sum of its listed parts, when the draft says they are its parts:
 * `全區共有學校50所，其中小學、初中分別為30所、15所` or `a total of 50 schools, comprising 30 primary and
 * 15 secondary`. With a bare `其中`/`of which` the parts need not be exhaustive, so only a part larger
 * than the whole is reported there.
 */
import type { FigureProfile } from '../figures/matching/profile';
import {
  formatNumber,
  intervalMath,
  intervalOf,
  overlaps,
  type Interval,
} from '../figures/matching/quantity';
import { spanOf, type Check, type Finding } from './types';

const marker = /其中|of which|comprising|consisting of|made up of|broken down into|divided into|including/gi;
const exhaustive =
  /分別|分别|respectively|comprising|consisting of|made up of|broken down into|divided into/i;
const notExhaustive = /等|etc\.?|among others|and others|such as/i;

export const checkTotals: Check = ({ text, figures }) => {
  const findings: Finding[] = [];
  const bySentence = new Map<number, FigureProfile[]>();
  for (const p of figures) {
    const list = bySentence.get(p.sentence.start);
    if (list) list.push(p);
    else bySentence.set(p.sentence.start, [p]);
  }
  for (const group of bySentence.values()) {
    const sentence = group[0]!.sentence;
    const body = text.slice(sentence.start, sentence.end);
    for (const m of body.matchAll(marker)) {
      const at = sentence.start + m.index;
      const total = group.filter((p) => p.figure.end <= at).at(-1);
      if (!total || total.quantity.unit === '%' || total.measure?.aspect === 'change') continue;
      const nextMarker = body.slice(m.index + m[0].length).search(marker);
      const stop = nextMarker < 0 ? sentence.end : at + m[0].length + nextMarker;
      const parts = group.filter(
        (p) =>
          p.figure.start > at &&
          p.figure.start < stop &&
          p.quantity.unit === total.quantity.unit &&
          (p.measure?.aspect ?? 'level') === 'level',
      );
      if (parts.length === 0) continue;
      const between = text.slice(at, parts.at(-1)!.figure.end + 1);
      const whole = intervalOf(total.quantity);
      const oversized = parts.find((p) => intervalOf(p.quantity).low > whole.high);
      const listed = exhaustive.test(between) && !notExhaustive.test(between) && parts.length >= 2;
      if (!oversized && !listed) continue;
      const sum = parts
        .map((p) => intervalOf(p.quantity))
        .reduce<Interval>(intervalMath.add, { low: 0, high: 0 });
      if (!oversized && overlaps(sum, whole)) continue;
      const sumValue = parts.reduce((s, p) => s + p.quantity.value, 0);
      const unit = total.quantity.unit;
      findings.push({
        kind: 'total',
        figures: [total.index, ...parts.map((p) => p.index)],
        spans: [spanOf(total), ...parts.map(spanOf)],
        messageKey: oversized ? 'check.partExceedsTotal' : 'check.total',
        params: {
          total: total.figure.text,
          parts: parts.map((p) => p.figure.text).join(' + '),
          sum: `${formatNumber(sumValue)} ${unit}`,
          // The sum and its unit apart, so the UI can name the unit in its own language.
          sumNumber: formatNumber(sumValue),
          unit,
          part: oversized?.figure.text ?? '',
        },
        explanation: oversized
          ? `${oversized.figure.text} is listed as part of ${total.figure.text} but is larger than it.`
          : `The parts ${parts.map((p) => p.figure.text).join(' + ')} add up to ${formatNumber(sumValue)} ${unit}, but the total is stated as ${total.figure.text}.`,
      });
    }
  }
  return findings;
};
