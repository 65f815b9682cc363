/**
 * One item of a Web Annotation file → an `IncomingAnnotation` or `IncomingReply`, tolerant of how other
 * tools write the model: `creator` as a string or an object, `body` as an IRI string, a TextualBody, an
 * array or a `Choice`, `bodyValue`, one motivation or several, `target` as an object, an array or (for
 * replies) an IRI, selectors one or many. Hypothesis' API rows (`user`, `text`, `tags`, `references`,
 * `target[].selector`) are read as the same model. Anything that cannot be represented is reported as an
 * issue, never silently dropped: ignored selectors (RangeSelector, XPath…), extra targets, text on a kind
 * that has no text field, unknown motivations (kept as comments).
 */
import { builtInStatuses } from '../figures/statuses';
import { annotationKinds, type AnnotationBody, type AnnotationKind } from './model';
import type { ExportedFigureLink } from './w3c-export';
import type { ImportIssue, IncomingAnnotation, IncomingReply } from './w3c-incoming';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Motivations Tickmark represents, and the kind each becomes. */
const kindByMotivation: Record<string, AnnotationKind> = {
  highlighting: 'highlight',
  tagging: 'claim',
  classifying: 'claim',
  commenting: 'comment',
  assessing: 'figure',
};

/** `urn:uuid:x` → `x`; other IRIs stay whole (a later export writes them back unchanged). */
export const localId = (iri: string): string => (iri.startsWith('urn:uuid:') ? iri.slice(9) : iri);

