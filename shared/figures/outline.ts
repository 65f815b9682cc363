/**
 * Headings of a draft read from its plain text, for drafts whose import has no heading nodes (.txt):
 * `一、…` (level 1), `(一)…`/`（一）…` (level 2), `1. …`/`Chapter 3` (level 2) on a short line of its
 * own. Also tells which sections look ahead (`工作安排`, `目標`, `plans`), where figures are targets.
 */

export interface OutlineHeading {
  /** Offset of the heading line in the plain text. */
  start: number;
  end: number;
  level: number;
  title: string;
}

const level1 =
  /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章部分節节]|Chapter \d+|Part [IVX\d]+)/;
const level2 = /^(?:[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、．]\s*\S|[IVX]+\.\s)/;
const future =
  /安排|計劃|计划|計畫|打算|目標|目标|任務|任务|展望|思路|plans?\b|priorities|targets?|outlook|year ahead/i;

/** Headings found line by line; a heading line is short and does not end like a sentence. */
export function headingsFromText(text: string): OutlineHeading[] {
  const headings: OutlineHeading[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line.length > 0 && line.length <= 40 && !/[。；;,，]$/.test(line)) {
      const level = level1.test(line) ? 1 : level2.test(line) ? 2 : 0;
      if (level > 0) headings.push({ start, end, level, title: line });
    }
    start = end + 1;
  }
  return headings;
}

/**
 * Offsets ranges of sections whose heading looks ahead (a plan or targets). A section runs to the next
 * heading of the same or a higher level.
 */
export function futureSections(
  text: string,
  headings: readonly OutlineHeading[],
): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  headings.forEach((heading, i) => {
    if (!future.test(heading.title)) return;
    const next = headings.slice(i + 1).find((h) => h.level <= heading.level);
    ranges.push({ start: heading.start, end: next ? next.start : text.length });
  });
  return ranges;
}
