/**
 * The draft's own text as print HTML: headings, paragraphs, lists, tables, quotes, with every
 * highlighted stretch wrapped in `<a href="https://annot.invalid/<n>+<m>">` where n, m are the indices
 * (into `PrintSelection.placed`) of the annotations that cover it. Chromium turns each such anchor into
 * one /Link per line fragment at its exact place after pagination; the PDF writer reads those back and
 * replaces them (see ../../shared/toolchain.md, "Where a highlight lands"). Overlapping annotations
 * cannot nest anchors, so the text is cut at every start and end and each piece names all of its owners.
 *
 * Offsets follow the plain-text projection (../document/text-map.ts): textblocks separated by "\n"
 * plus `blankBefore`, a hard break is "\n", any other inline leaf one character.
 */
import type { PmNodeJson } from '../model/document';
import type { PrintAnnotation } from './print-annotations';

/** Origin of the placeholder links; `.invalid` can never resolve (RFC 2606). */
export const annotationLinkOrigin = 'https://annot.invalid/';

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A heading with its offset in the plain text, collected while laying out (for sections). */
export interface PrintHeading {
  start: number;
  level: number;
  title: string;
}

interface Boundary {
  pos: number;
  index: number;
  open: boolean;
}

/** CSS classes that draw one annotation's line style in the page content (greyscale-safe). */
export function decorationClass(entry: PrintAnnotation): string {
  const { body } = entry.annotation;
  switch (body.kind) {
    case 'highlight':
      return 'k-highlight';
    case 'claim':
      return 'k-claim';
    case 'comment':
      return body.resolved ? 'k-comment k-resolved' : 'k-comment';
    case 'figure':
      return `k-figure u-${entry.status?.underline ?? 'dotted'}`;
  }
}

class Writer {
  readonly out: string[] = [];
  readonly headings: PrintHeading[] = [];
  offset = 0;
  private blocks = 0;
  private next = 0;
  private readonly active = new Set<number>();
  private readonly boundaries: Boundary[];

  constructor(
    private readonly placed: readonly PrintAnnotation[],
    private readonly decorations: boolean,
  ) {
    this.boundaries = placed
      .flatMap((entry, index) => [
        { pos: entry.start, index, open: true },
        { pos: entry.end, index, open: false },
      ])
      .sort((a, b) => a.pos - b.pos || Number(a.open) - Number(b.open));
  }

  /** Applies every boundary at or before `pos`; returns the next boundary after it (or Infinity). */
  private advance(pos: number): number {
    while (this.next < this.boundaries.length && this.boundaries[this.next]!.pos <= pos) {
      const b = this.boundaries[this.next++]!;
      if (b.open) this.active.add(b.index);
      else this.active.delete(b.index);
    }
    return this.boundaries[this.next]?.pos ?? Infinity;
  }

  private piece(html: string): string {
    if (this.active.size === 0) return html;
    const owners = [...this.active].sort((a, b) => a - b);
    let inner = html;
    for (const index of this.decorations ? owners : []) {
      const entry = this.placed[index]!;
      inner = `<span class="${decorationClass(entry)}" style="--c:${entry.colour}">${inner}</span>`;
    }
    return `<a class="tm" href="${annotationLinkOrigin}${owners.join('+')}">${inner}</a>`;
  }

  text(text: string, marks: PmNodeJson['marks']): void {
    let from = 0;
    while (from < text.length) {
      const nextBoundary = this.advance(this.offset + from);
      const to = Math.min(text.length, Math.max(from + 1, nextBoundary - this.offset));
      this.out.push(this.piece(wrapMarks(escapeHtml(text.slice(from, to)), marks)));
      from = to;
    }
    this.offset += text.length;
  }

  leaf(html: string): void {
    this.advance(this.offset);
    this.out.push(this.piece(html));
    this.offset += 1;
  }

