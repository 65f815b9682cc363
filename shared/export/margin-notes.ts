/**
 * Numbered markers in the left margin and notes in the right margin of an annotated PDF, laid out from
 * where Chromium actually put each annotation (after pagination, read back from the printed PDF) and
 * printed as a transparent overlay that the export stamps onto the pages. Doing it after the fact is
 * what keeps notes beside their line: positions computed before printing drift as page breaks push
 * lines down (../../shared/toolchain.md).
 *
 * Layout per page is pure arithmetic: each note wants the height of its anchor line; notes are stacked
 * downwards without overlapping, then pulled up from the page foot if the stack runs off the page. A page
 * with more notes than its margin holds sets them smaller, then clips each to a few lines, and as a last
 * resort names the remaining notes in one line — every note's full text is always in the PDF's comment
 * pane (the /Highlight's /Contents and its replies), so nothing is lost.
 */
import { escapeHtml as e } from './doc-to-print-html';
import { exportLabels, type ExportLabels } from './export-labels';
import type { PageGeometry } from './export-options';
import { kindLabel, noteText, type PrintAnnotation } from './print-annotations';
import type { Rect } from './quads';

/** One written annotation: which page its first fragment is on and where (PDF points). */
export interface PlacedMark {
  entry: PrintAnnotation;
  page: number;
  firstFragment: Rect;
}

export interface NoteBox {
  entry: PrintAnnotation;
  /** mm from the page top. */
  top: number;
  height: number;
  /** Lines of text kept (null = all). */
  clamp: number | null;
}

export interface PageNotes {
  page: number;
  markers: Array<{ number: number; colour: string; top: number; left: number }>;
  notes: NoteBox[];
  fontScale: number;
  /** Notes that did not fit at all, named in one line at the foot of the margin. */
  overflow: PrintAnnotation[];
}

const ptToMm = 25.4 / 72;
const baseFont = 7; // pt
const lineHeight = 1.35;
const gap = 1.6; // mm between notes
const padding = 1.6; // mm, top + bottom inside a note
const markerWidth = 4.6; // mm per marker, side by side when several start on one line

/** Column of the notes: from a little right of the text to a little inside the paper edge. */
export function noteColumn(page: PageGeometry): { left: number; width: number; top: number; bottom: number } {
  const left = page.width - page.right + 5;
  return { left, width: page.width - 7 - left, top: 9, bottom: page.height - 9 };
}

/** Text lines of a note: a header (number, kind, author, date), the note, each reply. */
export function noteLines(
  entry: PrintAnnotation,
  statusLabels: Record<string, string> = {},
  labels: Pick<ExportLabels, 'kinds' | 'resolved' | 'anonymous'> &
    Partial<Pick<ExportLabels, 'categories'>> = exportLabels(),
): string[] {
  const a = entry.annotation;
  const header = `${kindLabel(entry, labels)} · ${a.author || labels.anonymous} · ${a.updatedAt.slice(0, 10)}`;
  const note = noteText(
    entry,
    statusLabels,
    labels.categories ? { categories: labels.categories } : undefined,
  );
  const resolved = a.body.kind === 'comment' && a.body.resolved ? ` ${labels.resolved}` : '';
  return [
    header + resolved,
    ...(note ? [note] : []),
    ...entry.replies.map((r) => `↳ ${r.author || labels.anonymous} · ${r.createdAt.slice(0, 10)}: ${r.text}`),
  ];
}

/** Width of text in em: ideographs and full-width forms one em, the rest a generous 0.58 em. */
function ems(text: string): number {
  let total = 0;
  for (const ch of text)
    total +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 1
        : 0.58;
  return total;
}

/** Estimated height (mm) of a note at `scale`, keeping at most `clamp` lines per paragraph. */
export function noteHeight(
  lines: readonly string[],
  width: number,
  scale: number,
  clamp: number | null,
): number {
  const fontMm = baseFont * scale * ptToMm;
  const perLine = (width - 2.4) / fontMm; // ems that fit on one line (2.4 mm: left border + padding)
  const count = lines.reduce((n, line) => {
    const wrapped = Math.max(1, Math.ceil(ems(line) / perLine));
    return n + (clamp === null ? wrapped : Math.min(clamp, wrapped));
  }, 0);
  return count * fontMm * lineHeight + padding;
}

