import { describe, expect, it } from 'vitest';
import { createTarget } from '../annotations/selectors';
import { detectFigures } from '../figures/detect';
import { carryAnnotations } from './carry';
import type { CarryInput } from './types';

const on = (text: string, quote: string): CarryInput => {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" not in text`);
  return { id: quote, target: createTarget(text, at, at + quote.length) };
};
const figureOn = (text: string, quote: string): CarryInput => {
  const input = on(text, quote);
  const figure = detectFigures(text).find((f) => f.start === input.target.start)!;
  return { ...input, figure: { value: figure.value, unit: figure.unit } };
};

const old = [
  'Harbour City Council: Budget Statement 2026',
  '',
  'Housing',
  '',
  'The Council completed 312 new affordable homes during the year, against a target of 350.',
  '',
  'Reserves and risks',
  '',
  'General reserves stand at £27.4 million, equal to 6.3 per cent of net spending.',
  '',
  'The capital programme totals £348.5 million. It includes £112 million for new schools.',
  '',
  'Social care and health',
  '',
  'Demand for adult social care continues to grow, and social care and health services are stretched.',
].join('\n');

describe('carry-over of short lines by their words (line-match)', () => {
  it('keeps a heading stuffed with clauses in place, from its first to its last word', () => {
    const next = old.replace(
      'Reserves and risks',
      'Reserves, despite a weaker second half, and, in line with the budget, risks',
    );
    const [result] = carryAnnotations(old, next, [on(old, 'Reserves and risks')]);
    expect(result).toMatchObject({ verdict: 'fuzzy', needsConfirmation: true });
    expect(result!.target!.exact).toBe(
      'Reserves, despite a weaker second half, and, in line with the budget, risks',
    );
  });

  it('follows a moved title that lost a word and gained a clause, by its first and last words', () => {
    const paras = old.split('\n\n');
    const title = 'Harbour City notably, despite a weaker second half, Budget Statement 2026';
    const next = [paras[1], paras[2], title, ...paras.slice(3)].join('\n\n');
    const results = carryAnnotations(old, next, [on(old, 'Harbour City'), on(old, 'Statement 2026')]);
    expect(results.map((r) => r.target?.exact)).toEqual(['Harbour City', 'Statement 2026']);
  });

  it('follows a heading moved without its neighbours and with a word reworded', () => {
    const paras = old.split('\n\n');
    const next = [paras[0], 'overall and risks', paras[1], paras[2], ...paras.slice(4)].join('\n\n');
    const [result] = carryAnnotations(old, next, [on(old, 'Reserves and risks')]);
    expect(result!.verdict).toBe('fuzzy');
    expect(result!.target!.exact).toBe('and risks');
  });

  it('follows a phrase inside a moved heading even where the diff lent its letters to another sentence', () => {
    const paras = old.split('\n\n');
    const next = [paras[0], paras[6], ...paras.slice(1, 6), ...paras.slice(7)].join('\n\n');
    const [result] = carryAnnotations(old, next, [on(old, 'Social care')]);
    expect(result!.verdict).not.toBe('orphan');
    expect(result!.target!.start).toBe(next.indexOf('Social care and health'));
    expect(result!.target!.exact).toBe('Social care');
  });

  it('does not place a heading that was deleted, nor one whose quoted words are gone', () => {
    const deleted = old.replace('Reserves and risks\n\n', '');
    const reworded = old.replace('Reserves and risks', 'Capital and risks');
    expect(carryAnnotations(old, deleted, [on(old, 'Reserves and risks')])[0]!.verdict).toBe('orphan');
    expect(carryAnnotations(old, reworded, [on(old, 'Reserves')])[0]!.verdict).toBe('orphan');
  });

  it('follows a moved heading whose first words were replaced, by its last word alone', () => {
    const risks = old.replace('Reserves and risks', 'Risks and monitoring');
    const paras = risks.split('\n\n');
    const next = [paras[0], 'in part monitoring', paras[1], paras[2], ...paras.slice(4)].join('\n\n');
    const quotes = ['Risks and monitoring', 'and monitoring'];
    const results = carryAnnotations(
      risks,
      next,
      quotes.map((q) => on(risks, q)),
    );
    // "monitoring" holds more than half the heading's letters: still the heading, moved.
    expect(results.map((r) => r.target?.exact)).toEqual(['monitoring', 'monitoring']);
    expect(results.every((r) => r.verdict === 'fuzzy')).toBe(true);
  });

  it('does not follow a heading by a last word holding less than half its letters', () => {
    const paras = old.split('\n\n');
    const next = [paras[0], 'notably part risks', paras[1], paras[2], ...paras.slice(4)].join('\n\n');
    const [result] = carryAnnotations(old, next, [on(old, 'Reserves and risks')]);
    expect(result!.verdict).toBe('orphan');
  });

  it('does not take a moved title for a heading that shares its last word', () => {
    const withYear = old.replace('Reserves and risks', 'The budget for 2026');
    const paras = withYear.split('\n\n');
    // The heading is deleted; the title moves whole, so the diff calls it new text.
    const next = [paras[1], paras[2], paras[0], ...paras.slice(4)].join('\n\n');
    const [result] = carryAnnotations(withYear, next, [on(withYear, 'The budget for 2026')]);
    expect(result!.verdict).toBe('orphan');
  });

  it('does not follow a heading by one word onto a line that another old line became', () => {
    const next = old.replace('Reserves and risks\n\n', '').replace('Social care and health', 'Health risks');
    const [result] = carryAnnotations(old, next, [on(old, 'Reserves and risks')]);
    expect(result!.verdict).toBe('orphan');
  });

  it('follows a moved heading stuffed with a clause and run into the paragraph after it', () => {
    const paras = old.split('\n\n');
    const heading = 'Reserves further and, in line with the budget, risks';
    const next = [paras[0], `${heading} ${paras[4]}`, paras[1], paras[2], ...paras.slice(5)].join('\n\n');
    const [result] = carryAnnotations(old, next, [on(old, 'Reserves and risks')]);
    expect(result!.verdict).toBe('fuzzy');
    expect(result!.target!.exact).toBe(heading);
  });

  it('follows a moved heading stuffed with a clause and run on from the sentence before it', () => {
    const paras = old.split('\n\n');
    const heading = 'Reserves, in line with the budget, and risks';
    const moved = [paras[0], paras[4], paras[5], paras[1], `${paras[2]} ${heading}`, paras[6], paras[7]];
    const next = moved.join('\n\n');
    const [result] = carryAnnotations(old, next, [on(old, 'Reserves and risks')]);
    expect(result!.target?.exact).toBe(heading);
  });

  it("does not take the start of a sentence that shares a deleted heading's words for it", () => {
    const withYear = old.replace('Reserves and risks', 'The budget for 2026');
    const paragraph = 'The proposed net revenue budget for 2026 is £431.9 million.';
    const before = withYear.replace('General reserves stand', `${paragraph}\n\nGeneral reserves stand`);
    const after = before
      .replace('The budget for 2026\n\n', '')
      .replace('net revenue budget for 2026', 'net for 2026');
    const [result] = carryAnnotations(before, after, [on(before, 'The budget for 2026')]);
    expect(result!.verdict).toBe('orphan');
  });

  it('does not choose between two new lines that stand for the heading equally well', () => {
    const twice = old.replace('Housing', 'Housing plans').replace('Reserves and risks', 'Housing plans');
    const moved = twice.replace('Housing plans\n\n', '') + '\n\nHousing plans\n\nHousing plans';
    const [result] = carryAnnotations(old, moved, [on(old, 'Housing')]);
    expect(result!.verdict).toBe('orphan');
  });
});