  textblock(node: PmNodeJson, tag: string, attrs = ''): void {
    const blankBefore = Number(node.attrs?.blankBefore ?? 0);
    this.offset += (this.blocks > 0 ? 1 : 0) + blankBefore;
    this.blocks++;
    const start = this.offset;
    this.out.push(`<${tag}${attrs}>`);
    for (const child of node.content ?? []) {
      if (child.type === 'text') this.text(child.text ?? '', child.marks);
      else if (child.type === 'hard_break') this.leaf('<br>');
      else this.leaf('');
    }
    this.out.push(`</${tag}>`);
    if (node.type === 'heading') {
      const title = (node.content ?? [])
        .map((c) => c.text ?? '')
        .join('')
        .trim();
      this.headings.push({ start, level: Number(node.attrs?.level ?? 1), title });
    }
  }

  block(node: PmNodeJson): void {
    const children = (): void => (node.content ?? []).forEach((child) => this.block(child));
    switch (node.type) {
      case 'paragraph':
        return this.textblock(node, 'p');
      case 'heading': {
        const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 1)));
        return this.textblock(node, `h${level}`);
      }
      case 'code_block':
        return this.textblock(node, 'pre');
      case 'horizontal_rule':
        this.out.push('<hr>');
        return;
      case 'doc':
        return children();
      case 'table':
        this.out.push('<table><tbody>');
        children();
        this.out.push('</tbody></table>');
        return;
      case 'table_cell': {
        const attrs = node.attrs ?? {};
        const tag = attrs.header ? 'th' : 'td';
        this.out.push(`<${tag}${cellSpan(attrs)}>`);
        children();
        this.out.push(`</${tag}>`);
        return;
      }
      default: {
        const tag = containerTags[node.type] ?? 'div';
        this.out.push(`<${tag}${containerAttrs(node)}>`);
        children();
        this.out.push(`</${tag}>`);
      }
    }
  }
}

const containerTags: Record<string, string> = {
  blockquote: 'blockquote',
  bullet_list: 'ul',
  ordered_list: 'ol',
  list_item: 'li',
  table: 'table',
  table_row: 'tr',
};

function containerAttrs(node: PmNodeJson): string {
  const order = Number(node.attrs?.order ?? 1);
  return node.type === 'ordered_list' && order !== 1 ? ` start="${order}"` : '';
}

function cellSpan(attrs: Record<string, unknown>): string {
  const colspan = Number(attrs.colspan ?? 1);
  const rowspan = Number(attrs.rowspan ?? 1);
  return (colspan > 1 ? ` colspan="${colspan}"` : '') + (rowspan > 1 ? ` rowspan="${rowspan}"` : '');
}

const markTags: Record<string, string> = { strong: 'strong', em: 'em', code: 'code', sub: 'sub', sup: 'sup' };

function wrapMarks(html: string, marks: PmNodeJson['marks']): string {
  let out = html;
  for (const mark of marks ?? []) {
    const tag = markTags[mark.type];
    // A link in the draft is shown, not followed: a real link here would become a /Link the PDF keeps.
    if (mark.type === 'link') out = `<span class="doc-link">${out}</span>`;
    else if (tag) out = `<${tag}>${out}</${tag}>`;
  }
  return out;
}

/**
 * Lays out the doc. `placed` must be sorted by start (as `selectPrintAnnotations` returns it). Returns
 * the HTML, the headings with their offsets, and the length of text walked (equals the version's text
 * length minus trailing newlines, which a caller may assert).
 */
export function docToPrintHtml(
  doc: PmNodeJson,
  placed: readonly PrintAnnotation[],
  /** False when the export draws the underlines itself (./note-layout.ts): Chromium prints dashed,
   * dotted and wavy underlines slowly (a 169-page draft: 12.8 s instead of 3.8 s). */
  decorations = true,
): { html: string; headings: PrintHeading[]; length: number } {
  const writer = new Writer(placed, decorations);
  writer.block(doc);
  return { html: writer.out.join(''), headings: writer.headings, length: writer.offset };
}
