/**
 * What of an annotation's PDF objects does not depend on where its text printed, serialised once as
 * PDF source text: the pairs every /Highlight of it shares (/C /T /M /CreationDate /Subj /F), its
 * first highlight's /NM and /Contents, and the closing pairs of each reply and review-state /Text.
 * The export builds these while Chromium prints (`prepareReviewParts`), so that after the print only
 * rectangles and object numbers are left to splice in (./pdf-review-annotations.ts): serialising the
 * ~13,000 objects of a 5,000-annotation export after the print was most of its annotate stage.
 * Everything here is ASCII (text strings go out as UTF-16 hex, ./pdf-raw.ts).
 */
import type { ExportLabels } from '../../../shared/export/export-labels';
import {
  kindLabel,
  noteText,
  statusLabel,
  type PrintAnnotation,
} from '../../../shared/export/print-annotations';
import { hexText, rawNumber } from './pdf-raw';

export type ReviewState = 'Accepted' | 'Rejected' | 'None' | 'Cancelled' | 'Completed';

/** Acrobat review state of a figure, from the group its status belongs to. */
export function figureReviewState(entry: PrintAnnotation): ReviewState | null {
  switch (entry.status?.group) {
    case 'verified':
      return 'Accepted';
    case 'disputed':
      return 'Rejected';
    case 'unverified':
      return 'None';
    case 'not-applicable':
      return 'Cancelled';
    default:
      return null;
  }
}

/** PDF date string (§7.9.4) of an ISO time: `D:20261201012300Z`. */
export function pdfDate(iso: string): string {
  const date = new Date(iso);
  const safe = Number.isNaN(date.getTime()) ? new Date(0) : date;
  return `D:${safe.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

/** The palette colour lightened towards white so a highlight never hides the text under it. */
export function highlightTint(hex: string, towardsWhite = 0.55): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  const channel = (shift: number): number => {
    const c = ((value >> shift) & 0xff) / 255;
    return Math.round((c + (1 - c) * towardsWhite) * 1000) / 1000;
  };
  return [channel(16), channel(8), channel(0)];
}

export interface ReviewParts {
  /** The tint as `r g b` operands (it also keys the appearance shared by one-line highlights). */
  tint: string;
  /** `/C … /T … /M … /CreationDate … /Subj … /F 4`, shared by every highlight of the annotation. */
  common: string;
  /** `common` followed by the first highlight's `/NM` and `/Contents`. */
  first: string;
  /** The pairs after `/AP` of each /Text in reply: the replies, then the review state if any. */
  replies: string[];
}

/** Dates repeat (one per annotation and reply, often the same second): formatted once each. */
const dates = new Map<string, string>();
const date = (iso: string): string => {
  let value = dates.get(iso);
  if (value === undefined) {
    if (dates.size > 20000) dates.clear();
    dates.set(iso, (value = `(${pdfDate(iso)})`));
  }
  return value;
};

/** The review state an annotation's thread carries, as Acrobat stores it. */
function reviewStateOf(entry: PrintAnnotation): ReviewState | null {
  const { body } = entry.annotation;
  if (body.kind === 'figure') return figureReviewState(entry);
  return body.kind === 'comment' && body.resolved ? 'Completed' : null;
}

/** Serialises the position-free parts of one annotation's objects. */
export function reviewPartsOf(
  entry: PrintAnnotation,
  statusLabels: Record<string, string>,
  labels: ExportLabels,
): ReviewParts {
  const { annotation } = entry;
  const author = hexText(annotation.author || 'Anonymous');
  const tint = highlightTint(entry.colour).map(rawNumber).join(' ');
  const common =
    `/C [${tint}] /T ${author} /M ${date(annotation.updatedAt)}` +
    ` /CreationDate ${date(annotation.createdAt)} /Subj ${hexText(kindLabel(entry, labels))} /F 4`;
  const first = `${common} /NM ${hexText(annotation.id)} /Contents ${hexText(noteText(entry, statusLabels, labels))}`;
  const replies = entry.replies.map(
    (r) =>
      `/RT /R /T ${hexText(r.author || 'Anonymous')} /M ${date(r.updatedAt)}` +
      ` /CreationDate ${date(r.createdAt)} /NM ${hexText(r.id)} /Contents ${hexText(r.text)}`,
  );
  const state = reviewStateOf(entry);
  if (state) {
    const contents = entry.status
      ? `${entry.status.letter} ${statusLabel(entry.status, statusLabels)}`
      : labels.resolvedState;
    replies.push(
      `/RT /R /StateModel (Review) /State (${state}) /T ${author} /M ${date(annotation.updatedAt)}` +
        ` /CreationDate ${date(annotation.updatedAt)} /NM ${hexText(`${annotation.id}#state`)}` +
        ` /Contents ${hexText(contents)}`,
    );
  }
  return { tint, common, first, replies };
}

/** Parts by entry: prepared ahead for an export's entries, or made when first asked for. */
const prepared = new WeakMap<PrintAnnotation, ReviewParts>();

export function reviewParts(
  entry: PrintAnnotation,
  statusLabels: Record<string, string>,
  labels: ExportLabels,
): ReviewParts {
  let parts = prepared.get(entry);
  if (!parts) prepared.set(entry, (parts = reviewPartsOf(entry, statusLabels, labels)));
  return parts;
}

/**
 * Serialises the parts of every annotation ahead (in slices, yielding between them), so the work
 * overlaps the print; the writer takes what is ready and makes the rest itself.
 */
export async function prepareReviewParts(
  placed: readonly PrintAnnotation[],
  statusLabels: Record<string, string>,
  labels: ExportLabels,
  signal?: AbortSignal,
): Promise<void> {
  let sliceStart = performance.now();
  for (const entry of placed) {
    if (signal?.aborted) return;
    reviewParts(entry, statusLabels, labels);
    if (performance.now() - sliceStart > 8) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
