import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackupFile } from '../../shared/backup/backup-file';
import { err, ok } from '../../shared/result';
import { AppDb } from '../db/app-db';
import { createTestBridge, makeDraft, type TestBridge } from '../test-support/drafts';
import { backupFileName } from './backup-slice';
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
  const db = new AppDb(`tickmark-backup-slice-${crypto.randomUUID()}`);
  dbs.push(db);
  let clock = Date.parse('2026-11-01T00:00:00.000Z');
  const store = createAppStore(createAppServices(bridge, db, () => new Date((clock += 1000))));
  store.setState({ reviewerName: '陳審閱' });
  return { store, db, bridge };
}

/** A profile with one draft open, two annotations and a reply. */
async function annotated() {
  const profile = freshStore();
  const s = profile.store.getState;
  await s().acceptDraft(await makeDraft('report.txt', '# 報告\n全年增長5%，好於預期'));
  await s().loadAnnotations(s().current!.version.id);
  const first = await s().addAnnotation(
    { start: 3, end: 7 },
    { kind: 'comment', text: '來源？', resolved: false },
  );
  await s().addAnnotation({ start: 7, end: 9 }, { kind: 'comment', text: 'Check 5%', resolved: false });
  await s().addReply(first!.id, '統計公報');
  return profile;
}

/** Runs File > Back up review… and returns the text the bridge was asked to save. */
async function backUp(profile: ReturnType<typeof freshStore>): Promise<string> {
  await profile.store.getState().backUpReview();
  const saved = profile.bridge.saved.at(-1);
  expect(saved?.suggestedName).toMatch(/^Tickmark backup \d{4}-\d{2}-\d{2}\.tickmark-backup\.json$/);
  return saved!.content as string;
}

describe('backup slice', () => {
  it('backs up the whole profile and restores it into a fresh one with the same records', async () => {
    const source = await annotated();
    const text = await backUp(source);
    expect(source.store.getState().backupResult).toMatchObject({
      type: 'backed-up',
      counts: { documents: 1, versions: 1, annotations: 2, replies: 1, sources: 0, links: 0 },
    });
    expect(readBackupFile(text).ok).toBe(true);

    const target = freshStore();
    target.bridge.next.backups.push(ok({ fileName: 'b.tickmark-backup.json', text }));
    await target.store.getState().restoreBackup();
    expect(target.store.getState().backupResult).toMatchObject({
      type: 'restored',
      fileName: 'b.tickmark-backup.json',
      summary: {
        documents: { added: 1, updated: 0, kept: 0 },
        annotations: { added: 2, updated: 0, kept: 0 },
        replies: { added: 1, updated: 0, kept: 0 },
      },
    });
    for (const table of ['documents', 'versions', 'annotations', 'replies'] as const) {
      expect(await target.db.table(table).orderBy('id').toArray()).toEqual(
        await source.db.table(table).orderBy('id').toArray(),
      );
    }
    // The start screen's list shows the restored document without a reload.
    expect(target.store.getState().recent.map((d) => d.fileName)).toEqual(['report.txt']);
  });

  it('restoring into the profile it came from keeps everything and says so', async () => {
    const profile = await annotated();
    const text = await backUp(profile);
    profile.bridge.next.backups.push(ok({ fileName: 'same.json', text }));
    await profile.store.getState().restoreBackup();
    expect(profile.store.getState().backupResult).toMatchObject({
      type: 'restored',
      summary: { annotations: { added: 0, updated: 0, kept: 2 }, replies: { added: 0, updated: 0, kept: 1 } },
    });
  });

  it('refuses a damaged file with its reason and changes nothing', async () => {
    const profile = await annotated();
    const text = await backUp(profile);
    const before = await profile.db.annotations.toArray();
    const damaged = text.replace('"counts":{"documents":1', '"counts":{"documents":2');
    profile.bridge.next.backups.push(ok({ fileName: 'damaged.json', text: damaged }));
    await profile.store.getState().restoreBackup();
    expect(profile.store.getState().backupResult).toMatchObject({
      type: 'failed',
      action: 'restore',
      fileName: 'damaged.json',
      error: { code: 'corrupt', message: expect.stringMatching(/manifest lists 2 documents but it holds 1/) },
    });
    expect(await profile.db.annotations.toArray()).toEqual(before);
    // A refusal from main (too large, unreadable) is shown the same way.
    profile.bridge.next.backups.push(err('too-large', 'huge.json is 900 MB', { fileName: 'huge.json' }));
    await profile.store.getState().restoreBackup();
    expect(profile.store.getState().backupResult).toMatchObject({
      type: 'failed',
      error: { code: 'too-large' },
    });
  });

  it('a full disk while annotating: a quota notice, nothing saved is lost, and a backup still works', async () => {
    const profile = await annotated();
    const { db, store } = profile;
    // What Dexie throws when IndexedDB is full: an AbortError wrapping the QuotaExceededError.
    const realBulkPut = db.annotations.bulkPut.bind(db.annotations);
    const realAdd = db.annotations.add.bind(db.annotations);
    const full = () => {
      const abort = new Dexie.AbortError(
        'Transaction aborted',
        new DOMException('Quota', 'QuotaExceededError'),
      );
      return Promise.reject(abort);
    };
    db.annotations.add = full as unknown as typeof realAdd;
    db.annotations.bulkPut = full as unknown as typeof realBulkPut;
    try {
      const added = await store
        .getState()
        .addAnnotation({ start: 0, end: 2 }, { kind: 'comment', text: 'too much', resolved: false });
      expect(added).toBeNull();
    } finally {
      db.annotations.add = realAdd;
      db.annotations.bulkPut = realBulkPut;
    }
    expect(store.getState().notices).toMatchObject([{ code: 'quota' }]);
    expect(await db.annotations.count()).toBe(2);
    const text = await backUp(profile);
    const read = readBackupFile(text);
    expect(read.ok && read.value.manifest.counts.annotations).toBe(2);
  });

  it('names the file by date', () => {
    expect(backupFileName(new Date('2026-12-01T23:59:00.000Z'))).toBe(
      'Tickmark backup 2026-12-01.tickmark-backup.json',
    );
  });
});
