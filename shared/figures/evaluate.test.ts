/// <reference types="vite/client" />
/**
 * Accuracy on every labelled document in ./fixtures (the bundled sample plus Traditional, Simplified and
 * English documents written from docs/figures-spec.md), and the scoring rules themselves.
 */
import { describe, expect, it } from 'vitest';
import { detectFigures } from './detect';
import type { LabelledSpan } from './evaluate';
import { evaluateDetection, foldUnitForScoring } from './evaluate';
import yuanLabels from './fixtures/executive-yuan-budget.figures.json';
import yuanText from './fixtures/executive-yuan-budget.txt?raw';
import hongkongLabels from './fixtures/hongkong-budget-speech.figures.json';
import hongkongText from './fixtures/hongkong-budget-speech.txt?raw';
import hechengLabels from './fixtures/hecheng-work-report.figures.json';
import hechengText from './fixtures/hecheng-work-report.txt?raw';
import jiangbeiLabels from './fixtures/jiangbei-work-report.figures.json';
import jiangbeiText from './fixtures/jiangbei-work-report.txt?raw';
import nanlingLabels from './fixtures/nanling-province-work-report.figures.json';
import nanlingText from './fixtures/nanling-province-work-report.txt?raw';
import bulletinLabels from './fixtures/public-finance-bulletin.figures.json';
import bulletinText from './fixtures/public-finance-bulletin.txt?raw';
import springLabels from './fixtures/spring-budget-speech.figures.json';
import springText from './fixtures/spring-budget-speech.txt?raw';
import budgetLabels from './fixtures/state-budget-summary.figures.json';
import budgetText from './fixtures/state-budget-summary.txt?raw';
import taichungLabels from './fixtures/taichung-policy-report.figures.json';
import taichungText from './fixtures/taichung-policy-report.txt?raw';
import type { DetectedFigure } from './types';
import xiangjiangLabels from './fixtures/xiangjiang-statistical-communique.figures.json';
import xiangjiangText from './fixtures/xiangjiang-statistical-communique.txt?raw';

const documents: Array<{ name: string; text: string; labels: LabelledSpan[] }> = [
  {
    name: 'hecheng-work-report (Traditional, sample)',
    text: hechengText,
    labels: hechengLabels as LabelledSpan[],
  },
  {
    name: 'taichung-policy-report (Traditional, Taiwan)',
    text: taichungText,
    labels: taichungLabels as LabelledSpan[],
  },
  { name: 'jiangbei-work-report (Simplified)', text: jiangbeiText, labels: jiangbeiLabels as LabelledSpan[] },
  { name: 'state-budget-summary (English)', text: budgetText, labels: budgetLabels as LabelledSpan[] },
  {
    name: 'nanling-province-work-report (Simplified, provincial)',
    text: nanlingText,
    labels: nanlingLabels as LabelledSpan[],
  },
  {
    name: 'hongkong-budget-speech (Traditional, Hong Kong)',
    text: hongkongText,
    labels: hongkongLabels as LabelledSpan[],
  },
  {
    name: 'public-finance-bulletin (English, statistical)',
    text: bulletinText,
    labels: bulletinLabels as LabelledSpan[],
  },
  {
    name: 'executive-yuan-budget (Traditional, Taiwan central budget)',
    text: yuanText,
    labels: yuanLabels as LabelledSpan[],
  },
  {
    name: 'xiangjiang-statistical-communique (Simplified, statistics)',
    text: xiangjiangText,
    labels: xiangjiangLabels as LabelledSpan[],
  },
  { name: 'spring-budget-speech (English, UK)', text: springText, labels: springLabels as LabelledSpan[] },
];

