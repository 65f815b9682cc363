/**
 * Coverage per chapter and section: how many figures are still unverified, verified, disputed or not
 * applicable, and how many comment threads are open, so a reviewer sees what is left. Sections come from
 * the draft's headings (ProseMirror heading nodes, or ./outline.ts for plain text); figures before the
 * first heading fall in a leading section with an empty title.
 */
import type { OutlineHeading } from './outline';
import { statusById, type FigureStatusDef, type StatusGroup } from './statuses';

export interface CoverageItem {
  start: number;
  /** Status id of a figure (`unverified` when the reviewer has not touched it). */
  status: string;
  /** True while the figure's sources conflict and the auditor has not decided which is taken. */
  openConflict?: boolean;
}

export interface CoverageThread {
  start: number;
  resolved: boolean;
}

export type StatusCounts = Record<StatusGroup, number>;

export interface SectionCoverage {
  title: string;
  level: number;
  start: number;
  end: number;
  figures: StatusCounts;
  openThreads: number;
  /** Figures whose sources conflict, not yet decided. */
  openConflicts: number;
  /** Share of the section's figures no longer unverified, 0…1 (1 when it has none). */
  done: number;
}

const emptyCounts = (): StatusCounts => ({ unverified: 0, verified: 0, disputed: 0, 'not-applicable': 0 });

/**
 * Counts per section. Each heading opens a section that runs to the next heading of any level, so a
 * chapter's own counts cover the text before its first sub-section; `rollUp` adds sub-sections in.
 */
export function computeCoverage(
  textLength: number,
  headings: readonly OutlineHeading[],
  figures: readonly CoverageItem[],
  threads: readonly CoverageThread[],
  legend: readonly FigureStatusDef[],
): SectionCoverage[] {
  const sorted = [...headings].sort((a, b) => a.start - b.start);
  const sections: SectionCoverage[] = [];
  const open = (title: string, level: number, start: number) =>
    sections.push({
      title,
      level,
      start,
      end: textLength,
      figures: emptyCounts(),
      openThreads: 0,
      openConflicts: 0,
      done: 1,
    });
  if (sorted.length === 0 || sorted[0]!.start > 0) open('', 0, 0);
  for (const h of sorted) {
    if (sections.length > 0) sections.at(-1)!.end = h.start;
    open(h.title, h.level, h.start);
  }
  const sectionAt = (offset: number): SectionCoverage => {
    let low = 0;
    let high = sections.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (sections[mid]!.start <= offset) low = mid;
      else high = mid - 1;
    }
    return sections[low]!;
  };
  for (const f of figures) {
    const section = sectionAt(f.start);
    section.figures[statusById(legend, f.status).group]++;
    if (f.openConflict) section.openConflicts++;
  }
  for (const t of threads) if (!t.resolved) sectionAt(t.start).openThreads++;
  for (const s of sections) s.done = doneShare(s.figures);
  return sections;
}

function doneShare(c: StatusCounts): number {
  const total = c.unverified + c.verified + c.disputed + c['not-applicable'];
  return total === 0 ? 1 : 1 - c.unverified / total;
}

/** Adds each section's sub-sections into it (a chapter's totals); returns new objects. */
export function rollUp(sections: readonly SectionCoverage[]): SectionCoverage[] {
  return sections.map((s, i) => {
    const figures = { ...s.figures };
    let openThreads = s.openThreads;
    let openConflicts = s.openConflicts;
    let end = s.end;
    for (const sub of sections.slice(i + 1)) {
      if (sub.level <= s.level) break;
      for (const g of Object.keys(figures) as StatusGroup[]) figures[g] += sub.figures[g];
      openThreads += sub.openThreads;
      openConflicts += sub.openConflicts;
      end = sub.end;
    }
    return { ...s, end, figures, openThreads, openConflicts, done: doneShare(figures) };
  });
}
