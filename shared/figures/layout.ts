/**
 * Layout folding before detection, one for one so offsets do not move: every kind of space (no-break,
 * thin, ideographic) becomes an ASCII space, and a line break that falls inside a figure (`57.32\n億元`,
 * `$18.4\nmillion`, `2-\n4%`, as text extracted from PDFs breaks lines) becomes spaces too. The readers
 * then only need to know one gap: a run of ASCII spaces. A blank line (a paragraph break) is never
 * folded, nor a break between two bare numbers (`12\n34` in a table).
 */
import { MULTIPLIER_EXPONENT, matchUnitAt } from './units';

const ODD_SPACES_RE = /[\u00a0\u2009\u202f\u3000]/;
const ODD_SPACES_G = /[\u00a0\u2009\u202f\u3000]/g;
/** A line break after a digit or a range dash, before what may continue a figure. */
const BREAK_IN_FIGURE_RE = /(?<=[0-9][ \t]*|[-–~～至到][ \t]*)\r?\n(?=[ \t]*[0-9%a-z\u3400-\u9fff])/g;
const BREAK_TEST_RE = /[0-9\-–~～至到][ \t]*\r?\n[ \t]*[0-9%a-z\u3400-\u9fff]/;

/** `text` with spaces folded to ASCII and line breaks inside figures folded to spaces. */
export function foldLayout(text: string): string {
  let out = text;
  if (ODD_SPACES_RE.test(out)) out = out.replace(ODD_SPACES_G, ' ');
  if (BREAK_TEST_RE.test(out)) out = out.replace(BREAK_IN_FIGURE_RE, breakInFigure);
  return out;
}

function breakInFigure(lineBreak: string, offset: number, whole: string): string {
  let before = offset - 1;
  while (whole[before] === ' ' || whole[before] === '\t') before--;
  let after = offset + lineBreak.length;
  while (whole[after] === ' ' || whole[after] === '\t') after++;
  const prev = whole.charCodeAt(before);
  const next = whole.charCodeAt(after);
  const prevDigit = prev >= 0x30 && prev <= 0x39;
  const nextDigit = next >= 0x30 && next <= 0x39;
  // A number ends one line and a number starts the next: two cells, not one figure.
  if (prevDigit && nextDigit) return lineBreak;
  // After a range dash only the second number may follow (`2-\n4%`).
  if (!prevDigit) return nextDigit ? ' '.repeat(lineBreak.length) : lineBreak;
  if (next > 0x2e7f) {
    const ch = whole[after]!;
    // Only a multiplier or a unit continues the number (`57.32\n億元`), not the next sentence.
    if (MULTIPLIER_EXPONENT[ch] === undefined && matchUnitAt(whole, after) === undefined) return lineBreak;
  }
  return ' '.repeat(lineBreak.length);
}
