import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { err, ok } from '../../shared/result';
import { AppDb } from '../db/app-db';
import { createTestBridge, makeDraft, type TestBridge } from '../test-support/drafts';
import { createAppServices } from './services';
import { createAppStore } from './store';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function freshStore(bridge: TestBridge = createTestBridge()) {
  const db = new AppDb(`tickmark-slice-${crypto.randomUUID()}`);
  dbs.push(db);
  let clock = Date.parse('2026-11-01T00:00:00.000Z');
  const store = createAppStore(createAppServices(bridge, db, () => new Date((clock += 1000))));
  return { store, db, bridge };
}

/** Waits until the slice has put a question up (acceptDraft resolves only after it is answered). */
async function questionAsked(store: ReturnType<typeof freshStore>['store']): Promise<void> {
  for (let i = 0; i < 100 && !store.getState().draftQuestion; i++) await new Promise((r) => setTimeout(r, 5));
  expect(store.getState().draftQuestion).not.toBeNull();
}

describe('documents slice', () => {
  it('imports the sample on first run and opens it', async () => {
    const { store, bridge, db } = freshStore();
    bridge.next.sample = ok(await makeDraft('sample.txt', '# 報告\n正文'));
    await store.getState().startUp();
    expect(bridge.calls).toEqual(['takePendingDocuments', 'loadSample']);
    expect(store.getState().current?.document.fileName).toBe('sample.txt');
    expect(store.getState().recent).toHaveLength(1);
    expect(await db.documents.count()).toBe(1);
  });

  it('does not load the sample when documents exist, and shows the start screen', async () => {
    const { store, bridge } = freshStore();
    await store.getState().acceptDraft(await makeDraft('a.txt', 'a'));
    store.getState().closeDocument();
    // The start screen waits for the start-up to settle (no flash of it before a resumed document).
    expect(store.getState().startingUp).toBe(true);
    await store.getState().startUp();
    expect(store.getState().startingUp).toBe(false);
    expect(bridge.calls).not.toContain('loadSample');
    expect(store.getState().current).toBeNull();
    expect(store.getState().recent.map((d) => d.fileName)).toEqual(['a.txt']);
  });

  it('opens launch files instead of the sample', async () => {
    const { store, bridge } = freshStore();
    bridge.next.pending = [
      { fileName: 'cli.txt', result: ok(await makeDraft('cli.txt', 'from the command line')) },
    ];
    await store.getState().startUp();
    expect(bridge.calls).not.toContain('loadSample');
    expect(store.getState().current?.version.fileName).toBe('cli.txt');
  });

  it('does not duplicate the same bytes imported twice', async () => {
    const { store, db } = freshStore();
    const draft = await makeDraft('a.txt', 'same bytes');
    await store.getState().acceptDraft(draft);
    const firstId = store.getState().current?.version.id;
    store.getState().closeDocument();
    await store.getState().acceptDraft(draft);
    expect(store.getState().current?.version.id).toBe(firstId);
    expect(await db.documents.count()).toBe(1);
    expect(await db.versions.count()).toBe(1);
  });

  it('asks about a changed file with a known name: new draft → version 2 of the same document', async () => {
    const { store, db } = freshStore();
    await store.getState().acceptDraft(await makeDraft('r.txt', 'draft one'));
    const documentId = store.getState().current!.document.id;
    const pending = store.getState().acceptDraft(await makeDraft('r.txt', 'draft two'));
    await questionAsked(store);
    expect(store.getState().draftQuestion?.existing.id).toBe(documentId);
    store.getState().answerDraftQuestion('new-draft');
    await pending;
    expect(store.getState().draftQuestion).toBeNull();
    expect(store.getState().current?.document).toMatchObject({ id: documentId, versionCount: 2 });
    expect(store.getState().current?.version.number).toBe(2);
    expect(await db.documents.count()).toBe(1);
    expect(await db.versions.count()).toBe(2);
  });

  it('separate → a second document; cancel → nothing stored', async () => {
    const { store, db } = freshStore();
    await store.getState().acceptDraft(await makeDraft('r.txt', 'one'));
    let pending = store.getState().acceptDraft(await makeDraft('r.txt', 'two'));
    await questionAsked(store);
    store.getState().answerDraftQuestion('separate');
    await pending;
    expect(await db.documents.count()).toBe(2);
    pending = store.getState().acceptDraft(await makeDraft('r.txt', 'three'));
    await questionAsked(store);
    store.getState().answerDraftQuestion('cancel');
    await pending;
    expect(await db.documents.count()).toBe(2);
    expect(await db.versions.count()).toBe(2);
  });

  it('reports a failed import as a notice with the file name and stores nothing', async () => {
    const { store, bridge, db } = freshStore();
    bridge.next.dropped.push(err('binary-file', 'binary', { fileName: 'x.txt' }));
    await store.getState().importDropped({ name: 'x.txt', bytes: new Uint8Array([0, 1, 2]) });
    expect(store.getState().notices).toMatchObject([{ code: 'binary-file', fileName: 'x.txt' }]);
    expect(store.getState().importing).toBeNull();
    expect(await db.documents.count()).toBe(0);
    store.getState().dismissNotice(store.getState().notices[0]!.id);
    expect(store.getState().notices).toEqual([]);
  });

  it('a cancelled Open dialog changes nothing and reports nothing', async () => {
    const { store, bridge } = freshStore();
    bridge.next.openDocument.push(ok(null));
    await store.getState().openWithDialog();
    expect(store.getState().notices).toEqual([]);
    expect(store.getState().current).toBeNull();
  });

  it('reports a full disk as a quota notice, keeping what was saved', async () => {
    const { store, db } = freshStore();
    await store.getState().acceptDraft(await makeDraft('a.txt', 'kept'));
    const realAdd = db.versions.add.bind(db.versions);
    db.versions.add = (() =>
      Promise.reject(
        new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      )) as unknown as typeof realAdd;
    try {
      await store.getState().acceptDraft(await makeDraft('b.txt', 'too much'));
    } finally {
      db.versions.add = realAdd;
    }
    expect(store.getState().notices).toMatchObject([{ code: 'quota', fileName: 'b.txt' }]);
    expect(await db.documents.count()).toBe(1);
    expect(await db.versions.count()).toBe(1);
    expect(store.getState().current?.document.fileName).toBe('a.txt');
  });
});
