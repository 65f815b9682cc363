/**
 * Plain text → ProseMirror doc JSON such that the doc's plain-text projection is the text itself:
 * each line is one textblock, runs of blank lines become `blankBefore`, newlines at the end become the
 * doc's `trailing`. Offsets into the imported text are therefore offsets into the (decoded, \n-normalised)
 * file. A few line shapes that Chinese and English reports use for their outline become headings,
 * conservatively, with their text untouched.
 */
import type { PmNodeJson } from '../../../shared/model/document';
import { AppFailure } from '../../../shared/result';

/** `\r\n` and lone `\r` → `\n`; nothing else changes. */
export function normaliseLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Sentence punctuation that a heading line does not contain (Chinese and Latin). */
const sentencePunctuation = /[。！？；!?;]|[.:：]\s*$/;
const chineseNumeral = '[一二三四五六七八九十百零〇]+';
/** `一、…` section heads of Chinese reports. */
const sectionHead = new RegExp(`^${chineseNumeral}、\\S`);
/** `（一）…` / `(一)…` subsection heads. */
const subsectionHead = new RegExp(`^[（(]${chineseNumeral}[）)]\\s*\\S`);
/** `第一章 …`, `第3節`, `Chapter 2 …`, `Part IV …` */
const chapterHead = new RegExp(
  `^(第(${chineseNumeral}|[0-9０-９]+)[章節节篇部編编卷]|(Chapter|CHAPTER|Part|PART)\\s+([0-9]+|[IVXLC]+)\\b)`,
);
const maxHeadingLength = 60;

/**
 * Heading level of a line, or 0 for body text. `isFirst`/`blankAfter`: the document's first line,
 * followed by a blank line, short and unpunctuated, is taken as the title.
 */
export function headingLevel(line: string, isFirst: boolean, blankAfter: boolean): number {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > maxHeadingLength || sentencePunctuation.test(trimmed))
    return 0;
  if (chapterHead.test(trimmed)) return 2;
  if (sectionHead.test(trimmed)) return 2;
  if (subsectionHead.test(trimmed)) return 3;
  if (isFirst && blankAfter && trimmed.length <= 40 && !/[,，、]/.test(trimmed)) return 1;
  return 0;
}

/** Builds doc JSON whose projection is exactly `text` (already \n-normalised). */
export function textToDoc(fileName: string, text: string): PmNodeJson {
  const lines = text.split('\n');
  let first = -1;
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.length > 0) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0 || text.trim().length === 0) {
    throw new AppFailure(
      'empty-file',
      `"${fileName}" contains only blank lines: there is no text to review.`,
      {
        fileName,
      },
    );
  }
  const blocks: PmNodeJson[] = [];
  let previous = -1;
  for (let i = first; i <= last; i++) {
    const line = lines[i]!;
    if (line.length === 0) continue;
    const blankBefore = previous < 0 ? i : i - previous - 1;
    const level = headingLevel(line, previous < 0, lines[i + 1] === '');
    const attrs: Record<string, unknown> = level > 0 ? { level, blankBefore } : { blankBefore };
    blocks.push({
      type: level > 0 ? 'heading' : 'paragraph',
      attrs,
      content: [{ type: 'text', text: line }],
    });
    previous = i;
  }
  return { type: 'doc', attrs: { trailing: lines.length - 1 - last }, content: blocks };
}
