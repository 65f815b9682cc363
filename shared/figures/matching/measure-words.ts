/**
 * The name of a measure as a linguistic unit, never a fragment of a word.
 *  - Chinese: the noun phrase before the figure, cut after the last leading verb (`實現`, `新增`) only
 *    where that verb is a whole word to `Intl.Segmenter('zh')` — so `有` cuts `擁有資產` but never
 *    `有效投資` or `所有制`.
 *  - English: the noun phrase next to the figure on word boundaries. After a verb of giving
 *    (`provides`, `including`, `funds`) the measure is what the money is for (`$75.0 million for
 *    broadband expansion`); after `receives` it is the recipient before the verb (`K-12 education
 *    receives $9.7 billion`); otherwise it is the words before the figure up to a clause word (`and`,
 *    `which`, `while`), at most six.
 */

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('zh', { granularity: 'word' })
    : null;

const compiled = new Map<RegExp, { any: RegExp; exact: RegExp }>();

/** Offsets in `text` where a whole word (to the segmenter) matching `verb` ends, in order. */
export function wordEnds(text: string, verb: RegExp): number[] {
  let patterns = compiled.get(verb);
  if (!patterns) {
    patterns = { any: new RegExp(verb.source, 'g'), exact: new RegExp(`^(?:${verb.source})$`) };
    compiled.set(verb, patterns);
  }
  const ends: number[] = [];
  let segments: Set<number> | null = null;
  for (const m of text.matchAll(patterns.any)) {
    const end = m.index + m[0].length;
    // A verb of two or more characters is a word where the regex finds it; a one-character verb
    // (`有`) may be part of another word (`有效`, `所有`), which only the segmenter can tell. It costs
    // tens of microseconds a call in Node 20, so it runs only for those clauses.
    if (m[0].length >= 2 || !segmenter) {
      ends.push(end);
      continue;
    }
    segments ??= new Set(
      [...segmenter.segment(text)]
        .filter((x) => patterns.exact.test(x.segment))
        .map((x) => x.index + x.segment.length),
    );
    if (segments.has(end)) ends.push(end);
  }
  return ends;
}

const isEnglish = (text: string) => /^[\x20-\x7e\u2019\u2013]*$/.test(text);

/** Words after which the measure is what the amount is for. */
const givingVerb =
  /^(?:provides?|providing|includ(?:es|e|ing)|funds?|funding|allocat(?:es|e|ing)|adds?|adding|appropriates?|invests?|spends?|sets aside|requires?|costs?|supports?|with)$/i;
/** Words after which the measure is the recipient named before the verb. */
const receivingVerb = /^(?:receives?|receiving|gets?|earns?|collects?|raises?)$/i;
/** Words that end an English noun phrase when read backwards from the figure. */
const phraseStop =
  /^(?:and|or|but|which|that|while|whereas|when|where|as|than|by|with|because|so|then|also|including|includes?|of which)$/i;
const leadingWords = /^(?:the|a|an|its|their|this|that|these|those|all|some)$/i;

/** `for broadband expansion` after an English figure: the purpose phrase, or ''. */
export function englishPurposeAfter(text: string, end: number): string {
  const m =
    /^\s*(?:(?:from|in) (?:the |all )?[A-Za-z][\w-]*(?: [A-Z][\w-]*)*\s+)?(?:for|to)\s+(?:the\s+)?([A-Za-z][A-Za-z0-9'-]*(?:\s+[A-Za-z][A-Za-z0-9'-]*){0,5})/.exec(
      text.slice(end, end + 80),
    );
  if (!m) return '';
  const words: string[] = [];
  for (const w of m[1]!.split(/\s+/)) {
    if (phraseStop.test(w) || /^(?:in|from|by|at|over|under|up|down|compared|FY)$/i.test(w)) break;
    words.push(w);
  }
  return words.join(' ');
}

/**
 * The English measure for a figure with `before` (its clause up to the figure, links stripped) and the
 * text after it. Null when neither side names one (a bare `including $35.2 million`).
 */
export function englishSubject(before: string, text: string, end: number): string | null {
  const words = before.split(/\s+/).filter(Boolean);
  const last = words.at(-1) ?? '';
  if (words.length === 0 || givingVerb.test(last)) {
    // Money given "for X" is a measure of its own: spending for the reserve, not the reserve's balance.
    const purpose = englishPurposeAfter(text, end);
    return purpose ? `for ${purpose}` : null;
  }
  if (receivingVerb.test(last)) words.pop();
  const phrase: string[] = [];
  for (let i = words.length - 1; i >= 0 && phrase.length < 6; i--) {
    const w = words[i]!.replace(/[,;:()]+$/g, '');
    if (phraseStop.test(w) || /[,;:]$/.test(words[i]!)) break;
    phrase.unshift(w);
  }
  while (phrase.length > 0 && leadingWords.test(phrase[0]!)) phrase.shift();
  if (phrase.length === 0) {
    const purpose = englishPurposeAfter(text, end);
    return purpose ? `for ${purpose}` : null;
  }
  return phrase.join(' ');
}

export { isEnglish };
