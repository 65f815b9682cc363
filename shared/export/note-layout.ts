/**
 * Where the numbered notes of an annotated PDF go, in PDF points, measured with the real fonts that
 * will draw them (../../electron/services/export/pdf-page-overlay.ts): beside their line in the right
 * margin while the margin has room, else at the foot of the page, in two columns under a rule. A page
 * with foot notes has its printed content scaled down from the top-left corner of the text area just
 * enough to free that band (the text stays real text; highlights, markers and underlines are moved
 * with it). Nothing is shrunk to illegibility or cut: every note is printed in full.
 *
 * Pure arithmetic over a width function, so it is unit-tested without fonts or a PDF.
 */
import type { PageGeometry } from './export-options';
import { stack } from './margin-notes';
import type { PrintAnnotation } from './print-annotations';
import type { Rect } from './quads';

export const mmToPt = 72 / 25.4;

/** Width in points of `text` set at `size` points. */
export type MeasureText = (text: string, size: number) => number;

export interface NoteStyle {
  size: number;
  lineHeight: number;
  /** Inside the box: left (after the colour bar), top and bottom. */
  padLeft: number;
  padY: number;
  gap: number;
}

export const noteStyle: NoteStyle = { size: 7, lineHeight: 9.2, padLeft: 5, padY: 2.4, gap: 4 };

export interface NoteParagraph {
  role: 'head' | 'body' | 'reply';
  lines: string[];
}

