import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TickmarkBridge } from '../../shared/ipc/contract';
import { createDocumentVersion } from '../../shared/model/document';
import { AnnotationRepository } from '../db/annotation-repository';
import { AppDb } from '../db/app-db';
import { createAppServices } from './services';
import { createAppStore } from './store';

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
let db: AppDb;
afterEach(() => db?.close());

async function setup() {
  db = new AppDb(`tickmark-slice-${crypto.randomUUID()}`);
  let tick = 0;
  // The annotations slice never calls the bridge; the documents slice is not exercised here.
  const services = createAppServices(
    {} as TickmarkBridge,
    db,
    () => new Date(Date.UTC(2026, 10, 24, 10, 0, tick++)),
  );
  const store = createAppStore(services);
  store.setState({ current: { document: {} as never, version }, reviewerName: '林審閱' });
  await store.getState().loadAnnotations(version.id);
  return { store, repo: new AnnotationRepository(db) };
}

describe('annotations slice', () => {
  it('creates an annotation with selectors, the reviewer as author, and stores it before showing it', async () => {
    const { store, repo } = await setup();
    const created = await store
      .getState()
      .addAnnotation({ start: 2, end: 6 }, { kind: 'claim', category: 'achievement', tags: ['GDP'] });
    expect(created).toMatchObject({
      author: '林審閱',
      target: { start: 2, end: 6, exact: '經濟增長', prefix: '今年', suffix: '5%。就業穩定。' },
    });
    expect(await repo.get(created!.id)).toEqual(created);
    expect(store.getState().annotationList).toEqual([created]);
    expect(store.getState().annotationSearchIndex.get(created!.id)?.text).toContain('gdp');
  });

  it('keeps the list in text order and threads replies', async () => {
    const { store } = await setup();
    const later = await store.getState().addAnnotation({ start: 9, end: 13 }, { kind: 'highlight' });
    const thread = await store
      .getState()
      .addAnnotation({ start: 0, end: 2 }, { kind: 'comment', text: '?', resolved: false });
    expect(store.getState().annotationList.map((a) => a.id)).toEqual([thread!.id, later!.id]);
    const reply = await store.getState().addReply(thread!.id, ' 見公報 ');
    await store.getState().editReply(reply!.id, '見統計公報');
    expect(
      store
        .getState()
        .repliesByAnnotation.get(thread!.id)
        ?.map((r) => r.text),
    ).toEqual(['見統計公報']);
    expect(await store.getState().addReply('missing', 'x')).toBeNull();
  });

  it('undoes and redoes create, update and delete (with replies), in storage too', async () => {
    const { store, repo } = await setup();
    const s = () => store.getState();
    const thread = await s().addAnnotation(
      { start: 0, end: 2 },
      { kind: 'comment', text: 'why', resolved: false },
    );
    const reply = await s().addReply(thread!.id, 'because');
    await s().updateAnnotation(thread!.id, { kind: 'comment', text: 'why', resolved: true });
    await s().deleteAnnotation(thread!.id);
    expect(await repo.countByVersion(version.id)).toBe(0);

    expect(await s().undoAnnotation()).toBe(true); // delete
    expect((await repo.loadVersion(version.id)).replies).toEqual([reply]);
    expect(s().annotationRecords.annotations.get(thread!.id)?.body).toMatchObject({ resolved: true });
    await s().undoAnnotation(); // resolve
    expect((await repo.get(thread!.id))?.body).toMatchObject({ resolved: false });
    await s().undoAnnotation(); // reply
    await s().undoAnnotation(); // create
    expect(await repo.countByVersion(version.id)).toBe(0);
    expect(await s().undoAnnotation()).toBe(false);

    await s().redoAnnotation();
    await s().redoAnnotation();
    expect(s().repliesByAnnotation.get(thread!.id)).toEqual([reply]);
    expect(await repo.countByVersion(version.id)).toBe(1);
  });

  it('reports a failed write and changes nothing in memory', async () => {
    const { store } = await setup();
    db.close(); // every later transaction fails
    const created = await store.getState().addAnnotation({ start: 0, end: 2 }, { kind: 'highlight' });
    expect(created).toBeNull();
    expect(store.getState().annotationList).toEqual([]);
    expect(store.getState().notices.map((n) => n.code)).toEqual(['storage']);
    expect(store.getState().annotationHistory.undo).toHaveLength(0);
  });

  it('reloads what was stored for the version', async () => {
    const { store } = await setup();
    await store.getState().addAnnotation({ start: 0, end: 2 }, { kind: 'highlight' });
    const again = createAppStore(createAppServices({} as TickmarkBridge, db));
    await again.getState().loadAnnotations(version.id);
    expect(again.getState().annotationList).toEqual(store.getState().annotationList);
  });

  it('applies an in-place change without re-sorting and says which records it touched', async () => {
    const { store } = await setup();
    const a = await store.getState().addAnnotation({ start: 0, end: 2 }, { kind: 'highlight' });
    const b = await store
      .getState()
      .addAnnotation({ start: 2, end: 6 }, { kind: 'comment', text: '來源?', resolved: false });
    const c = await store.getState().addAnnotation({ start: 9, end: 11 }, { kind: 'highlight' });
    const before = store.getState();
    expect(before.annotationList.map((x) => x.id)).toEqual([a!.id, b!.id, c!.id]);
    expect(
      await store.getState().updateAnnotation(b!.id, { kind: 'comment', text: '統計公報', resolved: true }),
    ).toBe(true);
    const after = store.getState();
    // Same order, the untouched entries the same objects, the changed one replaced.
    expect(after.annotationList.map((x) => x.id)).toEqual([a!.id, b!.id, c!.id]);
    expect(after.annotationList[0]).toBe(before.annotationList[0]);
    expect(after.annotationList[2]).toBe(before.annotationList[2]);
    expect(after.annotationList[1]!.body).toMatchObject({ text: '統計公報', resolved: true });
    expect(after.repliesByAnnotation).toBe(before.repliesByAnnotation);
    expect(after.annotationRecordsDelta).toEqual({
      base: before.annotationRecords.annotations,
      ids: [b!.id],
    });
    // A load (no known change) says nothing was touched: everything is compared.
    await store.getState().loadAnnotations(version.id);
    expect(store.getState().annotationRecordsDelta).toBeNull();
  });
});
