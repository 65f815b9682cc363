/**
 * The figures ledger is rebuilt only when figure annotations change: adding a highlight, claim or
 * comment must hand back the very same rows (rebuilding the ledger of a 1 MB draft on every annotation
 * added made "add one" over 5,000 annotations miss its 50 ms target; issue #3).
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { AppDb } from '../db/app-db';
import { createTestBridge, makeDraft } from '../test-support/drafts';
import { buildLedger } from '../../shared/figures/matching/ledger';
import { selectLedgerRows } from './figures-slice';
import { createAppServices } from './services';
import { createAppStore } from './store';

const text = '今年地區生產總值達到264億元，增長5.2%。\n新增就業崗位逾萬個，糧食產量穩定。';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function openStore() {
  const db = new AppDb(`tickmark-ledger-memo-${crypto.randomUUID()}`);
  dbs.push(db);
  const store = createAppStore(createAppServices(createTestBridge(), db));
  await store.getState().acceptDraft(await makeDraft('report.txt', text));
  store.setState({ reviewerName: '審閱人' });
  await store.getState().loadAnnotations(store.getState().current!.version.id);
  await store.getState().loadFigures();
  return store;
}

it('keeps the ledger rows when a non-figure annotation is added, rebuilds them for a figure one', async () => {
  const store = await openStore();
  const before = selectLedgerRows(store.getState());
  expect(before.length).toBeGreaterThan(0);
  expect(await store.getState().addAnnotation({ start: 0, end: 2 }, { kind: 'highlight' })).not.toBeNull();
  expect(
    await store
      .getState()
      .addAnnotation({ start: 2, end: 4 }, { kind: 'comment', text: '核對', resolved: false }),
  ).not.toBeNull();
  expect(selectLedgerRows(store.getState())).toBe(before);

  const first = before[0]!;
  await store.getState().setFigureStatus([first.key], 'traced');
  const after = selectLedgerRows(store.getState());
  expect(after).not.toBe(before);
  expect(after.find((r) => r.key === first.key)?.status).toBe('traced');
});

it('carries status, note and bulk changes over to the previous rows exactly as a rebuild would', async () => {
  const store = await openStore();
  const fresh = () => {
    const s = store.getState();
    const figures = s.annotationList.filter((a) => a.body.kind === 'figure');
    return buildLedger(s.current!.version.text, s.figureAudit!, figures, s.figureHeadings);
  };
  const rows0 = selectLedgerRows(store.getState());
  expect(rows0.length).toBeGreaterThanOrEqual(3);
  const [a, b, c] = rows0;
  // First touch creates the annotations (added on their rows), then statuses change in place.
  await store.getState().setFigureStatus([a!.key, b!.key, c!.key], 'verified');
  const rows1 = selectLedgerRows(store.getState());
  expect(rows1).toEqual(fresh());
  expect(rows1.slice(0, 3).map((r) => r.status)).toEqual(['verified', 'verified', 'verified']);
  if (rows0.length > 3) expect(rows1[3]).toBe(rows0[3]); // patched, not rebuilt
  await store.getState().setFigureStatus([b!.key], 'disputed');
  const rows2 = selectLedgerRows(store.getState());
  expect(rows2).toEqual(fresh());
  expect(rows2[1]!.status).toBe('disputed');
  // Untouched rows keep their identity: only the changed row re-renders.
  expect(rows2[0]).toBe(rows1[0]);
  expect(rows2[2]).toBe(rows1[2]);
  expect(rows2[1]).not.toBe(rows1[1]);
  await store.getState().setFigureNote(c!.key, '核對公報');
  expect(selectLedgerRows(store.getState())).toEqual(fresh());
  // Dismissing moves the join: a rebuild, the row leaves the ledger; restoring brings it back.
  await store.getState().dismissFigure(a!.key);
  expect(selectLedgerRows(store.getState())).toEqual(fresh());
  expect(selectLedgerRows(store.getState()).some((r) => r.key === a!.key)).toBe(false);
  await store.getState().restoreFigure(a!.key);
  expect(selectLedgerRows(store.getState())).toEqual(fresh());
  // A manual figure the detector missed.
  expect(await store.getState().addManualFigure({ start: 26, end: 30 }, { value: 1, unit: '萬個' })).toBe(
    true,
  );
  expect(selectLedgerRows(store.getState())).toEqual(fresh());
});
