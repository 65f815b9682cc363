/**
 * A count's noun written as a name (`20 additional Medicare Urgent Care Clinics`, `500 Community Employment places`,
 * `30 000 Light Public Housing (LPH) units`), read by the English tail (./english.ts) where no lowercase noun follows.
 */

/** Up to four capitalised words ending in a plural (`Medicare Urgent Care Clinics`): the count's noun. */
const TITLE_NOUN_RE =
  /[ \u00a0]((?:[A-Z][A-Za-z]*[ \u00a0]){0,3}([A-Z][a-z]*[^su\W]s))\b(?![ \u00a0]?[0-9])/y;
/**
 * `500 additional Community Employment places`, `62,410.5 Band D equivalent properties`, `1,186 Public
 * Assistance staff`, `30 000 Light Public Housing (LPH) units`: a name of the kind (maybe with its acronym in
 * brackets) before a lowercase plural noun, maybe with one word between.
 */
const TITLE_THEN_NOUN_RE =
  /[ \u00a0](?:[A-Z][A-Za-z]*(?:\/[A-Z][A-Za-z]*)?[ \u00a0]){1,6}(?:\([A-Z]{2,6}\)[ \u00a0])?(?:(?:equivalent|eligible|registered|approved|additional|new)[ \u00a0])?([a-z]+[^su\W]s|staff|personnel|people)\b/y;

/** The name and noun of what is counted from `pos`, and where it ends; undefined without one. */
export function titleNounAt(text: string, pos: number): { end: number; unit: string } | undefined {
  TITLE_THEN_NOUN_RE.lastIndex = pos;
  const named = TITLE_THEN_NOUN_RE.exec(text);
  if (named && named[1]!.length >= 4) return { end: pos + named[0].length, unit: named[1]! };
  TITLE_NOUN_RE.lastIndex = pos;
  const m = TITLE_NOUN_RE.exec(text);
  if (!m || m[2]!.length < 4 || NOT_COUNTED_TITLES.has(m[2]!)) return undefined;
  return { end: pos + m[0].length, unit: m[2]!.toLowerCase() };
}

/** Capitalised plurals that name a document or a body, not what a number counts (`2026 Budget Papers`). */
const NOT_COUNTED_TITLES = new Set([
  'Papers',
  'Statements',
  'Estimates',
  'Accounts',
  'Affairs',
  'Nations',
  'States',
]);
