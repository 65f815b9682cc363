/**
 * The edits of the draft generator (./draft-generator.ts), on paragraphs whose every character records
 * its origin: figures revised, words and clauses inserted, deleted and reworded, sentences and sections
 * deleted, paragraphs moved, split and merged, punctuation and whitespace changed.
 */
import { detectFigures } from '../../figures/detect';
import { halfWidthPunctuation } from '../loose-context';
import type { Random } from './random';

export const inserted = -1;

export const editKinds = [
  'revise-figure',
  'insert-words',
  'delete-words',
  'reword',
  'delete-clause',
  'delete-sentence',
  'delete-section',
  'move-paragraph',
  'split-paragraph',
  'merge-paragraphs',
  'switch-punctuation',
  'change-whitespace',
] as const;
export type EditKind = (typeof editKinds)[number];

/** A figure whose number the new draft changed. */
export interface Revision {
  oldStart: number;
  oldEnd: number;
  oldText: string;
  newText: string;
  /** Filled in once the draft is assembled; -1 when later edits deleted it. */
  newStart: number;
  newEnd: number;
}

export interface Para {
  text: string;
  origin: number[];
}

export type Lang = 'zh' | 'en';

const bank: Record<Lang, { words: string[]; clauses: string[] }> = {
  zh: {
    words: ['进一步', '全面', '切实', '稳步', '持续', '大力', '有效', '加快', '深入', '统筹'],
    clauses: ['，在各方共同努力下', '，总体保持平稳', '，比预期略好', '，并将继续推进', '，取得积极成效'],
  },
  en: {
    words: ['further', 'broadly', 'steadily', 'in part', 'notably', 'largely', 'again', 'overall'],
    clauses: [
      ', as planned,',
      ', in line with the budget,',
      ', despite a weaker second half,',
      ', after consultation,',
    ],
  },
};

const fullToHalf = halfWidthPunctuation;
const halfToFull: Record<string, string> = Object.fromEntries(
  Object.entries(fullToHalf).map(([f, h]) => [h, f]),
);

export function languageOf(text: string): Lang {
  const sample = text.slice(0, 4000);
  const cjk = sample.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return cjk > sample.length * 0.2 ? 'zh' : 'en';
}

/** Sentence ranges of a paragraph's text (ending punctuation included). */
export function sentenceRanges(text: string, lang: Lang): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const end = lang === 'zh' ? /[。！？；!?;]/g : /[.!?](?=\s|$)/g;
  let start = 0;
  for (const match of text.matchAll(end)) {
    const stop = match.index + 1;
    while (start < stop && /\s/.test(text[start]!)) start++;
    if (stop - start > 1) ranges.push({ start, end: stop });
    start = stop;
  }
  while (start < text.length && /\s/.test(text[start]!)) start++;
  if (text.length - start > 1) ranges.push({ start, end: text.length });
  return ranges;
}

const splice = (para: Para, start: number, removeCount: number, text = '', origin: number[] = []): void => {
  para.text = para.text.slice(0, start) + text + para.text.slice(start + removeCount);
  para.origin.splice(
    start,
    removeCount,
    ...(origin.length ? origin : Array<number>(text.length).fill(inserted)),
  );
};

const isHeading = (para: Para): boolean =>
  para.text.trim().length > 0 && para.text.trim().length < 40 && !/[。.；;，,]$/.test(para.text.trim());

/** Word boundaries (for English edits) inside [from, to). */
function wordStarts(text: string, from: number, to: number): number[] {
  const starts: number[] = [];
  for (let i = from; i < to; i++)
    if (i === 0 || (/\s/.test(text[i - 1]!) && /\S/.test(text[i]!))) starts.push(i);
  return starts;
}

/** Applies one edit of a kind to the paragraphs, recording origins and revised figures. */
export class Editor {
  readonly revisions: Revision[] = [];
  constructor(
    readonly paras: Para[],
    readonly rng: Random,
    readonly lang: Lang,
    readonly oldText: string,
  ) {}

  private contentParas(): number[] {
    return this.paras.flatMap((p, i) => (p.text.trim().length > 0 ? [i] : []));
  }

  private randomPara(): Para | null {
    const list = this.contentParas();
    return list.length ? this.paras[this.rng.pick(list)]! : null;
  }

  private randomSentence(): { para: Para; start: number; end: number } | null {
    const para = this.randomPara();
    if (!para) return null;
    const sentences = sentenceRanges(para.text, this.lang);
    return sentences.length ? { para, ...this.rng.pick(sentences) } : null;
  }

