import { describe, expect, it } from 'vitest';
import {
  applyChangeToRecords,
  emptyHistory,
  invertChange,
  recordChange,
  redoStep,
  undoStep,
  type Change,
  type RecordSet,
} from './history';
import { createAnnotation, createReply, updateAnnotationBody } from './model';

const now = new Date('2026-11-24T10:00:00.000Z');
const thread = createAnnotation(
  {
    documentId: 'd',
    versionId: 'v',
    target: { start: 0, end: 2, exact: '目標', prefix: '', suffix: '' },
    body: { kind: 'comment', text: 'Source?', resolved: false },
    author: 'Ana',
  },
  { id: 't1', now },
);
const reply = createReply({ annotationId: 't1', author: 'Bo', text: 'Bulletin p.3' }, { id: 'r1', now });
const resolved = updateAnnotationBody(thread, { kind: 'comment', text: 'Source?', resolved: true }, { now });
const empty: RecordSet = { annotations: new Map(), replies: new Map() };

describe('invertChange', () => {
  const changes: Change[] = [
    { type: 'create', annotation: thread, replies: [reply] },
    { type: 'update', before: thread, after: resolved },
    { type: 'create-reply', reply },
    { type: 'update-reply', before: reply, after: { ...reply, text: 'p.4' } },
    {
      type: 'batch',
      changes: [
        { type: 'create', annotation: thread, replies: [] },
        { type: 'create-reply', reply },
      ],
    },
  ];
  it.each(changes.map((c) => [c.type, c] as const))('is its own inverse for %s', (_t, change) => {
    expect(invertChange(invertChange(change))).toEqual(change);
  });

  it('undoes a batch in reverse order', () => {
    const batch: Change = {
      type: 'batch',
      changes: [
        { type: 'create', annotation: thread, replies: [] },
        { type: 'create-reply', reply },
      ],
    };
    expect(invertChange(batch)).toEqual({
      type: 'batch',
      changes: [
        { type: 'delete-reply', reply },
        { type: 'delete', annotation: thread, replies: [] },
      ],
    });
  });
});

describe('undo / redo stacks', () => {
  it('undoes a delete with its replies and redoes it, keeping ids', () => {
    let records = applyChangeToRecords(empty, { type: 'create', annotation: thread, replies: [reply] });
    let history = emptyHistory;
    const remove: Change = { type: 'delete', annotation: thread, replies: [reply] };
    records = applyChangeToRecords(records, remove);
    history = recordChange(history, remove);
    expect(records.annotations.size + records.replies.size).toBe(0);

    const undo = undoStep(history)!;
    records = applyChangeToRecords(records, undo.apply);
    history = undo.history;
    expect(records.annotations.get('t1')).toEqual(thread);
    expect(records.replies.get('r1')).toEqual(reply);
    expect(undoStep(history)).toBeNull();

    const redo = redoStep(history)!;
    records = applyChangeToRecords(records, redo.apply);
    expect(records.annotations.has('t1')).toBe(false);
    expect(redo.history).toEqual({ undo: [remove], redo: [] });
  });

  it('restores the previous value of an update and clears redo on a new action', () => {
    let records = applyChangeToRecords(empty, { type: 'create', annotation: thread, replies: [] });
    const update: Change = { type: 'update', before: thread, after: resolved };
    records = applyChangeToRecords(records, update);
    const undone = undoStep(recordChange(emptyHistory, update))!;
    records = applyChangeToRecords(records, undone.apply);
    expect(records.annotations.get('t1')).toEqual(thread);
    expect(undone.history.redo).toHaveLength(1);
    const after = recordChange(undone.history, { type: 'create-reply', reply });
    expect(after.redo).toHaveLength(0);
    expect(redoStep(after)).toBeNull();
  });

  it('keeps at most `limit` steps', () => {
    let history = emptyHistory;
    for (let i = 0; i < 5; i++)
      history = recordChange(history, { type: 'create-reply', reply: { ...reply, id: `r${i}` } }, 3);
    expect(history.undo.map((c) => (c.type === 'create-reply' ? c.reply.id : ''))).toEqual([
      'r2',
      'r3',
      'r4',
    ]);
  });

  it('refuses changes that do not fit the records, naming the id', () => {
    expect(() => applyChangeToRecords(empty, { type: 'delete', annotation: thread, replies: [] })).toThrow(
      /t1/,
    );
    const once = applyChangeToRecords(empty, { type: 'create', annotation: thread, replies: [] });
    expect(() => applyChangeToRecords(once, { type: 'create', annotation: thread, replies: [] })).toThrow(
      /already/,
    );
    expect(() => applyChangeToRecords(empty, { type: 'delete-reply', reply })).toThrow(/r1/);
  });
});
