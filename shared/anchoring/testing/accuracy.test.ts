import { describe, expect, it } from 'vitest';
import { truthOf } from './accuracy';
import type { GeneratedDraft } from './draft-generator';

/** A draft that revised one figure in place ("£14.2 million" → "£14.8 million"), with exact origins. */
function revisedDraft(oldText: string, figure: string, revised: string): GeneratedDraft {
  const at = oldText.indexOf(figure);
  const text = oldText.replace(figure, revised);
  const origin = Int32Array.from({ length: text.length }, (_, i) =>
    i >= at && i < at + revised.length ? -2 : i,
  );
  const revision = {
    oldStart: at,
    oldEnd: at + figure.length,
    oldText: figure,
    newText: revised,
    newStart: at,
    newEnd: at + revised.length,
  };
  return { text, origin, revisions: [revision], edits: {} as GeneratedDraft['edits'] };
}

describe('truthOf with a revised figure', () => {
  const oldText = 'Reserves of £14.2 million at the end of the year.';
  const draft = revisedDraft(oldText, '£14.2 million', '£14.8 million');
  const oldToNew = Int32Array.from({ length: oldText.length }, (_, o) => (draft.origin.includes(o) ? o : -1));

  it('gives a phrase that covers part of the figure that part, not the whole revised figure', () => {
    const start = oldText.indexOf('of £14.2');
    const truth = truthOf(draft, oldToNew, start, start + 'of £14.2'.length);
    expect(draft.text.slice(truth.start, truth.end)).toBe('of £14.8');
    expect(truth).toMatchObject({ state: 'survives', revised: false });
  });

  it('gives the figure itself the whole revised figure, marked revised', () => {
    const start = oldText.indexOf('£14.2 million');
    const truth = truthOf(draft, oldToNew, start, start + 13, oldText);
    expect(draft.text.slice(truth.start, truth.end)).toBe('£14.8 million');
    expect(truth.revised).toBe(true);
  });
});
