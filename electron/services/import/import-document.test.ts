import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Node } from 'prosemirror-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTextMap, documentSchema } from '../../../shared/document';
import { maxImportBytes } from '../../../shared/ipc/schemas';
import { importedDraftSchema, type ImportedDraft } from '../../../shared/model/document';
import type { Result } from '../../../shared/result';
import {
  makeBig5Text,
  makeBinaryTxt,
  makeCorruptDocx,
  makeDocx,
  makeEmptyFile,
  makeGb18030Text,
  makeOversizedFile,
  makeUtf16Text,
  makeUtf8BomText,
  reportDocxContent,
  sampleReportPath,
  simplifiedReport,
  traditionalReport,
} from '../testing/fixtures';
import { importDocumentBytes, importDocumentFile } from './import-document';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Unwraps a successful import and checks the invariants every draft must hold. */
function draftOf(result: Result<ImportedDraft>): ImportedDraft {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  const draft = importedDraftSchema.parse(result.value);
  expect(draft.text).toBe(buildTextMap(Node.fromJSON(documentSchema, draft.doc)).text);
  return draft;
}

function errorOf(result: Result<ImportedDraft>) {
  if (result.ok) throw new Error(`expected an error, got a draft titled ${result.value.title}`);
  return result.error;
}

describe('importDocumentFile: text', () => {
  it('imports the sample: text is the file, title and sha256 are right', async () => {
    const draft = draftOf(await importDocumentFile(sampleReportPath));
    const bytes = await readFile(sampleReportPath);
    expect(draft.text).toBe(bytes.toString('utf8'));
    expect(draft).toMatchObject({
      title: '鶴城區政府工作報告',
      format: 'txt',
      encoding: 'utf-8',
      byteLength: bytes.length,
    });
    expect(draft.sha256).toBe((await import('node:crypto')).createHash('sha256').update(bytes).digest('hex'));
    expect(draft.paragraphs).toBe(50);
  });

  it.each([
    ['GB18030', () => makeGb18030Text(dir), 'gb18030', simplifiedReport],
    ['Big5', () => makeBig5Text(dir), 'big5', traditionalReport],
    ['UTF-16LE with BOM', () => makeUtf16Text(dir, { endian: 'le' }), 'utf-16le', traditionalReport],
    ['UTF-16BE with BOM', () => makeUtf16Text(dir, { endian: 'be' }), 'utf-16be', traditionalReport],
    [
      'UTF-16LE without BOM',
      () => makeUtf16Text(dir, { endian: 'le', bom: false }),
      'utf-16le',
      traditionalReport,
    ],
    ['UTF-8 with BOM and CRLF', () => makeUtf8BomText(dir), 'utf-8', simplifiedReport],
  ])('imports %s with the right encoding and text', async (_name, make, encoding, expected) => {
    const draft = draftOf(await importDocumentFile(await make()));
    expect(draft.encoding).toBe(encoding);
    expect(draft.text).toBe(expected);
    expect(draft.doc.content!.some((b) => b.type === 'heading')).toBe(true);
  });
});