const levels: Array<{ scale: number; clamp: number | null }> = [
  { scale: 1, clamp: null },
  { scale: 0.86, clamp: null },
  { scale: 0.86, clamp: 4 },
  { scale: 0.78, clamp: 2 },
  { scale: 0.72, clamp: 1 },
];

/** Stacks boxes (wanted tops, heights) into [top, bottom] without overlap; null when they cannot fit. */
export function stack(
  wanted: readonly number[],
  heights: readonly number[],
  top: number,
  bottom: number,
): number[] | null {
  const total = heights.reduce((s, h) => s + h, 0) + gap * Math.max(0, heights.length - 1);
  if (total > bottom - top) return null;
  const tops: number[] = [];
  wanted.forEach((w, i) => {
    const previous = i === 0 ? top : tops[i - 1]! + heights[i - 1]! + gap;
    tops.push(Math.max(w, previous, top));
  });
  // Pull up from the foot: the last box ends at `bottom` at most, and each earlier one above the next.
  for (let i = tops.length - 1; i >= 0; i--) {
    const limit = i === tops.length - 1 ? bottom : tops[i + 1]! - gap;
    tops[i] = Math.min(tops[i]!, limit - heights[i]!);
  }
  return tops;
}

/** Lays out the markers and notes of every page that has any. */
export function layoutMarginNotes(
  marks: readonly PlacedMark[],
  page: PageGeometry,
  pageHeightPt: number,
  statusLabels: Record<string, string> = {},
): PageNotes[] {
  const column = noteColumn(page);
  const byPage = new Map<number, PlacedMark[]>();
  for (const mark of marks) {
    const list = byPage.get(mark.page) ?? [];
    list.push(mark);
    byPage.set(mark.page, list);
  }
  const result: PageNotes[] = [];
  for (const [pageIndex, list] of [...byPage].sort((a, b) => a[0] - b[0])) {
    const ordered = [...list].sort(
      (a, b) => b.firstFragment[3] - a.firstFragment[3] || a.entry.number - b.entry.number,
    );
    // Markers that start on one line sit side by side, in number order from left to right.
    const lineGroups = new Map<number, PlacedMark[]>();
    for (const mark of ordered) {
      const key = Math.round((pageHeightPt - mark.firstFragment[3]) * ptToMm * 2);
      lineGroups.set(key, [...(lineGroups.get(key) ?? []), mark]);
    }
    const markers: PageNotes['markers'] = [...lineGroups.values()].flatMap((group) =>
      group
        .sort((a, b) => a.entry.number - b.entry.number)
        .map((mark, slot) => ({
          number: mark.entry.number,
          colour: mark.entry.colour,
          top: (pageHeightPt - mark.firstFragment[3]) * ptToMm,
          left: page.left - 2 - markerWidth * (group.length - slot),
        })),
    );
    const withNotes = ordered.filter((m) => m.entry.annotation.kind !== 'highlight');
    const wanted = withNotes.map((m) => (pageHeightPt - m.firstFragment[3]) * ptToMm - 0.6);
    const lines = withNotes.map((m) => noteLines(m.entry, statusLabels));
    let placed: PageNotes | null = null;
    for (const level of levels) {
      const heights = lines.map((l) => noteHeight(l, column.width, level.scale, level.clamp));
      const tops = stack(wanted, heights, column.top, column.bottom);
      if (tops) {
        placed = {
          page: pageIndex,
          markers,
          fontScale: level.scale,
          notes: withNotes.map((m, i) => ({
            entry: m.entry,
            top: tops[i]!,
            height: heights[i]!,
            clamp: level.clamp,
          })),
          overflow: [],
        };
        break;
      }
    }
    if (!placed) {
      // Keep as many one-line notes as fit above a final line that names the rest.
      const last = levels.at(-1)!;
      const heights = lines.map((l) => noteHeight(l, column.width, last.scale, last.clamp));
      const reserve = noteHeight(['+'], column.width, last.scale, 2) + gap;
      let fit = withNotes.length;
      let tops: number[] | null = null;
      while (
        fit > 0 &&
        !(tops = stack(wanted.slice(0, fit), heights.slice(0, fit), column.top, column.bottom - reserve))
      )
        fit--;
      placed = {
        page: pageIndex,
        markers,
        fontScale: last.scale,
        notes: withNotes
          .slice(0, fit)
          .map((m, i) => ({ entry: m.entry, top: tops![i]!, height: heights[i]!, clamp: last.clamp })),
        overflow: withNotes.slice(fit).map((m) => m.entry),
      };
    }
    result.push(placed);
  }
  return result;
}

