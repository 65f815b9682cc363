import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSampleReview } from '../../shared/annotations/sample-review';
import { readWebAnnotationText } from '../../shared/annotations/w3c-import';
import type { LedgerTable } from '../../shared/figures/ledger-table';
import { createDocumentVersion, type ReviewDocument } from '../../shared/model/document';
import { ok } from '../../shared/result';
import { AnnotationRepository } from '../db/annotation-repository';
import { AppDb } from '../db/app-db';
import { createTestBridge, type TestBridge } from '../test-support/drafts';
import { createAppServices } from './services';
import { createAppStore } from './store';
// The bundled sample report, read by Vite as text (renderer code may not import node:fs).
import text from '../../resources/samples/hecheng-work-report.txt?raw';

const draft = {
  title: '鶴城區政府工作報告',
  fileName: 'report.txt',
  format: 'txt' as const,
  encoding: 'utf-8',
  sha256: 'a'.repeat(64),
  byteLength: 10,
  doc: { type: 'doc' },
  text,
  paragraphs: 1,
};
const dbs: AppDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

/** A profile with the sample open as version `versionId` of document `documentId`. */
async function profile(documentId: string, versionId: string) {
  const db = new AppDb(`tickmark-review-io-${crypto.randomUUID()}`);
  dbs.push(db);
  const bridge: TestBridge = createTestBridge();
  const services = createAppServices(bridge, db, () => new Date('2026-12-01T00:00:00.000Z'));
  const version = createDocumentVersion(draft, documentId, 1, { id: versionId });
  await db.versions.put(version);
  const store = createAppStore(services);
  const document = { id: documentId, title: draft.title } as ReviewDocument;
  store.setState({ current: { document, version }, reviewerName: '陳審閱' });
  await store.getState().loadAnnotations(version.id);
  return { db, bridge, store, repo: new AnnotationRepository(db), version };
}

