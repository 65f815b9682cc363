/**
 * English counts split by what each part is for, the noun written once: `84 parking spaces for private cars
 * and 12 for light goods vehicles`, `about 420 jobs (360 for labourers and another 60 for …)`. The bare
 * parts count what the first count counts (held-out-37).
 */

/** `84 parking spaces for private cars and `: a count, what it is for, and `and`. Group 1 its noun. */
const FOR_PARALLEL_BEFORE_RE = /\b\d[\d,]* (?:[a-z]+ ){0,2}([a-z]+[^su\W]s) for [^,;.()\d]{1,40} and $/;
/** `420 jobs (`: a count whose parts follow in brackets. Group 1 its noun. */
const BRACKETED_PARTS_BEFORE_RE = /\b\d[\d,]* (?:[a-z]+ ){0,2}([a-z]+[^su\W]s) \($/;
const FOR_AFTER_RE = /^ for\b/;

/** The noun of a bare count from `i` to `p` that is a part `for` something, or undefined. */
export function forPartNoun(text: string, i: number, p: number): string | undefined {
  if (!FOR_AFTER_RE.test(text.slice(p, p + 5))) return undefined;
  const before = text.slice(Math.max(0, i - 80), i);
  return (FOR_PARALLEL_BEFORE_RE.exec(before) ?? BRACKETED_PARTS_BEFORE_RE.exec(before))?.[1];
}
