import { describe, expect, it } from 'vitest';
import { createAnnotation, type AnnotationBody } from './model';
import { isUnresolved, nextAnnotation } from './navigate';

const make = (id: string, start: number, body: AnnotationBody) =>
  createAnnotation(
    {
      documentId: 'd',
      versionId: 'v',
      target: { start, end: start + 1, exact: 'x', prefix: '', suffix: '' },
      body,
      author: '',
    },
    { id },
  );
const list = [
  make('a', 0, { kind: 'highlight' }),
  make('b', 10, { kind: 'comment', text: '', resolved: true }),
  make('c', 20, { kind: 'comment', text: '', resolved: false }),
  make('d', 30, { kind: 'claim', category: 'other', tags: [] }),
];

describe('nextAnnotation', () => {
  it('moves forward and backward from the current one, wrapping', () => {
    expect(nextAnnotation(list, 'a', 1)?.id).toBe('b');
    expect(nextAnnotation(list, 'd', 1)?.id).toBe('a');
    expect(nextAnnotation(list, 'a', -1)?.id).toBe('d');
  });

  it('starts from the reading position when nothing is selected', () => {
    expect(nextAnnotation(list, null, 1, undefined, 15)?.id).toBe('c');
    expect(nextAnnotation(list, null, -1, undefined, 15)?.id).toBe('b');
    expect(nextAnnotation(list, null, 1, undefined, 99)?.id).toBe('a');
  });

  it('finds the next unresolved thread, or nothing', () => {
    expect(nextAnnotation(list, 'd', 1, isUnresolved)?.id).toBe('c');
    expect(nextAnnotation(list.slice(0, 2), null, 1, isUnresolved)).toBeNull();
    expect(nextAnnotation([], null, 1)).toBeNull();
  });
});
