import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importedSourceSchema, type ImportedSource, type SourceRegion } from '../../../shared/model/source';
import type { Result } from '../../../shared/result';
import {
  makeCorruptDocx,
  makeCsv,
  makeDocx,
  makeEmptyFile,
  makeEncryptedPdf,
  makeGb18030Text,
  makeOversizedFile,
  makePdfWithChromium,
  makeXlsx,
  pseudoRandomBytes,
  reportDocxContent,
  simplifiedReport,
} from '../testing/fixtures';
import { importSourceBytes, importSourceFile } from './import-source';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-source-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function sourceOf(result: Result<ImportedSource>): ImportedSource {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return importedSourceSchema.parse(result.value);
}
const errorOf = (result: Result<ImportedSource>) => {
  if (result.ok) throw new Error('expected an error');
  return result.error;
};
const regionText = (source: ImportedSource, region: SourceRegion): string =>
  source.text.slice(region.start, region.end);
const cell = (source: ImportedSource, sheet: string, ref: string): string | undefined => {
  const region = source.regions.find((r) => r.kind === 'cell' && r.sheet === sheet && r.cell === ref);
  return region && regionText(source, region);
};

describe('importSourceFile', () => {
  it('extracts a PDF page by page with page regions', async () => {
    const path = await makePdfWithChromium(
      dir,
      '<p>第一頁:地區生產總值264億元。</p><p style="break-before:page">Page two: growth 4.9%.</p>' +
        '<p style="break-before:page">第三頁:財政收入9.1億元。</p>',
      'bulletin.pdf',
    );
    const source = sourceOf(await importSourceFile(path));
    expect(source).toMatchObject({ format: 'pdf', title: 'bulletin', fileName: 'bulletin.pdf' });
    expect(source.regions.map((r) => (r.kind === 'page' ? r.page : 0))).toEqual([1, 2, 3]);
    expect(source.regions.map((r) => regionText(source, r))).toEqual([
      '第一頁:地區生產總值264億元。',
      'Page two: growth 4.9%.',
      '第三頁:財政收入9.1億元。',
    ]);
  }, 60_000);

  it('extracts every non-empty XLSX cell with its sheet, A1 ref, shown text and raw value', async () => {
    const source = sourceOf(
      await importSourceFile(
        await makeXlsx(dir, {
          統計公報: [
            ['指標', '數值', '增長'],
            [
              '地區生產總值(元)',
              { value: 26_400_000_000, format: '#,##0' },
              { value: 0.049, format: '0.0%' },
            ],
            [null, 9.1, ''],
          ],
          Notes: [['source: bureau']],
        }),
      ),
    );
    expect(source.format).toBe('xlsx');
    expect(cell(source, '統計公報', 'A2')).toBe('地區生產總值(元)');
    expect(cell(source, '統計公報', 'B2')).toBe('26,400,000,000 [26400000000]');
    expect(cell(source, '統計公報', 'C2')).toBe('4.9% [0.049]');
    expect(cell(source, '統計公報', 'B3')).toBe('9.1');
    expect(cell(source, 'Notes', 'A1')).toBe('source: bureau');
    expect(source.regions).toHaveLength(8); // A3 and C3 are empty
    expect(source.text.split('\n')).toHaveLength(8);
  });

  it('extracts CSV cells in a legacy encoding, with quoted fields, as one sheet named after the file', async () => {
    const path = await makeCsv(dir, undefined, { encoding: 'gb18030', fileName: 'figures.csv' });
    const source = sourceOf(await importSourceFile(path));
    expect(source.format).toBe('csv');
    expect(cell(source, 'figures', 'B2')).toBe('2,640');
    expect(cell(source, 'figures', 'C2')).toBe('亿元, 现价');
    expect(cell(source, 'figures', 'C3')).toBe('按"可比价格"计算');
  });

  it('extracts DOCX and TXT text', async () => {
    const docx = sourceOf(await importSourceFile(await makeDocx(dir, reportDocxContent, 'notes.docx')));
    expect(docx.format).toBe('docx');
    expect(docx.text).toContain('全年实现地区生产总值2640亿元');
    const txt = sourceOf(await importSourceFile(await makeGb18030Text(dir)));
    expect(txt).toMatchObject({ format: 'txt', text: simplifiedReport, regions: [] });
  });
});

describe('bad sources', () => {
  it('refuses encrypted, corrupt, empty and oversized files with specific codes', async () => {
    expect(errorOf(await importSourceFile(await makeEncryptedPdf(dir))).code).toBe('encrypted');
    expect(errorOf(await importSourceFile(await makeCorruptDocx(dir))).code).toBe('corrupt');
    expect(errorOf(await importSourceFile(await makeEmptyFile(dir, 'empty.csv'))).code).toBe('empty-file');
    expect(errorOf(await importSourceFile(await makeOversizedFile(dir, 'huge.xlsx'))).code).toBe('too-large');
    expect(errorOf(await importSourceFile(join(dir, 'nope.pdf'))).code).toBe('not-found');
  });

  it('refuses a corrupt spreadsheet and an unknown format', async () => {
    const zipLike = Buffer.concat([Buffer.from('PK\x03\x04'), pseudoRandomBytes(2000, 5)]);
    const error = errorOf(await importSourceBytes('broken.xlsx', zipLike));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/not a readable spreadsheet/);
    expect(errorOf(await importSourceBytes('slides.pptx', new Uint8Array([1]))).code).toBe(
      'unsupported-format',
    );
  });

  it('keeps the sha256 of the bytes', async () => {
    const path = await makeCsv(dir, [['a', '1']], { fileName: 'tiny.csv' });
    const source = sourceOf(await importSourceFile(path));
    const { createHash } = await import('node:crypto');
    expect(source.sha256).toBe(
      createHash('sha256')
        .update(await readFile(path))
        .digest('hex'),
    );
  });
});
