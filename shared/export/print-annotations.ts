/**
 * Which annotations go into an annotated PDF, where each one sits in the version's text, its number and
 * colour, and the note printed for it. Pure: the print layout, the PDF annotation writer and the cover
 * and appendix all read this one list, so numbers and colours agree everywhere in the file.
 *
 * Anchoring follows the app (position, then quote; ../annotations/selectors.ts); an annotation whose
 * quote is not in the text is an orphan, kept for the appendix and never dropped silently.
 */
import type { Annotation, Reply } from '../annotations/model';
import { resolveTarget } from '../annotations/selectors';
import { buildLegend, englishStatusLabels, statusById, type FigureStatusDef } from '../figures/statuses';
import type { ExportPdfOptions } from './export-options';

/** A source a figure is linked to, as the export shows it. */
export interface PrintSourceLink {
  annotationId: string;
  source: string;
  /** "p. 4", "Sheet1!B7", or '' when the link has no place. */
  locator: string;
}

export interface PrintAnnotation {
  annotation: Annotation;
  /** 1-based, in text order; orphans are numbered after the placed ones. */
  number: number;
  /** Resolved range in the version's text; -1 for orphans. */
  start: number;
  end: number;
  replies: Reply[];
  /** `#rrggbb`, the app's Okabe–Ito colour for this kind or status. */
  colour: string;
  /** Status of a figure (legend entry), undefined for other kinds. */
  status?: FigureStatusDef;
  sources: PrintSourceLink[];
}

export interface PrintSelection {
  placed: PrintAnnotation[];
  orphans: PrintAnnotation[];
}

/** Okabe–Ito colours by kind, as the app draws them (renderer annotations.css). */
export const kindColours = {
  highlight: '#F0E442',
  claim: '#0072B2',
  comment: '#D55E00',
  resolved: '#8A8A8A',
} as const;

/** English names of the built-in statuses, for the PDF (the app passes translated ones). */
export const builtInStatusLabels = englishStatusLabels;

export function statusLabel(status: FigureStatusDef, labels: Record<string, string> = {}): string {
  return labels[status.id] ?? status.label ?? builtInStatusLabels[status.id] ?? status.id;
}

/** True when `annotation` passes the export options' filters. */
export function isIncluded(annotation: Annotation, options: ExportPdfOptions): boolean {
  const { body } = annotation;
  if (!options.kinds.includes(annotation.kind)) return false;
  if (options.authors && !options.authors.includes(annotation.author)) return false;
  if (body.kind === 'comment' && body.resolved && !options.includeResolved) return false;
  if (body.kind === 'figure') {
    if (body.dismissed) return false;
    if (options.statuses && !options.statuses.includes(body.status)) return false;
  }
  return true;
}

function colourOf(annotation: Annotation, status: FigureStatusDef | undefined): string {
  const { body } = annotation;
  if (body.kind === 'figure') return status!.colour.toUpperCase();
  if (body.kind === 'comment') return body.resolved ? kindColours.resolved : kindColours.comment;
  return kindColours[body.kind];
}

/**
 * Filters, anchors and numbers the annotations of one version. Replies of excluded threads are left out;
 * replies whose thread is missing are ignored (the W3C reader reports those).
 */
export function selectPrintAnnotations(input: {
  text: string;
  annotations: readonly Annotation[];
  replies: readonly Reply[];
  options: ExportPdfOptions;
  legend?: readonly FigureStatusDef[];
  sources?: readonly PrintSourceLink[];
}): PrintSelection {
  const legend = input.legend ?? buildLegend();
  const repliesByThread = new Map<string, Reply[]>();
  for (const reply of input.replies) {
    const list = repliesByThread.get(reply.annotationId) ?? [];
    list.push(reply);
    repliesByThread.set(reply.annotationId, list);
  }
  for (const list of repliesByThread.values()) list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const sourcesByAnnotation = new Map<string, PrintSourceLink[]>();
  for (const link of input.sources ?? []) {
    const list = sourcesByAnnotation.get(link.annotationId) ?? [];
    list.push(link);
    sourcesByAnnotation.set(link.annotationId, list);
  }

  const placed: PrintAnnotation[] = [];
  const orphans: PrintAnnotation[] = [];
  for (const annotation of input.annotations) {
    if (!isIncluded(annotation, input.options)) continue;
    const status = annotation.body.kind === 'figure' ? statusById(legend, annotation.body.status) : undefined;
    const range = resolveTarget(input.text, annotation.target);
    const entry: PrintAnnotation = {
      annotation,
      number: 0,
      start: range?.start ?? -1,
      end: range?.end ?? -1,
      replies: repliesByThread.get(annotation.id) ?? [],
      colour: colourOf(annotation, status),
      ...(status ? { status } : {}),
      sources: sourcesByAnnotation.get(annotation.id) ?? [],
    };
    (range ? placed : orphans).push(entry);
  }
  placed.sort((a, b) => a.start - b.start || b.end - a.end || a.annotation.id.localeCompare(b.annotation.id));
  placed.forEach((entry, index) => (entry.number = index + 1));
  orphans.forEach((entry, index) => (entry.number = placed.length + index + 1));
  return { placed, orphans };
}

/** Short label of a claim category: built-ins capitalised, custom ids without their prefix. */
export function categoryLabel(category: string, labels?: { categories: Record<string, string> }): string {
  const translated = labels?.categories[category];
  if (translated) return translated;
  const bare = category.startsWith('custom:') ? category.slice('custom:'.length) : category;
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

// One formatter: toLocaleString with options builds a new Intl.NumberFormat per call (0.1 ms each).
const valueFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** A figure's value as written in notes: "2.64e10 元" reads badly, so use grouped digits. */
export function formatValue(value: number | null, high: number | undefined, unit: string): string {
  if (value === null) return '';
  const format = (n: number): string => valueFormat.format(n);
  const number = high === undefined ? format(value) : `${format(value)}–${format(high)}`;
  if (!unit) return number;
  // 264億元 reads as one word; "4.2 USD" wants its space.
  return /^[\u3400-\u9fff]/.test(unit) ? `${number}${unit}` : `${number} ${unit}`;
}

/**
 * The text of a PDF annotation's /Contents and of the printed note: comment text; claim category and
 * tags; figure status (letter and label), value and note. Highlights have none.
 */
export function noteText(
  entry: PrintAnnotation,
  statusLabels: Record<string, string> = {},
  labels?: { categories: Record<string, string> },
): string {
  const { body } = entry.annotation;
  switch (body.kind) {
    case 'highlight':
      return '';
    case 'comment':
      return body.text;
    case 'claim':
      return [categoryLabel(body.category, labels), body.tags.map((tag) => `#${tag}`).join(' ')]
        .filter(Boolean)
        .join(' · ');
    case 'figure': {
      const status = entry.status!;
      return [
        `${status.letter} ${statusLabel(status, statusLabels)}`,
        formatValue(body.value, body.high, body.unit),
        body.note,
      ]
        .filter(Boolean)
        .join(' · ');
    }
  }
}

/** Kind name for /Subj and the notes, in the export's language (English by default). */
export function kindLabel(entry: PrintAnnotation, labels?: { kinds: Record<string, string> }): string {
  const kind = entry.annotation.kind;
  return labels?.kinds[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1);
}
