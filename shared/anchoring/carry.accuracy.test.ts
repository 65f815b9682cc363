/**
 * The carry-over accuracy bar on generated drafts with exact truth (./testing): drafts of the sample and
 * of documents of our own (Simplified and Traditional Chinese, three in English), eight drafts of 100
 * annotations of three sizes each. Every document on its own must reach the bar, not only the pool.
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
  sample: {
    text: read('..', '..', 'resources', 'samples', 'hecheng-work-report.txt'),
    charsPerEdit: 160,
    floor: 0.995,
  },
  'zh-Hans': {
    text: read('testing', 'fixtures', 'qinglin-work-report.txt'),
    charsPerEdit: 100,
    floor: 0.995,
  },
  en: { text: read('testing', 'fixtures', 'harbour-city-budget.txt'), charsPerEdit: 100, floor: 0.995 },
  // Held out in round 2; round 3's fixes were found on its misses and the English document's above.
  'en (eastmoor)': {
    text: read('testing', 'fixtures', 'eastmoor-water-plan.txt'),
    charsPerEdit: 100,
    floor: 0.995,
  },
  // Written in round 3 before any result on it was seen; measured before and after round 3's first
  // fixes (98.2 % → 98.7 % over 16 drafts), then its misses were looked at too (see README).
  'en (linwood)': {
    text: read('testing', 'fixtures', 'linwood-library-annual-report.txt'),
    charsPerEdit: 100,
    floor: 0.995,
  },
  'zh-Hant (held out)': {
    text: read('testing', 'fixtures', 'nanhe-budget-report.txt'),
    charsPerEdit: 100,
    floor: 0.995,
  },
};

/** Drafts per document: eight of 100 annotations, 600+ surviving ones per document. */
const drafts = 8;

function measure(text: string, charsPerEdit: number): AccuracyReport[] {
  const reports: AccuracyReport[] = [];
  for (let seed = 1; seed <= drafts; seed++) {
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
  it.each(Object.entries(documents))('%s', (_, { text, charsPerEdit, floor }) => {
    const reports = measure(text, charsPerEdit);
    all.push(...reports);
    expect(sum(reports, 'annotations')).toBeGreaterThanOrEqual(drafts * 100);
    expect(sum(reports, 'falseExact')).toBe(0);
    expect(sum(reports, 'figuresOnWrongNumber')).toBe(0);
    expect(sum(reports, 'survivedRight') / sum(reports, 'survived')).toBeGreaterThanOrEqual(floor);
    expect(sum(reports, 'deletedPlaced') / Math.max(1, sum(reports, 'deleted'))).toBeLessThanOrEqual(0.03);
  });

  it('places at least 99.5 % of surviving annotations right over all of them', () => {
    expect(all.length).toBe(drafts * Object.keys(documents).length);
    expect(sum(all, 'survivedRight') / sum(all, 'survived')).toBeGreaterThanOrEqual(0.995);
  });
});
