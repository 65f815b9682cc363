import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotation, createReply, type Annotation } from '../../shared/annotations/model';
import { invertChange } from '../../shared/annotations/history';
import { AnnotationRepository } from './annotation-repository';
import { AppDb } from './app-db';

const now = new Date('2026-11-24T10:00:00.000Z');
// A fresh database per test; liveQuery needs Dexie's global IndexedDB, hence fake-indexeddb/auto.
const openDb = () => new AppDb(`tickmark-test-${crypto.randomUUID()}`);
let db: AppDb;
afterEach(() => db?.close());

const make = (id: string, kind: 'comment' | 'claim' = 'comment', versionId = 'v1'): Annotation =>
  createAnnotation(
    {
      documentId: 'd1',
      versionId,
      target: { start: 0, end: 2, exact: '目標', prefix: '', suffix: '今年' },
      body:
        kind === 'comment'
          ? { kind, text: 'Source?', resolved: false }
          : { kind, category: 'target', tags: [] },
      author: 'Ana',
    },
    { id, now },
  );

describe('AnnotationRepository', () => {
  it('creates, updates and deletes a thread with its replies, each in one transaction', async () => {
    db = openDb();
    const repo = new AnnotationRepository(db);
    const thread = make('t1');
    const reply = createReply({ annotationId: 't1', author: 'Bo', text: 'bulletin' }, { id: 'r1', now });
    await repo.applyChange({ type: 'create', annotation: thread, replies: [] });
    await repo.applyChange({ type: 'create-reply', reply });
    await repo.applyChange({ type: 'create', annotation: make('c1', 'claim'), replies: [] });
    await repo.applyChange({ type: 'create', annotation: make('x1', 'claim', 'v2'), replies: [] });
    expect(await repo.loadVersion('v1')).toEqual({
      annotations: expect.arrayContaining([thread, make('c1', 'claim')]),
      replies: [reply],
      invalid: [],
    });
    const resolved = { ...thread, body: { ...thread.body, resolved: true } } as Annotation;
    await repo.applyChange({ type: 'update', before: thread, after: resolved });
    expect(await repo.get('t1')).toEqual(resolved);

    const remove = { type: 'delete', annotation: resolved, replies: [reply] } as const;
    await repo.applyChange(remove);
    expect(await db.replies.count()).toBe(0);
    expect(await repo.get('t1')).toBeUndefined();
    await repo.applyChange(invertChange(remove));
    expect((await repo.loadVersion('v1')).replies).toEqual([reply]);
  });

  it('rolls back a whole batch when one step fails', async () => {
    db = openDb();
    const repo = new AnnotationRepository(db);
    await repo.applyChange({ type: 'create', annotation: make('a1'), replies: [] });
    const failing = repo.applyChange({
      type: 'batch',
      changes: [
        { type: 'create', annotation: make('a2'), replies: [] },
        { type: 'create', annotation: make('a1'), replies: [] }, // duplicate key: aborts the transaction
      ],
    });
    await expect(failing).rejects.toThrow();
    expect(await repo.get('a2')).toBeUndefined();
    expect(await repo.countByVersion('v1')).toBe(1);
  });

  it('refuses a reply to a thread that does not exist', async () => {
    db = openDb();
    const repo = new AnnotationRepository(db);
    const reply = createReply({ annotationId: 'ghost', author: 'Bo', text: 'hi' });
    await expect(repo.applyChange({ type: 'create-reply', reply })).rejects.toThrow(/ghost/);
    expect(await db.replies.count()).toBe(0);
  });

  it('skips and reports rows that do not validate', async () => {
    db = openDb();
    const repo = new AnnotationRepository(db);
    await repo.applyChange({ type: 'create', annotation: make('good'), replies: [] });
    await db.annotations.put({ id: 'bad', documentId: 'd1', versionId: 'v1', kind: 'claim', updatedAt: 'x' });
    const loaded = await repo.loadVersion('v1');
    expect(loaded.annotations.map((a) => a.id)).toEqual(['good']);
    expect(loaded.invalid).toEqual([{ id: 'bad', reason: expect.any(String) }]);
  });

  it('emits live updates of a thread', async () => {
    db = openDb();
    const repo = new AnnotationRepository(db);
    await repo.applyChange({ type: 'create', annotation: make('t1'), replies: [] });
    const seen: number[] = [];
    const done = new Promise<void>((resolve) => {
      const subscription = repo.observeThread('t1').subscribe((replies) => {
        seen.push(replies.length);
        if (replies.length === 1) {
          subscription.unsubscribe();
          resolve();
        }
      });
    });
    await new Promise((r) => setTimeout(r, 20));
    await repo.applyChange({
      type: 'create-reply',
      reply: createReply({ annotationId: 't1', author: 'A', text: 'x' }),
    });
    await Promise.race([done, new Promise((r) => setTimeout(r, 1500))]);
    expect(seen).toEqual([0, 1]);
  });
});
