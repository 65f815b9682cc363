/**
 * Scores the consistency checks on a document with planted contradictions: each planted one names the
 * check that must find it and the text of the figure it must point at; any other finding is false.
 * Used by the test set in ./fixtures (English, Simplified and the sample with planted contradictions).
 */
import { detectFigures } from '../figures/detect';
import { profileFigures } from '../figures/matching/profile';
import { runChecks } from './run-checks';
import type { Finding, FindingKind } from './types';

export interface PlantedContradiction {
  kind: FindingKind;
  /** Text of a figure the finding must include (its first occurrence after the previous planted one). */
  figure: string;
  note?: string;
}

export interface CheckScore {
  figures: number;
  planted: number;
  found: number;
  missed: PlantedContradiction[];
  falseFindings: Finding[];
  findings: Finding[];
}

/** Runs detection, profiles and every check over `text` and compares the findings with `planted`. */
export function scoreChecks(text: string, planted: readonly PlantedContradiction[]): CheckScore {
  const figures = detectFigures(text);
  const findings = runChecks({ text, figures: profileFigures(text, figures) });
  const matchedFindings = new Set<Finding>();
  const missed: PlantedContradiction[] = [];
  for (const p of planted) {
    // The planted figure is its last occurrence: contradictions are planted after the first statement.
    const at = text.lastIndexOf(p.figure);
    if (at < 0) throw new RangeError(`Planted figure "${p.figure}" is not in the text`);
    const hits = findings.filter(
      (f) => f.kind === p.kind && f.spans.some((s) => s.start < at + p.figure.length && at < s.end),
    );
    if (hits.length === 0) missed.push(p);
    for (const h of hits) matchedFindings.add(h);
  }
  return {
    figures: figures.length,
    planted: planted.length,
    found: planted.length - missed.length,
    missed,
    falseFindings: findings.filter((f) => !matchedFindings.has(f)),
    findings,
  };
}