describe('review io slice', () => {
  it('export → import into a fresh profile → export again gives the same annotations', async () => {
    const a = await profile('doc-a', 'ver-a');
    const review = makeSampleReview(text, { documentId: 'doc-a', versionId: 'ver-a' });
    await a.repo.bulkPut(review.annotations, review.replies);
    await a.store.getState().loadAnnotations('ver-a');
    await a.store.getState().exportWebAnnotations();
    expect(a.store.getState().reviewIoResult).toEqual({
      type: 'exported',
      what: 'web-annotations',
      fileName: '鶴城區政府工作報告 - draft 1.jsonld',
      count: 9,
    });
    const first = a.bridge.saved[0]!.content as string;

    const b = await profile('doc-b', 'ver-b');
    const read = readWebAnnotationText(first, { fileName: 'review.jsonld' });
    if (!read.ok) throw new Error(read.error.message);
    b.bridge.next.webAnnotations.push(ok({ fileName: 'review.jsonld', file: read.value }));
    await b.store.getState().importWebAnnotations();
    expect(b.store.getState().reviewIoResult).toMatchObject({
      type: 'imported',
      match: 'this-version',
      added: 7,
      updated: 0,
      unchanged: 0,
      replies: { added: 2, updated: 0, unchanged: 0 },
      orphans: [],
      issues: [],
    });
    expect(b.store.getState().annotationList).toHaveLength(7);
    await b.store.getState().exportWebAnnotations();
    const second = JSON.parse(b.bridge.saved[0]!.content as string);
    const items = (json: { first: { items: Record<string, unknown>[] } }) =>
      json.first.items.map((item) => ({ ...item, 'tickmark:documentId': null, 'tickmark:versionId': null }));
    expect(items(second)).toEqual(items(JSON.parse(first)));
  });

  it('an import is ONE undo step: Ctrl+Z restores exactly what was stored before, redo brings it back', async () => {
    const a = await profile('doc-a', 'ver-a');
    const review = makeSampleReview(text, { documentId: 'doc-a', versionId: 'ver-a' });
    await a.repo.bulkPut(review.annotations, review.replies);
    await a.store.getState().loadAnnotations('ver-a');
    await a.store.getState().exportWebAnnotations();
    const read = readWebAnnotationText(a.bridge.saved[0]!.content as string);
    if (!read.ok) throw new Error(read.error.message);

    // B already has an older copy of one of A's annotations, and a comment of its own.
    const b = await profile('doc-b', 'ver-b');
    const shared = review.annotations.find((x) => x.kind === 'comment')!;
    const older = {
      ...shared,
      documentId: 'doc-b',
      versionId: 'ver-b',
      body: { kind: 'comment' as const, text: 'older text', resolved: false },
      updatedAt: '2000-01-01T00:00:00.000Z',
    };
    await b.repo.bulkPut([older], []);
    await b.store.getState().loadAnnotations('ver-b');
    await b.store.getState().addAnnotation(
      { start: 0, end: 4 },
      {
        kind: 'comment',
        text: 'mine',
        resolved: false,
      },
    );
    const rows = async () => ({
      annotations: (await b.db.annotations.where('versionId').equals('ver-b').toArray()).sort((x, y) =>
        x.id.localeCompare(y.id),
      ),
      replies: (await b.db.replies.toArray()).sort((x, y) => x.id.localeCompare(y.id)),
    });
    const memory = () =>
      [...b.store.getState().annotationRecords.annotations.values()].sort((x, y) => x.id.localeCompare(y.id));
    const before = await rows();
    const beforeMemory = memory();
    const undoDepth = b.store.getState().annotationHistory.undo.length;

    b.bridge.next.webAnnotations.push(ok({ fileName: 'review.jsonld', file: read.value }));
    await b.store.getState().importWebAnnotations();
    expect(b.store.getState().reviewIoResult).toMatchObject({ type: 'imported', added: 6, updated: 1 });
    const after = await rows();
    expect(after.annotations).toHaveLength(8);
    expect(after.replies).toHaveLength(2);
    // The store got the merged rows without a reload, and the import is one step on the stack.
    expect(memory()).toEqual(after.annotations);
    expect(b.store.getState().annotationHistory.undo).toHaveLength(undoDepth + 1);

    expect(await b.store.getState().undoAnnotation()).toBe(true);
    expect(await rows()).toEqual(before);
    expect(memory()).toEqual(beforeMemory);
    expect(b.store.getState().annotationList.find((x) => x.id === shared.id)?.body).toEqual(older.body);

    expect(await b.store.getState().redoAnnotation()).toBe(true);
    expect(await rows()).toEqual(after);
    expect(memory()).toEqual(after.annotations);
  });

  it('a file for another document changes nothing and says why', async () => {
    const b = await profile('doc-b', 'ver-b');
    const foreign = readWebAnnotationText(
      JSON.stringify([
        {
          id: 'urn:uuid:x',
          type: 'Annotation',
          bodyValue: 'x',
          target: { selector: { type: 'TextQuoteSelector', exact: 'not in this report' } },
        },
      ]),
    );
    if (!foreign.ok) throw new Error(foreign.error.message);
    b.bridge.next.webAnnotations.push(ok({ fileName: 'other.jsonld', file: foreign.value }));
    await b.store.getState().importWebAnnotations();
    expect(b.store.getState().reviewIoResult).toMatchObject({
      type: 'failed',
      action: 'import',
      fileName: 'other.jsonld',
      error: { code: 'invalid-argument', detail: { placed: 0, total: 1 } },
    });
    expect(await b.repo.countByVersion('ver-b')).toBe(0);
  });

  it('exports the ledger with every detected figure and the decisions', async () => {
    const a = await profile('doc-a', 'ver-a');
    const review = makeSampleReview(text, { documentId: 'doc-a', versionId: 'ver-a' });
    await a.repo.bulkPut(review.annotations, review.replies);
    await a.store.getState().loadAnnotations('ver-a');
    await a.store.getState().exportFigureLedger();
    const table = a.bridge.saved[0]!.content as LedgerTable;
    expect(a.bridge.calls).toContain('saveFigureLedger:鶴城區政府工作報告 - draft 1 - figures.xlsx');
    expect(table.figures.length).toBeGreaterThan(50);
    expect(table.figures.find((f) => f.figure === '264億元')).toMatchObject({
      statusLetter: 'V',
      reviewer: '陳審閱',
    });
    expect(a.store.getState().reviewIoResult).toMatchObject({ type: 'exported', what: 'ledger' });
  });
});
