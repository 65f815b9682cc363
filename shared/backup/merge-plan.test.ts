import { describe, expect, it } from 'vitest';
import { planTable } from './merge-plan';

describe('planTable', () => {
  const incoming = [
    { id: 'new', updatedAt: '2026-11-02T00:00:00.000Z' },
    { id: 'newer-in-backup', updatedAt: '2026-11-03T00:00:00.000Z' },
    { id: 'newer-here', updatedAt: '2026-11-01T00:00:00.000Z' },
    { id: 'same', updatedAt: '2026-11-01T00:00:00.000Z' },
  ];
  const existing = new Map<string, string | undefined>([
    ['newer-in-backup', '2026-11-02T00:00:00.000Z'],
    ['newer-here', '2026-11-05T00:00:00.000Z'],
    ['same', '2026-11-01T00:00:00.000Z'],
  ]);

  it('adds missing records, replaces older ones and keeps newer or equal ones', () => {
    const plan = planTable(incoming, existing);
    expect(plan.write.map((record) => record.id)).toEqual(['new', 'newer-in-backup']);
    expect(plan.summary).toEqual({ added: 1, updated: 1, kept: 2 });
  });

  it('adds records without a timestamp only when missing (immutable versions)', () => {
    const plan = planTable([{ id: 'v1' }, { id: 'v2' }], new Map([['v1', undefined]]));
    expect(plan.write).toEqual([{ id: 'v2' }]);
    expect(plan.summary).toEqual({ added: 1, updated: 0, kept: 1 });
  });

  it('lets the newest of duplicate ids in one backup compete', () => {
    const plan = planTable(
      [
        { id: 'a', updatedAt: '2026-11-01T00:00:00.000Z', text: 'old' },
        { id: 'a', updatedAt: '2026-11-04T00:00:00.000Z', text: 'new' },
        { id: 'a', updatedAt: '2026-11-02T00:00:00.000Z', text: 'middle' },
      ],
      new Map(),
    );
    expect(plan.write).toEqual([{ id: 'a', updatedAt: '2026-11-04T00:00:00.000Z', text: 'new' }]);
  });

  it('compares instants, not strings, when offsets differ', () => {
    const plan = planTable(
      [{ id: 'a', updatedAt: '2026-11-02T09:00:00+08:00' }],
      new Map([['a', '2026-11-02T00:30:00.000Z']]),
    );
    expect(plan.summary).toEqual({ added: 0, updated: 1, kept: 0 });
  });
});