  apply(kind: EditKind): boolean {
    switch (kind) {
      case 'revise-figure':
        return this.reviseFigure();
      case 'insert-words':
        return this.insertWords();
      case 'delete-words':
        return this.deleteWords();
      case 'reword':
        return this.reword();
      case 'delete-clause':
        return this.deleteClause();
      case 'delete-sentence':
        return this.deleteSentence();
      case 'delete-section':
        return this.deleteSection();
      case 'move-paragraph':
        return this.moveParagraph();
      case 'split-paragraph':
        return this.splitParagraph();
      case 'merge-paragraphs':
        return this.mergeParagraphs();
      case 'switch-punctuation':
        return this.switchPunctuation();
      case 'change-whitespace':
        return this.changeWhitespace();
    }
  }

  private reviseFigure(): boolean {
    const para = this.randomPara();
    if (!para) return false;
    const figures = detectFigures(para.text).filter((f) => {
      const o = para.origin.slice(f.start, f.end);
      // Only untouched figures: every character from the old draft, contiguous, with a digit to change.
      return /[0-9]/.test(f.text) && o.every((v, k) => v >= 0 && v === o[0]! + k);
    });
    if (figures.length === 0) return false;
    const figure = this.rng.pick(figures);
    const digits = [...figure.text].flatMap((ch, k) => (/[0-9]/.test(ch) ? [k] : []));
    const at = this.rng.pick(digits);
    const old = Number(figure.text[at]);
    const next = (old + this.rng.int(1, 8)) % 10;
    const newText = figure.text.slice(0, at) + String(next) + figure.text.slice(at + 1);
    const k = this.revisions.length;
    const oldStart = para.origin[figure.start]!;
    this.revisions.push({
      oldStart,
      oldEnd: oldStart + figure.text.length,
      oldText: figure.text,
      newText,
      newStart: -1,
      newEnd: -1,
    });
    splice(para, figure.start, figure.text.length, newText, Array<number>(newText.length).fill(-2 - k));
    return true;
  }

  private insertWords(): boolean {
    const s = this.randomSentence();
    if (!s) return false;
    if (this.lang === 'zh') {
      const at = this.rng.int(s.start + 1, s.end - 1);
      // Drafters do not wedge words between a number and its unit.
      if (detectFigures(s.para.text).some((f) => f.start < at && at < f.end)) return false;
      const text = this.rng.chance(0.5) ? this.rng.pick(bank.zh.words) : this.rng.pick(bank.zh.clauses);
      splice(s.para, at, 0, text);
    } else {
      const figures = detectFigures(s.para.text);
      const starts = wordStarts(s.para.text, s.start + 1, s.end).filter(
        (at) => !figures.some((f) => f.start < at && at < f.end),
      );
      if (starts.length === 0) return false;
      const at = this.rng.pick(starts);
      const text = this.rng.chance(0.6) ? `${this.rng.pick(bank.en.words)} ` : null;
      if (text) splice(s.para, at, 0, text);
      else splice(s.para, at - 1, 0, this.rng.pick(bank.en.clauses));
    }
    return true;
  }

  /**
   * A short run of characters (Chinese) or words (English) inside one sentence, never cutting into a
   * figure (drafters change numbers as a whole: see reviseFigure).
   */
  private shortRun(s: { para: Para; start: number; end: number }): { start: number; end: number } | null {
    const run = this.anyShortRun(s);
    if (!run) return null;
    const cuts = detectFigures(s.para.text).some(
      (f) => f.start < run.end && run.start < f.end && (f.start < run.start || f.end > run.end),
    );
    return cuts ? null : run;
  }

  private anyShortRun(s: { para: Para; start: number; end: number }): { start: number; end: number } | null {
    if (this.lang === 'zh') {
      const length = this.rng.int(2, 5);
      if (s.end - s.start < length + 2) return null;
      const start = this.rng.int(s.start, s.end - length - 1);
      return { start, end: start + length };
    }
    const starts = wordStarts(s.para.text, s.start, s.end - 1);
    if (starts.length < 3) return null;
    const k = this.rng.int(0, starts.length - 3);
    const count = this.rng.int(1, 2);
    return { start: starts[k]!, end: starts[k + count]! };
  }

  private deleteWords(): boolean {
    const s = this.randomSentence();
    const run = s && this.shortRun(s);
    if (!s || !run) return false;
    splice(s.para, run.start, run.end - run.start);
    return true;
  }

  private reword(): boolean {
    const s = this.randomSentence();
    const run = s && this.shortRun(s);
    if (!s || !run) return false;
    const word = this.rng.pick(bank[this.lang].words);
    splice(s.para, run.start, run.end - run.start, this.lang === 'zh' ? word : `${word} `);
    return true;
  }

