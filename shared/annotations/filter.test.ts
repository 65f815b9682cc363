import { describe, expect, it } from 'vitest';
import {
  collectFacets,
  compareByPosition,
  filterAnnotations,
  isFilterActive,
  suggestTags,
  updateSearchIndex,
} from './filter';
import { createAnnotation, createReply, type Annotation, type AnnotationBody, type Reply } from './model';

let counter = 0;
const make = (start: number, exact: string, body: AnnotationBody, author = 'Ana'): Annotation =>
  createAnnotation(
    {
      documentId: 'd',
      versionId: 'v',
      target: { start, end: start + exact.length, exact, prefix: '', suffix: '' },
      body,
      author,
    },
    { id: `a${++counter}` },
  );

const claim = make(10, '經濟增長5%', { kind: 'claim', category: 'achievement', tags: ['GDP', '經濟'] });
const target = make(
  40,
  'create 1.2 million jobs',
  { kind: 'claim', category: 'target', tags: ['Jobs'] },
  'Bo',
);
const open = make(5, '糧食產量', { kind: 'comment', text: 'Which bulletin?', resolved: false });
const done = make(60, '財政赤字', { kind: 'comment', text: '已核對', resolved: true }, 'Bo');
const figure = make(80, '264億元', {
  kind: 'figure',
  status: 'disputed',
  note: 'bulletin says 263',
  origin: 'detected',
  value: 26_400_000_000,
  unit: '元',
  dismissed: false,
});
const plain = make(90, 'highlighted words', { kind: 'highlight' });
const all = [claim, target, open, done, figure, plain];
const replies = new Map<string, Reply[]>([
  [open.id, [createReply({ annotationId: open.id, author: 'Cy', text: 'The 2025 統計公報' })]],
]);
const index = updateSearchIndex(undefined, all, replies);
const ids = (list: Annotation[]) => list.map((a) => a.id);

describe('filterAnnotations', () => {
  it('returns everything for an empty filter', () => {
    expect(isFilterActive({ kinds: [], query: '  ' })).toBe(false);
    expect(filterAnnotations(all, {}, index)).toHaveLength(6);
  });

  it('filters by kind, category, tag, status, author and resolved', () => {
    expect(ids(filterAnnotations(all, { kinds: ['comment', 'highlight'] }))).toEqual([
      open.id,
      done.id,
      plain.id,
    ]);
    expect(ids(filterAnnotations(all, { categories: ['target'] }))).toEqual([target.id]);
    expect(ids(filterAnnotations(all, { tags: ['經濟', 'Jobs'] }))).toEqual([claim.id, target.id]);
    expect(ids(filterAnnotations(all, { statuses: ['disputed'] }))).toEqual([figure.id]);
    expect(ids(filterAnnotations(all, { statuses: ['verified'] }))).toEqual([]);
    expect(ids(filterAnnotations(all, { authors: ['Bo'] }))).toEqual([target.id, done.id]);
    expect(ids(filterAnnotations(all, { resolved: false }))).toEqual([open.id]);
    expect(ids(filterAnnotations(all, { resolved: true, authors: ['Ana'] }))).toEqual([]);
  });

  it('searches quotes, tags, comment texts, notes and replies, case-insensitively, all terms', () => {
    expect(ids(filterAnnotations(all, { query: 'million' }, index))).toEqual([target.id]);
    expect(ids(filterAnnotations(all, { query: 'gdp' }, index))).toEqual([claim.id]);
    expect(ids(filterAnnotations(all, { query: 'bulletin' }, index))).toEqual([open.id, figure.id]);
    expect(ids(filterAnnotations(all, { query: '統計公報' }, index))).toEqual([open.id]);
    expect(ids(filterAnnotations(all, { query: 'bulletin 263' }, index))).toEqual([figure.id]);
    expect(ids(filterAnnotations(all, { query: 'nothing-like-this' }, index))).toEqual([]);
  });

  it('reuses index entries for unchanged records and recomputes changed ones', () => {
    const edited = { ...done, body: { kind: 'comment' as const, text: 'needs rework', resolved: true } };
    const next = updateSearchIndex(
      index,
      all.map((a) => (a.id === done.id ? edited : a)),
      replies,
    );
    expect(next.get(claim.id)).toBe(index.get(claim.id));
    expect(next.get(done.id)?.text).toContain('needs rework');
    expect(next.get(done.id)?.text).not.toContain('已核對');
  });

  it('filters and searches 5,000 annotations', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...all[i % all.length]!, id: `m${i}` }));
    const bigIndex = updateSearchIndex(undefined, many, new Map());
    const found = filterAnnotations(many, { query: 'bulletin', kinds: ['figure', 'comment'] }, bigIndex);
    expect(found).toHaveLength(many.filter((_, i) => i % 6 === 2 || i % 6 === 4).length);
  });
});

describe('ordering, facets and tag suggestions', () => {
  it('orders by start, enclosing ranges first', () => {
    const inner = make(10, '經濟', { kind: 'highlight' });
    expect(ids([plain, inner, claim, open].sort(compareByPosition))).toEqual([
      open.id,
      claim.id,
      inner.id,
      plain.id,
    ]);
  });

  it('collects facets and suggests tags by prefix then substring', () => {
    expect(collectFacets(all)).toEqual({
      categories: ['achievement', 'target'],
      tags: ['GDP', 'Jobs', '經濟'],
      statuses: ['disputed'],
      authors: ['Ana', 'Bo'],
    });
    expect(suggestTags(['budget', 'GDP', 'debt', 'deficit'], 'd')).toEqual([
      'debt',
      'deficit',
      'budget',
      'GDP',
    ]);
    expect(suggestTags(['budget', 'debt'], 'de', ['debt'])).toEqual([]);
    expect(suggestTags(['a', 'b', 'c'], '', [], 2)).toEqual(['a', 'b']);
  });
});
