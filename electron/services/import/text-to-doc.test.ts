import { readFileSync } from 'node:fs';
import { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { buildTextMap, documentSchema } from '../../../shared/document';
import type { PmNodeJson } from '../../../shared/model/document';
import { sampleReportPath } from '../testing/text-fixtures';
import { headingLevel, normaliseLineEndings, textToDoc } from './text-to-doc';

const project = (doc: PmNodeJson): string => buildTextMap(Node.fromJSON(documentSchema, doc)).text;

describe('textToDoc', () => {
  it('projects the sample back to exactly the file', () => {
    const file = readFileSync(sampleReportPath, 'utf8');
    const doc = textToDoc('sample.txt', file);
    expect(project(doc)).toBe(file);
  });

  it('makes the sample’s section and subsection lines headings, keeping their text', () => {
    const doc = textToDoc('sample.txt', readFileSync(sampleReportPath, 'utf8'));
    const headings = doc.content!.filter((b) => b.type === 'heading');
    const summary = headings.map((h) => [h.attrs!.level, h.content![0]!.text]);
    expect(summary[0]).toEqual([1, '鶴城區政府工作報告']);
    expect(summary).toContainEqual([2, '一、20xx年工作回顧']);
    expect(summary).toContainEqual([2, '三、加強政府自身建設']);
    expect(summary).toContainEqual([3, '(一)攻堅產業園區,夯實發展支撐力']);
    expect(headings.filter((h) => h.attrs!.level === 3)).toHaveLength(6);
    // Body paragraphs that start like a list are not headings.
    expect(summary.some(([, text]) => String(text).startsWith('——'))).toBe(false);
  });

  it('records blank lines and trailing newlines so offsets are file offsets', () => {
    const text = '\n\nTitle\n\n\nBody line one.\nBody line two.\n\n';
    const doc = textToDoc('a.txt', text);
    expect(doc.attrs).toEqual({ trailing: 2 });
    expect(doc.content!.map((b) => b.attrs!.blankBefore)).toEqual([2, 2, 0]);
    expect(project(doc)).toBe(text);
  });

  it('keeps whitespace-only lines and indentation verbatim', () => {
    const text = '  indented\n   \n\tTabbed line';
    expect(project(textToDoc('a.txt', text))).toBe(text);
  });

  it('refuses text with only blank lines', () => {
    expect(() => textToDoc('blank.txt', '\n \n\n')).toThrow(/only blank lines/);
  });

  it('normalises CRLF and CR line endings only', () => {
    expect(normaliseLineEndings('a\r\nb\rc\n\u2028d')).toBe('a\nb\nc\n\u2028d');
  });
});

describe('headingLevel', () => {
  it.each([
    ['一、20xx年工作回顧', false, 2],
    ['十二、其他', false, 2],
    ['（一）坚持稳中求进', false, 3],
    ['第三章 总则', false, 2],
    ['Chapter 4 Outlook', false, 2],
    ['Short Title', true, 1],
  ])('%s → %i', (line, isFirst, level) => {
    expect(headingLevel(line, isFirst, true)).toBe(level);
  });

  it.each([
    '一、全年實現區內生產總值264億元。', // a sentence, not a heading
    '各位代表:',
    '——產業轉型穩中有效。現代農業方面,實現農業總產值14.74億元',
    `一、${'很長的標題'.repeat(20)}`,
  ])('%s is body text', (line) => {
    expect(headingLevel(line, false, true)).toBe(0);
  });

  it('takes a first line as title only when a blank line follows', () => {
    expect(headingLevel('Report', true, false)).toBe(0);
  });
});
