/**
 * How pieces of PDF text are put back together: runs on one line (a space only where the gap is a word
 * space, and never between CJK characters however wide justification spread them), and lines of one
 * paragraph (no space after CJK, hyphenated words rejoined, a figure cut by a line break kept whole).
 */

/** CJK ideographs (incl. radicals and extension A), kana, CJK punctuation, full-width forms. */
export const cjkClass =
  '\\u2e80-\\u2fdf\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const cjk = new RegExp(`[${cjkClass}]`);

/** Characters that sit tight against CJK text: digits and punctuation, ASCII or typographic. */
const tightClass = '0-9%,.;:!?()\\[\\]"\'\\u2010-\\u2027\\u2e3a\\u2e3b';

/**
 * Whitespace next to CJK that justification or a producer's fake spaces put there: between two CJK
 * characters, and between CJK and a figure or punctuation (`出 栏 12.5 万 头` → `出栏12.5万头`). Spaces
 * between CJK and Latin words are kept; only horizontal whitespace is touched, and never a tab: the layout
 * puts tabs between table cells, and a cell boundary is not justification.
 */
const spaceAfterCjk = new RegExp(`([${cjkClass}])[ \\u00a0\\u3000]+(?=[${cjkClass}${tightClass}])`, 'g');
const spaceBeforeCjk = new RegExp(`([${tightClass}])[ \\u00a0\\u3000]+(?=[${cjkClass}])`, 'g');

/**
 * Chinese typesetting writes the dash 破折号 as two U+2014; fonts draw them as one glyph that ToUnicode
 * tables often give as U+2E3A TWO-EM DASH. Read it back as it was written.
 */
const dashBesideCjk = new RegExp(`(?<=[${cjkClass}\\u2014])\\u2015|\\u2015(?=[${cjkClass}\\u2014])`, 'g');
const emDashes = (text: string): string =>
  text
    .replace(/\u2e3a/g, '\u2014\u2014')
    .replace(/\u2e3b/g, '\u2014\u2014\u2014')
    // The same fonts give U+2015 HORIZONTAL BAR for the dash beside CJK text; GB/T 15834 writes U+2014.
    .replace(dashBesideCjk, '\u2014');

/**
 * A figure whose digits justification spread apart (`建設2 3 2處`, character spacing applies to digits
 * too) next to CJK text: inside CJK text nobody writes digits apart, so the spaces go.
 */
const spreadFigure = new RegExp(
  `(?<=[${cjkClass}])[0-9.,%](?:[ \\u00a0][0-9.,%])+|[0-9.,%](?:[ \\u00a0][0-9.,%])+(?=[${cjkClass}])`,
  'g',
);

export function removeCjkSpaces(text: string): string {
  return emDashes(
    text
      .replace(spaceAfterCjk, '$1')
      .replace(spaceBeforeCjk, '$1')
      .replace(spreadFigure, (figure) => figure.replace(/[ \u00a0]/g, '')),
  );
}

export const isCjk = (char: string): boolean => cjk.test(char);

/** A piece of text at a horizontal position. */
export interface Placed {
  text: string;
  x: number;
  right: number;
  fontSize: number;
}

/**
 * Joins runs of one line, left to right: a gap wider than a fifth of an em is a word space (producers
 * often position words instead of writing spaces), unless a CJK character is on either side.
 */
export function joinRuns(runs: readonly Placed[]): string {
  let text = '';
  let previous: Placed | null = null;
  for (const run of runs) {
    if (previous) {
      const gap = run.x - previous.right;
      const size = Math.min(run.fontSize, previous.fontSize);
      // Inside a figure (`12` `.5`) justification spreads glyphs too: only a clear gap is a space there.
      const inFigure = /[0-9.,]$/.test(text) && /^[0-9.,%]/.test(run.text);
      if (gap > size * (inFigure ? 0.6 : 0.2) && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    }
    text += run.text;
    previous = run;
  }
  return removeCjkSpaces(text.replace(/\s+/g, ' ').trim());
}

/** Marks a hyphen at a line end that may be a soft break (`per-` / `cent`); decided per document. */
export const lineEndHyphen = '\u00ad';

/** Joins the next line of a paragraph to the text so far. */
export function joinLines(left: string, right: string): string {
  const last = left.at(-1) ?? '';
  const first = right[0] ?? '';
  if (left.length === 0) return right;
  if (isCjk(last) || isCjk(first)) return left + right;
  // Punctuation never starts a word; and inside CJK text only two Latin words need a space between them.
  if (/^[,.;:!?)\]}%]/.test(right)) return left + right;
  if (
    cjk.test(left.slice(-20)) &&
    cjk.test(right.slice(0, 20)) &&
    !(/[A-Za-z]/.test(last) && /[A-Za-z]/.test(first))
  )
    return left + right;
  // A figure cut by the line break: `1,` + `234`, `12.` + `5`, `3-` + `5%`, `$` + `4.2`.
  if (/[0-9][,.\-–~]$|[$€£¥]$/.test(left) && /^[0-9]/.test(first)) return left + right;
  if (/[A-Za-z][-\u2010\u00ad]$/.test(left) && /^[a-z]/.test(first))
    return left.slice(0, -1) + lineEndHyphen + right;
  return `${left} ${right}`;
}

/**
 * Decides every line-end hyphen of a document: a word the document also writes with a hyphen elsewhere
 * (`fixed-asset`) keeps it; any other is a soft break and the halves are rejoined (`per-cent` → `percent`).
 */
export function resolveLineEndHyphens(texts: readonly string[]): string[] {
  if (!texts.some((text) => text.includes(lineEndHyphen))) return [...texts];
  const all = texts.join('\n');
  const hyphenated = new Set((all.match(/[A-Za-z]+-[A-Za-z]+/g) ?? []).map((word) => word.toLowerCase()));
  return texts.map((text) =>
    text.replace(/([A-Za-z]+)\u00ad([A-Za-z]+)/g, (_match, a: string, b: string) =>
      hyphenated.has(`${a}-${b}`.toLowerCase()) ? `${a}-${b}` : a + b,
    ),
  );
}
