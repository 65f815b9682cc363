/**
 * Consistency findings: something in the draft (or between the draft and its sources) that cannot all
 * be true at once. Each finding names the figures it concerns (indices into the draft's figure list and
 * their spans), an i18n message key with parameters for the UI, and an English explanation for the CLI
 * and logs. Checks only report contradictions that survive rounding (interval arithmetic), so every
 * finding is worth an auditor's time.
 */
import type { FigureProfile } from '../figures/matching/profile';

export const findingKinds = ['repeated-measure', 'share', 'growth', 'total'] as const;
export type FindingKind = (typeof findingKinds)[number];

export interface FindingSpan {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  kind: FindingKind;
  /** Indices of the draft figures concerned, in text order. */
  figures: number[];
  spans: FindingSpan[];
  /** i18n key in the `figures` namespace. */
  messageKey: string;
  params: Record<string, string | number>;
  /** English, for the CLI and logs. */
  explanation: string;
}

/** What every check reads: the draft's profiled figures, and optionally figures read from sources. */
export interface CheckInput {
  text: string;
  figures: readonly FigureProfile[];
  /** Figures of the sources (profiled in their own texts); used where a check may draw on them. */
  sourceFigures?: readonly FigureProfile[];
}

export type Check = (input: CheckInput) => Finding[];

/** Span of a profiled figure, for findings. */
export const spanOf = (p: FigureProfile): FindingSpan => ({
  start: p.figure.start,
  end: p.figure.end,
  text: p.figure.text,
});

/** A usable measure key: long enough to name one thing (`投資` alone names many). */
export function distinctiveKey(p: FigureProfile): string | null {
  const m = p.measure;
  if (!m || m.ambiguous) return null;
  if (m.key === 'GDP' || [...m.key].length >= (/^[\x20-\x7e]+$/.test(m.key) ? 6 : 4)) return m.key;
  return null;
}
