/**
 * Every decision signed, bulk changes as one undo step, dismissed figures restorable: the figures slice
 * with a real (fake-indexeddb) database, the reviewer's name asked before the first change of any kind.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../db/app-db';
import { createTestBridge, makeDraft } from '../test-support/drafts';
import { annotationEvents } from './annotation-events';
import { selectDismissedRows } from './figures-dismissed';
import { selectLedgerRows } from './figures-slice';
import { createAppServices } from './services';
import { createAppStore } from './store';

const text = '# 經濟\n今年地區生產總值達到264億元，增長5.2%。\n新增就業崗位逾萬個，糧食產量穩定。';
const gdpKey = '13:18';
const growthKey = '21:25';
const tenThousandKey = '34:36';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function openStore(reviewerName: string) {
  const db = new AppDb(`tickmark-signed-${crypto.randomUUID()}`);
  dbs.push(db);
  let clock = Date.parse('2026-12-02T02:14:00.000Z');
  const store = createAppStore(createAppServices(createTestBridge(), db, () => new Date((clock += 60_000))));
  await store.getState().acceptDraft(await makeDraft('report.txt', text));
  store.setState({ reviewerName });
  await store.getState().loadAnnotations(store.getState().current!.version.id);
  await store.getState().loadFigures();
  return store;
}
type Store = Awaited<ReturnType<typeof openStore>>;
const statuses = (store: Store) => selectLedgerRows(store.getState()).map((r) => r.status);
const figureOf = (store: Store, key: string) =>
  store
    .getState()
    .annotationList.find((a) => `${a.target.start}:${a.target.end}` === key && a.body.kind === 'figure')!;

describe('signed decisions on figures', () => {
  it('asks for the name once before the first status change, then signs it', async () => {
    const store = await openStore('');
    const first = store.getState().setFigureStatus([gdpKey], 'verified');
    const second = store.getState().setFigureNote(growthKey, '見公報');
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Nothing is written while the name is unknown, and both changes wait on one prompt.
    expect(store.getState().namePromptPending).not.toBeNull();
    expect(store.getState().annotationList).toHaveLength(0);
    await store.getState().resolveNamePrompt('李審計');
    await Promise.all([first, second]);
    const gdp = figureOf(store, gdpKey);
    expect(gdp.author).toBe('李審計');
    expect(annotationEvents(gdp)).toEqual([
      { type: 'status', from: 'unverified', to: 'verified', by: '李審計', at: expect.any(String) },
    ]);
    expect(annotationEvents(figureOf(store, growthKey)).map((e) => `${e.type} ${e.by}`)).toEqual([
      'note 李審計',
    ]);
  });

  it('changes nothing when the reviewer cancels the name prompt', async () => {
    const store = await openStore('');
    const change = store.getState().setFigureStatus([gdpKey], 'verified');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store.getState().resolveNamePrompt(null);
    await change;
    expect(store.getState().annotationList).toHaveLength(0);
    expect(statuses(store)).toEqual(['unverified', 'unverified', 'unverified']);
  });

  it('records each status change from → to with who and when', async () => {
    const store = await openStore('李審計');
    await store.getState().setFigureStatus([gdpKey], 'verified');
    store.setState({ reviewerName: '王代表' });
    await store.getState().setFigureStatus([gdpKey], 'disputed');
    const events = annotationEvents(figureOf(store, gdpKey));
    expect(events.map((e) => [e.from, e.to, e.by])).toEqual([
      ['unverified', 'verified', '李審計'],
      ['verified', 'disputed', '王代表'],
    ]);
    expect(events[1]!.at > events[0]!.at).toBe(true);
  });

  it('a bulk status change on three rows is one undo step', async () => {
    const store = await openStore('李審計');
    await store.getState().setFigureStatus([gdpKey], 'verified');
    await store.getState().setFigureStatus([gdpKey, growthKey, tenThousandKey], 'disputed');
    expect(statuses(store)).toEqual(['disputed', 'disputed', 'disputed']);
    expect(await store.getState().undoAnnotation()).toBe(true);
    expect(statuses(store)).toEqual(['verified', 'unverified', 'unverified']);
    expect(await store.getState().redoAnnotation()).toBe(true);
    expect(statuses(store)).toEqual(['disputed', 'disputed', 'disputed']);
  });

  it('lists dismissed figures and restores one with a signed event', async () => {
    const store = await openStore('李審計');
    await store.getState().dismissFigure(growthKey);
    expect(selectLedgerRows(store.getState()).map((r) => r.key)).toEqual([gdpKey, tenThousandKey]);
    expect(selectDismissedRows(store.getState()).map((r) => r.key)).toEqual([growthKey]);
    await store.getState().restoreFigure(growthKey);
    expect(selectLedgerRows(store.getState()).map((r) => r.key)).toEqual([gdpKey, growthKey, tenThousandKey]);
    expect(selectDismissedRows(store.getState())).toEqual([]);
    expect(annotationEvents(figureOf(store, growthKey)).map((e) => e.type)).toEqual([
      'dismissed',
      'restored',
    ]);
  });

  it('signs a source link with the reviewer and time', async () => {
    const store = await openStore('李審計');
    expect(
      await store.getState().addUrlSource('https://stats.example/a', '地區生產總值264億元，增長5.2%。'),
    ).toBeNull();
    const source = store.getState().figureSources[0]!;
    expect(
      await store.getState().linkFigureToSource(gdpKey, source.id, { kind: 'quote', quote: '264億元' }),
    ).toBeNull();
    expect(store.getState().figureLinks.map((l) => [l.by, l.state])).toEqual([['李審計', 'accepted']]);
  });
});
