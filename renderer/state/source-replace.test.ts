import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportedSource } from '../../shared/model/source';
import { ok } from '../../shared/result';
import { AppDb } from '../db/app-db';
import { createTestBridge, makeDraft } from '../test-support/drafts';
import { selectLedgerRows } from './figures-slice';
import { createAppServices } from './services';
import { createAppStore } from './store';
import { undoLatest } from './undo-latest';

const text = '全年社會消費品零售總額140.55億元，同比增長12.7%。';
const [total, growth] = ['11:19', '24:29'];

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A text source as main would extract it (sha256 from the text, so each text is its own file). */
async function textSource(fileName: string, body: string): Promise<ImportedSource> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
  const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return {
    title: fileName,
    fileName,
    format: 'txt',
    sha256,
    byteLength: body.length,
    text: body,
    regions: [],
  };
}

async function openStore() {
  const db = new AppDb(`tickmark-replace-${crypto.randomUUID()}`);
  dbs.push(db);
  const bridge = createTestBridge();
  let clock = Date.parse('2026-11-01T00:00:00.000Z');
  const store = createAppStore(createAppServices(bridge, db, () => new Date((clock += 1000))));
  await store.getState().acceptDraft(await makeDraft('report.txt', text));
  await store.getState().loadAnnotations(store.getState().current!.version.id);
  await store.getState().loadFigures();
  // Every decision is signed: the reviewer's name is known before the first change.
  store.setState({ reviewerName: '審計員' });
  /** The next file the Open dialog returns, then attached through the dialog. */
  const attach = async (source: ImportedSource) => {
    bridge.openSource = async () => ok(source);
    await store.getState().attachSourceFromDialog();
  };
  const replaceWith = async (oldId: string, source: ImportedSource) => {
    bridge.openSource = async () => ok(source);
    await store.getState().replaceSourceFromDialog(oldId);
  };
  return { store, db, attach, replaceWith };
}
type Store = Awaited<ReturnType<typeof openStore>>['store'];
const row = (store: Store, key: string) => selectLedgerRows(store.getState()).find((r) => r.key === key)!;

describe('replacing a source carries its links', () => {
  it('moves the links that still match, reports the others, and undo brings everything back', async () => {
    const { store, db, attach, replaceWith } = await openStore();
    await attach(await textSource('2024公報.txt', '全區社會消費品零售總額140.55億元，增長12.7%。'));
    const old = store.getState().figureSources[0]!;
    await store.getState().decideMatch(total, row(store, total).matches[0]!, 'accepted');
    await store.getState().decideMatch(growth, row(store, growth).matches[0]!, 'accepted');
    const before = store.getState().figureLinks.map((l) => ({ ...l }));
    const totalLink = before.find((l) => l.annotationId === row(store, total).annotationId)!;
    expect(before).toHaveLength(2);

    // The corrected bulletin states the total again (further on) but another growth rate.
    const corrected = '（修訂）說明。全區社會消費品零售總額140.55億元，增長13.1%。';
    await replaceWith(old.id, await textSource('2024公報-修訂.txt', corrected));
    const pending = store.getState().pendingReplace!;
    expect(pending.outcomes.map((o) => (o.carried ? 'moves' : o.reason))).toEqual(['moves', 'differs']);
    expect(pending.figureTexts).toEqual(['140.55億元', '12.7%']);
    // Nothing is written before the reviewer confirms.
    expect(await db.sources.count()).toBe(1);
    expect(store.getState().figureLinks).toEqual(before);

    await store.getState().confirmReplace();
    const [next] = store.getState().figureSources;
    expect(store.getState().figureSources.map((s) => s.fileName)).toEqual(['2024公報-修訂.txt']);
    const links = store.getState().figureLinks;
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ id: totalLink.id, sourceId: next!.id, state: 'accepted' });
    expect(corrected.slice(links[0]!.start, links[0]!.end)).toBe('140.55億元');
    expect(store.getState().removedSource?.replacement).toMatchObject({ moved: 1, added: true });
    // The figure's verdict now comes from the new file: the growth rate differs there.
    expect(row(store, growth).verdicts.map((v) => v.verdict)).toEqual(['differs']);

    expect(await undoLatest(store.getState())).toBe(true);
    expect(store.getState().figureSources.map((s) => s.id)).toEqual([old.id]);
    expect(
      store
        .getState()
        .figureLinks.map((l) => ({ ...l }))
        .sort((a, b) => a.start - b.start),
    ).toEqual([...before].sort((a, b) => a.start - b.start));
    expect(await db.sources.count()).toBe(1);
  });

  it('carries a taken differing source while the new file states the same other value', async () => {
    const { store, attach, replaceWith } = await openStore();
    await attach(await textSource('年報.txt', '據年報，全區社會消費品零售總額141.55億元。'));
    const old = store.getState().figureSources[0]!;
    const verdict = row(store, total).verdicts[0]!;
    expect(verdict.verdict).toBe('differs');
    expect(await store.getState().decideConflict(total, verdict, '年報為準')).toBeNull();

    await replaceWith(
      old.id,
      await textSource('年報v2.txt', '據年報（第二版），全區社會消費品零售總額141.55億元。'),
    );
    expect(store.getState().pendingReplace!.outcomes.map((o) => o.carried)).toEqual([true]);
    store.getState().cancelReplace();
    expect(store.getState().pendingReplace).toBeNull();
    expect(store.getState().figureSources.map((s) => s.id)).toEqual([old.id]);

    // A file that now agrees with the draft does not carry a link made to a differing value.
    await replaceWith(old.id, await textSource('年報v3.txt', '據年報，全區社會消費品零售總額140.55億元。'));
    expect(store.getState().pendingReplace!.outcomes.map((o) => (o.carried ? 'moves' : o.reason))).toEqual([
      'agrees-now',
    ]);
    await store.getState().confirmReplace();
    expect(store.getState().figureLinks).toEqual([]);
    await store.getState().undoRemoveSource();
    expect(store.getState().figureLinks.map((l) => [l.sourceId, l.taken, l.reason])).toEqual([
      [old.id, true, '年報為準'],
    ]);
  });
});
