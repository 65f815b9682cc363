/**
 * Live views: two windows on one profile (two stores, each with its own Dexie instance of the same
 * database). What one writes shows in the other without a reload, because the annotations slice follows
 * the database (`followAnnotationsInDb`: a Dexie liveQuery that counts, then one read a moment later).
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TickmarkBridge } from '../../shared/ipc/contract';
import { createDocumentVersion } from '../../shared/model/document';
import { AppDb } from '../db/app-db';
import { createAppServices } from './services';
import { createAppStore } from './store';

/**
 * Waits for the other window to catch up: 5 s rather than vi.waitFor's 1 s, which a loaded 2-core machine ran
 * past once (the full suite beside a fresh clone's e2e run).
 */
const settled = (check: () => void): Promise<void> => vi.waitFor(check, { timeout: 5000 });

const text = '今年經濟增長5%。就業穩定。';
const version = createDocumentVersion(
  {
    title: 't',
    fileName: 't.txt',
    format: 'txt',
    encoding: 'utf-8',
    sha256: 'a'.repeat(64),
    byteLength: 10,
    doc: { type: 'doc' },
    text,
    paragraphs: 1,
  },
  'doc-1',
  1,
  { id: 'ver-1' },
);

const opened: AppDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
});

async function openWindow(name: string, reviewer: string) {
  const db = new AppDb(name);
  opened.push(db);
  const store = createAppStore(createAppServices({} as TickmarkBridge, db));
  store.setState({ current: { document: {} as never, version }, reviewerName: reviewer });
  await store.getState().loadAnnotations(version.id);
  const stop = store.getState().followAnnotationsInDb(version.id);
  return { store, stop };
}

describe('live annotations across windows', () => {
  it('shows what the other window adds, edits, replies and deletes, without a reload', async () => {
    const name = `tickmark-live-${crypto.randomUUID()}`;
    const first = await openWindow(name, 'Ana');
    const second = await openWindow(name, 'Bo');
    const list = (window: typeof first) => window.store.getState().annotationList;

    const created = await first.store
      .getState()
      .addAnnotation({ start: 2, end: 6 }, { kind: 'comment', text: 'Source?', resolved: false });
    await settled(() => expect(list(second).map((a) => a.id)).toEqual([created!.id]));

    await second.store
      .getState()
      .updateAnnotation(created!.id, { kind: 'comment', text: 'Bulletin p.3', resolved: true });
    await settled(() => expect(list(first)[0]?.body).toMatchObject({ text: 'Bulletin p.3', resolved: true }));

    const reply = await second.store.getState().addReply(created!.id, '見統計公報');
    await settled(() =>
      expect(
        first.store
          .getState()
          .repliesByAnnotation.get(created!.id)
          ?.map((r) => r.id),
      ).toEqual([reply!.id]),
    );

    first.store.getState().selectAnnotation(created!.id);
    await second.store.getState().deleteAnnotation(created!.id);
    await settled(() => expect(list(first)).toEqual([]));
    expect(first.store.getState().selectedAnnotationId).toBeNull();
    first.stop();
    second.stop();
    await Dexie.delete(name);
  });

  it('stops following when unsubscribed', async () => {
    const name = `tickmark-live-${crypto.randomUUID()}`;
    const first = await openWindow(name, 'Ana');
    const second = await openWindow(name, 'Bo');
    first.stop();
    await second.store.getState().addAnnotation({ start: 0, end: 2 }, { kind: 'highlight' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(first.store.getState().annotationList).toEqual([]);
    second.stop();
  });

  it('leaves its own writes as applied and keeps unchanged records when another window writes', async () => {
    const name = `tickmark-live-${crypto.randomUUID()}`;
    const first = await openWindow(name, 'Ana');
    const second = await openWindow(name, 'Bo');
    const a = await first.store.getState().addAnnotation({ start: 0, end: 2 }, { kind: 'highlight' });
    const b = await first.store
      .getState()
      .addAnnotation({ start: 2, end: 6 }, { kind: 'comment', text: 'Source?', resolved: false });
    await settled(() => expect(second.store.getState().annotationList).toHaveLength(2));
    // Our own write is not re-derived when the database is read again after it.
    const afterOwn = first.store.getState().annotationList;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(first.store.getState().annotationList).toBe(afterOwn);
    // Another window's edit replaces only the record it changed.
    const untouched = first.store.getState().annotationRecords.annotations.get(a!.id);
    await second.store
      .getState()
      .updateAnnotation(b!.id, { kind: 'comment', text: 'Bulletin p.3', resolved: false });
    await settled(() =>
      expect(first.store.getState().annotationRecords.annotations.get(b!.id)?.body).toMatchObject({
        text: 'Bulletin p.3',
      }),
    );
    expect(first.store.getState().annotationRecords.annotations.get(a!.id)).toBe(untouched);
    first.stop();
    second.stop();
    await Dexie.delete(name);
  });
});
