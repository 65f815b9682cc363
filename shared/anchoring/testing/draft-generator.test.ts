import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editKinds, generateDraft } from './draft-generator';
import { sampleAnnotations } from './annotation-sampler';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const zh = fixture('qinglin-work-report.txt');
const en = fixture('harbour-city-budget.txt');

describe('generateDraft', () => {
  it.each([
    ['zh', zh],
    ['en', en],
  ])('records a true origin for every character (%s)', (_, text) => {
    for (let seed = 1; seed <= 5; seed++) {
      const draft = generateDraft(text, { seed, charsPerEdit: 100 });
      expect(draft.origin.length).toBe(draft.text.length);
      const seen = new Set<number>();
      let wrong = 0;
      draft.origin.forEach((o, i) => {
        if (o < 0) return;
        if (draft.text[i] !== text[o] || seen.has(o)) wrong++;
        seen.add(o);
      });
      expect(wrong).toBe(0);
      for (const r of draft.revisions.filter((r) => r.newStart >= 0)) {
        expect(text.slice(r.oldStart, r.oldEnd)).toBe(r.oldText);
        expect(draft.text.slice(r.newStart, r.newEnd)).toBe(r.newText);
        expect(r.newText).not.toBe(r.oldText);
      }
      expect(draft.text).not.toBe(text);
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDraft(zh, { seed: 3 }).text).toBe(generateDraft(zh, { seed: 3 }).text);
    expect(generateDraft(zh, { seed: 3 }).text).not.toBe(generateDraft(zh, { seed: 4 }).text);
  });

  it('makes every kind of edit over a few drafts', () => {
    const counts = Object.fromEntries(editKinds.map((k) => [k, 0]));
    for (let seed = 1; seed <= 12; seed++) {
      for (const text of [zh, en]) {
        const draft = generateDraft(text, { seed, charsPerEdit: 80 });
        for (const k of editKinds) counts[k]! += draft.edits[k];
      }
    }
    for (const k of editKinds) expect(counts[k], k).toBeGreaterThan(0);
  });

  it('samples annotations of three sizes with stored context', () => {
    const annotations = sampleAnnotations(zh, 120, 1);
    expect(annotations.length).toBe(120);
    const sizes = new Set(annotations.map((a) => a.size));
    expect([...sizes].sort()).toEqual(['figure', 'phrase', 'sentence']);
    for (const a of annotations) {
      expect(zh.slice(a.target.start, a.target.end)).toBe(a.target.exact);
      expect(a.size === 'figure').toBe(a.figure !== undefined);
    }
  });
});