describe('carry-over of edited phrases and figures in place', () => {
  it('leaves a reworded first word out of a phrase: what survives of the quote is the quote', () => {
    const next = old.replace('against a target of 350', 'notably a target of 350');
    const [result] = carryAnnotations(old, next, [on(old, 'against a target')]);
    expect(result).toMatchObject({ verdict: 'fuzzy', target: { exact: 'a target' } });
  });

  it('finds a figure whose unit is now set off by a doubled space, with the same value', () => {
    const next = old.replace('£27.4 million', '£27.4  million');
    const [result] = carryAnnotations(old, next, [figureOn(old, '£27.4 million')]);
    expect(result!.figure).toMatchObject({ change: 'reworded', newText: '£27.4  million' });
    expect(result!.figure!.newValue).toBe(result!.figure!.oldValue);
  });

  it('follows a revised figure whose sentence now ends right after it, by its neighbours', () => {
    const next = old.replace('£348.5 million. It includes £112 million for new schools.', '£368.5 million.');
    const [result] = carryAnnotations(old, next, [figureOn(old, '£348.5 million')]);
    expect(result).toMatchObject({ verdict: 'value-changed', target: { exact: '£368.5 million' } });
  });

  it('follows a revised figure with a clause inserted right after it', () => {
    const next = old.replace('£27.4 million,', '£29.4 million, despite a weaker second half,');
    const [result] = carryAnnotations(old, next, [figureOn(old, '£27.4 million')]);
    expect(result).toMatchObject({ verdict: 'value-changed', target: { exact: '£29.4 million' } });
  });

  it('still refuses a figure when both sides lost their context, or another number stood beside it', () => {
    const rewritten = old.replace(
      'General reserves stand at £27.4 million, equal to 6.3 per cent of net spending.',
      'Borrowing for the housing company is now £29.4 million in all.',
    );
    expect(carryAnnotations(old, rewritten, [figureOn(old, '£27.4 million')])[0]!.verdict).toBe('orphan');
    const clauseGone = old.replace('£27.4 million, equal to 6.3 per cent of net spending.', '£29.4 million.');
    expect(carryAnnotations(old, clauseGone, [figureOn(old, '£27.4 million')])[0]!.verdict).toBe('orphan');
  });
});

