/**
 * From the link rectangles Chromium wrote for each printed piece of an annotation to the QuadPoints of
 * its PDF /Highlight: pieces on the same line that touch are one line fragment, and each line fragment
 * is one quad (PDF 32000 §12.5.6.10). Coordinates are PDF user space (origin bottom left, points).
 */

/** `[x1, y1, x2, y2]` with x1 < x2, y1 < y2. */
export type Rect = [number, number, number, number];

/** Link rectangles of one annotation, in print order, by page index. */
export type PageRects = Map<number, Rect[]>;

/** Two pieces on one line share their vertical extent to within this many points. */
const sameLine = 1.5;
/** Pieces closer than this horizontally are one fragment (Chromium cuts at every nested anchor). */
const touching = 2;

/**
 * Merges the pieces of one annotation on one page into line fragments, top to bottom, left to right.
 * Pieces that do not touch (two table cells on one row) stay separate fragments.
 */
export function mergeLineFragments(rects: readonly Rect[]): Rect[] {
  // Lines first (tops within `sameLine` of each other), then touching pieces left to right in each.
  const byTop = [...rects].sort((a, b) => b[3] - a[3]);
  const lines: Rect[][] = [];
  for (const rect of byTop) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]![3] - rect[3]) <= sameLine && Math.abs(line[0]![1] - rect[1]) <= sameLine) {
      line.push(rect);
    } else lines.push([rect]);
  }
  const merged: Rect[] = [];
  for (const line of lines) {
    let current: Rect | null = null;
    for (const rect of line.sort((a, b) => a[0] - b[0])) {
      if (current && rect[0] <= current[2] + touching) {
        current[1] = Math.min(current[1], rect[1]);
        current[2] = Math.max(current[2], rect[2]);
        current[3] = Math.max(current[3], rect[3]);
      } else {
        current = [...rect];
        merged.push(current);
      }
    }
  }
  return merged;
}

/** QuadPoints of the fragments, each in the order viewers expect: UL, UR, LL, LR (Acrobat's order). */
export function quadPoints(fragments: readonly Rect[]): number[] {
  return fragments.flatMap(([x1, y1, x2, y2]) => [x1, y2, x2, y2, x1, y1, x2, y1]);
}

/** The smallest rectangle enclosing every fragment, grown by `pad` points. */
export function enclosingRect(fragments: readonly Rect[], pad = 0): Rect {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const r of fragments) {
    x1 = Math.min(x1, r[0]);
    y1 = Math.min(y1, r[1]);
    x2 = Math.max(x2, r[2]);
    y2 = Math.max(y2, r[3]);
  }
  return [x1 - pad, y1 - pad, x2 + pad, y2 + pad];
}

/** Parses `https://annot.invalid/3+17` into [3, 17]; null for any other URI. */
export function parseAnnotationLink(uri: string, origin: string): number[] | null {
  if (!uri.startsWith(origin)) return null;
  const indices = uri
    .slice(origin.length)
    .split('+')
    .map((part) => Number(part));
  return indices.length > 0 && indices.every((n) => Number.isInteger(n) && n >= 0) ? indices : null;
}
