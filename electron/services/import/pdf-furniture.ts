/**
 * Page furniture: running headers, footers and page numbers. They are not part of the text a reviewer
 * checks (a footer's `3` would be a figure, and a header between two halves of a paragraph would split
 * it), so they are found and left out; a page number is kept as the page's label.
 *
 * A fragment is furniture when it sits in the top or bottom rows of its page, in the outer band of the
 * page, and either the same text (digits ignored) stands at about the same height on at least half of
 * the pages (two at least), or it reads as a page number (`3`, `- 3 -`, `第3页`, `Page 3 of 10`, `iv`).
 */
import { fragmentText, rowsOf, type PdfFragment } from './pdf-layout';

export interface FurniturePage {
  page: number;
  height: number;
  fragments: PdfFragment[];
}

export interface Furniture {
  /** Fragments to leave out of the text. */
  removed: Set<PdfFragment>;
  /** Page number → the label printed on it (`3`, `iv`), when a page number was found. */
  labels: Map<number, string>;
}

const pageNumberPatterns = [
  /^[-–—·•]?\s*(\d{1,4})\s*[-–—·•]?$/,
  /^第\s*(\d{1,4})\s*[页頁]/,
  /^(?:page|p\.)\s*(\d{1,4})(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
  /^(\d{1,4})\s*\/\s*\d{1,4}$/,
  /^[-–—]?\s*([ivxlcdm]{1,7})\s*[-–—]?$/i,
];

/** The page number a text spells, or null. */
export function pageNumberLabel(text: string): string | null {
  const trimmed = text.trim();
  for (const pattern of pageNumberPatterns) {
    const match = pattern.exec(trimmed);
    if (match) return match[1]!;
  }
  return null;
}

/** How many rows at each end of a page may hold furniture, and how far in from the page edge. */
const edgeRows = 2;
const edgeShare = 0.16;

interface Candidate {
  page: number;
  fragment: PdfFragment;
  key: string;
  text: string;
}

function candidatesOf(page: FurniturePage): Candidate[] {
  const rows = rowsOf(page.fragments);
  const edge = [...rows.slice(0, edgeRows), ...rows.slice(Math.max(edgeRows, rows.length - edgeRows))];
  const candidates: Candidate[] = [];
  for (const row of edge) {
    for (const fragment of row) {
      const outer = fragment.y > page.height * (1 - edgeShare) || fragment.y < page.height * edgeShare;
      if (!outer) continue;
      const text = fragmentText(fragment);
      candidates.push({
        page: page.page,
        fragment,
        text,
        key: text.replace(/\d+/g, '#').replace(/\s+/g, ''),
      });
    }
  }
  return candidates;
}

/** Finds the furniture of a document's pages. */
export function findFurniture(pages: readonly FurniturePage[]): Furniture {
  const removed = new Set<PdfFragment>();
  const labels = new Map<number, string>();
  const candidates = pages.flatMap(candidatesOf);
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  for (const candidate of candidates) {
    const label = pageNumberLabel(candidate.text);
    const pagesWithIt = new Set(
      candidates
        .filter(
          (other) =>
            other.key === candidate.key &&
            Math.abs(other.fragment.y - candidate.fragment.y) <= candidate.fragment.fontSize * 2,
        )
        .map((other) => other.page),
    );
    if (label !== null || pagesWithIt.size >= needed) {
      removed.add(candidate.fragment);
      if (label !== null && !labels.has(candidate.page)) labels.set(candidate.page, label);
    }
  }
  return { removed, labels };
}
