import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figuresIn, type FigureSpec } from '../figures/matching/figure-fixtures';
import { profileFigures } from '../figures/matching/profile';
import type { DetectedFigure } from '../figures/types';
import { checkGrowth } from './growth';
import { checkRepeatedMeasure } from './repeated-measure';
import { runChecks } from './run-checks';
import { checkShares } from './share';
import { checkTotals } from './total';

const input = (text: string, specs: FigureSpec[], sourceText?: string, sourceSpecs?: FigureSpec[]) => ({
  text,
  figures: profileFigures(text, figuresIn(text, specs)),
  ...(sourceText && sourceSpecs
    ? { sourceFigures: profileFigures(sourceText, figuresIn(sourceText, sourceSpecs)) }
    : {}),
});

describe('checkRepeatedMeasure', () => {
  const text =
    '全年實現地區生產總值264億元，同比增長4.9%。\n……\n全區地区生产总值246億元，農業總產值14.74億元。';
  it('flags the same measure stated with two values, across scripts', () => {
    const findings = checkRepeatedMeasure(
      input(text, [
        ['264億元', 264e8, '元'],
        ['4.9%', 4.9, '%'],
        ['246億元', 246e8, '元'],
        ['14.74億元', 14.74e8, '元'],
      ]),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.figures).toEqual([0, 2]);
    expect(findings[0]!.params).toMatchObject({ first: '264億元', second: '246億元' });
  });
  it('accepts a rounded restatement and a target of the same measure', () => {
    const t =
      '實現地區生產總值264.3億元。\n地區生產總值264億元。\n二、明年工作安排\n地區生產總值達到290億元。';
    expect(
      checkRepeatedMeasure(
        input(t, [
          ['264.3億元', 264.3e8, '元'],
          ['264億元', 264e8, '元'],
          ['290億元', 290e8, '元'],
        ]),
      ),
    ).toEqual([]);
  });
  it('leaves "respectively" lists alone', () => {
    const t = '城鄉居民收入分別達到23705元、9608元。\n城鄉居民收入分別達到23705元、9608元。';
    const specs: FigureSpec[] = [
      ['23705元', 23705, '元'],
      ['9608元', 9608, '元'],
      ['23705元', 23705, '元'],
      ['9608元', 9608, '元'],
    ];
    expect(checkRepeatedMeasure(input(t, specs))).toEqual([]);
  });
});

describe('checkShares', () => {
  it('flags A 占 B 的 p% that A and B contradict, and passes one they agree with', () => {
    const bad = '全年財政支出14.8億元。民生支出12.19億元，占財政支出的72.56%。';
    const good = '全年財政支出14.8億元。民生支出12.19億元，占財政支出的82.36%。';
    const specs = (p: string, v: number): FigureSpec[] => [
      ['14.8億元', 14.8e8, '元'],
      ['12.19億元', 12.19e8, '元'],
      [p, v, '%'],
    ];
    const findings = checkShares(input(bad, specs('72.56%', 72.56)));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.params.computed).toBe('82.36%');
    expect(checkShares(input(good, specs('82.36%', 82.36)))).toEqual([]);
  });
  it('reads "A accounts for p% of B" in English', () => {
    const text =
      'Total spending was 14.8 billion yuan. Social spending of 12.19 billion yuan accounts for 62% of total spending.';
    const findings = checkShares(
      input(text, [
        ['14.8 billion yuan', 14.8e9, '元'],
        ['12.19 billion yuan', 12.19e9, '元'],
        ['62%', 62, '%'],
      ]),
    );
    expect(findings.map((f) => f.kind)).toEqual(['share']);
  });
});

describe('checkGrowth', () => {
  it('recomputes "from A to B, up p%" in one sentence', () => {
    const text = '城鎮居民人均可支配收入由21000元增加到23705元，增長22.9%。';
    const specs = (p: string, v: number): FigureSpec[] => [
      ['21000元', 21000, '元'],
      ['23705元', 23705, '元'],
      [p, v, '%'],
    ];
    const findings = checkGrowth(input(text.replace('22.9%', '22.9%'), specs('22.9%', 22.9)));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.params.computed).toBe('12.9%');
    expect(checkGrowth(input(text.replace('22.9%', '12.9%'), specs('12.9%', 12.9)))).toEqual([]);
  });
  it("uses last year's value from a source, and skips real-terms measures", () => {
    const draft = '全年社會消費品零售總額140.55億元，同比增長22.7%。地區生產總值264億元，增長14.9%。';
    const source = '上年社會消費品零售總額124.7億元。上年地區生產總值251億元。';
    const findings = checkGrowth(
      input(
        draft,
        [
          ['140.55億元', 140.55e8, '元'],
          ['22.7%', 22.7, '%'],
          ['264億元', 264e8, '元'],
          ['14.9%', 14.9, '%'],
        ],
        source,
        [
          ['124.7億元', 124.7e8, '元'],
          ['251億元', 251e8, '元'],
        ],
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.figures).toEqual([0, 1]);
    expect(findings[0]!.params).toMatchObject({ from: '124.7億元', computed: '12.7%' });
  });
  it('handles a stated fall', () => {
    const text = '公共財政收入由10.14億元下降到9.1億元，下降10.21%。';
    const specs: FigureSpec[] = [
      ['10.14億元', 10.14e8, '元'],
      ['9.1億元', 9.1e8, '元'],
      ['10.21%', 10.21, '%'],
    ];
    expect(checkGrowth(input(text, specs))).toEqual([]);
  });
});

describe('checkTotals', () => {
  it('flags an exhaustive list whose parts do not add up', () => {
    const text = '全區共有學校50所，其中小學、初中、高中分別為30所、15所、7所。';
    const findings = checkTotals(
      input(text, [
        ['50所', 50, '所'],
        ['30所', 30, '所'],
        ['15所', 15, '所'],
        ['7所', 7, '所'],
      ]),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.params.sum).toBe('52 所');
  });
  it('does not read a bare 其中 as exhaustive, but flags a part larger than the total', () => {
    const partial = '新增就業6538人，其中農村勞動力轉移就業1488人。';
    expect(
      checkTotals(
        input(partial, [
          ['6538人', 6538, '人'],
          ['1488人', 1488, '人'],
        ]),
      ),
    ).toEqual([]);
    const wrong = '新增就業1488人，其中農村勞動力轉移就業6538人。';
    const findings = checkTotals(
      input(wrong, [
        ['1488人', 1488, '人'],
        ['6538人', 6538, '人'],
      ]),
    );
    expect(findings.map((f) => f.messageKey)).toEqual(['check.partExceedsTotal']);
  });
  it('reads English "comprising"', () => {
    const text = 'A total of 120 projects, comprising 70 new and 40 continuing projects.';
    const findings = checkTotals(
      input(text, [
        ['120 projects', 120, '個'],
        ['70', 70, '個'],
        ['40', 40, '個'],
      ]),
    );
    expect(findings).toHaveLength(1);
  });
});

describe('runChecks on the sample report', () => {
  it('raises no false alarm on the labelled figures of a consistent real report', () => {
    const text = readFileSync('resources/samples/hecheng-work-report.txt', 'utf8');
    const labels = JSON.parse(
      readFileSync('shared/figures/fixtures/hecheng-work-report.figures.json', 'utf8'),
    ) as (DetectedFigure & {
      label: string;
    })[];
    const figures = labels.filter((l) => l.label === 'figure').map((l) => ({ ...l, unit: l.unit ?? '' }));
    expect(runChecks({ text, figures: profileFigures(text, figures) })).toEqual([]);
  });
});