describe('figure checks: revised ranges, switched punctuation, look-alike figures', () => {
  const plan = [
    'Supply and demand outlook',
    '',
    "Lower summer river flows, which our models put at 12 to 18 per cent below today's levels, account for most of the rest.",
    '',
    'General reserves stand at £27.4 million, equal to 6.3 per cent of net spending.',
    '',
    'The programme replaces old mains and brings leakage down to 110 megalitres a day by 2031. Smart meters follow.',
    '',
    'Without action, the gap would widen to 94 megalitres a day by 2040.',
  ].join('\n');
  const paras = plan.split('\n\n');

  it('flags a range whose first number was revised, though detection no longer reads it as a range', () => {
    const next = plan.replace('12 to 18 per cent', '19 to 18 per cent');
    const [result] = carryAnnotations(plan, next, [figureOn(plan, '12 to 18 per cent')]);
    expect(result).toMatchObject({ verdict: 'value-changed', target: { exact: '19 to 18 per cent' } });
    expect(result!.figure).toMatchObject({ change: 'value-changed', oldValue: 12 });
  });

  it('follows a moved and revised figure whose comma after it switched to full width', () => {
    const revised = paras[2]!.replace('£27.4 million,', '£27.8 million，');
    const next = [paras[0], paras[1], paras[3], paras[4], revised].join('\n\n');
    const [result] = carryAnnotations(plan, next, [figureOn(plan, '£27.4 million')]);
    expect(result).toMatchObject({ verdict: 'value-changed', target: { exact: '£27.8 million' } });
  });

  it('does not move a deleted figure onto another one that shares its turn of phrase', () => {
    const cut = paras[3]!.replace(' and brings leakage down to 110 megalitres a day by 2031', '');
    const next = [paras[0], paras[1], paras[2], cut, 'A new paragraph here.', paras[4]].join('\n\n');
    const [result] = carryAnnotations(plan, next, [figureOn(plan, '110 megalitres')]);
    expect(result!.verdict).toBe('orphan');
  });
});

describe('edge words of a placement found away from its place', () => {
  const doc = [
    'Children',
    '',
    'The Council aims to reduce the number of children entering care by 15 per cent by 2029.',
    '',
    'Transport',
    '',
    'Bus passenger journeys rose to 31.4 million.',
  ].join('\n');
  const paras = doc.split('\n\n');

  it('keeps a revised number at the end of a phrase in a moved paragraph', () => {
    const moved = paras[1]!.replace('by 15 per cent', 'by 18 per cent');
    const next = [paras[0], paras[2], paras[3], moved].join('\n\n');
    const [result] = carryAnnotations(doc, next, [on(doc, 'care by 15')]);
    expect(result!.target!.exact).toBe('care by 18');
  });

  it('leaves off a word put in place of the first one', () => {
    const moved = paras[1]!.replace('The Council aims', 'Further Council aims');
    const next = [paras[0], paras[2], paras[3], moved].join('\n\n');
    const [result] = carryAnnotations(doc, next, [on(doc, 'The Council aims')]);
    expect(result!.target!.exact).toBe('Council aims');
  });
});
