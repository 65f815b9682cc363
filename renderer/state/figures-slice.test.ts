import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../db/app-db';
import { createTestBridge, makeDraft } from '../test-support/drafts';
import { selectLedgerRows } from './figures-slice';
import { createAppServices } from './services';
import { createAppStore } from './store';

const text = '# 經濟\n今年地區生產總值達到264億元，增長5.2%。\n新增就業崗位逾萬個，糧食產量穩定。';
/** The plain text drops the heading's "# ". */
const plain = text.replace('# ', '');
const gdpKey = '13:18';
const growthKey = '21:25';
const tenThousandKey = '34:36';
const quote = '2025年全年地區生產總值264.0亿元，比上年增长5.2%。';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function storeOn(name: string) {
  const db = new AppDb(name);
  dbs.push(db);
  let clock = Date.parse('2026-11-01T00:00:00.000Z');
  return createAppStore(createAppServices(createTestBridge(), db, () => new Date((clock += 1000))));
}

/** A store with the draft open, its annotations and figures loaded. */
async function openStore(name = `tickmark-figures-${crypto.randomUUID()}`) {
  const store = storeOn(name);
  await store.getState().acceptDraft(await makeDraft('report.txt', text));
  store.setState({ reviewerName: '審閱人' });
  await store.getState().loadAnnotations(store.getState().current!.version.id);
  await store.getState().loadFigures();
  return { store, name };
}

/** The same database opened again, as after a relaunch, with the same version open. */
async function reopen(previous: Awaited<ReturnType<typeof openStore>>) {
  const current = previous.store.getState().current!;
  const store = storeOn(previous.name);
  store.setState({ current, reviewerName: '審閱人' });
  await store.getState().loadAnnotations(current.version.id);
  await store.getState().loadFigures();
  return store;
}

const rows = (store: ReturnType<typeof storeOn>) => selectLedgerRows(store.getState());
const row = (store: ReturnType<typeof storeOn>, key: string) => rows(store).find((r) => r.key === key);

