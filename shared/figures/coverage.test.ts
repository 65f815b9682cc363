import { describe, expect, it } from 'vitest';
import { computeCoverage, rollUp } from './coverage';
import { headingsFromText } from './outline';
import { buildLegend } from './statuses';

const text = '報告\n一、工作回顧\n甲100億元。\n(一)產業\n乙5家。丙6個。\n二、工作安排\n丁9%。';

describe('coverage', () => {
  const headings = headingsFromText(text);
  it('reads numbered headings from plain text', () => {
    expect(headings.map((h) => [h.title, h.level])).toEqual([
      ['一、工作回顧', 1],
      ['(一)產業', 2],
      ['二、工作安排', 1],
    ]);
  });

  it('counts figures by status group and open threads per section', () => {
    const at = (s: string) => text.indexOf(s);
    const sections = computeCoverage(
      text.length,
      headings,
      [
        { start: at('100'), status: 'verified' },
        { start: at('5家'), status: 'unverified', openConflict: true },
        { start: at('6個'), status: 'definition-differs' },
        { start: at('9%'), status: 'custom:gone' },
      ],
      [
        { start: at('乙'), resolved: false },
        { start: at('丁'), resolved: true },
      ],
      buildLegend(),
    );
    expect(sections.map((s) => s.title)).toEqual(['', '一、工作回顧', '(一)產業', '二、工作安排']);
    expect(sections[2]!.figures).toEqual({ unverified: 1, verified: 0, disputed: 1, 'not-applicable': 0 });
    expect(sections[2]!.openThreads).toBe(1);
    expect(sections[3]!.figures.unverified).toBe(1);
    const chapters = rollUp(sections);
    expect(chapters[1]!.figures).toEqual({ unverified: 1, verified: 1, disputed: 1, 'not-applicable': 0 });
    expect(chapters[1]!.done).toBeCloseTo(2 / 3);
    expect(chapters[1]!.openThreads).toBe(1);
    expect(sections.map((s) => s.openConflicts)).toEqual([0, 0, 1, 0]);
    expect(chapters[1]!.openConflicts).toBe(1);
  });
});
