/**
 * Draws the review's page furniture straight into the printed PDF with pdf-lib operators, in one extra
 * content stream per page: each annotation's underline in its kind's line style (claims solid, comments
 * dashed, figures in their status's style, resolved threads thin), the numbered markers in the left
 * margin, the notes (../../../shared/export/note-layout.ts) in the right margin or the foot band, the
 * running header (not on the cover) and "n / N". A page with foot notes gets its printed content scaled
 * by a `cm` before it. Drawing this here instead of printing a second HTML overlay is what keeps the
 * export near the cost of a plain print (README "Exporting an annotated PDF").
 */
import { deflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFName,
  type PDFContext,
  type PDFDocument,
  type PDFObject,
  type PDFRef,
} from 'pdf-lib';
import type { NoteBox, PageNoteLayout } from '../../../shared/export/note-layout';
import type { PrintAnnotation } from '../../../shared/export/print-annotations';
import type { Rect } from '../../../shared/export/quads';
import type { NoteFonts } from './note-fonts';
import { hundredths } from './pdf-raw';

/** A number rounded to 1/100 as JS writes it. */
const n = hundredths;

/** `r g b` operands of a `#rrggbb` colour; the few colours of an export are formatted once each. */
const rgbCache = new Map<string, string>();
export function rgb(hex: string): string {
  let operands = rgbCache.get(hex);
  if (operands === undefined) {
    const value = Number.parseInt(hex.replace('#', ''), 16);
    operands = [16, 8, 0].map((shift) => n(((value >> shift) & 0xff) / 255)).join(' ');
    if (rgbCache.size > 1000) rgbCache.clear();
    rgbCache.set(hex, operands);
  }
  return operands;
}

/** Builds one page's operators; `finish` attaches them to the page. */
export class PageOverlay {
  private readonly ops: string[] = [];

  constructor(private readonly fonts: NoteFonts) {}

  /** Text at baseline (x, y) in PDF points; returns its width. */
  text(value: string, x: number, y: number, size: number, colour: string, bold = false): number {
    let at = x;
    let ops = `BT ${rgb(colour)} rg`;
    for (const run of this.fonts.shape(value, bold)) {
      ops += ` /${run.name} ${n(size)} Tf 1 0 0 1 ${n(at)} ${n(y)} Tm ${run.hex} Tj`;
      at += run.width * size;
    }
    this.ops.push(`${ops} ET`);
    return at - x;
  }

  rect(x: number, y: number, w: number, h: number, fill: string): void {
    this.ops.push(`${rgb(fill)} rg ${n(x)} ${n(y)} ${n(w)} ${n(h)} re f`);
  }

  line(x1: number, y1: number, x2: number, y2: number, colour: string, width: number): void {
    this.ops.push(`${rgb(colour)} RG ${n(width)} w [] 0 d ${n(x1)} ${n(y1)} m ${n(x2)} ${n(y2)} l S`);
  }

  /** The kind's underline under each line fragment (PDF points, y up). */
  underline(entry: PrintAnnotation, fragments: readonly Rect[]): void {
    const { body } = entry.annotation;
    if (body.kind === 'highlight') return;
    const style =
      body.kind === 'claim'
        ? 'solid'
        : body.kind === 'comment'
          ? 'dashed'
          : (entry.status?.underline ?? 'dotted');
    const width = body.kind === 'comment' && body.resolved ? 0.6 : 1.1;
    // Below the glyphs' box: claims nearest, comments next, figures lowest, so overlaps stay apart.
    const drop = body.kind === 'claim' ? -0.6 : body.kind === 'comment' ? 1.4 : 3.2;
    const ops: string[] = [`q ${rgb(entry.colour)} RG ${width} w`];
    for (const [x1, y1, x2] of fragments) {
      const y = y1 - drop;
      switch (style) {
        case 'solid':
          ops.push(`[] 0 d ${n(x1)} ${n(y)} m ${n(x2)} ${n(y)} l S`);
          break;
        case 'dashed':
          ops.push(`0 J [3 2] 0 d ${n(x1)} ${n(y)} m ${n(x2)} ${n(y)} l S`);
          break;
        case 'dotted':
          ops.push(`1 J [0 2.2] 0 d ${n(x1)} ${n(y)} m ${n(x2)} ${n(y)} l S`);
          break;
        case 'double':
          ops.push(
            `0 J [] 0 d 0.5 w ${n(x1)} ${n(y + 0.8)} m ${n(x2)} ${n(y + 0.8)} l ${n(x1)} ${n(y - 0.8)} m ${n(x2)} ${n(y - 0.8)} l S ${width} w`,
          );
          break;
        case 'wavy': {
          const points: string[] = [`${n(x1)} ${n(y)} m`];
          for (let x = x1 + 1.5, up = true; x <= x2; x += 1.5, up = !up)
            points.push(`${n(x)} ${n(y + (up ? 0.9 : -0.9))} l`);
          ops.push(`0 J [] 0 d 0.7 w ${points.join(' ')} S ${width} w`);
          break;
        }
      }
    }
    ops.push('Q');
    this.ops.push(ops.join(' '));
  }