describe('figures slice', () => {
  it('lists detected figures as unverified rows without storing anything', async () => {
    const { store } = await openStore();
    expect(rows(store).map((r) => [r.key, r.text, r.status])).toEqual([
      [gdpKey, '264億元', 'unverified'],
      [growthKey, '5.2%', 'unverified'],
      [tenThousandKey, '萬個', 'unverified'],
    ]);
    expect(store.getState().annotationList).toHaveLength(0);
  });

  it('sets one status, bulk-sets several, and keeps a note; all survive a relaunch', async () => {
    const opened = await openStore();
    const { store } = opened;
    await store.getState().setFigureStatus([gdpKey], 'verified');
    expect(row(store, gdpKey)?.status).toBe('verified');
    await store.getState().setFigureStatus([growthKey, tenThousandKey], 'disputed');
    expect(rows(store).map((r) => r.status)).toEqual(['verified', 'disputed', 'disputed']);
    await store.getState().setFigureNote(gdpKey, '與公報一致');
    await store.getState().setFigureNote(gdpKey, '與公報一致');
    expect(store.getState().annotationList).toHaveLength(3);
    const again = await reopen(opened);
    expect(rows(again).map((r) => [r.status, r.note])).toEqual([
      ['verified', '與公報一致'],
      ['disputed', ''],
      ['disputed', ''],
    ]);
  });

  it('dismisses a figure for good: gone from the ledger after a relaunch', async () => {
    const opened = await openStore();
    await opened.store.getState().dismissFigure(tenThousandKey);
    expect(rows(opened.store).map((r) => r.key)).toEqual([gdpKey, growthKey]);
    const again = await reopen(opened);
    expect(rows(again).map((r) => r.key)).toEqual([gdpKey, growthKey]);
  });

  it('adds a missed figure from a selection, parsed or with the value typed in', async () => {
    const opened = await openStore();
    const { store } = opened;
    const start = plain.indexOf('糧食產量');
    expect(
      await store.getState().addManualFigure({ start, end: start + 4 }, { value: 650, unit: '萬噸' }),
    ).toBe(true);
    const manual = row(store, `${start}:${start + 4}`);
    expect(manual).toMatchObject({ origin: 'manual', value: 650, unit: '萬噸', text: '糧食產量' });
    expect(store.getState().selectedFigureKeys).toEqual([`${start}:${start + 4}`]);
    // A selection the detector can read keeps the parsed value.
    const parsed = plain.indexOf('逾萬個');
    await store.getState().addManualFigure({ start: parsed, end: parsed + 3 });
    const body = store.getState().annotationList.find((a) => a.target.start === parsed)?.body;
    expect(body).toMatchObject({ kind: 'figure', origin: 'manual', value: 10000, unit: '個' });
    expect(await store.getState().addManualFigure({ start: 5, end: 5 })).toBe(false);
    const again = await reopen(opened);
    expect(row(again, `${start}:${start + 4}`)).toMatchObject({ origin: 'manual', value: 650 });
  });

  it('adds a URL source with a quote that is matched like any source, and refuses bad input', async () => {
    const opened = await openStore();
    const { store } = opened;
    expect(await store.getState().addUrlSource('ftp://stats.example/x', quote)).toBe('url.badUrl');
    expect(await store.getState().addUrlSource('not a url', quote)).toBe('url.badUrl');
    expect(await store.getState().addUrlSource('https://stats.example/2025', '   ')).toBe('url.noQuote');
    expect(store.getState().figureSources).toHaveLength(0);
    expect(await store.getState().addUrlSource('https://stats.example/2025', quote)).toBeNull();
    const [source] = store.getState().figureSources;
    expect(source).toMatchObject({
      format: 'url',
      text: quote,
      url: 'https://stats.example/2025',
      regions: [],
    });
    expect(source!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const gdp = row(store, gdpKey)!;
    expect(gdp.matches.map((m) => m.sourceId)).toEqual([source!.id]);
    await store.getState().decideMatch(gdpKey, gdp.matches[0]!, 'accepted');
    expect(store.getState().figureLinks).toMatchObject([{ state: 'accepted', sourceId: source!.id }]);
    expect(row(store, gdpKey)?.status).toBe('traced');
    // The same quote again is the same source.
    await store.getState().addUrlSource('https://stats.example/2025', quote);
    expect(store.getState().figureSources).toHaveLength(1);
    const again = await reopen(opened);
    expect(again.getState().figureSources.map((s) => s.format)).toEqual(['url']);
    expect(again.getState().figureLinks).toHaveLength(1);
  });

  it('links a figure to a source by hand with a page, cell or quote locator', async () => {
    const { store } = await openStore();
    await store.getState().addUrlSource('https://stats.example/q', quote);
    const sourceId = store.getState().figureSources[0]!.id;
    // Page locators on a page-less source point at its start; cells must exist; quotes must be found.
    expect(await store.getState().linkFigureToSource(growthKey, sourceId, { kind: 'page', page: 0 })).toBe(
      'link.badPage',
    );
    expect(
      await store
        .getState()
        .linkFigureToSource(growthKey, sourceId, { kind: 'cell', sheet: 'S', cell: 'B2' }),
    ).toBe('link.noSuchCell');
    expect(
      await store.getState().linkFigureToSource(growthKey, sourceId, { kind: 'quote', quote: '不在來源' }),
    ).toBe('link.quoteNotFound');
    expect(store.getState().figureLinks).toHaveLength(0);
    expect(await store.getState().linkFigureToSource(growthKey, 'nope', { kind: 'page', page: 1 })).toBe(
      'link.noSource',
    );
    expect(
      await store.getState().linkFigureToSource(growthKey, sourceId, { kind: 'quote', quote: '增长5.2%' }),
    ).toBeNull();
    const link = store.getState().figureLinks[0]!;
    expect(link).toMatchObject({ state: 'accepted', locator: { kind: 'text' }, quote: '增长5.2%' });
    expect(quote.slice(link.start, link.end)).toBe('增长5.2%');
    expect(row(store, growthKey)).toMatchObject({ status: 'traced', annotationId: link.annotationId });
    expect(await store.getState().linkFigureToSource(gdpKey, sourceId, { kind: 'page', page: 3 })).toBeNull();
    expect(store.getState().figureLinks.find((l) => l.locator.kind === 'page')?.locator).toEqual({
      kind: 'page',
      page: 3,
    });
  });

  it('adds a team status to the legend, usable at once and kept in settings', async () => {
    const opened = await openStore();
    const { store } = opened;
    const add = store.getState().addCustomStatus;
    expect(await add({ label: '', letter: 'Q', colour: '#112233' })).toBe('legend.errorLabel');
    expect(await add({ label: 'Queried', letter: 'V', colour: '#112233' })).toBe('legend.errorLetterTaken');
    expect(await add({ label: 'Queried', letter: 'QQ', colour: '#112233' })).toBe('legend.errorLetter');
    expect(await add({ label: 'Queried', letter: 'q', colour: 'red' })).toBe('legend.errorColour');
    expect(await add({ label: '已詢問', letter: 'q', colour: '#112233', group: 'disputed' })).toBeNull();
    const mark = store.getState().figureLegend.at(-1)!;
    expect(mark).toMatchObject({ letter: 'Q', label: '已詢問', group: 'disputed', builtIn: false });
    await store.getState().setFigureStatus([gdpKey], mark.id);
    expect(row(store, gdpKey)?.status).toBe(mark.id);
    const again = await reopen(opened);
    expect(again.getState().figureLegend.at(-1)).toMatchObject({ id: mark.id, letter: 'Q' });
    expect(row(again, gdpKey)?.status).toBe(mark.id);
  });
});
