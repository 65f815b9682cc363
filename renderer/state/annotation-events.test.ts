import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../../shared/annotations/model';
import { annotationEvents, recordDecision, wasEdited } from './annotation-events';

describe('recordDecision', () => {
  const base = () =>
    createAnnotation(
      {
        documentId: 'd',
        versionId: 'v',
        target: { start: 0, end: 2, exact: '數字', prefix: '', suffix: '' },
        body: { kind: 'comment', text: '來源？', resolved: false },
        author: '李審計',
      },
      { id: 'a1', now: new Date('2026-12-02T10:00:00.000Z') },
    );

  it('records resolving as a signed event, not an edit', () => {
    const before = base();
    const resolved = recordDecision(
      before,
      { ...before, body: { kind: 'comment', text: '來源？', resolved: true } },
      '王代表',
      '2026-12-02T10:14:00.000Z',
    );
    expect(annotationEvents(resolved)).toEqual([
      { type: 'resolved', by: '王代表', at: '2026-12-02T10:14:00.000Z' },
    ]);
    expect(wasEdited(resolved)).toBe(false);
    const reopened = recordDecision(
      resolved,
      { ...resolved, body: { kind: 'comment', text: '來源？', resolved: false } },
      '李審計',
      '2026-12-02T11:00:00.000Z',
    );
    expect(annotationEvents(reopened).map((e) => `${e.type} by ${e.by}`)).toEqual([
      'resolved by 王代表',
      'reopened by 李審計',
    ]);
  });

  it('marks a changed text as edited', () => {
    const before = base();
    const edited = recordDecision(
      before,
      { ...before, body: { kind: 'comment', text: '來源是哪份報告？', resolved: false } },
      '李審計',
      '2026-12-02T10:20:00.000Z',
    );
    expect(wasEdited(edited)).toBe(true);
    expect(annotationEvents(edited)).toEqual([
      { type: 'edited', by: '李審計', at: '2026-12-02T10:20:00.000Z' },
    ]);
  });
});
