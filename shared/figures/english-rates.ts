/**
 * English rates written with `per` and a base: `4.1 per 1,000 employees`, `12.5 per 100,000 population`,
 * `3.5 per thousand residents`. As with `每10萬人口` in Chinese, the base is not a figure (it states what the
 * rate is counted against, not a quantity anyone reported); the number before it is, and when it has no
 * unit of its own the rate is its unit, as written (`per 1,000 employees`). A number with its own unit
 * keeps it (`2.5 doctors per 1,000 residents` → 2.5 doctors), as `4.2 tonnes per person` does.
 */
import { readEnglishTail } from './english';

/** `per `, `for every ` just before a number: the number may be a rate's base. */
const PER_BEFORE_RE = /(?:^|[^A-Za-z])(?:[Pp]er|for every) $/;
/** A round base (`1,000`, `100,000`, `100`, `5,000`): `per 12 months` is a span, not a base. */
const BASE_SOURCE = '[1-9]0{0,2}(?:,000)+|[1-9]0*';
const BASE_RE = new RegExp(`(?:${BASE_SOURCE})(?![\\d,.]?\\d)`, 'y');

/** Whether the number starting at `i` is the base of a rate (`per 1,000`, `per 100,000`). */
export function isRateBaseAt(text: string, i: number): boolean {
  if (text.charCodeAt(i - 1) !== 0x20 || !PER_BEFORE_RE.test(text.slice(Math.max(0, i - 11), i)))
    return false;
  BASE_RE.lastIndex = i;
  return BASE_RE.test(text);
}

/** ` per 1,000`, ` per 100,000`, ` per thousand`, ` per hundred thousand`: a rate's base after a number. */
const PER_BASE_RE = new RegExp(
  ` per (?:(?:${BASE_SOURCE})(?: (?:thousand|million))?|(?:a |one )?(?:hundred thousand|ten thousand|thousand|hundred|million))(?![\\d,.]?\\d)`,
  'y',
);

/** The participle naming the exposure a base counts, after its noun. */
const EXPOSURE_RE = / (?:worked|travell?ed|flown|driven|sailed)\b/y;

/**
 * The rate a bare number ending at `p` is given in (`4.1 per 1,000 employees` → `per 1,000 employees`),
 * with where it ends; undefined when no base follows.
 */
export function perRateAt(text: string, p: number): { end: number; unit: string } | undefined {
  PER_BASE_RE.lastIndex = p;
  if (!PER_BASE_RE.exec(text)) return undefined;
  let end = PER_BASE_RE.lastIndex;
  // What the base counts, if it names it (`employees`, `live births`): the reader of English units decides.
  const noun = readEnglishTail(text, end, undefined);
  if (noun && noun.exponent === 0 && /^[a-z][a-z -]*$/.test(noun.unit)) {
    end = noun.end;
    // `per million hours worked`, `per 100 million kilometres travelled`: the participle says which hours.
    EXPOSURE_RE.lastIndex = end;
    if (EXPOSURE_RE.test(text)) end = EXPOSURE_RE.lastIndex;
  }
  return { end, unit: text.slice(p + 1, end).replace(/\s+/g, ' ') };
}