  private deleteClause(): boolean {
    const s = this.randomSentence();
    if (!s) return false;
    const text = s.para.text.slice(s.start, s.end);
    const figures = detectFigures(s.para.text);
    const commas = [...text.matchAll(/[，,]/g)]
      .map((m) => m.index + s.start)
      .filter((at) => !figures.some((f) => f.start <= at && at < f.end));
    if (commas.length < 2) return false;
    const k = this.rng.int(0, commas.length - 2);
    splice(s.para, commas[k]!, commas[k + 1]! - commas[k]!);
    return true;
  }

  private deleteSentence(): boolean {
    const s = this.randomSentence();
    if (!s) return false;
    let end = s.end;
    while (end < s.para.text.length && s.para.text[end] === ' ') end++;
    splice(s.para, s.start, end - s.start);
    return true;
  }

  private deleteSection(): boolean {
    const headings = this.paras.flatMap((p, i) => (isHeading(p) ? [i] : []));
    if (headings.length < 3) return false;
    const at = this.rng.pick(headings.slice(1));
    let end = at + 1;
    while (end < this.paras.length && !isHeading(this.paras[end]!) && end - at < 5) end++;
    this.paras.splice(at, end - at);
    return true;
  }

  private moveParagraph(): boolean {
    const list = this.contentParas();
    if (list.length < 4) return false;
    const from = this.rng.pick(list);
    const [para] = this.paras.splice(from, 1);
    const to = this.rng.int(0, this.paras.length);
    this.paras.splice(to, 0, para!, { text: '', origin: [] });
    return true;
  }

  private splitParagraph(): boolean {
    const para = this.randomPara();
    if (!para) return false;
    const sentences = sentenceRanges(para.text, this.lang);
    if (sentences.length < 2) return false;
    const cut = this.rng.pick(sentences.slice(1)).start;
    const tail: Para = { text: para.text.slice(cut), origin: para.origin.slice(cut) };
    let keep = cut;
    while (keep > 0 && para.text[keep - 1] === ' ') keep--;
    splice(para, keep, para.text.length - keep);
    this.paras.splice(this.paras.indexOf(para) + 1, 0, { text: '', origin: [] }, tail);
    return true;
  }

  private mergeParagraphs(): boolean {
    const list = this.contentParas();
    if (list.length < 2) return false;
    const k = this.rng.int(0, list.length - 2);
    const first = this.paras[list[k]!]!;
    const second = this.paras[list[k + 1]!]!;
    if (isHeading(first) || isHeading(second)) return false;
    const joiner = this.lang === 'en' ? ' ' : '';
    first.text += joiner + second.text;
    first.origin.push(...Array<number>(joiner.length).fill(inserted), ...second.origin);
    this.paras.splice(list[k]! + 1, list[k + 1]! - list[k]!);
    return true;
  }

  private switchPunctuation(): boolean {
    const para = this.randomPara();
    if (!para) return false;
    const table = this.rng.chance(0.5) ? fullToHalf : halfToFull;
    const figures = detectFigures(para.text);
    let changed = false;
    for (let i = 0; i < para.text.length; i++) {
      const to = table[para.text[i]!];
      // A thousands separator stays as it is: "11,300" is never typed "11，300".
      if (to && figures.some((f) => f.start <= i && i < f.end)) continue;
      if (to && this.rng.chance(0.5)) {
        splice(para, i, 1, to);
        changed = true;
      }
    }
    return changed;
  }

  private changeWhitespace(): boolean {
    const roll = this.rng.int(0, 2);
    if (roll === 0) {
      // An empty line more or less between paragraphs.
      const at = this.rng.int(0, this.paras.length - 1);
      if (this.paras[at]!.text === '' && this.rng.chance(0.5)) this.paras.splice(at, 1);
      else this.paras.splice(at, 0, { text: '', origin: [] });
      return true;
    }
    const para = this.randomPara();
    if (!para) return false;
    if (roll === 1) {
      splice(para, para.text.length, 0, ' ');
      return true;
    }
    const spaces = [...para.text.matchAll(/ /g)].map((m) => m.index);
    if (spaces.length > 0 && this.lang === 'en') splice(para, this.rng.pick(spaces), 0, ' ');
    else {
      const digits = [...para.text.matchAll(/[\u4e00-\u9fff](?=[0-9])/g)].map((m) => m.index + 1);
      if (digits.length === 0) return false;
      splice(para, this.rng.pick(digits), 0, ' ');
    }
    return true;
  }
}
