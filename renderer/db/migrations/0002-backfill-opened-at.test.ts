/** Migration 1 → 2: seed a version-1 database with fake-indexeddb, open the current AppDb, check the data. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb, currentSchemaVersion, schemaV1 } from '../app-db';

const names: string[] = [];
const freshName = () => {
  const name = `tickmark-migration-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};

afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

async function seedVersion1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(schemaV1);
  await v1.open();
  await v1.table('documents').bulkAdd([
    {
      id: 'doc-a',
      title: 'A',
      fileName: 'a.txt',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-03-04T05:06:07.000Z',
      latestVersionId: 'ver-a',
      versionCount: 1,
    },
    {
      id: 'doc-b',
      title: 'B',
      fileName: 'b.txt',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-02-01T00:00:00.000Z',
      latestVersionId: 'ver-b',
      versionCount: 1,
    },
  ]);
  await v1.table('settings').put({ key: 'zoom', value: 125 });
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('migration 0002: backfill openedAt', () => {
  it('gives every version-1 document openedAt = updatedAt and adds the new tables', async () => {
    const name = freshName();
    await seedVersion1(name);
    const db = new AppDb(name);
    await db.open();
    expect(db.verno).toBe(currentSchemaVersion);
    const documents = await db.documents.orderBy('openedAt').toArray();
    expect(documents.map((d) => [d.id, d.openedAt])).toEqual([
      ['doc-b', '2026-02-01T00:00:00.000Z'],
      ['doc-a', '2026-03-04T05:06:07.000Z'],
    ]);
    expect(await db.settings.get('zoom')).toEqual({ key: 'zoom', value: 125 });
    // The tables version 2 adds exist and are usable.
    await db.replies.add({ id: 'r1', annotationId: 'x', createdAt: '2026-01-01T00:00:00.000Z' });
    await db.sources.add({ id: 's1', documentId: 'doc-a', sha256: 'f'.repeat(64) });
    await db.links.add({ id: 'l1', annotationId: 'x', sourceId: 's1' });
    expect(await db.links.where('sourceId').equals('s1').count()).toBe(1);
    db.close();
  });

  it('keeps an openedAt that is already there', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores(schemaV1);
    await v1.table('documents').add({
      id: 'd',
      fileName: 'd.txt',
      updatedAt: '2026-01-01T00:00:00.000Z',
      openedAt: '2026-05-05T00:00:00.000Z',
    });
    v1.close();
    const db = new AppDb(name);
    expect((await db.documents.get('d'))?.openedAt).toBe('2026-05-05T00:00:00.000Z');
    db.close();
  });
});
