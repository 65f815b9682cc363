/**
 * Rebuilds paragraphs from the positioned lines of a PDF page. A PDF only knows lines; a paragraph
 * ends where the next line is further down than the usual line spacing, where a line ends in sentence
 * punctuation, or where a line stops well short of the text column's right edge. CJK lines are joined
 * without a space, Latin lines with one. Lines set clearly larger than the body text become headings.
 */
import type { PdfLine } from './pdf-reader';

export interface PdfParagraph {
  text: string;
  /** 0 for body text, else a heading level 1–3. */
  headingLevel: number;
}

const endsSentence = /[。！？!?.:：;；」』”"）)]$/;
/** CJK ideographs, kana, Hangul, CJK punctuation and full-width forms. */
const cjk = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * Chromium and other producers map some glyphs of Noto CJK to Kangxi radicals (⼯ U+2F2F for 工) in
 * the PDF's ToUnicode table. The text looks the same but matches nothing, so map them to the unified
 * ideographs: NFKC does it for the Kangxi block; the supplement needs a small table.
 */
const radicalSupplement: Record<string, string> = {
  '⺠': '民',
  '⻓': '长',
  '⻔': '门',
  '⻢': '马',
  '⻅': '见',
  '⻛': '风',
  '⻋': '车',
  '⻜': '飞',
  '⻬': '齐',
  '⻰': '龙',
  '⻝': '食',
  '⻘': '青',
  '⻄': '西',
  '⻆': '角',
  '⻚': '页',
  '⻉': '贝',
  '⻩': '黄',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻨': '麦',
  '⺟': '母',
  '⺇': '几',
  '⻑': '長',
  '⻣': '骨',
  '⻤': '鬼',
  '⻧': '鹵',
  '⻮': '齒',
  '⻯': '龍',
  '⻳': '龟',
  '⻭': '齿',
  '⻙': '韦',
  '⻗': '雨',
  '⻊': '足',
  '⺩': '王',
  '⺬': '示',
  '⺮': '竹',
  '⺷': '羊',
  '⻟': '飠',
  '⻠': '饣',
  '⻡': '首',
};

/** Replaces Kangxi and supplement radicals with the ideographs they stand for. */
export function normaliseRadicals(text: string): string {
  if (!/[\u2e80-\u2fdf]/.test(text)) return text;
  return text.replace(/[\u2e80-\u2fdf]/g, (char) =>
    char >= '\u2f00' ? char.normalize('NFKC') : (radicalSupplement[char] ?? char),
  );
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** Joins two lines of one paragraph: no space between CJK text, one space between Latin words. */
function join(left: string, right: string): string {
  const last = left.at(-1) ?? '';
  const first = right[0] ?? '';
  if (cjk.test(last) || cjk.test(first)) return left + right;
  if (last === '-' && /[a-z]/.test(first) && /[a-z]-$/.test(left)) return left.slice(0, -1) + right;
  return `${left} ${right}`;
}

/**
 * Paragraphs of one page. `bodySize` is the most common font size in the whole document, so headings
 * are judged against the body text rather than against the page they sit on.
 */
export function linesToParagraphs(lines: readonly PdfLine[], bodySize: number): PdfParagraph[] {
  if (lines.length === 0) return [];
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1]!.y - lines[i]!.y;
    if (gap > 0) gaps.push(gap);
  }
  const lineSpacing = median(gaps) || lines[0]!.fontSize * 1.5;
  const rightEdge = Math.max(...lines.map((line) => line.right));
  const leftEdge = Math.min(...lines.map((line) => line.x));
  const columnWidth = rightEdge - leftEdge;

  const paragraphs: PdfParagraph[] = [];
  let current: (PdfParagraph & { fontSize: number }) | null = null;
  let previous: PdfLine | null = null;
  for (const line of lines) {
    const text = normaliseRadicals(line.text.trim());
    const level = headingLevelFor(line.fontSize, bodySize);
    const startsNew =
      !current ||
      !previous ||
      level > 0 ||
      current.headingLevel > 0 ||
      Math.abs(line.fontSize - current.fontSize) > current.fontSize * 0.15 ||
      previous.y - line.y > lineSpacing * 1.3 ||
      previous.y - line.y < 0 || // moved up: a new column or a block placed out of reading order
      endsSentence.test(previous.text.trimEnd()) ||
      // A first-line indent (two ideographs in Chinese documents) starts a paragraph.
      (line.x > leftEdge + line.fontSize * 1.5 && previous.x <= leftEdge + line.fontSize * 0.5) ||
      previous.right < rightEdge - Math.max(columnWidth * 0.15, previous.fontSize * 2);
    if (startsNew || !current) {
      current = { text, headingLevel: level, fontSize: line.fontSize };
      paragraphs.push(current);
    } else {
      current.text = join(current.text, text);
    }
    previous = line;
  }
  return paragraphs.map(({ text, headingLevel }) => ({ text, headingLevel }));
}

function headingLevelFor(fontSize: number, bodySize: number): number {
  if (bodySize <= 0) return 0;
  const ratio = fontSize / bodySize;
  if (ratio >= 1.8) return 1;
  if (ratio >= 1.4) return 2;
  if (ratio >= 1.2) return 3;
  return 0;
}

/** The font size most characters are set in, rounded to half points. */
export function bodyFontSize(pages: readonly { lines: readonly PdfLine[] }[]): number {
  const weight = new Map<number, number>();
  for (const page of pages) {
    for (const line of page.lines) {
      const size = Math.round(line.fontSize * 2) / 2;
      weight.set(size, (weight.get(size) ?? 0) + line.text.length);
    }
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, count] of weight) {
    if (count > bestWeight) {
      best = size;
      bestWeight = count;
    }
  }
  return best;
}
