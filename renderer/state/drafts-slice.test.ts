import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../db/app-db';
import { newAnnotationDraftKey, replyDraftKey } from '../db/draft-repository';
import { createTestBridge } from '../test-support/drafts';
import { createAppServices } from './services';
import { createAppStore } from './store';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const opened = { document: { id: 'doc-1' }, version: { id: 'ver-1' } } as never;

describe('drafts slice', () => {
  it('keeps drafts in IndexedDB per version until they are discarded', async () => {
    const db = new AppDb(`tickmark-drafts-${crypto.randomUUID()}`);
    dbs.push(db);
    const now = () => new Date('2026-12-01T10:14:00.000Z');
    const store = createAppStore(createAppServices(createTestBridge(), db, now));
    store.setState({ current: opened });
    const newKey = newAnnotationDraftKey('ver-1', 'comment', 10, 20);
    await store
      .getState()
      .saveDraft(newKey, { body: { kind: 'comment', text: '寫了一半', resolved: false } }, null);
    await store.getState().saveDraft(replyDraftKey('a1'), { text: 'reply' }, 'a1');
    await store.getState().saveDraft(replyDraftKey('a1'), { text: 'reply, longer' }, 'a1');

    const reopened = createAppStore(createAppServices(createTestBridge(), db, now));
    await reopened.getState().loadDrafts('ver-1');
    expect(reopened.getState().drafts.get(replyDraftKey('a1'))).toMatchObject({
      documentId: 'doc-1',
      annotationId: 'a1',
      value: { text: 'reply, longer' },
      updatedAt: '2026-12-01T10:14:00.000Z',
    });
    expect(reopened.getState().drafts.get(newKey)?.value).toEqual({
      body: { kind: 'comment', text: '寫了一半', resolved: false },
    });
    await reopened.getState().loadDrafts('another-version');
    expect(reopened.getState().drafts.size).toBe(0);

    await store.getState().discardDraft(newKey);
    expect(await db.drafts.count()).toBe(1);
  });
});
