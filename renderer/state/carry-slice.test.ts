import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotation, createReply } from '../../shared/annotations/model';
import { createTarget } from '../../shared/annotations/selectors';
import type { CarryMeta, FigureHistoryEntry } from '../../shared/anchoring/carry-records';
import { AnnotationRepository } from '../db/annotation-repository';
import { AppDb } from '../db/app-db';
import { createTestBridge, makeDraft } from '../test-support/drafts';
import { createAppServices } from './services';
import { selectCarryQueue, selectOrphans } from './carry-slice';
import { createAppStore } from './store';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const draft1 = [
  '一、工作回顧',
  '',
  '全年實現區內生產總值264億元，同比增長4.9%；完成公共財政收入9.1億元。',
  '',
  '產業轉型穩中有效。新增果蔬基地3200畝，超級稻基地8100畝。',
  '',
  '城市建設全面提速。新建道路12條，改造老舊小區46個。',
].join('\n');
const draft2 = draft1
  .replace('264億元', '265億元')
  .replace('新建道路12條，', '')
  .replace('產業轉型穩中有效。', '產業轉型穩中向好。');

describe('carry slice', () => {
  it('carries the review onto a new draft in one go, keeps history, and takes decisions', async () => {
    const db = new AppDb(`tickmark-carry-${crypto.randomUUID()}`);
    dbs.push(db);
    let clock = Date.parse('2026-11-01T00:00:00.000Z');
    const store = createAppStore(createAppServices(createTestBridge(), db, () => new Date((clock += 1000))));
    await store.getState().acceptDraft(await makeDraft('report.txt', draft1));
    const v1 = store.getState().current!.version;
    const text = v1.text;
    const on = (quote: string) => createTarget(text, text.indexOf(quote), text.indexOf(quote) + quote.length);
    const base = { documentId: v1.documentId, versionId: v1.id, author: 'Lin' };
    const figure = createAnnotation({
      ...base,
      target: on('264億元'),
      body: {
        kind: 'figure',
        status: 'verified',
        note: 'checked',
        origin: 'detected',
        value: 264e8,
        unit: '元',
        dismissed: false,
      },
    });
    const claim = createAnnotation({
      ...base,
      target: on('產業轉型穩中有效。'),
      body: { kind: 'claim', category: 'achievement', tags: ['farm'] },
    });
    const thread = createAnnotation({
      ...base,
      target: on('新建道路12條'),
      body: { kind: 'comment', text: 'Which roads?', resolved: true },
    });
    const reply = createReply({ annotationId: thread.id, author: 'Wu', text: 'See annex 2' });
    await new AnnotationRepository(db).bulkPut([figure, claim, thread], [reply]);
    await db.links.put({
      id: 'l1',
      annotationId: figure.id,
      sourceId: 's1',
      documentId: v1.documentId,
      state: 'accepted',
      start: 0,
      end: 3,
      locator: { kind: 'text' },
      quote: '264',
      createdAt: '2026-11-01T00:00:00.000Z',
    } as never);

    const pending = store.getState().acceptDraft(await makeDraft('report.txt', draft2));
    for (let i = 0; i < 100 && !store.getState().draftQuestion; i++)
      await new Promise((r) => setTimeout(r, 5));
    store.getState().answerDraftQuestion('new-draft');
    await pending;

    const state = store.getState();
    const v2 = state.current!.version;
    expect(v2.number).toBe(2);
    expect(state.carryReport?.counts).toMatchObject({ 'value-changed': 1, fuzzy: 1, orphan: 1 });
    expect(state.annotationList).toHaveLength(3);
    const carried = (id: string) => state.annotationList.find((a) => a.meta.derivedFrom === id)!;
    expect(carried(figure.id).versionId).toBe(v2.id);
    expect(carried(figure.id).id).not.toBe(figure.id);
    expect(carried(figure.id).body).toMatchObject({ status: 'unverified', value: 265e8, note: 'checked' });
    expect(carried(figure.id).meta.figureHistory as FigureHistoryEntry[]).toEqual([
      { versionId: v1.id, text: '264億元', value: 264e8, status: 'verified', annotationId: figure.id },
    ]);
    expect(await db.links.where('annotationId').equals(carried(figure.id).id).count()).toBe(1);
    expect(carried(thread.id).body).toMatchObject({ resolved: true });
    expect(state.repliesByAnnotation.get(carried(thread.id).id)?.map((r) => r.text)).toEqual(['See annex 2']);
    expect(selectOrphans(state).map((a) => a.id)).toEqual([carried(thread.id).id]);
    expect(
      selectCarryQueue(state)
        .map((a) => a.id)
        .sort(),
    ).toEqual([carried(figure.id).id, carried(claim.id).id].sort());

    // Version 1 keeps its own annotations as they were.
    expect(await new AnnotationRepository(db).countByVersion(v1.id)).toBe(3);

    await store.getState().reviewCarried(carried(claim.id).id, 'accepted');
    const at = v2.text.indexOf('改造老舊小區');
    await store.getState().reviewCarried(carried(thread.id).id, 'accepted', { start: at, end: at + 6 });
    const after = store.getState();
    expect(selectOrphans(after)).toHaveLength(0);
    const reanchored = after.annotationList.find((a) => a.meta.derivedFrom === thread.id)!;
    expect(reanchored.target.exact).toBe('改造老舊小區');
    expect((reanchored.meta.carry as CarryMeta).review).toBe('accepted');
    expect(selectCarryQueue(after).map((a) => a.id)).toEqual([carried(figure.id).id]);

    // The report is kept and can be shown again later.
    store.getState().closeCarryReport();
    await store.getState().showCarryReport(v2.id);
    expect(store.getState().carryReport?.toVersionId).toBe(v2.id);
  });
});
