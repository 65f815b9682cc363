import { beforeAll, describe, expect, it } from 'vitest';
import { orphanMetaKey, planImport, type ImportDestination, type ImportPlan } from './import-plan';
import { updateAnnotationBody, type Annotation } from './model';
import { makeSampleReview } from './sample-review';
import { sha256OfText, serialiseCollection, toAnnotationCollection } from './w3c-export';
import { readWebAnnotations, readWebAnnotationText } from './w3c-import';
import type { WebAnnotationFile } from './w3c-incoming';

const text =
  '一、工作回顧\n全年實現區內生產總值 264億元,同比增長4.9%;完成公共財政收入9.1億元,同比下降10%。城鄉居民收入分別達到23705元。';
// The next draft: a sentence inserted before, 9.1億元 revised to 9.3億元.
const draft2 = text
  .replace('一、工作回顧\n', '一、工作回顧\n過去一年，我們迎難而上。')
  .replace('完成公共財政收入9.1億元', '完成公共財政收入9.3億元');
const other = 'An unrelated English budget speech with no Chinese text at all, 12 billion dollars.';
const ids = { documentId: 'doc-1', versionId: 'ver-1' };

let shaText: string;
let shaDraft2: string;
beforeAll(async () => {
  shaText = await sha256OfText(text);
  shaDraft2 = await sha256OfText(draft2);
});

const exportFile = (
  annotations: Annotation[],
  replies = makeSampleReview(text, ids).replies,
  sha = shaText,
) => {
  const json = serialiseCollection(
    toAnnotationCollection({ annotations, replies, textSha256: sha, label: 'x' }),
  );
  const read = readWebAnnotationText(json);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
};

const destination = (over: Partial<ImportDestination> = {}): ImportDestination => ({
  documentId: 'doc-2',
  versionId: 'ver-2',
  text,
  textSha256: shaText,
  lineageSha256: [],
  existing: { annotations: [], replies: [] },
  now: new Date('2026-12-01T00:00:00.000Z'),
  ...over,
});

