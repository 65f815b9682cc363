import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDraft } from '../test-support/drafts';
import { AppDb } from './app-db';
import { DocumentRepository } from './document-repository';
import { classifyStorageError } from './storage-errors';

const dbs: AppDb[] = [];
function freshRepo(): { db: AppDb; repo: DocumentRepository } {
  const db = new AppDb(`tickmark-test-${crypto.randomUUID()}`);
  dbs.push(db);
  return { db, repo: new DocumentRepository(db) };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const t0 = new Date('2026-11-01T10:00:00.000Z');
const t1 = new Date('2026-11-02T10:00:00.000Z');
const t2 = new Date('2026-11-03T10:00:00.000Z');

describe('DocumentRepository', () => {
  it('saves a new document with version 1, finds it by sha256 and file name', async () => {
    const { repo } = freshRepo();
    const draft = await makeDraft('report.txt', '# 報告\n第一段');
    const saved = await repo.saveImport(draft, { kind: 'new-document' }, t0);
    expect(saved.version.number).toBe(1);
    expect(saved.document).toMatchObject({
      fileName: 'report.txt',
      versionCount: 1,
      openedAt: t0.toISOString(),
    });
    expect(saved.document.latestVersionId).toBe(saved.version.id);
    expect((await repo.findVersionBySha256(draft.sha256))?.id).toBe(saved.version.id);
    expect((await repo.findByFileName('report.txt')).map((d) => d.id)).toEqual([saved.document.id]);
    expect(await repo.getVersion(saved.version.id)).toEqual(saved.version);
  });

  it('adds the next draft to the same lineage with number + 1', async () => {
    const { repo } = freshRepo();
    const first = await repo.saveImport(await makeDraft('r.txt', 'one'), { kind: 'new-document' }, t0);
    const second = await repo.saveImport(
      await makeDraft('r.txt', 'one, revised'),
      { kind: 'new-version', documentId: first.document.id },
      t1,
    );
    expect(second.version.number).toBe(2);
    expect(second.document).toMatchObject({
      id: first.document.id,
      versionCount: 2,
      latestVersionId: second.version.id,
    });
    expect((await repo.listVersions(first.document.id)).map((v) => v.number)).toEqual([1, 2]);
  });

  it('lists recent documents by openedAt, and touch moves one to the top', async () => {
    const { repo } = freshRepo();
    const a = await repo.saveImport(await makeDraft('a.txt', 'a'), { kind: 'new-document' }, t0);
    const b = await repo.saveImport(await makeDraft('b.txt', 'b'), { kind: 'new-document' }, t1);
    expect((await repo.listRecent()).map((d) => d.fileName)).toEqual(['b.txt', 'a.txt']);
    await repo.touch(a.document.id, t2);
    expect((await repo.listRecent()).map((d) => d.id)).toEqual([a.document.id, b.document.id]);
  });

  it('writes nothing when the transaction fails half-way', async () => {
    const { db, repo } = freshRepo();
    const first = await repo.saveImport(await makeDraft('a.txt', 'a'), { kind: 'new-document' }, t0);
    // The next import's document id collides with an existing one: its version row is written first, then
    // the document row fails, and the transaction must take the version row back out.
    const draft = await makeDraft('b.txt', 'b');
    const realRandom = crypto.randomUUID.bind(crypto);
    let calls = 0;
    crypto.randomUUID = () =>
      ++calls === 1
        ? (first.document.id as `${string}-${string}-${string}-${string}-${string}`)
        : realRandom();
    try {
      await expect(repo.saveImport(draft, { kind: 'new-document' }, t1)).rejects.toThrow();
    } finally {
      crypto.randomUUID = realRandom;
    }
    expect(await db.documents.count()).toBe(1);
    expect(await db.versions.count()).toBe(1);
  });

  it('refuses a new version of a document that does not exist', async () => {
    const { repo } = freshRepo();
    await expect(
      repo.saveImport(await makeDraft('a.txt', 'a'), { kind: 'new-version', documentId: 'nope' }),
    ).rejects.toThrow(RangeError);
  });

  it('rejects rows that do not match the schema when reading', async () => {
    const { db, repo } = freshRepo();
    await db.documents.add({ id: 'bad', fileName: 'x.txt' } as never);
    await expect(repo.getDocument('bad')).rejects.toThrow();
  });
});

describe('classifyStorageError', () => {
  it('recognises a quota error directly or wrapped by Dexie', () => {
    expect(classifyStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
    expect(classifyStorageError(new Error('other'))).toBe('storage');
  });
});
