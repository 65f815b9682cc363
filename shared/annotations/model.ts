/**
 * The annotation model: what a reviewer attaches to a version's text. One `Annotation` record per
 * highlight, claim tag, comment thread or figure check; replies to a thread are separate `Reply` records.
 *
 * It follows the W3C Web Annotation model (see ./w3c.ts for the JSON-LD mapping): the target is a
 * TextPositionSelector (`start`, `end`) plus a TextQuoteSelector (`exact`, `prefix`, `suffix`) on the
 * version's plain text (UTF-16 code units, ../document/text-map.ts), so an anchor can be found again
 * when positions drift. The body is a discriminated union on `kind`; validators sit beside the types
 * and factories take `now?` so tests fix the clock (tldraw `tlschema`). `meta` is a free slot for
 * features that need to hang data on a record without a schema change.
 */
import { z } from 'zod';

/** Number of characters of context kept before and after the quote. */
export const quoteContextLength = 32;

/** TextPositionSelector + TextQuoteSelector on the version's plain text. `end` is exclusive. */
export const annotationTargetSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    exact: z.string().min(1),
    prefix: z.string(),
    suffix: z.string(),
  })
  .refine((target) => target.end - target.start === target.exact.length, {
    message: 'target.end - target.start must equal the length of target.exact',
  });
export type AnnotationTarget = z.infer<typeof annotationTargetSchema>;

/** Built-in claim categories; reviewers add their own (kept in settings, see `customCategorySchema`). */
export const builtInClaimCategories = ['achievement', 'target', 'commitment', 'assessment', 'other'] as const;
export type BuiltInClaimCategory = (typeof builtInClaimCategories)[number];

/** A reviewer-defined claim category: `id` is stored on claims, `label` is shown as typed. */
export const customCategorySchema = z.object({
  id: z.string().regex(/^custom:[^\s]+$/, 'custom category ids look like "custom:<slug>"'),
  label: z.string().trim().min(1).max(60),
});
export type CustomCategory = z.infer<typeof customCategorySchema>;

/** Built-in figure statuses; the figures feature may add more tickmarks (any non-empty id). */
export const builtInFigureStatuses = ['unverified', 'verified', 'disputed', 'not-applicable'] as const;
export type BuiltInFigureStatus = (typeof builtInFigureStatuses)[number];

export const annotationKinds = ['highlight', 'claim', 'comment', 'figure'] as const;
export type AnnotationKind = (typeof annotationKinds)[number];

const tagSchema = z.string().trim().min(1).max(80);

export const highlightBodySchema = z.object({ kind: z.literal('highlight') });
export const claimBodySchema = z.object({
  kind: z.literal('claim'),
  /** A built-in category or a custom category id (`custom:…`). */
  category: z.string().min(1),
  tags: z.array(tagSchema),
});
export const commentBodySchema = z.object({
  kind: z.literal('comment'),
  text: z.string(),
  resolved: z.boolean(),
});
export const figureBodySchema = z.object({
  kind: z.literal('figure'),
  /** A built-in status or a tickmark id added by the team. */
  status: z.string().min(1),
  note: z.string(),
  origin: z.enum(['detected', 'manual']),
  /** Normalised value (multipliers applied); null when a manual figure has none yet. */
  value: z.number().nullable(),
  /** Upper end of a range figure. */
  high: z.number().optional(),
  unit: z.string(),
  /** A detected figure the reviewer judged not to be one; kept so detection does not bring it back. */
  dismissed: z.boolean(),
});

export const annotationBodySchema = z.discriminatedUnion('kind', [
  highlightBodySchema,
  claimBodySchema,
  commentBodySchema,
  figureBodySchema,
]);
export type AnnotationBody = z.infer<typeof annotationBodySchema>;
export type HighlightBody = z.infer<typeof highlightBodySchema>;
export type ClaimBody = z.infer<typeof claimBodySchema>;
export type CommentBody = z.infer<typeof commentBodySchema>;
export type FigureBody = z.infer<typeof figureBodySchema>;
/** The body type for one kind: `BodyOf<'claim'>` is `ClaimBody`. */
export type BodyOf<K extends AnnotationKind> = Extract<AnnotationBody, { kind: K }>;

const isoTime = z.iso.datetime({ offset: true });
const metaSchema = z.record(z.string(), z.unknown());

export const annotationSchema = z.object({
  id: z.string().min(1),
  documentId: z.string().min(1),
  versionId: z.string().min(1),
  /** Mirrors `body.kind` so Dexie can index it. */
  kind: z.enum(annotationKinds),
  target: annotationTargetSchema,
  body: annotationBodySchema,
  author: z.string(),
  createdAt: isoTime,
  updatedAt: isoTime,
  meta: metaSchema,
});
/** One annotation on one version's text. `kind === body.kind` always (checked by `parseAnnotation`). */
export type Annotation = z.infer<typeof annotationSchema>;
/** An annotation whose body is known to be of kind `K`. */
export type AnnotationOf<K extends AnnotationKind> = Annotation & { kind: K; body: BodyOf<K> };

