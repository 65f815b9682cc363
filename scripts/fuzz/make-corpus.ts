/**
 * Writes the fuzzer's seed corpus (scripts/fuzz/corpus/) from the same fixture makers the unit and e2e
 * tests use: real .docx from `docx`, .xlsx from `xlsx`, a PDF printed by Chromium, text in each encoding
 * from iconv-lite, W3C JSON-LD from `toW3cList`. Seeds are kept small (a few KB) so each case is fast.
 * Run once when the fixtures change: `node --import tsx scripts/fuzz/make-corpus.ts`.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { createAnnotation, createReply } from '../../shared/annotations/model';
import { toW3cList } from '../../shared/annotations/w3c';
import {
  buildDocx,
  makeCsv,
  makePdfWithChromium,
  makeXlsx,
  reportDocxContent,
  simplifiedReport,
  traditionalReport,
} from '../../electron/services/testing/fixtures';

export const corpusDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus');

const firstLines = (text: string, count: number) => text.split('\n').slice(0, count).join('\n');

async function main(): Promise<void> {
  await mkdir(corpusDir, { recursive: true });
  const write = (name: string, bytes: Uint8Array | string) => writeFile(path.join(corpusDir, name), bytes);
  const simplified = firstLines(simplifiedReport, 8);
  const traditional = firstLines(traditionalReport, 8);

  await write('utf8.txt', traditional);
  await write(
    'utf8-bom.txt',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(simplified.replace(/\n/g, '\r\n'))]),
  );
  await write('gb18030.txt', iconv.encode(simplified, 'gb18030'));
  await write('big5.txt', iconv.encode(traditional, 'big5'));
  await write(
    'utf16le.txt',
    Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(traditional, 'utf-16le')]),
  );
  await write(
    'utf16be.txt',
    Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(traditional, 'utf-16be')]),
  );
  await write(
    'draft.md',
    [
      '# 市政府工作报告',
      '',
      '## 一、2023年工作回顾',
      '',
      '全年实现地区生产总值**2640亿元**，同比增长*4.9%*。见[统计公报](https://example.com/a)。',
      '',
      '- 新增城镇就业3.2万人',
      '- 城镇登记失业率3.5%',
      '',
      '1. 第一项',
      '2. 第二项',
      '',
      '| 指标 | 2023年 |',
      '| --- | --- |',
      '| 地区生产总值 | 2640 |',
      '',
      '> 引用段落',
      '',
      '```',
      'code 91.2',
      '```',
      '',
    ].join('\n'),
  );
  const html =
    '<!doctype html><html><head><meta charset="utf-8"><title>報告</title><style>p{}</style></head><body>' +
    '<h1>市政府工作報告</h1><h2>一、回顧</h2><p>全年實現地區生產總值<b>2640億元</b>，增長<i>4.9%</i>。</p>' +
    '<ul><li>就業3.2萬人</li><li>失業率3.5%</li></ul><table><tr><th>指標</th><td>2640</td></tr></table>' +
    '<p>a<br>b &amp; c &#x4E00; <a href="https://example.com/">link</a></p><script>var x = 1;</script></body></html>';
  await write('draft.html', html);
  await write(
    'gbk.html',
    iconv.encode(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body>' +
        `<p>${simplified.split('\n').join('</p><p>')}</p></body></html>`,
      'gbk',
    ),
  );
  await write('draft.docx', await buildDocx(reportDocxContent));

  const scratch = path.join(tmpdir(), `tickmark-corpus-${process.pid}`);
  await mkdir(scratch, { recursive: true });
  try {
    const pdf = await makePdfWithChromium(
      scratch,
      `<h1>市政府工作報告</h1><p>${traditional.split('\n').join('</p><p>')}</p>`,
    );
    await write('draft.pdf', await readFile(pdf));
    await write('latin.pdf', await makeLatinPdf());
    await write('bulletin.xlsx', await readFile(await makeXlsx(scratch)));
    await write('utf8.csv', await readFile(await makeCsv(scratch)));
    await write(
      'gb18030.csv',
      await readFile(await makeCsv(scratch, undefined, { encoding: 'gb18030', fileName: 'g.csv' })),
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }

  const now = new Date('2026-11-24T10:00:00.000Z');
  const target = { start: 10, end: 14, exact: '增長5%', prefix: '全年經濟', suffix: '，好於預期' };
  const base = { documentId: 'doc-1', versionId: 'ver-1', target, author: '陳審閱', meta: {} };
  const annotations = [
    createAnnotation({ ...base, body: { kind: 'highlight' } }, { now }),
    createAnnotation({ ...base, body: { kind: 'claim', category: 'achievement', tags: ['GDP'] } }, { now }),
    createAnnotation({ ...base, body: { kind: 'comment', text: 'Source?', resolved: false } }, { now }),
    createAnnotation(
      {
        ...base,
        body: {
          kind: 'figure',
          status: 'disputed',
          note: '4.8%',
          origin: 'detected',
          value: 5,
          unit: '%',
          dismissed: false,
        },
      },
      { now },
    ),
  ];
  const replies = [
    createReply({ annotationId: annotations[2]!.id, author: '李', text: '統計公報' }, { now }),
  ];
  await write(
    'annotations.jsonld',
    JSON.stringify({ type: 'AnnotationPage', items: toW3cList(annotations, replies) }, null, 1),
  );
}

/** A one-page PDF in a standard font (no embedded font program): the fast PDF seed. */
async function makeLatinPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const lines = [
    'Municipal Work Report',
    'GDP reached 2,640 billion, up 4.9%.',
    'Urban jobs: 32,000 new; unemployment 3.5%.',
  ];
  lines.forEach((text, index) =>
    page.drawText(text, { x: 72, y: 770 - index * 20, size: index === 0 ? 18 : 11, font }),
  );
  return pdf.save({ useObjectStreams: false });
}

await main();
