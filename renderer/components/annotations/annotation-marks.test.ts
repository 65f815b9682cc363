/**
 * diffMarks turns one set of annotation records into another with the fewest plugin metas; given the
 * ids the store says a change touched, it compares only those and gives the same metas.
 */
import { expect, it } from 'vitest';
import { createAnnotation, updateAnnotationBody, type Annotation } from '../../../shared/annotations/model';
import { createTarget } from '../../../shared/annotations/selectors';
import { diffMarks } from './annotation-marks';

const text = '今年地區生產總值增長5.2%，就業穩定，糧食產量穩定增長。';
const make = (start: number, end: number, i: number): Annotation =>
  createAnnotation(
    {
      documentId: 'd',
      versionId: 'v',
      target: createTarget(text, start, end),
      body: { kind: 'comment', text: `c${i}`, resolved: false },
      author: 'A',
    },
    { now: new Date(Date.UTC(2026, 11, 1, 0, 0, i)) },
  );

it('finds the added, updated and removed records, with or without the touched ids', () => {
  const list = [make(0, 2, 0), make(2, 6, 1), make(10, 14, 2), make(16, 20, 3)];
  const before = new Map(list.map((a) => [a.id, a]));
  const after = new Map(before);
  const edited = updateAnnotationBody(
    list[1]!,
    { kind: 'comment', text: 'edited', resolved: true },
    {
      now: new Date(Date.UTC(2026, 11, 2)),
    },
  );
  after.set(edited.id, edited);
  after.delete(list[2]!.id);
  const added = make(21, 24, 4);
  after.set(added.id, added);

  const all = diffMarks(before, after);
  expect(all).toEqual([
    { type: 'remove', ids: [list[2]!.id] },
    { type: 'add', marks: [expect.objectContaining({ id: added.id, start: 21, end: 24 })] },
    { type: 'update', marks: [expect.objectContaining({ id: edited.id, status: 'resolved' })] },
  ]);
  expect(diffMarks(before, after, [list[2]!.id, added.id, edited.id])).toEqual(all);
  // Only the ids given are compared: an untouched id list means nothing to draw.
  expect(diffMarks(before, after, [list[0]!.id])).toEqual([]);
  expect(diffMarks(before, before)).toEqual([]);
});
