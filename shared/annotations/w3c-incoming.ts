/**
 * What the tolerant Web Annotation reader produces: annotations and replies from a file, not yet placed
 * in any text, plus every issue met on the way. Placement (anchoring) and merging into a version happen
 * in ./import-plan.ts; the ledger reads `links` directly.
 */
import type { AnnotationBody, AnnotationKind } from './model';
import type { ExportedFigureLink } from './w3c-export';

/** One annotation read from a file. Selectors are as found; the planner checks them against the text. */
export interface IncomingAnnotation {
  /** 1-based position of the item in the file, for messages. */
  index: number;
  /** The id without `urn:uuid:`; other IRIs are kept whole. */
  id: string;
  kind: AnnotationKind;
  body: AnnotationBody;
  author: string;
  createdAt: string;
  updatedAt: string;
  meta: Record<string, unknown>;
  /** The target's `source` IRI, if any. */
  source: string | null;
  /** TextPositionSelector, when present with non-negative integer offsets. */
  position: { start: number; end: number } | null;
  /** TextQuoteSelector, when present with a non-empty `exact`. */
  quote: { exact: string; prefix: string; suffix: string } | null;
  /** `tickmark:documentId` when the file was written by Tickmark. */
  documentId: string | null;
  /** Accepted source links of a figure (`tickmark:links`). */
  links: ExportedFigureLink[];
}

/** One reply read from a file; `parentId` is the annotation (or reply) it answers. */
export interface IncomingReply {
  index: number;
  id: string;
  parentId: string;
  author: string;
  text: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * Something the reader or the planner could not take over as it was. `error`: the item is not imported
 * (and the message says why); `warning`: it is imported, but something in it was changed or left out.
 */
export interface ImportIssue {
  level: 'error' | 'warning';
  /** 1-based item number in the file, or null for the file as a whole. */
  index: number | null;
  id: string | null;
  message: string;
}

/** A Web Annotation file as read. */
export interface WebAnnotationFile {
  annotations: IncomingAnnotation[];
  replies: IncomingReply[];
  issues: ImportIssue[];
  /** Distinct target `source` IRIs of the annotations. */
  sources: string[];
  /** Number of items in the file (before any was skipped). */
  itemCount: number;
  /** The collection's label, when the file is a collection that has one. */
  label: string | null;
}

/** The kind and body an item maps to. */
export type IncomingBody = { kind: AnnotationKind; body: AnnotationBody };
