import { describe, expect, it } from 'vitest';
import DiffMatchPatch from 'diff-match-patch';
import { diffDocuments, inlineDiff, inlineTokens, markChanges, splitParagraphs } from './changes';

const kinds = (rows: ReturnType<typeof diffDocuments>) => rows.map((r) => r.kind);

describe('changes between two versions', () => {
  it('splits paragraphs without blank lines, offsets pointing into the text', () => {
    const text = 'One.\n\n  Two two.  \nThree';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['One.', 'Two two.', 'Three']);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('tokenises English by word, Chinese by character, numbers whole', () => {
    expect(inlineTokens('Revenue rose 4.9% in 2024')).toEqual([
      'Revenue',
      ' ',
      'rose',
      ' ',
      '4.9',
      '%',
      ' ',
      'in',
      ' ',
      '2024',
    ]);
    expect(inlineTokens('生產總值264億元')).toEqual(['生', '產', '總', '值', '264', '億', '元']);
  });

  it('finds an inserted and a deleted paragraph, and a word changed inside a sentence', () => {
    const oldText =
      'Alpha stays.\nThe port handled many ships this year.\nGone paragraph here.\nOmega stays.';
    const newText =
      'Alpha stays.\nThe port handled few ships this year.\nOmega stays.\nA new closing paragraph.';
    const rows = diffDocuments(oldText, newText);
    expect(kinds(rows)).toEqual(['equal', 'edit', 'delete', 'equal', 'insert']);
    const edit = rows[1]!;
    expect(edit.parts.filter((p) => p.op === -1).map((p) => p.text)).toEqual(['many']);
    expect(edit.parts.filter((p) => p.op === 1).map((p) => p.text)).toEqual(['few']);
    for (const p of edit.parts)
      expect((p.op === 1 ? newText : oldText).slice(p.at, p.at + p.text.length)).toBe(p.text);
  });

  it('diffs only between the common start and end, still whole words and numbers, offsets exact', () => {
    const dmp = new DiffMatchPatch();
    const a = 'Spending grew by 4.9% in 2025 and fell in 2026. Recycling rose.';
    const b = 'Spending grew by 4.95% in 2025 and fell in 2026. Recycling rose again.';
    const parts = inlineDiff(dmp, a, 100, b, 500);
    // A number that only gained a digit is still replaced whole, not cut at the shared "4.9".
    expect(parts.filter((p) => p.op === -1).map((p) => p.text)).toEqual(['4.9']);
    expect(parts.filter((p) => p.op === 1).map((p) => p.text)).toEqual(['4.95', ' again']);
    expect(
      parts
        .filter((p) => p.op <= 0)
        .map((p) => p.text)
        .join(''),
    ).toBe(a);
    expect(
      parts
        .filter((p) => p.op >= 0)
        .map((p) => p.text)
        .join(''),
    ).toBe(b);
    for (const p of parts)
      expect((p.op === 1 ? b : a).slice(p.at - (p.op === 1 ? 500 : 100)).startsWith(p.text)).toBe(true);
  });

  it('diffs Chinese character by character', () => {
    const rows = diffDocuments('全力以赴穩增長、調結構。', '全力以赴穩增長、優結構。');
    expect(kinds(rows)).toEqual(['edit']);
    expect(rows[0]!.parts.filter((p) => p.op !== 0).map((p) => [p.op, p.text])).toEqual([
      [-1, '調'],
      [1, '優'],
    ]);
  });

  it('shows a moved paragraph as a move, also when it was edited on the way', () => {
    const a = 'First paragraph about the harbour budget.';
    const b = 'Second paragraph about school buildings and repairs.';
    const c = 'Third paragraph about the forest cover and water quality.';
    const rows = diffDocuments(`${a}\n${b}\n${c}`, `${b}\n${c}\n${a}`);
    expect(kinds(rows).sort()).toEqual(['equal', 'equal', 'move-from', 'move-to']);
    const from = rows.find((r) => r.kind === 'move-from')!;
    const to = rows.find((r) => r.kind === 'move-to')!;
    expect(from.moveId).toBe(to.moveId);
    const edited = diffDocuments(`${a}\n${b}\n${c}`, `${b}\n${c}\n${a.replace('harbour', 'airport')}`);
    const movedTo = edited.find((r) => r.kind === 'move-to')!;
    expect(movedTo.parts.filter((p) => p.op === 1).map((p) => p.text)).toEqual(['airport']);
    expect(kinds(edited)).not.toContain('delete');
  });

  it('does not call an unrelated deletion and insertion a move', () => {
    const rows = diffDocuments(
      'Keep.\nA paragraph on roads and bridges.',
      'Keep.\nNothing like the other one at all.',
    );
    expect(kinds(rows)).toEqual(['equal', 'delete', 'insert']);
  });

  it('marks annotations on changed text and figures, not those on unchanged text', () => {
    const oldText = 'GDP reached 264 billion.\nUnchanged sentence here.';
    const newText = 'GDP reached 265 billion.\nUnchanged sentence here.';
    const rows = diffDocuments(oldText, newText);
    const marks = markChanges(
      rows,
      oldText,
      newText,
      [
        { id: 'old-fig', start: 12, end: 15, figure: true },
        { id: 'old-calm', start: 25, end: 34, figure: false },
      ],
      [{ id: 'new-claim', start: 0, end: 3, figure: false }],
    );
    expect(rows[0]!.kind).toBe('edit');
    expect(marks[0]).toEqual({ annotationIds: ['old-fig'], figure: true });
    expect(marks[1]).toEqual({ annotationIds: [], figure: false });
  });
});
