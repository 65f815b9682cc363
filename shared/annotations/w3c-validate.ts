/**
 * The W3C Web Annotation Data Model's MUST rules that a file can break, checked on the raw JSON (what
 * `tickmark annotations validate` reports beside the reader's own issues). It mirrors the MUST
 * assertions of the W3C web-annotation-tests suite that apply to text annotations — the suite's JSON
 * schemas themselves are used by the test of Tickmark's export — so a file that passes here and reads
 * without errors is one Tickmark and other W3C tools can exchange.
 */
import { w3cContext } from './w3c';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isIri = (value: unknown) => typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
const isDateTime = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value);
const hasContext = (value: Json) => [value['@context']].flat().includes(w3cContext);

function checkAnnotation(item: unknown, where: string, inherited: boolean): string[] {
  if (!isObject(item)) return [`${where}: is not an object`];
  const problems: string[] = [];
  const id = typeof item.id === 'string' ? ` (${item.id})` : '';
  const say = (message: string) => problems.push(`${where}${id}: ${message}`);
  if (!inherited && !hasContext(item)) say(`@context must include ${w3cContext}`);
  if (!isIri(item.id)) say('id must be an IRI (e.g. urn:uuid:…)');
  if (![item.type].flat().includes('Annotation')) say('type must be "Annotation"');
  if (item.target === undefined) say('target is missing');
  if (item.body !== undefined && item.bodyValue !== undefined) say('must not have both body and bodyValue');
  if (item.bodyValue !== undefined && typeof item.bodyValue !== 'string') say('bodyValue must be a string');
  for (const key of ['created', 'modified', 'generated'] as const) {
    if (item[key] !== undefined && !isDateTime(item[key]))
      say(`${key} must be an xsd:dateTime with a time zone`);
  }
  for (const body of [item.body].flat()) {
    if (isObject(body) && [body.type].flat().includes('TextualBody') && typeof body.value !== 'string') {
      say('a TextualBody must have a string value');
    }
  }
  for (const target of [item.target].flat()) {
    if (!isObject(target)) continue;
    for (const selector of [target.selector].flat()) {
      if (!isObject(selector)) continue;
      if (selector.type === 'TextQuoteSelector' && typeof selector.exact !== 'string') {
        say('a TextQuoteSelector must have a string exact');
      }
      if (
        selector.type === 'TextPositionSelector' &&
        !(
          Number.isInteger(selector.start) &&
          Number.isInteger(selector.end) &&
          (selector.start as number) >= 0
        )
      ) {
        say('a TextPositionSelector must have non-negative integer start and end');
      }
    }
  }
  return problems;
}

/** MUST violations in a parsed file (a collection, a page, a list or one annotation); [] when none. */
export function checkW3cMusts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => checkAnnotation(item, `item ${i + 1}`, false));
  if (!isObject(value)) return ['the file is not a JSON object or list'];
  const types = [value.type].flat();
  if (types.includes('AnnotationCollection')) {
    const problems: string[] = [];
    if (!hasContext(value)) problems.push(`collection: @context must include ${w3cContext}`);
    if (!isIri(value.id)) problems.push('collection: id must be an IRI');
    if (value.label !== undefined && typeof value.label !== 'string')
      problems.push('collection: label must be a string');
    if (value.total !== undefined && !(Number.isInteger(value.total) && (value.total as number) >= 0)) {
      problems.push('collection: total must be a non-negative integer');
    }
    const page = value.first;
    if (isObject(page)) {
      if (![page.type].flat().includes('AnnotationPage'))
        problems.push('first page: type must be "AnnotationPage"');
      const items = Array.isArray(page.items) ? page.items : [];
      if (!Array.isArray(page.items)) problems.push('first page: items must be a list');
      problems.push(...items.flatMap((item, i) => checkAnnotation(item, `item ${i + 1}`, true)));
      if (typeof value.total === 'number' && page.next === undefined && value.total !== items.length) {
        problems.push(`collection: total is ${value.total} but the only page has ${items.length} items`);
      }
    }
    return problems;
  }
  if (types.includes('AnnotationPage')) {
    const items = Array.isArray(value.items) ? value.items : [];
    return items.flatMap((item, i) => checkAnnotation(item, `item ${i + 1}`, hasContext(value)));
  }
  return checkAnnotation(value, 'annotation', false);
}
