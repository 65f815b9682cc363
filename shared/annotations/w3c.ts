/**
 * W3C Web Annotation (JSON-LD) serialisation of annotations and replies, and the way back.
 *
 * Mapping (https://www.w3.org/TR/annotation-model/):
 * - id `urn:uuid:<id>`, type `Annotation`, `creator` {type Person, name}, `created`, `modified`.
 * - target `{ source, selector: [TextPositionSelector, TextQuoteSelector] }`; source is
 *   `urn:tickmark:version:<versionId>` unless a `urn:sha256:<hex>` of the version's file is given.
 * - motivation by kind: highlight → highlighting (no body), claim → tagging (one TextualBody with
 *   purpose classifying = category, one per tag with purpose tagging), comment → commenting
 *   (TextualBody purpose commenting), figure → assessing (TextualBody purpose assessing = status,
 *   describing = note).
 * - replies are annotations of their own with motivation replying whose target is the thread's id.
 * - what W3C has no term for (documentId, resolved, figure value/unit/origin, meta) lives under the
 *   `tickmark:` prefix declared in the second @context entry, so JSON-LD processors keep it.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { parseAnnotation, parseReply, type Annotation, type AnnotationBody, type Reply } from './model';

export const w3cContext = 'http://www.w3.org/ns/anno.jsonld';
export const tickmarkNamespace = 'urn:tickmark:ns#';
const context = [w3cContext, { tickmark: tickmarkNamespace }] as const;

const motivationByKind = {
  highlight: 'highlighting',
  claim: 'tagging',
  comment: 'commenting',
  figure: 'assessing',
} as const satisfies Record<AnnotationBody['kind'], string>;

/** A TextualBody as written by `toW3c`. */
export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: string;
  value: string;
  format?: string;
}

/** One W3C annotation object as written by `toW3c` / `replyToW3c`. */
export type W3cAnnotation = Record<string, unknown> & { id: string; type: 'Annotation'; motivation: string };

// Ids read from another tool's file may already be IRIs (`https://hypothes.is/a/…`): kept as they are,
// so exporting them again writes the same id and a later import merges instead of duplicating.
const urnUuid = (id: string): string => (id.includes(':') ? id : `urn:uuid:${id}`);
const versionUrn = (versionId: string): string => `urn:tickmark:version:${versionId}`;

function bodiesOf(body: AnnotationBody): W3cTextualBody[] {
  const textual = (purpose: string, value: string): W3cTextualBody => ({
    type: 'TextualBody',
    purpose,
    value,
  });
  switch (body.kind) {
    case 'highlight':
      return [];
    case 'claim':
      return [textual('classifying', body.category), ...body.tags.map((tag) => textual('tagging', tag))];
    case 'comment':
      return [{ ...textual('commenting', body.text), format: 'text/plain' }];
    case 'figure':
      return [textual('assessing', body.status), ...(body.note ? [textual('describing', body.note)] : [])];
  }
}

/** Serialises one annotation. `source` overrides the target IRI (e.g. `urn:sha256:<hex>` of the file). */
export function toW3c(annotation: Annotation, options: { source?: string } = {}): W3cAnnotation {
  const { target, body } = annotation;
  const extra: Record<string, unknown> = {};
  if (body.kind === 'comment') extra['tickmark:resolved'] = body.resolved;
  if (body.kind === 'figure') {
    extra['tickmark:figure'] = {
      origin: body.origin,
      value: body.value,
      ...(body.high === undefined ? {} : { high: body.high }),
      unit: body.unit,
      dismissed: body.dismissed,
    };
  }
  if (Object.keys(annotation.meta).length > 0) extra['tickmark:meta'] = annotation.meta;
  const bodies = bodiesOf(body);
  return {
    '@context': context,
    id: urnUuid(annotation.id),
    type: 'Annotation',
    motivation: motivationByKind[body.kind],
    ...(bodies.length > 0 ? { body: bodies } : {}),
    target: {
      source: options.source ?? versionUrn(annotation.versionId),
      selector: [
        { type: 'TextPositionSelector', start: target.start, end: target.end },
        { type: 'TextQuoteSelector', exact: target.exact, prefix: target.prefix, suffix: target.suffix },
      ],
    },
    creator: { type: 'Person', name: annotation.author },
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    'tickmark:kind': body.kind,
    'tickmark:documentId': annotation.documentId,
    'tickmark:versionId': annotation.versionId,
    ...extra,
  };
}

/** Serialises one reply as a `replying` annotation that targets its thread. */
export function replyToW3c(reply: Reply): W3cAnnotation {
  return {
    '@context': context,
    id: urnUuid(reply.id),
    type: 'Annotation',
    motivation: 'replying',
    body: [{ type: 'TextualBody', purpose: 'replying', value: reply.text, format: 'text/plain' }],
    target: urnUuid(reply.annotationId),
    creator: { type: 'Person', name: reply.author },
    created: reply.createdAt,
    modified: reply.updatedAt,
  };
}

