/**
 * A document that declares the currency of its dollar amounts (`Unless I say otherwise, all dollar amounts
 * in this speech are in Hong Kong dollars`, `All amounts in this report are expressed in United States
 * dollars`): a bare `$` (or `dollars`) then means that currency, as the spec lets a document say otherwise
 * about `元`. Without such a sentence `$` stays `USD`. See docs/figures-spec.md, Decisions.
 */

const DECLARATION_RE =
  /\b(?:all|the)\s+(?:dollar\s+)?(?:amounts|figures|sums|values|monetary amounts)\b[^.\n]{0,60}?\b(?:are|is|were)\s+(?:in|expressed in|stated in|denominated in|given in|shown in)\s+(Hong Kong dollars|HK dollars|United States dollars|US dollars|U\.S\. dollars|Singapore dollars|New Taiwan dollars|Australian dollars|Canadian dollars|New Zealand dollars)\b/i;

const CODES: Record<string, string> = {
  'hong kong dollars': 'HKD',
  'hk dollars': 'HKD',
  'united states dollars': 'USD',
  'us dollars': 'USD',
  'u.s. dollars': 'USD',
  'singapore dollars': 'SGD',
  'new taiwan dollars': 'TWD',
  'australian dollars': 'AUD',
  'canadian dollars': 'CAD',
  'new zealand dollars': 'NZD',
};

/** The currency code a bare `$` stands for in `text`, when the document declares one; else undefined. */
export function declaredDollarCurrency(text: string): string | undefined {
  // Cheap test first: most documents never spell out a dollar currency.
  if (text.indexOf('dollars') < 0) return undefined;
  const m = DECLARATION_RE.exec(text);
  return m ? CODES[m[1]!.toLowerCase()] : undefined;
}
