/**
 * The carry-over accuracy bar on generated drafts with exact truth (./testing): drafts of the sample and
 * of two documents of our own (Simplified Chinese, English), 400 annotations of three sizes each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { carryAnnotations } from './carry';
import { sampleAnnotations } from './testing/annotation-sampler';
import { scoreCarry, type AccuracyReport } from './testing/accuracy';
import { generateDraft } from './testing/draft-generator';

const read = (...path: string[]): string => readFileSync(join(import.meta.dirname, ...path), 'utf8');
const documents = {
  sample: { text: read('..', '..', 'resources', 'samples', 'hecheng-work-report.txt'), charsPerEdit: 160 },
  'zh-Hans': { text: read('testing', 'fixtures', 'qinglin-work-report.txt'), charsPerEdit: 100 },
  en: { text: read('testing', 'fixtures', 'harbour-city-budget.txt'), charsPerEdit: 100 },
};

function measure(text: string, charsPerEdit: number): AccuracyReport[] {
  const reports: AccuracyReport[] = [];
  for (let seed = 1; seed <= 4; seed++) {
    const draft = generateDraft(text, { seed, charsPerEdit });
    const annotations = sampleAnnotations(text, 100, seed * 7);
    reports.push(scoreCarry(text, draft, annotations, carryAnnotations(text, draft.text, annotations)));
  }
  return reports;
}

const sum = (reports: AccuracyReport[], key: keyof AccuracyReport): number =>
  reports.reduce((total, r) => total + (r[key] as number), 0);

describe('carry-over accuracy on generated drafts', () => {
  const all: AccuracyReport[] = [];
  it.each(Object.entries(documents))('%s', (_, { text, charsPerEdit }) => {
    const reports = measure(text, charsPerEdit);
    all.push(...reports);
    expect(sum(reports, 'annotations')).toBeGreaterThanOrEqual(300);
    expect(sum(reports, 'falseExact')).toBe(0);
    expect(sum(reports, 'figuresOnWrongNumber')).toBe(0);
    expect(sum(reports, 'survivedRight') / sum(reports, 'survived')).toBeGreaterThanOrEqual(0.99);
    expect(sum(reports, 'deletedPlaced') / Math.max(1, sum(reports, 'deleted'))).toBeLessThanOrEqual(0.03);
  });

  it('places at least 99.5 % of surviving annotations right over all three', () => {
    expect(all.length).toBe(12);
    expect(sum(all, 'survivedRight') / sum(all, 'survived')).toBeGreaterThanOrEqual(0.995);
  });
});
