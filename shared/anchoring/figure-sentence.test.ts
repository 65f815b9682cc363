import { describe, expect, it } from 'vitest';
import { createTarget } from '../annotations/selectors';
import { detectFigures } from '../figures/detect';
import { carryAnnotations } from './carry';
import { figureSentenceSimilarity, sentenceWithout } from './figure-sentence';

describe('sentenceWithout', () => {
  it('takes the sentence around a figure, without the figure, not the sentences beside it', () => {
    const text = 'Loans rose. Public computers were booked for 264,000 sessions. Demand is highest in towns.';
    const at = text.indexOf('264,000 sessions');
    expect(sentenceWithout(text, at, at + 16)).toBe('Public computers were booked for .');
  });
});

describe('a figure whose paragraph moved and was edited around it', () => {
  const old = [
    'Use of the service',
    '',
    'Public computers were booked for 264,000 sessions. Demand is highest in the three towns where home broadband take-up is lowest.',
    '',
    'Finances',
    '',
    'Net expenditure for the year was £18.6 million, against a budget of £18.9 million.',
  ].join('\n');
  const paras = old.split('\n\n');
  const figureOn = (quote: string) => {
    const at = old.indexOf(quote);
    const figure = detectFigures(old).find((f) => f.start === at)!;
    return {
      id: quote,
      target: createTarget(old, at, at + quote.length),
      figure: { value: figure.value, unit: figure.unit },
    };
  };

  it('follows it by its sentence when little literal context is left on one side', () => {
    const edited = 'Public computers were booked largely for 264,400 sessions.';
    const next = [paras[0], paras[2], paras[3], 'A new paragraph.', edited].join('\n\n');
    const [result] = carryAnnotations(old, next, [figureOn('264,000 sessions')]);
    expect(result).toMatchObject({ verdict: 'value-changed', target: { exact: '264,400 sessions' } });
  });

  it('does not follow it into a sentence that only shares its unit', () => {
    const other = 'Training was booked for 12,000 sessions.';
    const next = [paras[0], paras[2], paras[3], other].join('\n\n');
    const [result] = carryAnnotations(old, next, [figureOn('264,000 sessions')]);
    expect(result!.verdict).toBe('orphan');
    const at = old.indexOf('264,000');
    expect(
      figureSentenceSimilarity(old, { start: at, end: at + 16 }, next, {
        start: next.indexOf('12,000'),
        end: next.indexOf('12,000') + 15,
      }),
    ).toBeLessThan(0.6);
  });
});
