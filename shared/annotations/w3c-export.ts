/**
 * A version's review as one W3C `AnnotationCollection` (JSON-LD): the file Export > Web Annotations
 * writes and `tickmark annotations validate` / the import read back. Each annotation and reply is one
 * `Annotation` as ./w3c.ts models it, embedded in the collection's single `AnnotationPage`.
 *
 * The target `source` is `urn:sha256:<hex of the version's plain text>`, not a Tickmark database id:
 * two reviewers who imported the same draft in their own profiles have different version ids but the
 * same text, so the IRI is what lets the import recognise "this file is about this text".
 * Figure annotations may carry their accepted source links under `tickmark:links` (source file name,
 * locator, quote), so the figure ledger can be rebuilt from the file alone (`tickmark export-ledger`).
 */
import type { SourceLocator } from '../figures/matching/locator';
import type { Annotation, Reply } from './model';
import { toW3cList, w3cContext, tickmarkNamespace, type W3cAnnotation } from './w3c';

/** The IRI of a version's text: `urn:sha256:<64 hex digits>`. */
export const textSourceIri = (sha256Hex: string): string => {
  if (!/^[0-9a-f]{64}$/.test(sha256Hex)) {
    throw new RangeError(`Expected 64 lowercase hex digits for a sha256, got "${sha256Hex}"`);
  }
  return `urn:sha256:${sha256Hex}`;
};

/** The hex digest of `urn:sha256:<hex>`, or null for any other IRI. */
export function sha256OfSourceIri(iri: string): string | null {
  const match = /^urn:sha256:([0-9a-f]{64})$/i.exec(iri);
  return match ? match[1]!.toLowerCase() : null;
}

/** sha256 of a text's UTF-8 bytes, lowercase hex (WebCrypto: the same in the renderer and in Node). */
export async function sha256OfText(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A figure's accepted link to a place in a source, as exported. */
export interface ExportedFigureLink {
  /** The source's file name (or URL for a URL source). */
  source: string;
  locator: SourceLocator;
  quote: string;
}

export interface CollectionInput {
  annotations: readonly Annotation[];
  replies: readonly Reply[];
  /** sha256 (hex) of the version's plain text. */
  textSha256: string;
  /** The collection's label, e.g. the document title and draft number. */
  label: string;
  /** The collection's IRI; a fresh `urn:uuid:` unless given (tests fix it). */
  id?: string;
  now?: Date;
  /** Accepted source links of figure annotations, by annotation id. */
  links?: ReadonlyMap<string, readonly ExportedFigureLink[]>;
}

/** The JSON-LD object written to disk. */
export interface AnnotationCollectionJson {
  '@context': readonly unknown[];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { id: string; type: 'Software'; name: string };
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

/**
 * Builds the collection: annotations in text order, each thread's replies right after it (oldest first).
 * Replies whose thread is not among `annotations` are left out: they could not be read back anywhere.
 */
export function toAnnotationCollection(input: CollectionInput): AnnotationCollectionJson {
  const source = textSourceIri(input.textSha256);
  const ordered = [...input.annotations].sort(
    (a, b) => a.target.start - b.target.start || a.target.end - b.target.end || a.id.localeCompare(b.id),
  );
  const replies = [...input.replies].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  const items = toW3cList(ordered, replies, { source: () => source }).map((item) => {
    const links = input.links?.get(String(item.id).replace(/^urn:uuid:/, ''));
    return links && links.length > 0 ? { ...item, 'tickmark:links': links } : item;
  });
  const id = input.id ?? `urn:uuid:${crypto.randomUUID()}`;
  return {
    '@context': [w3cContext, { tickmark: tickmarkNamespace }],
    id,
    type: 'AnnotationCollection',
    label: input.label,
    total: items.length,
    generated: (input.now ?? new Date()).toISOString(),
    generator: { id: 'https://github.com/tickmark/tickmark', type: 'Software', name: 'Tickmark' },
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The collection as the file's text: pretty-printed JSON with a final newline. */
export const serialiseCollection = (collection: AnnotationCollectionJson): string =>
  `${JSON.stringify(collection, null, 2)}\n`;
