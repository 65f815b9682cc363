/**
 * Import speed: (a) encoding detection + decode of a 10 MB GB18030 file beside a plain UTF-8 decode of
 * the same size; (b) importing the sample and a 1 MB draft (25 copies of it) in Node, beside decoding
 * the same bytes; (c) the PDF reader over a 200-page two-column report, in pages/s beside pdf.js's own
 * getTextContent over the same pages, and extracting it as a source.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodeText } from '../electron/services/import/decode-text';
import { importDocumentBytes } from '../electron/services/import/import-document';
import { readPdfParagraphs } from '../electron/services/import/pdf-to-doc';
import { importSourceBytes } from '../electron/services/sources/import-source';
import {
  makePdfWithChromium,
  sampleReportPath,
  simplifiedReport,
} from '../electron/services/testing/fixtures';
import type { BenchRow } from './run';
import { timeMedian } from './median';

const megabytes = (bytes: number): number => bytes / (1024 * 1024);

async function encodingRows(): Promise<BenchRow[]> {
  const unit = iconv.encode(`${simplifiedReport}\n\n`, 'gb18030');
  const gb = new Uint8Array(
    Buffer.concat(Array.from({ length: Math.ceil((10 * 1024 * 1024) / unit.length) }, () => unit)),
  );
  const text = iconv.decode(Buffer.from(gb), 'gb18030');
  // Baseline: UTF-8 bytes of the same size, decoded by the platform decoder.
  const utf8 = new Uint8Array(
    Buffer.from(text.repeat(Math.ceil(gb.length / Buffer.byteLength(text)))).subarray(0, gb.length),
  );
  const decoder = new TextDecoder('utf-8');
  const detectMs = await timeMedian(5, () => decodeText('big.txt', gb));
  const utf8Ms = await timeMedian(5, () => decoder.decode(utf8));
  const iconvMs = await timeMedian(5, () => iconv.decode(Buffer.from(gb.buffer), 'gb18030'));
  if (decodeText('big.txt', gb).encoding !== 'gb18030')
    throw new Error('bench fixture not detected as GB18030');
  const size = megabytes(gb.length);
  return [
    {
      name: `detect + decode ${size.toFixed(1)} MB GB18030`,
      value: size / (detectMs / 1000),
      unit: 'MB/s',
      baseline: { name: 'TextDecoder UTF-8, same size', value: size / (utf8Ms / 1000) },
    },
    {
      name: `iconv-lite GB18030 decode alone, ${size.toFixed(1)} MB`,
      value: size / (iconvMs / 1000),
      unit: 'MB/s',
      baseline: { name: 'TextDecoder UTF-8, same size', value: size / (utf8Ms / 1000) },
    },
  ];
}

async function draftRows(): Promise<BenchRow[]> {
  const sample = new Uint8Array(await readFile(sampleReportPath));
  const text = Buffer.from(sample).toString('utf8');
  const large = new Uint8Array(Buffer.from(Array.from({ length: 25 }, () => text).join('\n\n')));
  const rows: BenchRow[] = [];
  for (const [name, bytes] of [
    ['sample (42 KB)', sample],
    [`1 MB draft (${megabytes(large.length).toFixed(2)} MB)`, large],
  ] as const) {
    const importMs = await timeMedian(7, async () => {
      const result = await importDocumentBytes('draft.txt', bytes);
      if (!result.ok) throw new Error(result.error.message);
    });
    const decodeMs = await timeMedian(7, () => new TextDecoder().decode(bytes).split('\n'));
    rows.push({
      name: `importDocumentBytes .txt, ${name}`,
      value: importMs,
      unit: 'ms',
      baseline: { name: 'UTF-8 decode + split lines', value: decodeMs },
      target: name.startsWith('1 MB') ? '< 200 ms' : undefined,
    });
  }
  return rows;
}

/** pdf.js alone: open the document and getTextContent() on every page, nothing else. */
async function pdfJsTextContent(bytes: Uint8Array): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      await page.getTextContent();
      page.cleanup();
    }
    return document.numPages;
  } finally {
    await document.destroy();
  }
}

async function pdfRows(): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'tickmark-bench-'));
  try {
    // A 200-page report in two justified columns with a running header and page numbers.
    const section = `<h2>一、工作回顧</h2>${simplifiedReport
      .split('\n')
      .filter(Boolean)
      .map((line) => `<p style="text-align:justify;text-indent:2em">${line}</p>`)
      .join('')}`;
    const path = await makePdfWithChromium(
      dir,
      `<div style="column-count:2;column-gap:2em">${section.repeat(530)}</div>`,
      'report-200.pdf',
    );
    const bytes = new Uint8Array(await readFile(path));
    const pages = await pdfJsTextContent(bytes);
    const readerMs = await timeMedian(3, () => readPdfParagraphs('report.pdf', bytes));
    const pdfJsMs = await timeMedian(3, () => pdfJsTextContent(bytes));
    const extractMs = await timeMedian(3, async () => {
      const result = await importSourceBytes('source.pdf', bytes);
      if (!result.ok) throw new Error(result.error.message);
    });
    return [
      {
        name: `PDF reader (layout, furniture, paragraphs), ${pages} pages`,
        value: pages / (readerMs / 1000),
        unit: 'pages/s',
        baseline: { name: 'pdf.js getTextContent alone, same pages', value: pages / (pdfJsMs / 1000) },
        target: 'rebuilding adds ≤ 50 % to pdf.js',
      },
      {
        name: `importSourceBytes, ${pages}-page PDF`,
        value: extractMs,
        unit: 'ms',
        baseline: { name: 'pdf.js getTextContent alone', value: pdfJsMs },
        target: 'a few seconds',
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export default async (): Promise<BenchRow[]> => [
  ...(await encodingRows()),
  ...(await draftRows()),
  ...(await pdfRows()),
];
