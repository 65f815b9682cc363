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
import { wrapText, type MeasureText } from './wrap-text';

export { wrapText, type MeasureText } from './wrap-text';

export const mmToPt = 72 / 25.4;

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

type SetNote = { paragraphs: NoteParagraph[]; height: number };
type SetItem = SetNote & { n: NoteInput };

function joinParagraphs(paragraphs: NoteParagraph[], style: NoteStyle): SetNote {
  const count = paragraphs.reduce((n, p) => n + p.lines.length, 0);
  return { paragraphs, height: count * style.lineHeight + 2 * style.padY };
}

/**
 * The first lines of a set note that fill `room` points, and the paragraphs after them; null when
 * fewer than two lines fit (a header alone is no part worth printing).
 */
function splitSetNote(
  item: SetItem,
  room: number,
  style: NoteStyle = noteStyle,
): { first: SetItem; rest: NoteParagraph[] } | null {
  const fit = Math.floor((room - 2 * style.padY) / style.lineHeight);
  const total = item.paragraphs.reduce((n, p) => n + p.lines.length, 0);
  if (fit < 2 || fit >= total) return null;
  const first: NoteParagraph[] = [];
  const rest: NoteParagraph[] = [];
  let left = fit;
  for (const p of item.paragraphs) {
    const take = Math.min(left, p.lines.length);
    if (take > 0) first.push({ role: p.role, lines: p.lines.slice(0, take) });
    if (take < p.lines.length)
      rest.push({ role: p.role === 'head' ? 'body' : p.role, lines: p.lines.slice(take) });
    left -= take;
  }
  return { first: { n: item.n, ...joinParagraphs(first, style) }, rest };
}
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
  return joinParagraphs(paragraphs, style);
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
  /**
   * What is left of a note too tall for one foot column, set at the foot width: it continues under a
   * header marked as continued (only ever carried).
   */
  rest?: NoteParagraph[];
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
  continued = ' (continued)',
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
      const setAtFoot = (n: NoteInput): SetItem => {
        const b = badge(n.entry.number);
        if (!n.rest) return { n, ...setNote(n.lines, colWidth, b, measure, style) };
        const head = setNoteNow([`${n.lines[0] ?? ''}${continued}`], colWidth, b, measure, style);
        return { n, ...joinParagraphs([...head.paragraphs, ...n.rest], style) };
      };
      const queue = footInputs.sort((a, b) => a.entry.number - b.entry.number).map(setAtFoot);
      // What fits in two columns of at most `maxColumn` (in number order); the rest continues later.
      const heightOf = (c: readonly { height: number }[]): number =>
        c.reduce((s, x) => s + x.height + style.gap, 0);
      const greedy: SetItem[][] = [[], []];
      let col = 0;
      for (let x = queue.shift(); x; x = queue.shift()) {
        if (col < 2 && heightOf(greedy[col]!) + x.height + style.gap > maxColumn) {
          // A note taller than a whole column fills what is left of this one, then goes on in the next
          // column or on the next page, under its number marked as continued: never cut, never off the page.
          const part =
            x.height + style.gap > maxColumn
              ? splitSetNote(x, maxColumn - heightOf(greedy[col]!) - style.gap, style)
              : null;
          if (part) {
            greedy[col]!.push(part.first);
            queue.unshift(setAtFoot({ ...x.n, carried: true, rest: part.rest }));
            col++;
            continue;
          }
          if (greedy[col]!.length) col++;
        }
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
