import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../shared/document/schema';
import { buildTextMap } from '../../../shared/document/text-map';
import {
  annotationDecorationsKey,
  annotationIdsAt,
  annotationMeta,
  createAnnotationDecorationsPlugin,
  markClass,
  type AnnotationMark,
} from './annotation-decorations';

const doc = documentSchema.node('doc', null, [
  documentSchema.node('paragraph', null, [documentSchema.text('今年經濟增長5%。')]),
  documentSchema.node('paragraph', null, [documentSchema.text('Jobs grew by 1.2 million.')]),
]);
const textMap = buildTextMap(doc);
const mark = (
  id: string,
  start: number,
  end: number,
  kind = 'claim',
  status = 'achievement',
): AnnotationMark => ({
  id,
  start,
  end,
  kind,
  status,
});

function setup(initial: AnnotationMark[] = []) {
  let state = EditorState.create({ doc, plugins: [createAnnotationDecorationsPlugin({ textMap, initial })] });
  const run = (command: ReturnType<typeof annotationMeta>) =>
    command(state, (tr) => {
      state = state.apply(tr);
    });
  return { run, get: () => annotationDecorationsKey.getState(state)!, state: () => state };
}

const drawn = (decorations: ReturnType<ReturnType<typeof setup>['get']>['decorations']) =>
  decorations
    .find()
    .map((d) => ({ from: d.from, to: d.to, id: (d.spec as { annotationId: string }).annotationId }));

/** The class attribute of a drawn decoration (`type.attrs` is ProseMirror-internal, hence the cast). */
const classOfDecoration = (decoration: unknown): string =>
  (decoration as { type: { attrs: { class: string } } }).type.attrs.class;

describe('annotation-decorations plugin', () => {
  it('draws initial marks at the positions of their text offsets', () => {
    const { get } = setup([
      mark('a', 2, 4),
      mark('b', textMap.text.indexOf('Jobs'), textMap.text.indexOf('Jobs') + 4),
    ]);
    // "經濟" is offsets 2..4 → positions 3..5 in the first paragraph; "Jobs" starts the second paragraph.
    expect(drawn(get().decorations).sort((x, y) => x.from - y.from)).toEqual([
      { from: 3, to: 5, id: 'a' },
      { from: 12, to: 16, id: 'b' },
    ]);
  });

  it('adds, updates and removes incrementally, keeping untouched decorations as they were', () => {
    const { run, get } = setup([mark('a', 0, 4)]);
    const before = get().byId.get('a');
    expect(run(annotationMeta({ type: 'add', marks: [mark('b', 2, 6, 'comment', 'open')] }))).toBe(true);
    expect(get().byId.get('a')).toBe(before);
    expect(drawn(get().decorations)).toHaveLength(2);

    run(annotationMeta({ type: 'update', marks: [mark('b', 2, 6, 'comment', 'resolved')] }));
    expect(classOfDecoration(get().byId.get('b'))).toContain('tm-anno-comment-resolved');
    run(annotationMeta({ type: 'remove', ids: ['a'] }));
    expect(drawn(get().decorations).map((d) => d.id)).toEqual(['b']);
    expect(get().marks.has('a')).toBe(false);
  });

  it('keeps overlapping annotations all reachable at a position, innermost first', () => {
    const { state } = setup([
      mark('outer', 0, 9),
      mark('inner', 2, 4, 'figure', 'unverified'),
      mark('c', 3, 6),
    ]);
    expect(annotationIdsAt(state(), 4)).toEqual(['inner', 'c', 'outer']);
    expect(annotationIdsAt(state(), 8)).toEqual(['outer']);
    expect(annotationIdsAt(state(), 15)).toEqual([]);
  });

  it('marks the selected and hovered annotations, and forgets a removed selection', () => {
    const { run, get } = setup([mark('a', 0, 4), mark('b', 5, 8)]);
    run(annotationMeta({ type: 'select', id: 'a' }));
    run(annotationMeta({ type: 'hover', ids: ['b'] }));
    const classOf = (id: string) => classOfDecoration(get().byId.get(id));
    expect(classOf('a')).toContain('tm-anno-selected');
    expect(classOf('b')).toContain('tm-anno-hovered');
    run(annotationMeta({ type: 'select', id: 'b' }));
    expect(classOf('a')).not.toContain('tm-anno-selected');
    run(annotationMeta({ type: 'remove', ids: ['b'] }));
    expect(get().selectedId).toBeNull();
    expect(get().hoveredIds).toEqual([]);
  });

  it('returns the same state for transactions without a meta, and ignores out-of-range marks', () => {
    const { get, state, run } = setup([mark('a', 0, 4)]);
    const previous = get();
    const next = state().apply(state().tr.setMeta('other', true));
    expect(annotationDecorationsKey.getState(next)).toBe(previous);
    run(annotationMeta({ type: 'add', marks: [mark('far', 1000, 1004)] }));
    expect(drawn(get().decorations).map((d) => d.id)).toEqual(['a']);
  });

  // Speed is measured in bench/annotations.bench.ts (add one → painted), not timed here.
  it('adds one mark to 5,000', () => {
    const many = Array.from({ length: 5000 }, (_, i) => mark(`m${i}`, i % 30, (i % 30) + 3));
    const { run, get } = setup(many);
    const untouched = get().byId.get('m4999');
    run(annotationMeta({ type: 'add', marks: [mark('new', 1, 5)] }));
    expect(get().byId.size).toBe(5001);
    expect(get().byId.has('new')).toBe(true);
    // Incremental: the other 5,000 decorations are reused, not rebuilt.
    expect(get().byId.get('m4999')).toBe(untouched);
  });

  it('builds class names from kind and status', () => {
    expect(markClass(mark('a', 0, 1, 'figure', 'not applicable'), true, false)).toBe(
      'tm-anno tm-anno-figure tm-anno-figure-not-applicable tm-anno-selected',
    );
  });
});
