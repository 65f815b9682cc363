import { describe, expect, it } from 'vitest';
import { figuresIn } from './figure-fixtures';
import { measureKey, measureSimilarity } from './fold';
import { profileFigures } from './profile';

describe('profileFigures: measures', () => {
  it('reads the noun phrase before a figure and carries it to the growth rate after it', () => {
    const text = '全年實現區內生產總值 264億元，同比增長4.9%；完成公共財政收入9.1億元，同比下降10.21%。';
    const p = profileFigures(
      text,
      figuresIn(text, [
        ['264億元', 264e8, '元'],
        ['4.9%', 4.9, '%'],
        ['9.1億元', 9.1e8, '元'],
        ['10.21%', 10.21, '%'],
      ]),
    );
    expect(p.map((x) => [x.measure?.subject, x.measure?.aspect, x.measure?.direction])).toEqual([
      ['區內生產總值', 'level', undefined],
      ['區內生產總值', 'change', 'up'],
      ['公共財政收入', 'level', undefined],
      ['公共財政收入', 'change', 'down'],
    ]);
    expect(p[0]!.measure!.key).toBe('GDP');
  });

  it('marks figures of a "respectively" list and bare list items as ambiguous', () => {
    const text = '城鄉居民收入分別達到23705元、9608元，分別同比增長8.8%、13%。';
    const p = profileFigures(
      text,
      figuresIn(text, [
        ['23705元', 23705, '元'],
        ['9608元', 9608, '元'],
        ['8.8%', 8.8, '%'],
        ['13%', 13, '%'],
      ]),
    );
    expect(p.every((x) => x.measure === null || x.measure.ambiguous)).toBe(true);
  });

  it('reads English measures and periods', () => {
    const text =
      'GDP grew 4.9% to $4.2 billion. Last year revenue was 3.1 billion yuan. Revenue is expected to reach 3.5 billion yuan.';
    const p = profileFigures(
      text,
      figuresIn(text, [
        ['4.9%', 4.9, '%'],
        ['$4.2 billion', 4.2e9, 'USD'],
        ['3.1 billion yuan', 3.1e9, '元'],
        ['3.5 billion yuan', 3.5e9, '元'],
      ]),
    );
    expect(p[0]!.measure).toMatchObject({ key: 'GDP', aspect: 'change', direction: 'up' });
    expect(p[2]!.measure).toMatchObject({ key: 'revenue', period: 'prior' });
    expect(p[3]!.measure).toMatchObject({ period: 'target' });
  });

  it('does not cut a measure at a verb inside its name (增加值)', () => {
    const text = '規模工業增加值33.8億元。';
    const p = profileFigures(text, figuresIn(text, [['33.8億元', 33.8e8, '元']]));
    expect(p[0]!.measure!.subject).toBe('規模工業增加值');
  });
});

describe('measure keys', () => {
  it('fold scripts and synonyms', () => {
    expect(measureKey('地区生产总值')).toBe(measureKey('區內生產總值'));
    expect(measureKey('一般公共预算收入')).toBe(measureKey('公共財政收入'));
    expect(measureKey('Gross Domestic Product')).toBe('GDP');
  });
  it('scores alike names high and numbered siblings zero', () => {
    expect(measureSimilarity(measureKey('社會消費品零售總額'), measureKey('社会消费品零售总额'))).toBe(1);
    expect(measureSimilarity('規模工業增加值', '規模以上工業增加值')).toBeGreaterThan(0.6);
    expect(measureSimilarity('第一產業增加值', '第二產業增加值')).toBe(0);
    expect(measureSimilarity('森林覆蓋率', '公共財政收入')).toBe(0);
  });
});
