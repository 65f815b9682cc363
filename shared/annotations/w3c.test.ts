import { describe, expect, it } from 'vitest';
import { createAnnotation, createReply, type AnnotationBody } from './model';
import { fromW3c, toW3c, toW3cList, w3cContext } from './w3c';

const now = new Date('2026-11-24T10:00:00.000Z');
const target = { start: 10, end: 14, exact: '增長5%', prefix: '全年經濟', suffix: '，好於預期' };
const make = (body: AnnotationBody, meta: Record<string, unknown> = {}) =>
  createAnnotation(
    { documentId: 'doc-1', versionId: 'ver-1', target, body, author: '陳審閱', meta },
    { now },
  );

const bodies: AnnotationBody[] = [
  { kind: 'highlight' },
  { kind: 'claim', category: 'achievement', tags: ['GDP', '經濟'] },
  { kind: 'claim', category: 'custom:kpi', tags: [] },
  { kind: 'comment', text: 'Source?', resolved: true },
  {
    kind: 'figure',
    status: 'disputed',
    note: '統計公報為4.8%',
    origin: 'detected',
    value: 5,
    unit: '%',
    dismissed: false,
  },
  {
    kind: 'figure',
    status: 'verified',
    note: '',
    origin: 'manual',
    value: null,
    high: 7,
    unit: '元',
    dismissed: true,
  },
];

describe('toW3c / fromW3c', () => {
  it.each(bodies.map((body) => [body.kind, body] as const))('round-trips a %s annotation', (_kind, body) => {
    const annotation = make(body, { reanchored: 'quote' });
    const json = JSON.parse(JSON.stringify(toW3c(annotation)));
    const back = fromW3c(json);
    expect(back).toEqual({ ok: true, value: { type: 'annotation', annotation } });
  });

  it('writes the W3C shape: context, motivation, selectors, creator, times', () => {
    const w = toW3c(make({ kind: 'comment', text: 'Why?', resolved: false }));
    expect(w['@context']).toContain(w3cContext);
    expect(w).toMatchObject({
      id: expect.stringMatching(/^urn:uuid:/),
      type: 'Annotation',
      motivation: 'commenting',
      body: [{ type: 'TextualBody', purpose: 'commenting', value: 'Why?', format: 'text/plain' }],
      target: {
        source: 'urn:tickmark:version:ver-1',
        selector: [
          { type: 'TextPositionSelector', start: 10, end: 14 },
          { type: 'TextQuoteSelector', exact: '增長5%', prefix: '全年經濟', suffix: '，好於預期' },
        ],
      },
      creator: { type: 'Person', name: '陳審閱' },
      created: now.toISOString(),
      modified: now.toISOString(),
    });
    expect(toW3c(make({ kind: 'highlight' }))).not.toHaveProperty('body');
    expect(toW3c(make({ kind: 'highlight' }), { source: 'urn:sha256:ab' }).target).toMatchObject({
      source: 'urn:sha256:ab',
    });
  });

  it('maps claim category and tags to classifying and tagging bodies', () => {
    const w = toW3c(make({ kind: 'claim', category: 'target', tags: ['就業'] }));
    expect(w.motivation).toBe('tagging');
    expect(w.body).toEqual([
      { type: 'TextualBody', purpose: 'classifying', value: 'target' },
      { type: 'TextualBody', purpose: 'tagging', value: '就業' },
    ]);
  });

  it('round-trips replies as replying annotations placed after their thread', () => {
    const thread = make({ kind: 'comment', text: 'Check', resolved: false });
    const reply = createReply({ annotationId: thread.id, author: 'Bo', text: 'Done' }, { now });
    const list = toW3cList([thread], [reply]);
    expect(list.map((w) => w.motivation)).toEqual(['commenting', 'replying']);
    expect(list[1]!.target).toBe(`urn:uuid:${thread.id}`);
    expect(fromW3c(list[1])).toEqual({ ok: true, value: { type: 'reply', reply } });
  });

  it('reads a foreign annotation, taking ids from the defaults and the kind from the motivation', () => {
    const foreign = {
      '@context': w3cContext,
      id: 'urn:uuid:11111111-1111-4111-8111-111111111111',
      type: 'Annotation',
      motivation: 'commenting',
      body: { type: 'TextualBody', purpose: 'commenting', value: 'hi' },
      target: {
        source: 'https://example.org/draft',
        selector: [
          { type: 'TextQuoteSelector', exact: 'abc' },
          { type: 'TextPositionSelector', start: 0, end: 3 },
        ],
      },
      created: now.toISOString(),
    };
    const result = fromW3c(foreign, { documentId: 'd', versionId: 'v' });
    expect(result.ok && result.value.type === 'annotation' && result.value.annotation).toMatchObject({
      kind: 'comment',
      documentId: 'd',
      versionId: 'v',
      body: { text: 'hi', resolved: false },
      target: { prefix: '', suffix: '' },
    });
  });

  it('explains what is wrong with bad input', () => {
    const w = toW3c(make({ kind: 'highlight' })) as Record<string, unknown>;
    const noQuote = {
      ...w,
      target: { source: 'x', selector: [{ type: 'TextPositionSelector', start: 1, end: 2 }] },
    };
    expect(fromW3c(noQuote)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/TextQuoteSelector/) },
    });
    expect(fromW3c({ ...w, motivation: 'bookmarking', 'tickmark:kind': undefined })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/bookmarking/) },
    });
    expect(fromW3c({ ...w, id: 'a1' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/urn:uuid/) },
    });
    expect(fromW3c(42)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const inconsistent = {
      ...w,
      target: {
        ...(w.target as object),
        selector: [
          { type: 'TextPositionSelector', start: 1, end: 2 },
          { type: 'TextQuoteSelector', exact: 'abcdef' },
        ],
      },
    };
    expect(fromW3c(inconsistent)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/length/) },
    });
  });
});
