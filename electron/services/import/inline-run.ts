/**
 * Collects the inline content of one textblock while walking HTML, collapsing whitespace the way a
 * browser lays out normal text: runs of spaces, tabs and newlines become one space, none at the start
 * of the block, after a line break or at the end. Adjacent text with the same marks is merged.
 */
import type { PmNodeJson } from '../../../shared/model/document';

export interface MarkJson {
  type: string;
  attrs?: Record<string, unknown>;
}

/** Collapsible HTML whitespace (not U+00A0 or U+3000, which are content). */
const whitespace = /[ \t\n\r\f]+/g;

export class InlineRun {
  private readonly items: PmNodeJson[] = [];
  /** True at the start and after a break or a space: a following space is dropped. */
  private afterSpace = true;

  /** Appends text with the given marks, collapsing whitespace. */
  text(raw: string, marks: readonly MarkJson[]): void {
    let text = raw.replace(whitespace, ' ');
    if (this.afterSpace && text.startsWith(' ')) text = text.slice(1);
    if (text.length === 0) return;
    this.afterSpace = text.endsWith(' ');
    const last = this.items[this.items.length - 1];
    if (last?.type === 'text' && sameMarks(last.marks, marks)) {
      last.text += text;
      return;
    }
    const node: PmNodeJson = { type: 'text', text };
    if (marks.length > 0) node.marks = marks.map((m) => ({ ...m }));
    this.items.push(node);
  }

  /** A word boundary between block-ish content flattened inline. */
  space(): void {
    if (!this.afterSpace && this.items.length > 0) this.text(' ', []);
  }

  hardBreak(): void {
    this.trimEnd();
    this.items.push({ type: 'hard_break' });
    this.afterSpace = true;
  }

  /** The collected inline nodes, trailing whitespace removed; empty when there is no text. */
  finish(): PmNodeJson[] {
    this.trimEnd();
    while (this.items[this.items.length - 1]?.type === 'hard_break') this.items.pop();
    while (this.items[0]?.type === 'hard_break') this.items.shift();
    return this.items.some((item) => item.type === 'text') ? this.items : [];
  }

  private trimEnd(): void {
    const last = this.items[this.items.length - 1];
    if (last?.type !== 'text' || !last.text!.endsWith(' ')) return;
    last.text = last.text!.slice(0, -1);
    if (last.text.length === 0) this.items.pop();
  }
}

function sameMarks(a: readonly MarkJson[] | undefined, b: readonly MarkJson[]): boolean {
  const left = a ?? [];
  if (left.length !== b.length) return false;
  return left.every((mark, i) => mark.type === b[i]!.type && mark.attrs?.href === b[i]!.attrs?.href);
}