describe('labelled documents', () => {
  it.each(documents)('$name: labels are consistent with the text', ({ text, labels }) => {
    expect(labels.filter((l) => l.label === 'figure').length).toBeGreaterThanOrEqual(60);
    for (const label of labels) expect(text.slice(label.start, label.end)).toBe(label.text);
  });

  it.each(documents)('$name: precision and recall ≥ 0.97', ({ name, text, labels }) => {
    const score = evaluateDetection(detectFigures(text), labels);
    const line = `${name}: P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} F1=${score.f1.toFixed(3)} (tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})`;
    console.log(line);
    const context = (s: number, e: number): string =>
      text.slice(Math.max(0, s - 6), e + 6).replace(/\n/g, ' ');
    const problems = [
      ...score.wrong.map(
        (w) => `FP ${context(w.figure.start, w.figure.end)} → ${w.figure.value} ${w.figure.unit}`,
      ),
      ...score.missed.map((m) => `FN ${context(m.start, m.end)} (${m.value} ${m.unit ?? ''})`),
    ];
    expect(score.precision, problems.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(score.recall, problems.join('\n')).toBeGreaterThanOrEqual(0.97);
  });
});

describe('evaluateDetection', () => {
  const figure = (
    start: number,
    end: number,
    value: number,
    unit: string,
    high?: number,
  ): DetectedFigure => ({
    start,
    end,
    text: 'x'.repeat(end - start),
    value,
    unit,
    ...(high !== undefined ? { high } : {}),
  });
  const label = (
    start: number,
    end: number,
    kind: LabelledSpan['label'],
    value?: number,
    unit?: string,
  ): LabelledSpan => ({
    start,
    end,
    text: 'x'.repeat(end - start),
    label: kind,
    ...(value !== undefined ? { value } : {}),
    ...(unit !== undefined ? { unit } : {}),
  });

  it('counts an overlapping span with the right value and unit as a true positive, even a character off', () => {
    const score = evaluateDetection(
      [figure(10, 16, 26400000000, '元')],
      [label(10, 15, 'figure', 26400000000, '元')],
    );
    expect(score).toMatchObject({
      truePositives: 1,
      falsePositives: 0,
      falseNegatives: 0,
      precision: 1,
      recall: 1,
    });
  });

  it('counts a wrong multiplier as both a false positive and a false negative', () => {
    const score = evaluateDetection([figure(0, 5, 264, '元')], [label(0, 5, 'figure', 26400000000, '元')]);
    expect(score).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
  });

  it('requires high to match for ranges', () => {
    const labels = [{ ...label(0, 4, 'figure', 3, '%'), high: 5 }];
    expect(evaluateDetection([figure(0, 4, 3, '%')], labels).truePositives).toBe(0);
    expect(evaluateDetection([figure(0, 4, 3, '%', 5)], labels).truePositives).toBe(1);
  });

  it('ignores spans labelled either, and counts a hit on a "not" span as a false positive', () => {
    const score = evaluateDetection(
      [figure(0, 2, 3, '年'), figure(5, 10, 2014, '年')],
      [label(0, 2, 'either', 3, '年'), label(5, 10, 'not')],
    );
    expect(score).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 0 });
  });

  it('folds Simplified units and plain English names before comparing', () => {
    expect(foldUnitForScoring('亩')).toBe('畝');
    expect(foldUnitForScoring('个百分点')).toBe('百分點');
    expect(foldUnitForScoring('percent')).toBe('%');
    expect(foldUnitForScoring('years')).toBe('年');
    const score = evaluateDetection([figure(0, 4, 3, 'percent')], [label(0, 4, 'figure', 3, '%')]);
    expect(score.truePositives).toBe(1);
  });
});

describe('English names of units of measure fold to the Chinese unit for scoring', () => {
  it.each<[string, string]>([
    ['metres', '米'],
    ['kilometres', '公里'],
    ['square metres', '平方米'],
    ['hectares', '公頃'],
    ['tonnes', '噸'],
    ['hours', '小時'],
  ])('%s = %s', (english, chinese) => expect(foldUnitForScoring(english)).toBe(foldUnitForScoring(chinese)));

  it('keeps abbreviations that end in s apart from their singular', () => {
    expect(foldUnitForScoring('Mbps')).toBe('Mbps');
    expect(foldUnitForScoring('ms')).toBe('ms');
  });
});