/** Types of an object (`type` or `@type`, one or many), with an `oa:` prefix removed. */
function typesOf(item: Json): string[] {
  return list(item.type ?? item['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^oa:/, ''));
}

interface TextBody {
  purpose: string | null;
  value: string;
}

/** Bodies reduced to text: TextualBody values, IRIs of external bodies, the first item of a Choice. */
function textBodies(item: Json, warn: (message: string) => void): TextBody[] {
  const bodies: TextBody[] = [];
  const bodyValue = str(item.bodyValue);
  if (bodyValue !== undefined) bodies.push({ purpose: null, value: bodyValue });
  for (const body of list(item.body)) {
    if (typeof body === 'string') {
      // A string body is an IRI in the model; some tools put plain text there. Either way keep it.
      bodies.push({ purpose: null, value: body });
      if (/^[a-z][a-z0-9+.-]*:\S+$/i.test(body))
        warn(`the external body ${body} is kept as its address, not its content`);
      continue;
    }
    if (!isObject(body)) {
      warn(`a body that is neither text nor an object (${JSON.stringify(body)}) was left out`);
      continue;
    }
    const types = typesOf(body);
    const chosen = types.includes('Choice') ? list(body.items).find(isObject) : body;
    if (!chosen) {
      warn('a Choice body without items was left out');
      continue;
    }
    const purpose = str(list(chosen.purpose)[0]) ?? str(list(body.purpose)[0]) ?? null;
    const value = str(chosen.value) ?? str(chosen.chars);
    if (value !== undefined) bodies.push({ purpose, value });
    else {
      const iri = str(chosen.id) ?? str(chosen.source) ?? str(chosen['@id']);
      if (iri) {
        bodies.push({ purpose, value: iri });
        warn(`the external body ${iri} is kept as its address, not its content`);
      } else warn('a body with neither a value nor an id was left out');
    }
  }
  return bodies;
}

/** The author's name: `creator` string (an `acct:` IRI gives its user part), object or first of many. */
function authorOf(item: Json): string {
  const creator = list(item.creator)[0] ?? item.user;
  const fromString = (value: string) => /^acct:([^@]+)@/.exec(value)?.[1] ?? value;
  if (typeof creator === 'string') return fromString(creator);
  if (isObject(creator)) {
    const name = str(list(creator.name)[0]) ?? str(creator.nickname) ?? str(creator.id);
    if (name) return fromString(name);
  }
  const info = item.user_info;
  if (isObject(info) && typeof info.display_name === 'string') return info.display_name;
  return '';
}

const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A time as ISO 8601 with offset, or null when it is missing or not a date. */
function timeOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (isoWithOffset.test(value)) return new Date(value).toISOString();
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

interface Selectors {
  source: string | null;
  position: { start: number; end: number } | null;
  quote: { exact: string; prefix: string; suffix: string } | null;
}

/** The text selectors of an annotation's target; everything else is reported. */
function selectorsOf(item: Json, warn: (message: string) => void): Selectors {
  const targets = list(item.target);
  const objects = targets.filter(isObject);
  const target = objects.find((t) => t.selector !== undefined) ?? objects[0];
  if (targets.length > 1) warn(`only the first of its ${targets.length} targets is kept`);
  const source = target ? (str(target.source) ?? str(target.id) ?? null) : (str(targets[0]) ?? null);
  let position: Selectors['position'] = null;
  let quote: Selectors['quote'] = null;
  for (const selector of list(target?.selector)) {
    if (!isObject(selector)) continue;
    const type = typesOf(selector)[0] ?? '(no type)';
    if (type === 'TextPositionSelector') {
      const { start, end } = selector;
      if (
        typeof start === 'number' &&
        typeof end === 'number' &&
        Number.isInteger(start) &&
        Number.isInteger(end)
      ) {
        if (start < 0 || end <= start) {
          warn(
            `its TextPositionSelector ${start}..${end} is negative or empty, so it is placed by its quote`,
          );
        } else position = { start, end };
      } else warn('its TextPositionSelector has no integer start and end, so it is placed by its quote');
    } else if (type === 'TextQuoteSelector') {
      const exact = str(selector.exact);
      if (exact) quote = { exact, prefix: str(selector.prefix) ?? '', suffix: str(selector.suffix) ?? '' };
      else warn('its TextQuoteSelector has no exact text');
    } else warn(`its ${type} is not used (Tickmark places text by quote and position)`);
  }
  return { source, position, quote };
}

/** The first motivation Tickmark knows, else the first given (kept as a comment). */
function motivationOf(item: Json, hasText: boolean): string {
  const motivations = list(item.motivation)
    .filter((m): m is string => typeof m === 'string')
    .map((m) => m.replace(/^oa:/, ''));
  return (
    motivations.find((m) => m in kindByMotivation || m === 'replying') ??
    motivations[0] ??
    (hasText ? 'commenting' : 'highlighting')
  );
}

const knownStatusIds = new Set(builtInStatuses.map((s) => s.id));

/** Builds the body for `kind` from the text bodies; text the kind cannot hold is reported. */
function bodyFor(
  kind: AnnotationKind,
  item: Json,
  bodies: TextBody[],
  fromTickmark: boolean,
  warn: (message: string) => void,
): AnnotationBody {
  const withPurpose = (purpose: string) => bodies.filter((b) => b.purpose === purpose).map((b) => b.value);
  const untagged = bodies.filter((b) => b.purpose === null).map((b) => b.value);
  switch (kind) {
    case 'highlight':
      return { kind };
    case 'claim': {
      const tags = [
        ...withPurpose('tagging'),
        ...list(item.tags).filter((t): t is string => typeof t === 'string'),
      ];
      if (!fromTickmark) tags.push(...untagged);
      const cleaned = [...new Set(tags.map((t) => t.trim()).filter((t) => t.length > 0 && t.length <= 80))];
      const dropped = bodies.filter((b) => b.purpose === 'commenting' || b.purpose === 'describing');
      if (dropped.length > 0)
        warn('comment text on a tagging annotation is not kept (a claim has tags only)');
      return { kind, category: withPurpose('classifying')[0] ?? 'other', tags: cleaned };
    }
    case 'comment': {
      const text = fromTickmark
        ? (withPurpose('commenting')[0] ?? '')
        : bodies
            .map((b) => b.value)
            .filter((v) => v.trim().length > 0)
            .join('\n\n');
      return { kind, text, resolved: item['tickmark:resolved'] === true };
    }
    case 'figure': {
      const figure = isObject(item['tickmark:figure']) ? item['tickmark:figure'] : {};
      let status = (withPurpose('assessing')[0] ?? untagged[0] ?? 'unverified').trim();
      let note = withPurpose('describing')[0] ?? withPurpose('commenting')[0] ?? '';
      if (!fromTickmark && !knownStatusIds.has(status)) {
        warn(`its assessment "${status}" is not a Tickmark status: kept in the note, status unverified`);
        note = note ? `${status}\n${note}` : status;
        status = 'unverified';
      }
      const value = typeof figure.value === 'number' ? figure.value : null;
      return {
        kind,
        status: status || 'unverified',
        note,
        origin: figure.origin === 'detected' ? 'detected' : 'manual',
        value,
        ...(typeof figure.high === 'number' ? { high: figure.high } : {}),
        unit: typeof figure.unit === 'string' ? figure.unit : '',
        dismissed: figure.dismissed === true,
      };
    }
  }
}

function linksOf(item: Json): ExportedFigureLink[] {
  return list(item['tickmark:links']).flatMap((link) => {
    if (!isObject(link) || typeof link.source !== 'string' || !isObject(link.locator)) return [];
    const locator = link.locator;
    const parsed: ExportedFigureLink['locator'] | null =
      locator.kind === 'page' && typeof locator.page === 'number'
        ? { kind: 'page', page: locator.page }
        : locator.kind === 'cell' && typeof locator.sheet === 'string' && typeof locator.cell === 'string'
          ? { kind: 'cell', sheet: locator.sheet, cell: locator.cell }
          : locator.kind === 'text'
            ? { kind: 'text' }
            : null;
    return parsed ? [{ source: link.source, locator: parsed, quote: str(link.quote) ?? '' }] : [];
  });
}

/** True for objects that look like Hypothesis API rows rather than W3C annotations. */
const isHypothesisRow = (item: Json): boolean =>
  typesOf(item).length === 0 && Array.isArray(item.target) && ('user' in item || 'uri' in item);

export type ItemResult =
  | { type: 'annotation'; annotation: IncomingAnnotation }
  | { type: 'reply'; reply: IncomingReply }
  | { type: 'skipped' };

/**
 * Reads item `index` (1-based). Issues go to `report`; `now` stands in for a missing creation time and
 * `newId` for a missing id (both reported).
 */
export function readItem(
  value: unknown,
  index: number,
  report: (issue: ImportIssue) => void,
  options: { now: string; newId: () => string },
): ItemResult {
  if (!isObject(value)) {
    report({ level: 'error', index, id: null, message: `item ${index} is not an object: not imported` });
    return { type: 'skipped' };
  }
  const hypothesis = isHypothesisRow(value);
  const types = typesOf(value);
  if (!hypothesis && !types.includes('Annotation')) {
    const what = types.length > 0 ? `a ${types.join('/')}` : 'an object without a type';
    report({
      level: 'error',
      index,
      id: null,
      message: `item ${index} is ${what}, not an Annotation: not imported`,
    });
    return { type: 'skipped' };
  }
  const rawId = str(value.id) ?? str(value['@id']);
  const id = rawId ? localId(rawId) : options.newId();
  const warn = (message: string) => report({ level: 'warning', index, id, message: `${id}: ${message}` });
  const fail = (message: string): ItemResult => {
    report({ level: 'error', index, id, message: `${id}: ${message}: not imported` });
    return { type: 'skipped' };
  };
  if (!rawId) warn('it has no id, so it was given a new one (importing the file again adds it again)');
  const fromTickmark = typeof value['tickmark:kind'] === 'string';
  const bodies = hypothesis
    ? typeof value.text === 'string' && value.text.trim()
      ? [{ purpose: null, value: value.text }]
      : []
    : textBodies(value, warn);
  const createdAt = timeOf(value.created);
  const updatedAt = timeOf(value.modified ?? value.updated) ?? createdAt;
  if (!createdAt) warn('it has no valid creation time; the time of the import is used');
  const created = createdAt ?? options.now;
  const updated = updatedAt && updatedAt >= created ? updatedAt : created;
  const author = authorOf(value);
  const references = hypothesis
    ? list(value.references).filter((r): r is string => typeof r === 'string')
    : [];
  const motivation = hypothesis
    ? references.length > 0
      ? 'replying'
      : bodies.length > 0
        ? 'commenting'
        : list(value.tags).length > 0
          ? 'tagging'
          : 'highlighting'
    : motivationOf(value, bodies.length > 0);

  if (motivation === 'replying') {
    const target = list(value.target)[0];
    const parent = hypothesis
      ? references[references.length - 1]
      : typeof target === 'string'
        ? target
        : isObject(target)
          ? (str(target.id) ?? str(target.source))
          : undefined;
    if (!parent) return fail('it is a reply without the annotation it answers');
    const text = bodies
      .map((b) => b.value.trim())
      .filter(Boolean)
      .join('\n\n');
    if (!text) return fail('it is a reply without text');
    return {
      type: 'reply',
      reply: { index, id, parentId: localId(parent), author, text, createdAt: created, updatedAt: updated },
    };
  }

  const declared = str(value['tickmark:kind']);
  let kind: AnnotationKind =
    declared && (annotationKinds as readonly string[]).includes(declared)
      ? (declared as AnnotationKind)
      : (kindByMotivation[motivation] ?? 'comment');
  if (!(motivation in kindByMotivation)) {
    warn(`its motivation "${motivation}" is kept as a comment`);
  }
  if (kind === 'highlight' && bodies.some((b) => b.value.trim()) && !fromTickmark) {
    warn('a highlight with text is kept as a comment so the text is not lost');
    kind = 'comment';
  }
  const selectors = selectorsOf(value, warn);
  if (!selectors.position && !selectors.quote) {
    return fail('it has no TextQuoteSelector or TextPositionSelector, so it cannot be placed in the text');
  }
  const meta = isObject(value['tickmark:meta']) ? { ...value['tickmark:meta'] } : {};
  return {
    type: 'annotation',
    annotation: {
      index,
      id,
      kind,
      body: bodyFor(kind, value, bodies, fromTickmark, warn),
      author,
      createdAt: created,
      updatedAt: updated,
      meta,
      ...selectors,
      documentId: str(value['tickmark:documentId']) ?? null,
      links: linksOf(value),
    },
  };
}