export interface NoteBox {
  entry: PrintAnnotation;
  paragraphs: NoteParagraph[];
  /** Points from the page's top edge. */
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface PageNoteLayout {
  page: number;
  /** 1 = the page as printed; below 1 the content is scaled from (`origin`) to free the foot band. */
  scale: number;
  origin: [number, number];
  margin: NoteBox[];
  foot: NoteBox[];
  /** Top of the foot band's rule, from the page's top edge (null without foot notes). */
  footTop: number | null;
  /** Notes for which the band had no room even at `minScale`: to continue on the next page. */
  overflow: NoteInput[];
}

/** Breaks text into lines no wider than `width`: between words, or between any two CJK characters. */
export function wrapText(text: string, width: number, measure: MeasureText, size: number): string[] {
  const tokens = text.match(
    /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|\s+|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+/g,
  ) ?? [''];
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const push = (): void => {
    lines.push(line.trimEnd());
    line = '';
    lineWidth = 0;
  };
  for (const token of tokens) {
    const w = measure(token, size);
    if (lineWidth + w <= width || line === '') {
      if (line === '' && /^\s+$/.test(token)) continue;
      if (w > width) {
        // One word wider than the column: break it by characters.
        for (const ch of token) {
          const cw = measure(ch, size);
          if (lineWidth + cw > width && line !== '') push();
          line += ch;
          lineWidth += cw;
        }
        continue;
      }
      line += token;
      lineWidth += w;
      continue;
    }
    push();
    if (/^\s+$/.test(token)) continue;
    line = token;
    lineWidth = w;
  }
  if (line !== '' || lines.length === 0) push();
  return lines;
}

type SetNote = { paragraphs: NoteParagraph[]; height: number };
/**
 * Set notes by width function and lines array: an export sets each note at the margin's and the foot
 * band's width while Chromium prints (./note-presets.ts), and the page layout then finds them here.
 */
const setNotes = new WeakMap<MeasureText, WeakMap<readonly string[], Map<string, SetNote>>>();

/** Sets a note's lines at `width` (the badge before the header takes `badge` points); memoised. */
export function setNote(
  lines: readonly string[],
  width: number,
  badge: number,
  measure: MeasureText,
  style: NoteStyle = noteStyle,
): SetNote {
  let byLines = setNotes.get(measure);
  if (!byLines) setNotes.set(measure, (byLines = new WeakMap()));
  let byWidth = byLines.get(lines);
  if (!byWidth) byLines.set(lines, (byWidth = new Map()));
  const key = `${width}|${badge}|${style.size}|${style.lineHeight}|${style.padLeft}|${style.padY}`;
  let set = byWidth.get(key);
  if (!set) byWidth.set(key, (set = setNoteNow(lines, width, badge, measure, style)));
  return set;
}

function setNoteNow(
  lines: readonly string[],
  width: number,
  badge: number,
  measure: MeasureText,
  style: NoteStyle,
): SetNote {
  const inner = width - style.padLeft - 1;
  const paragraphs = lines.map((text, i): NoteParagraph => {
    const role = i === 0 ? 'head' : i === 1 && !text.startsWith('↳') ? 'body' : 'reply';
    if (i > 0) return { role, lines: wrapText(text, inner, measure, style.size) };
    // The header's first line starts after the number badge.
    const wrapped = wrapText(text, inner - badge, measure, style.size);
    const [first = '', ...rest] = wrapped;
    const restText = rest.join(' ');
    return { role, lines: [first, ...(restText ? wrapText(restText, inner, measure, style.size) : [])] };
  });
  const count = paragraphs.reduce((n, p) => n + p.lines.length, 0);
  return { paragraphs, height: count * style.lineHeight + 2 * style.padY };
}

/** The two widths a note is set at on a page of this geometry: the margin column and a foot column. */
export function noteWidths(page: PageGeometry): { margin: number; foot: number } {
  const margin = (page.width - 7) * mmToPt - (page.width - page.right + 5) * mmToPt;
  const foot = ((page.width - 7) * mmToPt - page.left * mmToPt - 5 * mmToPt) / 2;
  return { margin, foot };
}

/** Width of the number badge before a note's header. */
export const noteBadgeWidth = (n: number, measure: MeasureText, style: NoteStyle = noteStyle): number =>
  measure(String(n), style.size - 1) + 5;

export interface NoteInput {
  entry: PrintAnnotation;
  /** Note text lines (header, note, replies), see ./margin-notes.ts `noteLines`. */
  lines: string[];
  /** First line fragment as printed (PDF points, y up). */
  firstFragment: Rect;
  /** Continued from an earlier page that had no room: goes straight to this page's foot band. */
  carried?: boolean;
}

/**
 * The least a page's printed content is scaled to free its foot band. Below this the text turns hard
 * to read; notes that still do not fit continue on the next page's band (or an added notes page).
 */
export const minContentScale = 0.78;

/**
 * Lays out one page's notes. `pageSize` in points; `page` the geometry in mm. Margin notes are kept
 * in reading order until the margin is full; the others go to the foot band, whose height decides the
 * scale of the page content.
 */
export function layoutPageNotes(
  pageIndex: number,
  notes: readonly NoteInput[],
  page: PageGeometry,
  pageSize: { width: number; height: number },
  measure: MeasureText,
  style: NoteStyle = noteStyle,
  minScale = minContentScale,
): PageNoteLayout {
  const H = pageSize.height;
  const column = {
    left: (page.width - page.right + 5) * mmToPt,
    right: (page.width - 7) * mmToPt,
    top: 12 * mmToPt,
    bottom: H - 12 * mmToPt,
  };
  const width = noteWidths(page).margin;
  const badge = (n: number): number => noteBadgeWidth(n, measure, style);
  const carried = notes.filter((n) => n.carried);
  const ordered = notes
    .filter((n) => !n.carried)
    .sort((a, b) => b.firstFragment[3] - a.firstFragment[3] || a.entry.number - b.entry.number);
  const set = ordered.map((n) => ({ n, ...setNote(n.lines, width, badge(n.entry.number), measure, style) }));
  // The margin column ends above the foot band; a taller band can push more notes down, so repeat
  // until the split no longer changes.
  let marginBottom = column.bottom;
  let inMargin: typeof set = [];
  let atFoot: typeof set;
  const origin: [number, number] = [page.left * mmToPt, H - page.top * mmToPt];
  let scale = 1;
  let foot: NoteBox[] = [];
  let footTop: number | null = null;
  let overflow: NoteInput[] = [];
  const textTop = page.top * mmToPt;
  const textHeight = H - page.bottom * mmToPt - textTop;
  const bandBottom = H - 13 * mmToPt;
  // The tallest a foot column may be: the band above the page number, under content at `minScale`.
  const maxColumn = bandBottom - 3 - (textTop + minScale * textHeight + 3 * mmToPt);
  for (let pass = 0; pass < 12; pass++) {
    const room = marginBottom - column.top;
    let used = 0;
    inMargin = [];
    atFoot = [];
    for (const item of set) {
      const need = item.height + (inMargin.length ? style.gap : 0);
      if (used + need <= room) {
        inMargin.push(item);
        used += need;
      } else atFoot.push(item);
    }
    const footInputs = [...carried, ...atFoot.map((item) => item.n)];

    // Foot band: full width from the left margin to the paper edge, two columns balanced by height.
    scale = 1;
    foot = [];
    footTop = null;
    overflow = [];
    if (footInputs.length) {
      const bandLeft = page.left * mmToPt;
      const gutter = 5 * mmToPt;
      const colWidth = noteWidths(page).foot;
      const allSet = footInputs
        .sort((a, b) => a.entry.number - b.entry.number)
        .map((n) => ({ n, ...setNote(n.lines, colWidth, badge(n.entry.number), measure, style) }));
      // What fits in two columns of at most `maxColumn` (in number order); the rest continues later.
      const heightOf = (c: readonly { height: number }[]): number =>
        c.reduce((s, x) => s + x.height + style.gap, 0);
      const greedy: Array<typeof allSet> = [[], []];
      let col = 0;
      for (const x of allSet) {
        if (col < 2 && heightOf(greedy[col]!) + x.height + style.gap > maxColumn && greedy[col]!.length)
          col++;
        if (col < 2) greedy[col]!.push(x);
        else overflow.push(x.n);
      }
      const footSet = [...greedy[0]!, ...greedy[1]!];
      const total = heightOf(footSet);
      let split = footSet.length;
      let acc = 0;
      for (let i = 0; i < footSet.length; i++) {
        acc += footSet[i]!.height + style.gap;
        if (acc >= total / 2) {
          split = i + 1;
          break;
        }
      }
      let columns = [footSet.slice(0, split), footSet.slice(split)];
      if (Math.max(...columns.map(heightOf)) > maxColumn && greedy[1]!.length) columns = greedy;
      const bandHeight = Math.max(...columns.map(heightOf));
      // A notes page (minScale 0: no text of its own) reads from the top, like any page.
      footTop = minScale === 0 ? textTop : bandBottom - bandHeight - 3;
      // The text area [top, H - bottom] must end 3 mm above the rule.
      scale = Math.max(minScale, Math.min(1, (footTop - 3 * mmToPt - textTop) / textHeight));
      foot = columns.flatMap((col, c) => {
        let top = footTop! + 4;
        return col.map((x) => {
          const box: NoteBox = {
            entry: x.n.entry,
            paragraphs: x.paragraphs,
            top,
            left: bandLeft + c * (colWidth + gutter),
            width: colWidth,
            height: x.height,
          };
          top += x.height + style.gap;
          return box;
        });
      });
    }
    if (footTop === null || footTop - 2 * style.gap >= marginBottom) break;
    marginBottom = footTop - 2 * style.gap;
  }

  const fromTop = (y: number): number => H - (origin[1] + (y - origin[1]) * scale);
  const wanted = inMargin.map((x) => fromTop(x.n.firstFragment[3]) - 1);
  const tops =
    stack(
      wanted,
      inMargin.map((x) => x.height),
      column.top,
      marginBottom,
    ) ?? wanted;
  const margin = inMargin.map((x, i): NoteBox => ({
    entry: x.n.entry,
    paragraphs: x.paragraphs,
    top: tops[i]!,
    left: column.left,
    width,
    height: x.height,
  }));
  return { page: pageIndex, scale, origin, margin, foot, footTop, overflow };
}

/** Maps a rectangle of the printed page into the scaled page (identity at scale 1). */
export function scaleRect(rect: Rect, layout: Pick<PageNoteLayout, 'scale' | 'origin'>): Rect {
  const { scale: s, origin } = layout;
  if (s === 1) return rect;
  const x = (v: number): number => origin[0] + (v - origin[0]) * s;
  const y = (v: number): number => origin[1] + (v - origin[1]) * s;
  return [x(rect[0]), y(rect[1]), x(rect[2]), y(rect[3])];
}
