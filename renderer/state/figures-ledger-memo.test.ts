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
