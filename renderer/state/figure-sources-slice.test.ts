import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../db/app-db';
import { createTestBridge, makeDraft } from '../test-support/drafts';
import { isConflictOpen, selectLedgerRows, selectSourceReadings } from './figures-slice';
import { createAppServices } from './services';
import { createAppStore } from './store';
import { sourceRemovalIsLatest, undoLatest } from './undo-latest';

const text = '全年社會消費品零售總額140.55億元，同比增長12.7%。';
const key = '11:19';
const agreeing = '全區社會消費品零售總額140.55億元，增長12.7%。';
const differing = '據年報，全區社會消費品零售總額141.55億元。';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function openStore(name = `tickmark-sources-${crypto.randomUUID()}`) {
  const db = new AppDb(name);
  dbs.push(db);
  let clock = Date.parse('2026-11-01T00:00:00.000Z');
  const store = createAppStore(createAppServices(createTestBridge(), db, () => new Date((clock += 1000))));
  await store.getState().acceptDraft(await makeDraft('report.txt', text));
  await store.getState().loadAnnotations(store.getState().current!.version.id);
  await store.getState().loadFigures();
  // Every decision is signed: the reviewer's name is known before the first change.
  store.setState({ reviewerName: '審閱人' });
  return { store, db, name };
}
type Store = Awaited<ReturnType<typeof openStore>>['store'];
const row = (store: Store) => selectLedgerRows(store.getState()).find((r) => r.key === key)!;

describe('sources and conflicts in the figures slice', () => {
  it('keeps a conflict open until the auditor takes a source, and persists the decision', async () => {
    const { store, name } = await openStore();
    await store.getState().addUrlSource('https://stats.example/a', agreeing);
    expect(row(store).conflict).toBe(false);
    await store.getState().addUrlSource('https://stats.example/b', differing);
    const r = row(store);
    expect(r.verdicts.map((v) => v.verdict)).toEqual(['agrees', 'differs']);
    expect(isConflictOpen(r, store.getState().figureLinks)).toBe(true);
    expect(await store.getState().decideConflict(key, r.verdicts[0]!, '  ')).toBe('conflict.noReason');
    expect(await store.getState().decideConflict(key, r.verdicts[0]!, '統計局公報為準')).toBeNull();
    expect(isConflictOpen(row(store), store.getState().figureLinks)).toBe(false);
    expect(row(store).status).toBe('traced');
    const taken = store.getState().figureLinks.filter((l) => l.taken);
    expect(taken.map((l) => [l.sourceId, l.reason])).toEqual([[r.verdicts[0]!.sourceId, '統計局公報為準']]);

    // A relaunch reads the decision back; taking the other source moves it and disputes the figure.
    const again = (await openStore(name)).store;
    await again.getState().loadFigures();
    expect(isConflictOpen(row(again), again.getState().figureLinks)).toBe(false);
    await again.getState().decideConflict(key, row(again).verdicts[1]!, '年報更新');
    expect(
      again
        .getState()
        .figureLinks.filter((l) => l.taken)
        .map((l) => l.reason),
    ).toEqual(['年報更新']);
    expect(row(again).status).toBe('disputed');
  });

  it('removes a source with its links and brings both back on undo', async () => {
    const { store } = await openStore();
    await store.getState().addUrlSource('https://stats.example/a', agreeing);
    const source = store.getState().figureSources[0]!;
    await store.getState().decideMatch(key, row(store).matches[0]!, 'accepted');
    expect(store.getState().figureLinks).toHaveLength(1);
    await store.getState().removeSource(source.id);
    expect(store.getState().figureSources).toEqual([]);
    expect(store.getState().figureLinks).toEqual([]);
    expect(row(store).matches).toEqual([]);
    await store.getState().undoRemoveSource();
    expect(store.getState().figureSources.map((s) => s.id)).toEqual([source.id]);
    expect(store.getState().figureLinks.map((l) => l.sourceId)).toEqual([source.id]);
    expect(row(store).matches).toHaveLength(1);
    expect(store.getState().removedSource).toBeNull();
  });

  it('undoes a source removal with Ctrl+Z while no annotation action came after it', async () => {
    const { store } = await openStore();
    await store.getState().addUrlSource('https://stats.example/a', agreeing);
    const source = store.getState().figureSources[0]!;
    await store.getState().decideMatch(key, row(store).matches[0]!, 'accepted');
    await store.getState().removeSource(source.id);
    expect(sourceRemovalIsLatest(store.getState())).toBe(true);
    expect(await undoLatest(store.getState())).toBe(true);
    expect(store.getState().figureSources.map((s) => s.id)).toEqual([source.id]);
    expect(store.getState().figureLinks.map((l) => l.sourceId)).toEqual([source.id]);
    // Nothing left to undo of either kind once the removal is back.
    expect(sourceRemovalIsLatest(store.getState())).toBe(false);
  });

  it("reports each source's candidates and why a source gives none", async () => {
    const { store } = await openStore();
    await store.getState().addUrlSource('https://stats.example/a', agreeing);
    await store.getState().addUrlSource('https://stats.example/n', '本頁沒有任何數字。');
    const [a, n] = store.getState().figureSources;
    const readings = selectSourceReadings(store.getState());
    expect(readings.get(a!.id)).toMatchObject({ candidates: 2 });
    expect(readings.get(n!.id)).toMatchObject({ candidates: 0, reason: 'no-numbers' });
  });
});
