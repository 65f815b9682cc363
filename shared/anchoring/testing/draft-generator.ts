/**
 * Makes realistic next drafts of a document with exact ground truth, to measure carry-over. Every
 * character of the new draft records where it came from: its offset in the old draft, `inserted`
 * (-1), or a revised figure (-2 - k, see `revisions[k]`). So for any old range the truth — where its
 * text went, or that it is gone — is read off the origins, not guessed.
 *
 * Edits (./draft-edits.ts), drawn with a seeded PRNG in proportion to the text's length: figures
 * revised, words and clauses inserted, deleted and reworded, sentences and whole sections deleted,
 * paragraphs moved, split and merged, punctuation switched between full and half width, whitespace and
 * line breaks changed.
 */
import { createRandom, type Random } from './random';
import {
  Editor,
  editKinds,
  inserted,
  languageOf,
  type EditKind,
  type Para,
  type Revision,
} from './draft-edits';

export { editKinds, inserted, sentenceRanges, type EditKind, type Revision } from './draft-edits';

export interface GeneratedDraft {
  text: string;
  /** Per character of `text`: old offset, -1 inserted, -2 - k for revision k. */
  origin: Int32Array;
  revisions: Revision[];
  edits: Record<EditKind, number>;
}

export interface GeneratorOptions {
  seed: number;
  /** About one edit per this many characters (default 160). */
  charsPerEdit?: number;
}

const weights: Record<EditKind, number> = {
  'revise-figure': 6,
  'insert-words': 5,
  'delete-words': 4,
  reword: 4,
  'delete-clause': 2,
  'delete-sentence': 3,
  'delete-section': 0.4,
  'move-paragraph': 1.5,
  'split-paragraph': 1,
  'merge-paragraphs': 1,
  'switch-punctuation': 1,
  'change-whitespace': 2,
};

function pickKind(rng: Random): EditKind {
  const total = editKinds.reduce((sum, k) => sum + weights[k], 0);
  let roll = rng.next() * total;
  for (const kind of editKinds) {
    roll -= weights[kind];
    if (roll < 0) return kind;
  }
  return 'insert-words';
}

/** Makes one next draft of `oldText`. Deterministic for a given seed. */
export function generateDraft(oldText: string, options: GeneratorOptions): GeneratedDraft {
  const rng = createRandom(options.seed);
  const lang = languageOf(oldText);
  const paras: Para[] = [];
  let offset = 0;
  for (const line of oldText.split('\n')) {
    paras.push({ text: line, origin: Array.from({ length: line.length }, (_, k) => offset + k) });
    offset += line.length + 1;
  }
  const editor = new Editor(paras, rng, lang, oldText);
  const edits = Object.fromEntries(editKinds.map((k) => [k, 0])) as Record<EditKind, number>;
  const target = Math.max(4, Math.round(oldText.length / (options.charsPerEdit ?? 160)));
  for (
    let tries = 0;
    tries < target * 4 && Object.values(edits).reduce((a, b) => a + b, 0) < target;
    tries++
  ) {
    const kind = pickKind(rng);
    if (editor.apply(kind)) edits[kind]++;
  }
  const text = editor.paras.map((p) => p.text).join('\n');
  const origin = new Int32Array(text.length);
  let at = 0;
  editor.paras.forEach((p, i) => {
    origin.set(p.origin, at);
    at += p.text.length;
    if (i < editor.paras.length - 1) origin[at++] = inserted;
  });
  const revisions = editor.revisions.map((r) => ({ ...r }));
  for (let i = 0; i < origin.length; i++) {
    const o = origin[i]!;
    if (o <= -2) {
      const r = revisions[-2 - o]!;
      if (r.newStart < 0) r.newStart = i;
      r.newEnd = i + 1;
    }
  }
  for (const r of revisions) if (r.newStart >= 0) r.newText = text.slice(r.newStart, r.newEnd);
  // A revised figure inside text deleted later keeps newStart -1: it never reached the new draft.
  return { text, origin, revisions, edits };
}