describe('importDocumentBytes: markup and Word', () => {
  it('imports .md through markdown-it', async () => {
    const md = '# Budget review\n\nRevenue **rose** 9%.\n\n1. First\n2. Second\n';
    const draft = draftOf(await importDocumentBytes('review.md', new TextEncoder().encode(md)));
    expect(draft).toMatchObject({ title: 'Budget review', format: 'md', encoding: 'utf-8', paragraphs: 4 });
    expect(draft.text).toBe('Budget review\nRevenue rose 9%.\nFirst\nSecond');
  });

  it('imports sanitised .html in a legacy encoding', async () => {
    const html =
      '<html><body><script>alert(1)</script><p>前言</p><h2 onclick="x()">一、工作回顾</h2><p>增长4.9%。</p></body></html>';
    const bytes = new Uint8Array((await import('iconv-lite')).default.encode(html, 'gb18030'));
    const draft = draftOf(await importDocumentBytes('page.htm', bytes));
    expect(draft).toMatchObject({ format: 'html', encoding: 'gb18030', title: '一、工作回顾' });
    expect(draft.text).toBe('前言\n一、工作回顾\n增长4.9%。');
  });

  it('honours an HTML meta charset', async () => {
    const html = '<html><head><meta charset="big5"></head><body><p>鶴城區政府工作報告</p></body></html>';
    const bytes = new Uint8Array((await import('iconv-lite')).default.encode(html, 'big5'));
    const draft = draftOf(await importDocumentBytes('page.html', bytes));
    expect(draft).toMatchObject({ encoding: 'big5', text: '鶴城區政府工作報告' });
  });

  it('imports a .docx made by the docx library with headings, list and table', async () => {
    const draft = draftOf(await importDocumentFile(await makeDocx(dir, reportDocxContent)));
    expect(draft).toMatchObject({ title: '市政府工作报告', format: 'docx', encoding: null });
    const types = draft.doc.content!.map((b) => b.type);
    expect(types).toContain('bullet_list');
    expect(types).toContain('table');
    const headings = draft.doc.content!.filter((b) => b.type === 'heading').map((b) => b.attrs!.level);
    expect(headings).toEqual([1, 2, 2]);
    expect(draft.text).toContain('全年实现地区生产总值2640亿元，同比增长4.9%。');
    expect(draft.text).toContain('新增城镇就业3.2万人');
    expect(draft.text).toContain('地区生产总值（亿元）\n2640\n4.9%');
  });

  it('takes the file name as title when the text has no short first line', async () => {
    const draft = draftOf(await importDocumentBytes('notes.txt', new TextEncoder().encode('x'.repeat(300))));
    expect(draft.title).toHaveLength(120);
  });
});

describe('bad input', () => {
  it('refuses an empty file', async () => {
    const error = errorOf(await importDocumentFile(await makeEmptyFile(dir)));
    expect(error).toMatchObject({ code: 'empty-file', detail: { fileName: 'empty.txt' } });
    expect(error.message).toMatch(/empty/);
  });

  it('refuses a binary file renamed .txt', async () => {
    const error = errorOf(await importDocumentFile(await makeBinaryTxt(dir)));
    expect(error.code).toBe('binary-file');
    expect(error.message).toContain('binary.txt');
  });

  it('refuses a corrupt .docx', async () => {
    const error = errorOf(await importDocumentFile(await makeCorruptDocx(dir)));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/not a readable Word document/);
  });

  it('refuses a file over the limit from its size alone, saying why', async () => {
    const path = await makeOversizedFile(dir);
    const error = errorOf(await importDocumentFile(path));
    expect(error.code).toBe('too-large');
    expect(error.detail).toEqual({ fileName: 'huge.txt', limitMb: 50, sizeMb: 51 });
    expect(error.message).toMatch(/50 MB limit.*kept whole in the review database/);
    const bytesError = errorOf(await importDocumentBytes('big.txt', new Uint8Array(maxImportBytes + 1)));
    expect(bytesError.code).toBe('too-large');
  });

  it('reports a missing path and a folder', async () => {
    expect(errorOf(await importDocumentFile(join(dir, 'missing.txt')))).toMatchObject({
      code: 'not-found',
      detail: { fileName: 'missing.txt' },
    });
    expect(errorOf(await importDocumentFile(dir)).code).toBe('unreadable');
  });

  it('lists the supported formats for an unknown extension', async () => {
    const error = errorOf(await importDocumentBytes('sheet.xlsx', new Uint8Array([1, 2, 3])));
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toMatch(/\.txt.*\.md.*\.html.*\.docx.*\.pdf/);
  });

  it('refuses markup with no text', async () => {
    const error = errorOf(
      await importDocumentBytes('blank.html', new TextEncoder().encode('<img src="x.png">')),
    );
    expect(error.code).toBe('empty-file');
  });
});
