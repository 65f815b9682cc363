/** Migration 2 → 3: seed a version-2 database, open the current AppDb, data intact and drafts usable. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb, schemaV2 } from '../app-db';
import { DraftRepository, replyDraftKey } from '../draft-repository';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('migration 0003: drafts table', () => {
  it('keeps version-2 rows and adds an empty drafts table indexed by version and document', async () => {
    const name = `tickmark-migration-${crypto.randomUUID()}`;
    names.push(name);
    const v2 = new Dexie(name);
    v2.version(2).stores(schemaV2);
    await v2.open();
    const annotation = { id: 'a1', documentId: 'doc-a', versionId: 'ver-a', kind: 'comment', updatedAt: 'x' };
    await v2.table('annotations').add(annotation);
    await v2.table('settings').add({ key: 'reviewerName', value: '李審計' });
    v2.close();

    const db = new AppDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.annotations.get('a1')).toEqual(annotation);
    expect(await db.settings.get('reviewerName')).toEqual({ key: 'reviewerName', value: '李審計' });
    expect(await db.drafts.count()).toBe(0);

    const drafts = new DraftRepository(db);
    await drafts.put({
      key: replyDraftKey('a1'),
      documentId: 'doc-a',
      versionId: 'ver-a',
      annotationId: 'a1',
      value: { text: '未完的回覆' },
      updatedAt: '2026-12-01T00:00:00.000Z',
    });
    expect((await drafts.listByVersion('ver-a')).map((d) => d.value)).toEqual([{ text: '未完的回覆' }]);
    expect(await drafts.countByDocument()).toEqual(new Map([['doc-a', 1]]));
    // A row that no longer parses is skipped, not fatal.
    await db.drafts.put({ key: 'broken', documentId: 'doc-a', versionId: 'ver-a', updatedAt: 'x' });
    expect(await drafts.listByVersion('ver-a')).toHaveLength(1);
    db.close();
  });
});
