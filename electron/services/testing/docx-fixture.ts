/**
 * Writes a real .docx made with the `docx` library: a title (Heading 1), section headings (Heading 2),
 * paragraphs, a bulleted list and a table, so importers are tested on what Word produces.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

export interface DocxFixtureContent {
  /** Heading 1 at the top. */
  title: string;
  /** Body paragraphs; a string starting with `## ` becomes a Heading 2. */
  paragraphs: string[];
  /** Bulleted list items (after the paragraphs). */
  list?: string[];
  /** Table rows (after the list); the first row is bold as a header. */
  table?: string[][];
}

/** Builds the .docx bytes for `content`. */
export async function buildDocx(content: DocxFixtureContent): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: content.title, heading: HeadingLevel.HEADING_1 }),
  ];
  for (const text of content.paragraphs) {
    children.push(
      text.startsWith('## ')
        ? new Paragraph({ text: text.slice(3), heading: HeadingLevel.HEADING_2 })
        : new Paragraph({ children: [new TextRun(text)] }),
    );
  }
  for (const item of content.list ?? []) children.push(new Paragraph({ text: item, bullet: { level: 0 } }));
  if (content.table && content.table.length > 0) {
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: content.table.map(
          (row, r) =>
            new TableRow({
              children: row.map(
                (cell) =>
                  new TableCell({
                    children: [new Paragraph({ children: [new TextRun({ text: cell, bold: r === 0 })] })],
                  }),
              ),
            }),
        ),
      }),
    );
  }
  const document = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** Writes a .docx with `content` to `dir/fileName` and returns its path. */
export async function makeDocx(
  dir: string,
  content: DocxFixtureContent,
  fileName = 'draft.docx',
): Promise<string> {
  const path = join(dir, fileName);
  await writeFile(path, await buildDocx(content));
  return path;
}

/** A typical Simplified Chinese report as .docx content (title, headings, figures, list, table). */
export const reportDocxContent: DocxFixtureContent = {
  title: '市政府工作报告',
  paragraphs: [
    '## 一、2023年工作回顾',
    '全年实现地区生产总值2640亿元，同比增长4.9%。',
    '一般公共预算收入91.2亿元，同比下降10.21%。',
    '## 二、2024年工作安排',
    '地区生产总值增长5.5%左右。',
  ],
  list: ['新增城镇就业3.2万人', '城镇登记失业率控制在3.5%以内'],
  table: [
    ['指标', '2023年', '增长'],
    ['地区生产总值（亿元）', '2640', '4.9%'],
    ['一般公共预算收入（亿元）', '91.2', '-10.21%'],
  ],
};
