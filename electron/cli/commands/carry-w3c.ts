/**
 * The W3C side of `tickmark carry`: reads annotations from a JSON-LD file in any of the shapes the
 * model allows (an array, an AnnotationPage with `items`, an AnnotationCollection whose `first` page
 * is embedded), finds each one's TextPositionSelector / TextQuoteSelector on the old text, and writes
 * the same objects back re-anchored on the new text. Objects are copied, not rebuilt, so fields this
 * tool does not know survive; a Tickmark figure check (`shared/annotations/w3c.ts` `fromW3c`) brings
 * its value so it can only land on a figure.
 */
import { createTarget } from '../../../shared/annotations/selectors';
import { fromW3c } from '../../../shared/annotations/w3c';
import type { AnnotationTarget } from '../../../shared/annotations/model';
import type { CarryInput, CarryResult } from '../../../shared/anchoring/types';

type Json = Record<string, unknown>;

export interface ReadAnnotation {
  object: Json;
  /** Null for replies and other annotations without text selectors: copied through unchanged. */
  input: CarryInput | null;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** The annotation objects of a parsed JSON-LD document, or a message saying what shape was expected. */
export function annotationObjects(document: unknown): Json[] | string {
  if (Array.isArray(document)) return document.filter(isObject);
  if (!isObject(document))
    return 'expected a JSON array of annotations, an AnnotationPage or an AnnotationCollection';
  if (document.type === 'Annotation') return [document];
  if (Array.isArray(document.items)) return document.items.filter(isObject);
  if (isObject(document.first) && Array.isArray(document.first.items)) {
    const pages: Json[] = [];
    for (let page: unknown = document.first; isObject(page); page = page.next) {
      pages.push(...asList(page.items).filter(isObject));
    }
    return pages;
  }
  return `found a ${String(document.type ?? 'JSON object')} without "items" (an AnnotationCollection must embed its first page)`;
}

function selectorsOf(object: Json): Json[] {
  return asList(object.target)
    .filter(isObject)
    .flatMap((t) => asList(t.selector).filter(isObject));
}

/**
 * The carry input for one annotation on `oldText`: its quote selector (checked against the position
 * selector when both are there), else the text at its position. Errors name the annotation.
 */
export function readAnnotation(object: Json, oldText: string): ReadAnnotation | string {
  const id = typeof object.id === 'string' ? object.id : JSON.stringify(object.id ?? null);
  const selectors = selectorsOf(object);
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!position && !quote) return { object, input: null };
  let target: AnnotationTarget;
  const start = Number(position?.start);
  const end = Number(position?.end);
  const hasPosition =
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= oldText.length && end > start;
  if (quote && typeof quote.exact === 'string' && quote.exact.length > 0) {
    const exact = quote.exact;
    const at = hasPosition && oldText.slice(start, end) === exact ? start : oldText.indexOf(exact);
    target =
      at >= 0
        ? createTarget(oldText, at, at + exact.length)
        : // Quote not in OLD: carry what the file says, the matcher will look for it by quote.
          {
            start: hasPosition ? start : 0,
            end: (hasPosition ? start : 0) + exact.length,
            exact,
            prefix: typeof quote.prefix === 'string' ? quote.prefix : '',
            suffix: typeof quote.suffix === 'string' ? quote.suffix : '',
          };
  } else if (hasPosition) {
    target = createTarget(oldText, start, end);
  } else {
    return `annotation ${id}: its TextPositionSelector ${start}..${end} is outside OLD's text (${oldText.length} characters) and it has no TextQuoteSelector`;
  }
  const parsed = fromW3c(object);
  const figure =
    parsed.ok && parsed.value.type === 'annotation' && parsed.value.annotation.body.kind === 'figure'
      ? { value: parsed.value.annotation.body.value, unit: parsed.value.annotation.body.unit }
      : object['tickmark:kind'] === 'figure' || object.motivation === 'assessing'
        ? { value: null, unit: '' }
        : undefined;
  return { object, input: { id, target, ...(figure ? { figure } : {}) } };
}

/** The annotation re-anchored on NEW: same object and id, new selectors, the verdict. */
export function writeCarried(read: ReadAnnotation, result: CarryResult | null, newSource: string): Json {
  if (!read.input || !result) return read.object;
  const out: Json = { ...read.object, 'tickmark:carry': result.verdict };
  const oldTargets = asList(read.object.target).filter(isObject);
  const base = oldTargets[0] ?? {};
  const t = result.target;
  out.target = t
    ? {
        ...base,
        source: newSource,
        selector: [
          { type: 'TextPositionSelector', start: t.start, end: t.end },
          { type: 'TextQuoteSelector', exact: t.exact, prefix: t.prefix, suffix: t.suffix },
        ],
      }
    : { ...base, source: newSource, selector: undefined };
  if (!t) {
    delete (out.target as Json).selector;
    out['tickmark:previousQuote'] = read.input.target.exact;
  }
  if (result.verdict === 'fuzzy' || result.verdict === 'value-changed') {
    out['tickmark:similarity'] = Number(result.similarity.toFixed(4));
    out['tickmark:previousQuote'] = read.input.target.exact;
  }
  return out;
}
