import { describe, expect, it } from 'vitest';
import { createTarget } from '../annotations/selectors';
import { detectFigures } from '../figures/detect';
import { byWholeLine, carryAnnotations, prepareCarry } from './carry';
import type { CarryInput } from './types';

const on = (text: string, quote: string, id = quote, nth = 0): CarryInput => {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" not in text`);
  return { id, target: createTarget(text, at, at + quote.length) };
};
const figureOn = (text: string, quote: string): CarryInput => {
  const input = on(text, quote);
  const figure = detectFigures(text).find((f) => f.start === input.target.start)!;
  return { ...input, figure: { value: figure.value, unit: figure.unit } };
};

const zhOld = [
  '一、工作回顧',
  '',
  '全年實現區內生產總值264億元，同比增長4.9%；完成公共財政收入9.1億元，同比下降10.21%。城鄉居民收入分別達到23705元、9608元。',
  '',
  '產業轉型穩中有效。現代農業方面，實現農業總產值14.74億元，同比增長4.5%。新增果蔬基地3200畝。',
  '',
  '城市建設全面提速。新建道路12條，改造老舊小區46個，惠及居民8900戶。',
].join('\n');

describe('carryAnnotations: stage 1, exact at the mapped position', () => {
  it('calls unchanged text with unchanged context exact, and needs no confirmation', () => {
    const next = '序言一段新加的文字。\n\n' + zhOld;
    const [result] = carryAnnotations(zhOld, next, [on(zhOld, '產業轉型穩中有效。')]);
    expect(result).toMatchObject({ verdict: 'exact', stage: 'position', needsConfirmation: false });
    expect(next.slice(result!.target!.start, result!.target!.end)).toBe('產業轉型穩中有效。');
  });

  it('sends the same text with changed context to confirmation, never as exact', () => {
    const next = zhOld.replace('現代農業方面，', '農業方面：');
    const [result] = carryAnnotations(zhOld, next, [on(zhOld, '實現農業總產值')]);
    expect(result).toMatchObject({ verdict: 'moved', contextChanged: true, needsConfirmation: true });
  });
});

describe('carryAnnotations: stage 2, exact quote elsewhere', () => {
  it('follows a moved paragraph', () => {
    const paras = zhOld.split('\n\n');
    const next = [paras[0], paras[3], paras[1], paras[2]].join('\n\n');
    const quote = '新建道路12條，改造老舊小區46個';
    const [result] = carryAnnotations(zhOld, next, [on(zhOld, quote)]);
    expect(result!.verdict).not.toBe('orphan');
    expect(result!.target!.exact).toBe(quote);
  });

  it('does not take a short phrase that occurs again elsewhere once its own text is deleted', () => {
    const old = 'Revenue rose by 4.7 per cent in the year. Spending fell by 2.1 per cent overall.';
    const next = 'Spending fell by 2.1 per cent overall. Staff numbers rose by 4.7 per cent again.';
    const [result] = carryAnnotations(old, next, [on(old, 'rose by 4.7 per cent')]);
    expect(result!.verdict).toBe('orphan');
  });
});

describe('carryAnnotations: stage 3, fuzzy', () => {
  it('places a reworded sentence in place with its similarity, old and new quote', () => {
    const old = 'The Council completed 312 new affordable homes during the year, against a target of 350.';
    const next = 'The Council completed 312 new affordable homes in 2025, against a target of 350.';
    const [result] = carryAnnotations(old, next, [on(old, old)]);
    expect(result!.verdict).toBe('fuzzy');
    expect(result!.similarity).toBeGreaterThan(0.8);
    expect(result!.similarity).toBeLessThan(1);
    expect(result!.target!.exact).toBe(next);
    expect(result!.needsConfirmation).toBe(true);
  });

  it('finds a paragraph that moved and was edited', () => {
    const paras = zhOld.split('\n\n');
    const edited = paras[2]!.replace('現代農業方面，', '');
    const next = [paras[0], paras[3], paras[1], edited].join('\n\n');
    const quote = '產業轉型穩中有效。現代農業方面，實現農業總產值';
    const [result] = carryAnnotations(zhOld, next, [on(zhOld, quote)]);
    expect(result!.verdict).toBe('fuzzy');
    expect(result!.target!.exact).toBe('產業轉型穩中有效。實現農業總產值');
  });

  it('orphans a deleted sentence and keeps it (nothing dropped)', () => {
    const next = zhOld.replace('新增果蔬基地3200畝。', '');
    const results = carryAnnotations(zhOld, next, [
      on(zhOld, '新增果蔬基地3200畝。'),
      on(zhOld, '一、工作回顧'),
    ]);
    expect(results.map((r) => r.verdict)).toEqual(['orphan', 'exact']);
    expect(results[0]).toMatchObject({ target: null, similarity: 0, stage: 'none' });
  });
});