/** The overlay document: one transparent page per entry of `pages`, same paper as the draft. */
export function marginNotesHtml(
  pages: readonly PageNotes[],
  page: PageGeometry,
  fontFamily: string,
  lang: string,
  statusLabels: Record<string, string> = {},
): string {
  const column = noteColumn(page);
  const body = pages
    .map((p) => {
      const markers = p.markers
        .map(
          (m) =>
            `<div class="mk" style="top:${(m.top + 0.2).toFixed(2)}mm;left:${m.left.toFixed(2)}mm;--c:${m.colour}">${m.number}</div>`,
        )
        .join('');
      const notes = p.notes
        .map((n) => {
          const lines = noteLines(n.entry, statusLabels);
          const clamp = n.clamp === null ? '' : `-webkit-line-clamp:${n.clamp};`;
          const paragraphs = lines
            .map(
              (line, i) =>
                `<p class="${i === 0 ? 'h' : i === 1 ? 'b' : 'r'}" style="${clamp}">${i === 0 ? `<span class="n">${n.entry.number}</span> ` : ''}${e(line)}</p>`,
            )
            .join('');
          return `<div class="note" style="top:${n.top.toFixed(2)}mm;height:${n.height.toFixed(2)}mm;--c:${n.entry.colour}">${paragraphs}</div>`;
        })
        .join('');
      const overflow = p.overflow.length
        ? `<div class="more" style="top:${(column.bottom - 6).toFixed(2)}mm">+${p.overflow.length} more: ${p.overflow.map((x) => x.number).join(', ')} (full text in the PDF comments)</div>`
        : '';
      return `<div class="page" style="font-size:${(baseFont * p.fontScale).toFixed(2)}pt">${markers}${notes}${overflow}</div>`;
    })
    .join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><style>
@page { size: ${page.width}mm ${page.height}mm; margin: 0; }
html, body { margin: 0; background: transparent; font-family: ${fontFamily}; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.page { position: relative; width: ${page.width}mm; height: ${page.height - 0.5}mm; overflow: hidden; break-after: page; }
.page:last-child { break-after: auto; }
.mk { position: absolute; width: ${markerWidth - 0.6}mm; height: 3.6mm; line-height: 3.6mm; text-align: center; font-size: 6pt; font-weight: 700;
  color: #fff; background: var(--c); border-radius: 0.8mm; font-family: "Noto Sans CJK TC", sans-serif; }
.note { position: absolute; left: ${column.left}mm; width: ${column.width}mm; overflow: hidden; line-height: ${lineHeight};
  border-left: 0.7mm solid var(--c); padding: 0.8mm 0 0.8mm 1.5mm; background: #fafafa; color: #222; box-sizing: border-box; }
.note p { margin: 0; display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden; overflow-wrap: anywhere; }
.note p.h { color: #555; }
.note p.r { color: #333; }
.note .n { font-family: "Noto Sans CJK TC", sans-serif; font-weight: 700; color: #fff; background: var(--c); border-radius: 0.6mm; padding: 0 0.8mm; }
.more { position: absolute; left: ${column.left}mm; width: ${column.width}mm; color: #555; font-style: italic; }
</style></head><body>${body}</body></html>`;
}
