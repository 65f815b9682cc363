import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotation, createReply, type Annotation } from '../../shared/annotations/model';
import { readBackupFile, writeBackupFile } from '../../shared/backup/backup-file';
import { createDocumentVersion, type ReviewDocument } from '../../shared/model/document';
import { makeDraft } from '../test-support/drafts';
import { AppDb } from './app-db';
import { readBackupContents, restoreBackupContents } from './backup-repository';

const dbs: AppDb[] = [];
const freshDb = () => {
  const db = new AppDb(`tickmark-test-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const t0 = new Date('2026-11-01T10:00:00.000Z');
const t1 = new Date('2026-11-02T10:00:00.000Z');

async function seed(db: AppDb) {
  const draft = await makeDraft('report.txt', '# 報告\n全年增長5%，好於預期');
  const document: ReviewDocument = {
    id: 'doc-1',
    title: '報告',
    fileName: 'report.txt',
    createdAt: t0.toISOString(),
    updatedAt: t0.toISOString(),
    openedAt: t0.toISOString(),
    latestVersionId: 'ver-1',
    versionCount: 1,
  };
  const version = createDocumentVersion(draft, 'doc-1', 1, { id: 'ver-1', now: t0 });
  const annotation = (id: string, text: string, now = t0): Annotation =>
    createAnnotation(
      {
        documentId: 'doc-1',
        versionId: 'ver-1',
        target: { start: 3, end: 7, exact: '全年增長', prefix: '報告\n', suffix: '5%' },
        body: { kind: 'comment', text, resolved: false },
        author: 'Ana',
      },
      { id, now },
    );
  const annotations = [annotation('a-1', 'Source?'), annotation('a-2', 'Check 5%')];
  const replies = [
    createReply({ annotationId: 'a-1', author: 'Bo', text: '統計公報' }, { id: 'r-1', now: t0 }),
  ];
  const sources = [{ id: 's-1', documentId: 'doc-1', sha256: 'ab', text: '增長4.9%', format: 'txt' }];
  const links = [{ id: 'l-1', annotationId: 'a-2', sourceId: 's-1', start: 2, end: 6 }];
  await db.documents.put(document);
  await db.versions.put(version);
  await db.annotations.bulkPut(annotations);
  await db.replies.bulkPut(replies);
  await db.sources.bulkPut(sources);
  await db.links.bulkPut(links);
  return { document, version, annotations, replies, sources, links, annotation };
}

describe('backup and restore', () => {
  it('writes every table to one file and restores it into an empty profile unchanged', async () => {
    const source = freshDb();
    const seeded = await seed(source);
    const text = writeBackupFile(await readBackupContents(source), { now: t1, appVersion: '0.1.0' });
    const read = readBackupFile(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.manifest.counts).toEqual({
      documents: 1,
      versions: 1,
      annotations: 2,
      replies: 1,
      sources: 1,
      links: 1,
    });
    // Annotations travel as W3C Web Annotations.
    expect(JSON.parse(text).annotations.items[0]).toMatchObject({
      type: 'Annotation',
      motivation: 'commenting',
    });

    const target = freshDb();
    const summary = await restoreBackupContents(target, read.value.contents);
    expect(summary.annotations).toEqual({ added: 2, updated: 0, kept: 0 });
    expect(summary.documents).toEqual({ added: 1, updated: 0, kept: 0 });
    expect(await target.documents.toArray()).toEqual([seeded.document]);
    expect(await target.versions.toArray()).toEqual([seeded.version]);
    expect(await target.annotations.orderBy('id').toArray()).toEqual(seeded.annotations);
    expect(await target.replies.toArray()).toEqual(seeded.replies);
    expect(await target.sources.toArray()).toEqual(seeded.sources);
    expect(await target.links.toArray()).toEqual(seeded.links);
  });

  it('merges into a populated profile by id, newest wins, and says what it did', async () => {
    const db = freshDb();
    const seeded = await seed(db);
    const backup = readBackupFile(writeBackupFile(await readBackupContents(db)));
    if (!backup.ok) throw new Error(backup.error.message);
    // After the backup: a-1 edited here (newer than the backup), a-2 deleted here, a-3 added here.
    await db.annotations.put(seeded.annotation('a-1', 'Edited after the backup', t1));
    await db.annotations.delete('a-2');
    await db.annotations.put(seeded.annotation('a-3', 'Only here', t1));
    // Restoring brings a-2 back, keeps the newer local a-1 and leaves a-3 (unknown to the backup) alone.
    const summary = await restoreBackupContents(db, backup.value.contents);
    expect(summary.annotations).toEqual({ added: 1, updated: 0, kept: 1 });
    const rows = await db.annotations.orderBy('id').toArray();
    expect(rows.map((row) => [row.id, (row as unknown as Annotation).body])).toEqual([
      ['a-1', { kind: 'comment', text: 'Edited after the backup', resolved: false }],
      ['a-2', { kind: 'comment', text: 'Check 5%', resolved: false }],
      ['a-3', { kind: 'comment', text: 'Only here', resolved: false }],
    ]);

    // A backup newer than the profile replaces the older rows.
    const newer = backup.value.contents;
    newer.annotations = [
      seeded.annotation('a-1', 'From a newer backup', new Date('2026-11-09T00:00:00.000Z')),
    ];
    const second = await restoreBackupContents(db, newer);
    expect(second.annotations).toEqual({ added: 0, updated: 1, kept: 0 });
    expect(((await db.annotations.get('a-1')) as unknown as Annotation).body).toMatchObject({
      text: 'From a newer backup',
    });
  });

  it('recomputes the lineage of a document kept as newer when the backup brings more drafts', async () => {
    // The backup holds drafts 1 and 2; the profile has only draft 1 but a newer document record.
    const source = freshDb();
    const seeded = await seed(source);
    const draft2 = createDocumentVersion(await makeDraft('report.txt', '# 報告\n全年增長6%'), 'doc-1', 2, {
      id: 'ver-2',
      now: t1,
    });
    await source.versions.put(draft2);
    await source.documents.put({ ...seeded.document, latestVersionId: 'ver-2', versionCount: 2 });
    const backup = readBackupFile(writeBackupFile(await readBackupContents(source)));
    if (!backup.ok) throw new Error(backup.error.message);

    const target = freshDb();
    await seed(target);
    const renamed = { ...seeded.document, title: 'Renamed here', updatedAt: t1.toISOString() };
    await target.documents.put(renamed);
    const summary = await restoreBackupContents(target, backup.value.contents);
    expect(summary.documents).toEqual({ added: 0, updated: 0, kept: 1 });
    expect(summary.versions).toEqual({ added: 1, updated: 0, kept: 1 });
    // The local title (newer) stays; the lineage now counts the draft the backup brought.
    expect(await target.documents.get('doc-1')).toEqual({
      ...renamed,
      latestVersionId: 'ver-2',
      versionCount: 2,
    });
  });

  it('refuses damaged files with a message that says what is wrong', () => {
    expect(readBackupFile('{"manifest":')).toMatchObject({
      ok: false,
      error: { code: 'corrupt', message: expect.stringMatching(/not JSON/) },
    });
    expect(readBackupFile('{"hello":1}')).toMatchObject({
      ok: false,
      error: { code: 'corrupt', message: expect.stringMatching(/not a Tickmark backup/) },
    });
    const text = writeBackupFile({
      documents: [],
      versions: [],
      annotations: [],
      replies: [],
      sources: [{ id: 's' }],
      links: [],
    });
    const truncated = JSON.parse(text);
    truncated.sources = [];
    expect(readBackupFile(JSON.stringify(truncated))).toMatchObject({
      ok: false,
      error: { code: 'corrupt', message: expect.stringMatching(/manifest lists 1 sources but it holds 0/) },
    });
    const future = JSON.parse(text);
    future.manifest.formatVersion = 99;
    expect(readBackupFile(JSON.stringify(future))).toMatchObject({
      ok: false,
      error: { code: 'unsupported-format' },
    });
  });
});