describe('carryAnnotations: figure checks', () => {
  it('classifies an unchanged figure, a value change and a deletion', () => {
    const next = zhOld.replace('264億元', '265億元').replace('，同比增長4.5%', '');
    const results = carryAnnotations(zhOld, next, [
      figureOn(zhOld, '8900戶'),
      figureOn(zhOld, '264億元'),
      figureOn(zhOld, '4.5%'),
    ]);
    expect(results.map((r) => [r.verdict, r.figure?.change])).toEqual([
      ['exact', 'unchanged'],
      ['value-changed', 'value-changed'],
      ['orphan', 'deleted'],
    ]);
    expect(results[1]!.figure).toMatchObject({
      oldText: '264億元',
      newText: '265億元',
      oldValue: 264e8,
      newValue: 265e8,
    });
  });

  it('flags a percentage change and never lands on a different number', () => {
    const next = zhOld.replace('同比增長4.9%', '同比增長5.1%').replace('23705元、9608元', '約兩萬元');
    const results = carryAnnotations(zhOld, next, [figureOn(zhOld, '4.9%'), figureOn(zhOld, '9608元')]);
    expect(results[0]).toMatchObject({ verdict: 'value-changed' });
    expect(results[0]!.target!.exact).toBe('5.1%');
    expect(results[1]!.verdict).toBe('orphan');
  });

  it('follows a revised figure whose neighbouring word was reworded, by the diff of its context', () => {
    const old =
      'Transport\n\nBus passenger journeys in the city rose to 31.4 million, 8 per cent more than in 2024.';
    const next =
      'Transport\n\nBus passenger journeys in the city reached 39.4 million, 8 per cent more than in 2024.';
    const [result] = carryAnnotations(old, next, [figureOn(old, '31.4 million')]);
    expect(result).toMatchObject({ verdict: 'value-changed' });
    expect(result!.target!.exact).toBe('39.4 million');
  });

  it('does not take a merged figure for the one whose neighbour it now has', () => {
    const next = zhOld.replace('分別達到23705元、9608元', '分別達到約兩萬元');
    const [result] = carryAnnotations(zhOld, next, [figureOn(zhOld, '9608元')]);
    expect(result!.verdict).toBe('orphan');
  });

  it('calls a figure whose words around it changed reworded', () => {
    const next = zhOld.replace('新增果蔬基地3200畝', '新建果蔬基地3200畝');
    const [result] = carryAnnotations(zhOld, next, [figureOn(zhOld, '3200畝')]);
    expect(result).toMatchObject({
      verdict: 'moved',
      needsConfirmation: true,
      figure: { change: 'reworded' },
    });
  });
});

describe('a heading moved on its own', () => {
  it('follows a short heading that is a whole line once in each draft, whatever its neighbours', () => {
    const oldText = 'Intro text here.\n\nConclusion\n\nThe budget is balanced.\n\nOther part.\n';
    const newText = 'Intro text here.\n\nOther part, now longer.\n\nConclusion\n\nA new closing sentence.\n';
    const start = oldText.indexOf('Conclusion');
    const [result] = carryAnnotations(oldText, newText, [
      { id: 'h', target: createTarget(oldText, start, start + 'Conclusion'.length) },
    ]);
    expect(result).toMatchObject({ verdict: 'moved', target: { start: newText.indexOf('Conclusion') } });
  });

  it('does not follow a heading that is a whole line twice in the new draft, or only part of a line', () => {
    const oldText = 'Intro.\n\nSummary\n\nBody one.\n';
    const twice = 'Changed intro.\n\nSummary\n\nOther.\n\nSummary\n\nEnd.\n';
    const partOnly = 'Changed intro.\n\nSummary of the year\n\nOther.\n';
    const start = oldText.indexOf('Summary');
    const target = createTarget(oldText, start, start + 7);
    const alone = 'Changed intro.\n\nOther.\n\nSummary\n\nEnd.\n';
    expect(byWholeLine(prepareCarry(oldText, alone), target)).toEqual({
      start: alone.indexOf('Summary'),
      end: alone.indexOf('Summary') + 7,
    });
    expect(byWholeLine(prepareCarry(oldText, twice), target)).toBeNull();
    expect(byWholeLine(prepareCarry(oldText, partOnly), target)).toBeNull();
  });
});
