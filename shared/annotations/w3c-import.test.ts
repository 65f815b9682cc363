import { describe, expect, it } from 'vitest';
import { makeSampleReview } from './sample-review';
import { serialiseCollection, toAnnotationCollection } from './w3c-export';
import {
  checkWebAnnotationSize,
  maxWebAnnotationBytes,
  maxWebAnnotationItems,
  readWebAnnotations,
  readWebAnnotationText,
} from './w3c-import';

const text =
  '全年實現區內生產總值 264億元,同比增長4.9%;完成公共財政收入9.1億元,城鄉居民收入分別達到23705元。';
const sha = 'a'.repeat(64);
const now = new Date('2026-12-01T00:00:00.000Z');
let counter = 0;
const newId = () => `generated-${++counter}`;
const read = (value: unknown) => readWebAnnotations(value, { now, newId });

const quoteTarget = (exact: string, extra: Record<string, unknown>[] = []) => ({
  source: 'https://example.org/report.html',
  selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, ...extra],
});

describe('readWebAnnotationText: what Tickmark writes', () => {
  it('reads its own export back: every annotation, reply, body and time', () => {
    const review = makeSampleReview(text, { documentId: 'd', versionId: 'v' });
    const file = serialiseCollection(toAnnotationCollection({ ...review, textSha256: sha, label: 'x' }));
    const result = readWebAnnotationText(`\ufeff${file}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.issues).toEqual([]);
    expect(result.value.sources).toEqual([`urn:sha256:${sha}`]);
    expect(result.value.annotations.map((a) => [a.id, a.kind, a.body, a.author, a.createdAt])).toEqual(
      [...review.annotations]
        .sort((a, b) => a.target.start - b.target.start || a.target.end - b.target.end)
        .map((a) => [a.id, a.kind, a.body, a.author, a.createdAt]),
    );
    const claim = result.value.annotations.find((a) => a.kind === 'claim')!;
    expect(claim.position).toEqual({
      start: review.annotations[0]!.target.start,
      end: review.annotations[0]!.target.end,
    });
    expect(claim.quote?.exact).toBe(review.annotations[0]!.target.exact);
    expect(result.value.replies.map((r) => [r.id, r.parentId, r.text])).toEqual(
      review.replies.map((r) => [r.id, r.annotationId, r.text]),
    );
  });
});

describe('readWebAnnotations: what other tools write', () => {
  it('reads a plain array, an AnnotationPage and a collection with chained embedded pages', () => {
    const a = { id: 'urn:uuid:1', type: 'Annotation', target: quoteTarget('264億元'), bodyValue: 'Source?' };
    const b = { ...a, id: 'urn:uuid:2' };
    expect(read([a, b]).ok && read([a, b])).toMatchObject({ value: { itemCount: 2 } });
    expect(read({ type: 'AnnotationPage', items: [a] })).toMatchObject({ ok: true, value: { itemCount: 1 } });
    const collection = {
      type: 'AnnotationCollection',
      label: 'Two pages',
      first: { type: 'AnnotationPage', items: [a], next: { type: 'AnnotationPage', items: [b] } },
    };
    expect(read(collection)).toMatchObject({ ok: true, value: { itemCount: 2, label: 'Two pages' } });
  });

  it('maps creators, bodies and motivations; unknown motivations are kept as comments and reported', () => {
    const result = read([
      {
        id: 'https://annotations.example/a/1',
        type: 'Annotation',
        motivation: 'commenting',
        creator: 'https://example.org/people/li',
        body: { type: 'TextualBody', value: '口徑?' },
        target: quoteTarget('4.9%'),
      },
      {
        id: 'urn:uuid:t',
        type: 'Annotation',
        motivation: ['tagging'],
        creator: { type: 'Person', nickname: 'wang' },
        body: [{ type: 'TextualBody', purpose: 'tagging', value: 'GDP' }, 'economy'],
        target: quoteTarget('264億元'),
      },
      { id: 'urn:uuid:h', type: 'oa:Annotation', motivation: 'highlighting', target: quoteTarget('23705元') },
      {
        id: 'urn:uuid:q',
        type: 'Annotation',
        motivation: 'questioning',
        creator: { name: '張' },
        body: 'https://example.org/question',
        target: quoteTarget('9.1億元'),
      },
      {
        id: 'urn:uuid:f',
        type: 'Annotation',
        motivation: 'assessing',
        body: { type: 'TextualBody', value: 'verified' },
        target: quoteTarget('264億元'),
      },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [comment, claim, highlight, question, figure] = result.value.annotations;
    expect(comment).toMatchObject({
      id: 'https://annotations.example/a/1',
      kind: 'comment',
      author: 'https://example.org/people/li',
      body: { text: '口徑?' },
    });
    expect(claim).toMatchObject({
      kind: 'claim',
      author: 'wang',
      body: { category: 'other', tags: ['GDP', 'economy'] },
    });
    expect(highlight).toMatchObject({ kind: 'highlight', author: '' });
    expect(question).toMatchObject({
      kind: 'comment',
      author: '張',
      body: { text: 'https://example.org/question' },
    });
    expect(figure).toMatchObject({ kind: 'figure', body: { status: 'verified' } });
    const messages = result.value.issues.map((i) => i.message).join('\n');
    expect(messages).toContain('motivation "questioning" is kept as a comment');
    expect(messages).toContain('external body https://example.org/question is kept as its address');
    expect(messages).toContain('no valid creation time');
  });

  it('reads Hypothesis API rows: position and quote, tags, replies by references; RangeSelector reported', () => {
    const selector = [
      { type: 'RangeSelector', startContainer: '/p[1]', endContainer: '/p[1]', startOffset: 0, endOffset: 4 },
      { type: 'TextPositionSelector', start: 11, end: 17 },
      { type: 'TextQuoteSelector', exact: '264億元', prefix: '生產總值 ', suffix: ',同比' },
    ];
    const result = read({
      total: 2,
      rows: [
        {
          id: 'Hyp1',
          created: '2026-11-01T10:00:00.000000+00:00',
          updated: '2026-11-02T10:00:00.000000+00:00',
          user: 'acct:li@hypothes.is',
          uri: 'https://example.org/report.html',
          text: 'Is this nominal?',
          tags: ['gdp'],
          target: [{ source: 'https://example.org/report.html', selector }],
        },
        {
          id: 'Hyp2',
          created: '2026-11-03T10:00:00+00:00',
          user: 'acct:wang@hypothes.is',
          user_info: { display_name: 'Wang Fang' },
          uri: 'https://example.org/report.html',
          text: 'Yes.',
          references: ['Hyp1'],
          target: [{ source: 'https://example.org/report.html' }],
        },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.annotations).toEqual([
      expect.objectContaining({
        id: 'Hyp1',
        kind: 'comment',
        author: 'li',
        position: { start: 11, end: 17 },
        quote: { exact: '264億元', prefix: '生產總值 ', suffix: ',同比' },
        updatedAt: '2026-11-02T10:00:00.000Z',
      }),
    ]);
    expect(result.value.replies).toEqual([
      expect.objectContaining({ id: 'Hyp2', parentId: 'Hyp1', author: 'wang', text: 'Yes.' }),
    ]);
    expect(result.value.issues.map((i) => i.message)).toContain(
      'Hyp1: its RangeSelector is not used (Tickmark places text by quote and position)',
    );
  });

  it('reports items it cannot represent instead of dropping them silently', () => {
    const result = read([
      42,
      { type: 'Person', name: 'x' },
      { id: 'urn:uuid:no-selector', type: 'Annotation', target: 'https://example.org/report.html' },
      {
        id: 'urn:uuid:xpath',
        type: 'Annotation',
        target: { source: 's', selector: { type: 'XPathSelector', value: '/p' } },
      },
      {
        id: 'urn:uuid:neg',
        type: 'Annotation',
        target: { selector: { type: 'TextPositionSelector', start: -3, end: 2 } },
      },
      { id: 'urn:uuid:reply', type: 'Annotation', motivation: 'replying', target: 'urn:uuid:x' },
      { id: 'urn:uuid:ok', type: 'Annotation', target: quoteTarget('4.9%') },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.annotations.map((a) => a.id)).toEqual(['ok']);
    const errors = result.value.issues.filter((i) => i.level === 'error').map((i) => i.message);
    expect(errors).toEqual([
      'item 1 is not an object: not imported',
      'item 2 is a Person, not an Annotation: not imported',
      'no-selector: it has no TextQuoteSelector or TextPositionSelector, so it cannot be placed in the text: not imported',
      'xpath: it has no TextQuoteSelector or TextPositionSelector, so it cannot be placed in the text: not imported',
      'neg: it has no TextQuoteSelector or TextPositionSelector, so it cannot be placed in the text: not imported',
      'reply: it is a reply without text: not imported',
    ]);
    expect(result.value.issues.map((i) => i.message)).toContain(
      'neg: its TextPositionSelector -3..2 is negative or empty, so it is placed by its quote',
    );
  });

  it('keeps the newer of two items with the same id and says so', () => {
    const item = (modified: string, value: string) => ({
      id: 'urn:uuid:dup',
      type: 'Annotation',
      created: '2026-11-01T00:00:00Z',
      modified,
      bodyValue: value,
      target: quoteTarget('4.9%'),
    });
    const result = read([item('2026-11-03T00:00:00Z', 'newer'), item('2026-11-02T00:00:00Z', 'older')]);
    expect(result.ok && result.value.annotations.map((a) => a.body)).toEqual([
      { kind: 'comment', text: 'newer', resolved: false },
    ]);
    expect(result.ok && result.value.issues[0]!.message).toBe(
      'dup: items 1 and 2 have the same id; item 1 (the newer) is kept',
    );
  });
});

describe('bad files', () => {
  it('not JSON: says so', () => {
    const result = readWebAnnotationText('{"type": "Annotation", ', { fileName: 'notes.jsonld' });
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(!result.ok && result.error.message).toMatch(/^notes\.jsonld is not JSON \(/);
  });

  it('JSON but not annotations: says what was expected', () => {
    for (const value of [{ name: 'settings' }, [1, 2, 3], 'text', null, [{ foo: 1 }]]) {
      const result = read(value);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect(!result.ok && result.error.message).toContain('is JSON but not Web Annotations');
    }
  });

  it('a collection whose pages are not embedded: says so', () => {
    const result = read({ type: 'AnnotationCollection', first: 'https://example.org/page1' });
    expect(!result.ok && result.error.message).toContain('page https://example.org/page1 is not embedded');
  });

  it('500 MB: refused by size before anything is read', () => {
    const result = checkWebAnnotationSize(500 * 1024 * 1024, 'huge.jsonld');
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(!result.ok && result.error.message).toBe(
      'huge.jsonld is 500.0 MB; Web Annotation files up to 50.0 MB are read. Split it into smaller files (by document or by reviewer) and import each.',
    );
    expect(checkWebAnnotationSize(maxWebAnnotationBytes)).toEqual({ ok: true, value: null });
    expect(checkWebAnnotationSize(0)).toMatchObject({ ok: false, error: { code: 'empty-file' } });
  });

  it('100,000 annotations: refused with the count and the limit, before converting any', () => {
    const item = { type: 'Annotation', target: quoteTarget('4.9%') };
    const items = Array.from({ length: 100_000 }, () => item);
    const result = read({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items } });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large', detail: { count: 100_000 } } });
    expect(!result.ok && result.error.message).toContain(
      `holds 100,000 annotations; at most ${maxWebAnnotationItems.toLocaleString('en')} are imported at once`,
    );
  });
});