export const replySchema = z.object({
  id: z.string().min(1),
  annotationId: z.string().min(1),
  author: z.string(),
  text: z.string().trim().min(1),
  createdAt: isoTime,
  updatedAt: isoTime,
});
/** One entry in a comment thread after the opening comment. */
export type Reply = z.infer<typeof replySchema>;

/**
 * Parses untrusted data (a Dexie row, an imported file) into an Annotation.
 * Returns `null` with the reason in `onError` rather than throwing, so one bad row never hides the rest.
 */
export function parseAnnotation(value: unknown, onError?: (message: string) => void): Annotation | null {
  const result = annotationSchema.safeParse(value);
  if (!result.success) {
    onError?.(z.prettifyError(result.error));
    return null;
  }
  if (result.data.kind !== result.data.body.kind) {
    onError?.(`kind "${result.data.kind}" does not match body.kind "${result.data.body.kind}"`);
    return null;
  }
  return result.data;
}

/** Parses untrusted data into a Reply; `null` (with the reason in `onError`) when it does not fit. */
export function parseReply(value: unknown, onError?: (message: string) => void): Reply | null {
  const result = replySchema.safeParse(value);
  if (!result.success) {
    onError?.(z.prettifyError(result.error));
    return null;
  }
  return result.data;
}

/** Default body for each kind, used by the toolbar before the reviewer fills it in. */
export function defaultBody<K extends AnnotationKind>(kind: K): BodyOf<K> {
  const bodies: { [Key in AnnotationKind]: BodyOf<Key> } = {
    highlight: { kind: 'highlight' },
    claim: { kind: 'claim', category: 'other', tags: [] },
    comment: { kind: 'comment', text: '', resolved: false },
    figure: {
      kind: 'figure',
      status: 'unverified',
      note: '',
      origin: 'manual',
      value: null,
      unit: '',
      dismissed: false,
    },
  };
  return bodies[kind] as BodyOf<K>;
}

export interface CreateAnnotationInput<B extends AnnotationBody = AnnotationBody> {
  documentId: string;
  versionId: string;
  target: AnnotationTarget;
  body: B;
  author: string;
  meta?: Record<string, unknown>;
}

/** Makes a new annotation record; `id` and `now` are injectable so tests fix them. */
export function createAnnotation<B extends AnnotationBody>(
  input: CreateAnnotationInput<B>,
  options: { id?: string; now?: Date } = {},
): AnnotationOf<B['kind']> {
  if (input.target.end <= input.target.start) {
    throw new RangeError(`Annotation target ${input.target.start}..${input.target.end} is empty or reversed`);
  }
  const time = (options.now ?? new Date()).toISOString();
  return {
    id: options.id ?? crypto.randomUUID(),
    documentId: input.documentId,
    versionId: input.versionId,
    kind: input.body.kind,
    target: { ...input.target },
    body: input.body,
    author: input.author,
    createdAt: time,
    updatedAt: time,
    meta: input.meta ?? {},
  } as AnnotationOf<B['kind']>;
}

/** Returns a copy of `annotation` with a new body (same kind) and a fresh `updatedAt`. */
export function updateAnnotationBody<A extends Annotation>(
  annotation: A,
  body: A['body'],
  options: { now?: Date } = {},
): A {
  if (body.kind !== annotation.kind) {
    throw new RangeError(`Cannot change annotation ${annotation.id} from ${annotation.kind} to ${body.kind}`);
  }
  return { ...annotation, body, updatedAt: (options.now ?? new Date()).toISOString() };
}

/** Makes a new reply to `annotationId`; `id` and `now` are injectable so tests fix them. */
export function createReply(
  input: { annotationId: string; author: string; text: string },
  options: { id?: string; now?: Date } = {},
): Reply {
  const text = input.text.trim();
  if (text.length === 0) throw new RangeError(`Reply to ${input.annotationId} has no text`);
  const time = (options.now ?? new Date()).toISOString();
  return {
    id: options.id ?? crypto.randomUUID(),
    annotationId: input.annotationId,
    author: input.author,
    text,
    createdAt: time,
    updatedAt: time,
  };
}

/** Narrowing helper: `isKind(a, 'claim')` makes `a.body` a ClaimBody. */
export function isKind<K extends AnnotationKind>(
  annotation: Annotation,
  kind: K,
): annotation is AnnotationOf<K> {
  return annotation.kind === kind && annotation.body.kind === kind;
}
