import { describe, expect, it } from 'vitest';
import {
  buildLegend,
  builtInStatuses,
  customStatusId,
  statusById,
  statusByLetter,
  validateCustomStatuses,
} from './statuses';

describe('tickmark legend', () => {
  it('has the four base statuses and the audit marks, each with a unique letter and colour-style pair', () => {
    const ids = builtInStatuses.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining(['unverified', 'verified', 'disputed', 'not-applicable', 'traced']),
    );
    expect(new Set(builtInStatuses.map((s) => s.letter)).size).toBe(builtInStatuses.length);
    expect(new Set(builtInStatuses.map((s) => `${s.colour}/${s.underline}`)).size).toBe(
      builtInStatuses.length,
    );
    expect(builtInStatuses.every((s) => s.labelKey === `status.${s.id}`)).toBe(true);
  });

  it('accepts valid team marks and explains rejected ones', () => {
    const { statuses, problems } = validateCustomStatuses([
      {
        id: 'custom:agreed-ministry',
        letter: 'M',
        colour: '#117733',
        underline: 'dashed',
        group: 'verified',
        label: 'Agreed to ministry',
      },
      {
        id: 'custom:dup',
        letter: 'V',
        colour: '#117733',
        underline: 'solid',
        group: 'verified',
        label: 'Clash',
      },
      { id: 'bad id', letter: 'Q', colour: 'red', underline: 'solid', group: 'verified', label: 'x' },
      {
        id: 'custom:agreed-ministry',
        letter: 'Z',
        colour: '#000000',
        underline: 'solid',
        group: 'disputed',
        label: 'Again',
      },
    ]);
    expect(statuses.map((s) => s.id)).toEqual(['custom:agreed-ministry']);
    expect(problems.map((p) => p.index)).toEqual([1, 2, 3]);
    expect(problems[0]!.message).toContain('letter "V"');
    expect(problems[1]!.message).toMatch(/custom:<slug>/);
  });

  it('looks statuses up by id and by key, falling back to unverified for deleted marks', () => {
    const legend = buildLegend([
      { id: 'custom:m', letter: 'M', colour: '#117733', underline: 'dashed', group: 'verified', label: 'M' },
    ]);
    expect(statusByLetter(legend, 'm')?.id).toBe('custom:m');
    expect(statusByLetter(legend, 'v')?.id).toBe('verified');
    expect(statusByLetter(legend, 'x')).toBeUndefined();
    expect(statusById(legend, 'custom:gone').id).toBe('unverified');
    expect(validateCustomStatuses(undefined)).toEqual({ statuses: [], problems: [] });
  });

  it('makes unique ids from labels', () => {
    expect(customStatusId('Agreed to Ministry!', new Set())).toBe('custom:agreed-to-ministry');
    expect(customStatusId('核對', new Set(['custom:mark']))).toBe('custom:mark-2');
  });
});
