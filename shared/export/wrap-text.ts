/**
 * Line breaking for the notes of an annotated PDF (./note-layout.ts): between words, or between any
 * two CJK characters, at widths measured with the fonts that will draw them. Pure arithmetic over a
 * width function. Every note is set at two widths while Chromium prints, so the tokens of a text and
 * their widths are cut and measured once and kept per width function.
 */

/** Width in points of `text` set at `size` points. */
export type MeasureText = (text: string, size: number) => number;

const tokenPattern =
  /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|\s+|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+/g;

/** A text cut into breakable tokens, each with its width and whether it is white space. */
interface Tokens {
  tokens: string[];
  widths: number[];
  space: boolean[];
  /** Widths of the characters of a token too wide for a line, measured the first time it is cut. */
  charWidths: Array<number[] | undefined>;
}

/** Tokens by width function and `size|text`: a note's body and replies wrap from the same tokens at both widths. */
const tokenCache = new WeakMap<MeasureText, Map<string, Tokens>>();

function tokensOf(text: string, measure: MeasureText, size: number): Tokens {
  let bySize = tokenCache.get(measure);
  if (!bySize) tokenCache.set(measure, (bySize = new Map()));
  const key = `${size}|${text}`;
  let found = bySize.get(key);
  if (!found) {
    const tokens = text.match(tokenPattern) ?? [''];
    found = {
      tokens,
      widths: tokens.map((token) => measure(token, size)),
      space: tokens.map((token) => /^\s+$/.test(token)),
      charWidths: [],
    };
    if (bySize.size > 20000) bySize.clear();
    bySize.set(key, found);
  }
  return found;
}

/** Breaks text into lines no wider than `width`: between words, or between any two CJK characters. */
export function wrapText(text: string, width: number, measure: MeasureText, size: number): string[] {
  const cut = tokensOf(text, measure, size);
  const { tokens, widths, space } = cut;
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    const w = widths[t]!;
    if (lineWidth + w <= width || line === '') {
      if (line === '' && space[t]) continue;
      if (w > width) {
        // One word wider than the column: break it by characters.
        const chars = [...token];
        const charWidths = (cut.charWidths[t] ??= chars.map((ch) => measure(ch, size)));
        for (let c = 0; c < chars.length; c++) {
          const ch = chars[c]!;
          const cw = charWidths[c]!;
          if (lineWidth + cw > width && line !== '') {
            lines.push(line.trimEnd());
            line = '';
            lineWidth = 0;
          }
          line += ch;
          lineWidth += cw;
        }
        continue;
      }
      line += token;
      lineWidth += w;
      continue;
    }
    lines.push(line.trimEnd());
    line = '';
    lineWidth = 0;
    if (space[t]) continue;
    // A word wider than a whole line (a long URL) after other words: from a fresh line, by characters.
    if (w > width) {
      t--;
      continue;
    }
    line = token;
    lineWidth = w;
  }
  if (line !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}
