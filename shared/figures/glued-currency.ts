/**
 * Currencies written glued to their amount, as annual reports do: a code (`RMB1,126.4 million`,
 * `HKD2.3 billion`) or a dollar's prefix before an amount in cents (`HK27.6 cents`, held-out-7). Letters
 * glued to digits otherwise make a code (`G209`), so these are told apart here.
 */
const GLUED_CODE_RE = /(?:^|[^A-Za-z])(?:USD|EUR|GBP|HKD|TWD|NTD|RMB|CNY|AUD|CAD|SGD|MOP|JPY)$/;
const CENTS_PREFIX_RE = /(?:^|[^A-Za-z])(HK|US|NT|S|A|C|NZ)$/;
const CENTS_AFTER_RE = /^[\d,]*(?:\.\d+)?\s+cents?\b/;

/**
 * `HK27.6 cents`, `US5 cents`: a dollar's prefix glued to an amount in cents (dividends per share in
 * annual reports, held-out-7). The prefix and where it starts, or undefined.
 */
export function centsPrefixAt(text: string, index: number): { start: number; prefix: string } | undefined {
  const m = CENTS_PREFIX_RE.exec(text.slice(Math.max(0, index - 3), index));
  if (!m || !CENTS_AFTER_RE.test(text.slice(index, index + 24))) return undefined;
  return { start: index - m[1]!.length, prefix: m[1]! };
}

/** Whether the letters glued before the number at `index` are a currency, not part of a code. */
export function isGluedCurrency(text: string, index: number): boolean {
  return (
    GLUED_CODE_RE.test(text.slice(Math.max(0, index - 4), index)) || centsPrefixAt(text, index) !== undefined
  );
}
