/**
 * Variations of a document that stress the detector's folding and reading paths: spaces around numbers
 * (the Taiwan spaced style), line breaks every N characters (PDF extraction), full-width digits, odd
 * spaces (NBSP, ideographic), CRLF line ends. The detector's answer on a variation is not known in
 * advance; two detectors that agree on all of them agree on far more inputs than the fixtures alone.
 */

/** A named text made from a document. */
export interface Variation {
  name: string;
  text: string;
}

const FULL_WIDTH: Record<string, string> = { '%': '％', '.': '．' };

/** Digits, `%` and `.` next to a digit written full width (０-９, ％, ．), one for one. */
export function fullWidthDigits(text: string): string {
  return text.replace(/[0-9]|[%.](?=[0-9])|(?<=[0-9])%/g, (ch) =>
    ch >= '0' && ch <= '9' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : FULL_WIDTH[ch]!,
  );
}

/** A space (or `space`) on both sides of every run of digits. */
export function spacedNumbers(text: string, space = ' '): string {
  return text.replace(/\d[\d,.]*/g, (run) => `${space}${run}${space}`);
}

/** A line break after every `width` characters, never inside a surrogate pair. */
export function brokenLines(text: string, width: number): string {
  let out = '';
  let line = 0;
  for (const ch of text) {
    out += ch;
    if (ch === '\n') line = 0;
    else if (++line >= width) {
      out += '\n';
      line = 0;
    }
  }
  return out;
}

/** The document and every variation of it. */
export function variationsOf(text: string): Variation[] {
  return [
    { name: 'as written', text },
    { name: 'spaced numbers', text: spacedNumbers(text) },
    { name: 'ideographic spaces around numbers', text: spacedNumbers(text, '\u3000') },
    { name: 'no-break spaces around numbers', text: spacedNumbers(text, '\u00a0') },
    { name: 'full-width digits', text: fullWidthDigits(text) },
    { name: 'lines of 17', text: brokenLines(text, 17) },
    { name: 'lines of 40', text: brokenLines(text, 40) },
    { name: 'lines of 40, CRLF', text: brokenLines(text, 40).replace(/\n/g, '\r\n') },
    { name: 'full-width, lines of 23', text: brokenLines(fullWidthDigits(text), 23) },
    { name: 'spaced, lines of 31', text: brokenLines(spacedNumbers(text), 31) },
  ];
}