  /** A coloured badge with a white number; top-left at (x, top) with the page height `H`. */
  badge(
    number: number,
    colour: string,
    x: number,
    top: number,
    H: number,
    size: number,
    minWidth = 0,
  ): number {
    const label = String(number);
    const w = Math.max(minWidth, this.fonts.measure(label, size, true) + 3);
    const h = size * 1.3;
    this.rect(x, H - top - h, w, h, colour);
    this.text(
      label,
      x + (w - this.fonts.measure(label, size, true)) / 2,
      H - top - h + size * 0.3,
      size,
      '#ffffff',
      true,
    );
    return w;
  }

  note(box: NoteBox, H: number, size: number, lineHeight: number, padY: number, padLeft: number): void {
    this.rect(box.left, H - box.top - box.height, box.width, box.height, '#f6f6f6');
    this.rect(box.left, H - box.top - box.height, 2, box.height, box.entry.colour);
    let line = 0;
    const x = box.left + padLeft;
    for (const paragraph of box.paragraphs) {
      const colour =
        paragraph.role === 'head' ? '#555555' : paragraph.role === 'body' ? '#1a1a1a' : '#333333';
      for (let i = 0; i < paragraph.lines.length; i++) {
        const baseline = H - box.top - padY - (line + 1) * lineHeight + lineHeight * 0.25;
        let at = x;
        if (paragraph.role === 'head' && i === 0) {
          at +=
            this.badge(box.entry.number, box.entry.colour, x, H - baseline - size * 1.05, H, size - 1) + 2;
        }
        this.text(paragraph.lines[i]!, at, baseline, size, colour);
        line++;
      }
    }
  }

  notes(
    layout: PageNoteLayout,
    H: number,
    style: { size: number; lineHeight: number; padY: number; padLeft: number },
    footRule: { left: number; right: number },
  ): void {
    for (const box of [...layout.margin, ...layout.foot])
      this.note(box, H, style.size, style.lineHeight, style.padY, style.padLeft);
    if (layout.footTop !== null)
      this.line(footRule.left, H - layout.footTop, footRule.right, H - layout.footTop, '#999999', 0.5);
  }

  get content(): string {
    return this.ops.join('\n');
  }
}

/**
 * Appends `overlay` to the page's content, wrapping the printed content in q/Q (with the scale, if
 * any) so whatever state Chromium left does not leak into the overlay, and adds the fonts to the
 * page's resources.
 */
const wrappers = new WeakMap<PDFContext, { q: PDFRef; Q: PDFRef }>();

export function attachOverlay(
  pdf: PDFDocument,
  pageIndex: number,
  overlay: string,
  layout: Pick<PageNoteLayout, 'scale' | 'origin'> | null,
  fonts: NoteFonts,
): void {
  const { context } = pdf;
  const page = pdf.getPage(pageIndex).node;
  const stream = (text: string): PDFRef =>
    context.register(
      // Level 1: these streams are small and many; the default level tripled the time for a few bytes.
      context.stream(deflateSync(Buffer.from(text, 'latin1'), { level: 1 }), { Filter: 'FlateDecode' }),
    );
  // The wrapping q … Q is a few bytes: written plain (deflating makes it longer and costs a zlib
  // call each), and the same two objects serve every page that is not scaled.
  let wrap = wrappers.get(context);
  if (!wrap)
    wrappers.set(
      context,
      (wrap = { q: context.register(context.stream('q')), Q: context.register(context.stream('Q')) }),
    );
  const s = layout?.scale ?? 1;
  const [ox, oy] = layout?.origin ?? [0, 0];
  const before =
    s === 1
      ? wrap.q
      : context.register(context.stream(`q ${n(s)} 0 0 ${n(s)} ${n(ox * (1 - s))} ${n(oy * (1 - s))} cm`));
  const existing: PDFObject | undefined = page.get(PDFName.of('Contents'));
  const contents: PDFObject[] =
    existing instanceof PDFArray ? existing.asArray() : existing ? [existing] : [];
  page.set(PDFName.of('Contents'), context.obj([before, ...contents, wrap.Q, stream(overlay)]));
  let resources = page.lookupMaybe(PDFName.of('Resources'), PDFDict);
  if (!resources) page.set(PDFName.of('Resources'), (resources = context.obj({})));
  let fontDict = resources.lookupMaybe(PDFName.of('Font'), PDFDict);
  if (!fontDict) resources.set(PDFName.of('Font'), (fontDict = context.obj({})));
  fontDict.set(PDFName.of('TmC'), fonts.cjk.ref);
  fontDict.set(PDFName.of('TmL'), fonts.latin.ref);
  fontDict.set(PDFName.of('TmB'), fonts.bold.ref);
}
