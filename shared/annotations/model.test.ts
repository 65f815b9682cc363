import { describe, expect, it } from 'vitest';
import {
  createAnnotation,
  createReply,
  defaultBody,
  isKind,
  parseAnnotation,
  parseReply,
  updateAnnotationBody,
  type AnnotationTarget,
} from './model';

const now = new Date('2026-11-24T10:00:00.000Z');
const target: AnnotationTarget = { start: 3, end: 7, exact: '經濟增長', prefix: '去年', suffix: '5%' };

describe('createAnnotation', () => {
  it('builds a valid record with the injected clock and id, mirroring kind', () => {
    const annotation = createAnnotation(
      { documentId: 'd1', versionId: 'v1', target, body: defaultBody('claim'), author: 'Ana' },
      { id: 'a1', now },
    );
    expect(annotation).toMatchObject({ id: 'a1', kind: 'claim', createdAt: now.toISOString(), meta: {} });
    expect(parseAnnotation(annotation)).toEqual(annotation);
  });

  it('generates a uuid when no id is given', () => {
    const annotation = createAnnotation({
      documentId: 'd1',
      versionId: 'v1',
      target,
      body: defaultBody('highlight'),
      author: '',
    });
    expect(annotation.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects an empty range with the offending offsets in the message', () => {
    expect(() =>
      createAnnotation({
        documentId: 'd1',
        versionId: 'v1',
        target: { ...target, end: 3 },
        body: defaultBody('highlight'),
        author: '',
      }),
    ).toThrow(/3\.\.3/);
  });
});

describe('parseAnnotation', () => {
  const valid = createAnnotation(
    { documentId: 'd1', versionId: 'v1', target, body: defaultBody('figure'), author: 'Ana' },
    { id: 'a2', now },
  );

  it('reports a kind that disagrees with the body', () => {
    const errors: string[] = [];
    expect(parseAnnotation({ ...valid, kind: 'claim' }, (m) => errors.push(m))).toBeNull();
    expect(errors[0]).toMatch(/does not match/);
  });

  it('rejects a target whose quote length disagrees with its offsets', () => {
    const errors: string[] = [];
    expect(parseAnnotation({ ...valid, target: { ...target, end: 9 } }, (m) => errors.push(m))).toBeNull();
    expect(errors[0]).toMatch(/length of target.exact/);
  });

  it('rejects unknown kinds and bad timestamps', () => {
    expect(parseAnnotation({ ...valid, body: { kind: 'sticker' } })).toBeNull();
    expect(parseAnnotation({ ...valid, createdAt: 'yesterday' })).toBeNull();
  });
});

describe('updateAnnotationBody', () => {
  it('replaces the body and bumps updatedAt, but refuses a change of kind', () => {
    const comment = createAnnotation(
      { documentId: 'd', versionId: 'v', target, body: defaultBody('comment'), author: 'A' },
      { now },
    );
    const later = new Date('2026-11-24T11:00:00.000Z');
    const updated = updateAnnotationBody(
      comment,
      { kind: 'comment', text: 'why?', resolved: true },
      { now: later },
    );
    expect(updated.body).toEqual({ kind: 'comment', text: 'why?', resolved: true });
    expect(updated.updatedAt).toBe(later.toISOString());
    expect(updated.createdAt).toBe(now.toISOString());
    // @ts-expect-error -- the type forbids it; the runtime check guards untyped callers.
    expect(() => updateAnnotationBody(comment, defaultBody('highlight'))).toThrow(
      /from comment to highlight/,
    );
  });

  it('narrows with isKind', () => {
    const claim = createAnnotation({
      documentId: 'd',
      versionId: 'v',
      target,
      body: defaultBody('claim'),
      author: 'A',
    });
    expect(isKind(claim, 'claim') && claim.body.category).toBe('other');
    expect(isKind(claim, 'comment')).toBe(false);
  });
});

describe('replies', () => {
  it('trims text, refuses empty text and validates', () => {
    const reply = createReply({ annotationId: 'a1', author: 'Bo', text: '  agreed  ' }, { id: 'r1', now });
    expect(reply.text).toBe('agreed');
    expect(parseReply(reply)).toEqual(reply);
    expect(parseReply({ ...reply, text: '   ' })).toBeNull();
    expect(() => createReply({ annotationId: 'a1', author: 'Bo', text: ' ' })).toThrow(/a1/);
  });
});
