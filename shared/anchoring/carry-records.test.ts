import { describe, expect, it } from 'vitest';
import { createAnnotation, createReply } from '../annotations/model';
import { createTarget } from '../annotations/selectors';
import { carryRecords, isOrphan, type CarryMeta } from './carry-records';

const oldText = '第一段文字保持不變。\n\n這一句將被刪除，內容很長很長很長很長很長很長很長很長很長很長很長。';
const newText = '第一段文字保持不變。';

describe('carryRecords', () => {
  it('gives new ids with derivedFrom, carries replies, and keeps orphans inside the new text', () => {
    let n = 0;
    const on = (quote: string) =>
      createTarget(oldText, oldText.indexOf(quote), oldText.indexOf(quote) + quote.length);
    const base = { documentId: 'd', versionId: 'v1', author: 'Lin' };
    const kept = createAnnotation(
      { ...base, target: on('第一段文字'), body: { kind: 'highlight' } },
      { id: 'a1' },
    );
    const gone = createAnnotation(
      { ...base, target: on('內容很長很長很長'), body: { kind: 'comment', text: 'Why?', resolved: true } },
      { id: 'a2' },
    );
    const reply = createReply({ annotationId: 'a2', author: 'Wu', text: 'Because.' }, { id: 'r1' });
    const carried = carryRecords(
      { oldText, newText, toVersionId: 'v2', annotations: [kept, gone], replies: [reply] },
      { newId: () => `new-${++n}` },
    );
    expect(carried.annotations.map((a) => [a.id, a.versionId, a.meta.derivedFrom])).toEqual([
      ['new-1', 'v2', 'a1'],
      ['new-2', 'v2', 'a2'],
    ]);
    expect(carried.replies).toEqual([{ ...reply, id: 'new-3', annotationId: 'new-2' }]);
    const orphan = carried.annotations[1]!;
    expect(isOrphan(orphan)).toBe(true);
    expect(orphan.body).toEqual(gone.body);
    expect((orphan.meta.carry as CarryMeta).previousQuote).toBe('內容很長很長很長');
    expect(orphan.target.exact).toBe('內容很長很長很長');
    expect(orphan.target.end).toBeLessThanOrEqual(newText.length);
    expect(carried.report.counts).toMatchObject({ moved: 1, orphan: 1 });
    expect(carried.report.items[1]).toMatchObject({ derivedFrom: 'a2', verdict: 'orphan', newQuote: null });
  });
});