const planned = (file: WebAnnotationFile, over: Partial<ImportDestination> = {}): ImportPlan => {
  const result = planImport(file, destination(over));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('planImport', () => {
  it('a fresh profile gets every annotation and reply, same ids, texts, authors, times and places', () => {
    const review = makeSampleReview(text, ids);
    const plan = planned(exportFile(review.annotations));
    expect(plan.match).toBe('this-version');
    expect(plan.added).toHaveLength(review.annotations.length);
    expect(plan.orphans).toEqual([]);
    expect(plan.issues).toEqual([]);
    const strip = (a: Annotation) => ({ ...a, documentId: '', versionId: '' });
    expect(plan.put.map(strip).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      review.annotations.map(strip),
    );
    expect(plan.put.every((a) => a.versionId === 'ver-2' && a.documentId === 'doc-2')).toBe(true);
    expect(plan.putReplies).toEqual(review.replies);
    expect(plan.replies).toEqual({ added: 2, updated: 0, unchanged: 0 });
  });

  it('importing the same file again changes nothing', () => {
    const review = makeSampleReview(text, ids);
    const plan = planned(exportFile(review.annotations), { existing: review });
    expect(plan.put).toEqual([]);
    expect(plan.putReplies).toEqual([]);
    expect(plan.unchanged).toHaveLength(review.annotations.length);
    expect(plan.replies.unchanged).toBe(2);
  });

  it('by id, newer wins: a newer edit updates, an older one is kept out, every author stays', () => {
    const mine = makeSampleReview(text, ids);
    const theirs = makeSampleReview(text, ids, { author: 'Li Wei' });
    const later = new Date('2026-12-01T09:00:00.000Z');
    const earlier = new Date('2026-11-01T09:00:00.000Z');
    const figure = theirs.annotations[4]!;
    theirs.annotations[4] = updateAnnotationBody(
      figure,
      { ...figure.body, status: 'disputed' } as typeof figure.body,
      {
        now: later,
      },
    );
    const comment = theirs.annotations[2]!;
    theirs.annotations[2] = updateAnnotationBody(
      comment,
      { kind: 'comment', text: 'stale', resolved: true },
      { now: earlier },
    );
    const plan = planned(exportFile(theirs.annotations, theirs.replies), { existing: mine });
    expect(plan.updated).toEqual([figure.id]);
    expect(plan.put).toEqual([
      expect.objectContaining({
        id: figure.id,
        author: 'Li Wei',
        body: expect.objectContaining({ status: 'disputed' }),
      }),
    ]);
    expect(plan.unchanged).toContain(comment.id);
  });

  it('another draft of the same document: anchored by quote where it moved, orphans kept and listed', () => {
    const review = makeSampleReview(text, ids);
    const file = exportFile(review.annotations);
    const plan = planned(file, { text: draft2, textSha256: shaDraft2, lineageSha256: [shaText] });
    expect(plan.match).toBe('other-version');
    const shifted = '過去一年，我們迎難而上。'.length;
    const claim = plan.put.find((a) => a.kind === 'claim')!;
    expect(claim.target.start).toBe(review.annotations[0]!.target.start + shifted);
    expect(draft2.slice(claim.target.start, claim.target.end)).toBe(claim.target.exact);
    // 9.1億元 is gone from draft 2: the resolved thread and the disputed figure become orphans.
    expect(plan.orphans.map((o) => [o.kind, o.quote])).toEqual([
      ['comment', '完成公共財政收入9.1億元'],
      ['figure', '9.1億元'],
    ]);
    const orphan = plan.put.find((a) => a.id === plan.orphans[0]!.id)!;
    expect(orphan.target.start).toBe(draft2.length);
    expect(orphan.meta[orphanMetaKey]).toMatchObject({
      reason: expect.stringContaining('does not occur in this draft'),
    });
    expect(plan.added).toHaveLength(review.annotations.length);
  });

  it('a file for another document altogether is refused, with the counts', () => {
    const file = exportFile(makeSampleReview(text, ids).annotations);
    const result = planImport(file, destination({ text: other, textSha256: 'b'.repeat(64) }));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(!result.ok && result.error.message).toBe(
      "This file's annotations are for another document: only 0 of 7 quoted passages occur in this draft. Nothing was imported; open the draft the annotations were made on and import there.",
    );
  });

  it('selectors past the end are placed by their quote; without a quote they are reported', () => {
    const file = readWebAnnotations([
      {
        id: 'urn:uuid:past',
        type: 'Annotation',
        bodyValue: 'x',
        target: {
          selector: [
            { type: 'TextPositionSelector', start: 5000, end: 5006 },
            { type: 'TextQuoteSelector', exact: '264億元' },
          ],
        },
      },
      {
        id: 'urn:uuid:past-no-quote',
        type: 'Annotation',
        bodyValue: 'y',
        target: { selector: { type: 'TextPositionSelector', start: 5000, end: 5006 } },
      },
      {
        id: 'urn:uuid:pos',
        type: 'Annotation',
        target: { selector: { type: 'TextPositionSelector', start: 0, end: 2 } },
      },
    ]);
    if (!file.ok) throw new Error(file.error.message);
    const plan = planned(file.value);
    expect(plan.put.map((a) => [a.id, a.target.exact])).toEqual([
      ['past', '264億元'],
      ['pos', '一、'],
    ]);
    expect(plan.issues.map((i) => i.message)).toContain(
      `past-no-quote: its position 5000..5006 is past the end of the text (${text.length} characters), and without a quote it cannot be kept: not imported`,
    );
  });

  it('threads replies to replies onto the root; cycles and missing threads are reported', () => {
    const review = makeSampleReview(text, ids);
    const threadIri = `urn:uuid:${review.annotations[2]!.id}`;
    const reply = (id: string, target: string) => ({
      id: `urn:uuid:${id}`,
      type: 'Annotation',
      motivation: 'replying',
      bodyValue: `reply ${id}`,
      created: '2026-11-30T09:00:00Z',
      target,
    });
    const file = readWebAnnotations([
      reply('r1', threadIri),
      reply('r2', 'urn:uuid:r1'),
      reply('c1', 'urn:uuid:c2'),
      reply('c2', 'urn:uuid:c1'),
      reply('lost', 'urn:uuid:nowhere'),
      reply('on-claim', `urn:uuid:${review.annotations[0]!.id}`),
    ]);
    if (!file.ok) throw new Error(file.error.message);
    const plan = planned(file.value, { existing: review });
    expect(plan.putReplies.map((r) => [r.id, r.annotationId])).toEqual([
      ['r1', review.annotations[2]!.id],
      ['r2', review.annotations[2]!.id],
    ]);
    const errors = plan.issues.filter((i) => i.level === 'error').map((i) => i.message);
    expect(errors).toEqual([
      'c1: its replies answer each other in a cycle and reach no thread: not imported',
      'c2: its replies answer each other in a cycle and reach no thread: not imported',
      'lost: it answers nowhere, which is neither in the file nor in this draft: not imported',
      'on-claim: it answers a claim; only comment threads have replies in Tickmark: not imported',
    ]);
  });

  it('an id that belongs to another draft here is imported as a copy, never overwriting it', () => {
    const review = makeSampleReview(text, ids);
    const taken = review.annotations[1]!.id;
    let n = 0;
    const plan = planned(exportFile(review.annotations), {
      idsElsewhere: new Set([taken]),
      newId: () => `copy-${++n}`,
    });
    expect(plan.put.map((a) => a.id)).toContain('copy-1');
    expect(plan.put.map((a) => a.id)).not.toContain(taken);
    expect(plan.issues[0]!.message).toContain('imported as a copy (copy-1)');
  });
});