/** Serialises annotations and their replies (replies right after their thread). */
export function toW3cList(
  annotations: readonly Annotation[],
  replies: readonly Reply[],
  options: { source?: (annotation: Annotation) => string | undefined } = {},
): W3cAnnotation[] {
  const byThread = new Map<string, Reply[]>();
  for (const reply of replies) {
    const thread = byThread.get(reply.annotationId);
    if (thread) thread.push(reply);
    else byThread.set(reply.annotationId, [reply]);
  }
  return annotations.flatMap((annotation) => {
    const source = options.source?.(annotation);
    return [
      toW3c(annotation, source ? { source } : {}),
      ...(byThread.get(annotation.id) ?? []).map(replyToW3c),
    ];
  });
}

const textualBody = z.object({ type: z.literal('TextualBody'), purpose: z.string(), value: z.string() });
const selector = z.looseObject({ type: z.string() });
const incoming = z.looseObject({
  id: z.string().startsWith('urn:uuid:', 'ids must be urn:uuid:<uuid>'),
  type: z.literal('Annotation'),
  motivation: z.string(),
  body: z.union([textualBody, z.array(textualBody)]).optional(),
  target: z.union([z.string(), z.looseObject({ source: z.string(), selector: z.array(selector) })]),
  creator: z.looseObject({ name: z.string() }).optional(),
  created: z.string(),
  modified: z.string().optional(),
});

const kindByMotivation: Record<string, AnnotationBody['kind']> = {
  highlighting: 'highlight',
  tagging: 'claim',
  classifying: 'claim',
  commenting: 'comment',
  assessing: 'figure',
};

export type FromW3cResult = { type: 'annotation'; annotation: Annotation } | { type: 'reply'; reply: Reply };

/**
 * Reads one W3C annotation written by Tickmark or by another W3C tool. `versionId` / `documentId` fill in
 * what a foreign annotation does not carry. Errors say which field was wrong.
 */
export function fromW3c(
  value: unknown,
  defaults: { documentId?: string; versionId?: string } = {},
): Result<FromW3cResult> {
  const parsed = incoming.safeParse(value);
  if (!parsed.success)
    return err('invalid-argument', `Not a W3C annotation: ${z.prettifyError(parsed.error)}`);
  const w = parsed.data;
  const id = w.id.slice('urn:uuid:'.length);
  const bodies = w.body === undefined ? [] : Array.isArray(w.body) ? w.body : [w.body];
  const author = w.creator?.name ?? '';
  const modified = w.modified ?? w.created;
  if (w.motivation === 'replying') {
    if (typeof w.target !== 'string' || !w.target.startsWith('urn:uuid:')) {
      return err('invalid-argument', `Reply ${w.id} must target its thread as urn:uuid:<id>`);
    }
    const reply = parseReply({
      id,
      annotationId: w.target.slice('urn:uuid:'.length),
      author,
      text: bodies[0]?.value ?? '',
      createdAt: w.created,
      updatedAt: modified,
    });
    return reply
      ? ok({ type: 'reply', reply })
      : err('invalid-argument', `Reply ${w.id} has no valid text or time`);
  }
  if (typeof w.target === 'string')
    return err('invalid-argument', `Annotation ${w.id} has no selectors on its target`);
  const kind = (w['tickmark:kind'] as AnnotationBody['kind'] | undefined) ?? kindByMotivation[w.motivation];
  if (!kind)
    return err('invalid-argument', `Annotation ${w.id} has unsupported motivation "${w.motivation}"`);
  const position = w.target.selector.find((s) => s.type === 'TextPositionSelector');
  const quote = w.target.selector.find((s) => s.type === 'TextQuoteSelector');
  if (!position || !quote) {
    return err(
      'invalid-argument',
      `Annotation ${w.id} needs both a TextPositionSelector and a TextQuoteSelector`,
    );
  }
  const versionFromSource = w.target.source.startsWith('urn:tickmark:version:')
    ? w.target.source.slice('urn:tickmark:version:'.length)
    : undefined;
  const purpose = (p: string): string[] => bodies.filter((b) => b.purpose === p).map((b) => b.value);
  const figure = (w['tickmark:figure'] ?? {}) as Record<string, unknown>;
  const body =
    kind === 'highlight'
      ? { kind }
      : kind === 'claim'
        ? { kind, category: purpose('classifying')[0] ?? 'other', tags: purpose('tagging') }
        : kind === 'comment'
          ? { kind, text: purpose('commenting')[0] ?? '', resolved: w['tickmark:resolved'] === true }
          : {
              kind,
              status: purpose('assessing')[0] ?? 'unverified',
              note: purpose('describing')[0] ?? '',
              origin: figure.origin ?? 'manual',
              value: figure.value ?? null,
              ...(figure.high === undefined ? {} : { high: figure.high }),
              unit: figure.unit ?? '',
              dismissed: figure.dismissed ?? false,
            };
  const errors: string[] = [];
  const annotation = parseAnnotation(
    {
      id,
      documentId: w['tickmark:documentId'] ?? defaults.documentId,
      versionId: w['tickmark:versionId'] ?? versionFromSource ?? defaults.versionId,
      kind,
      target: {
        start: position.start,
        end: position.end,
        exact: quote.exact,
        prefix: quote.prefix ?? '',
        suffix: quote.suffix ?? '',
      },
      body,
      author,
      createdAt: w.created,
      updatedAt: modified,
      meta: w['tickmark:meta'] ?? {},
    },
    (message) => errors.push(message),
  );
  if (!annotation) return err('invalid-argument', `Annotation ${w.id} is not valid: ${errors.join('; ')}`);
  return ok({ type: 'annotation', annotation });
}
