import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Node } from 'prosemirror-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTextMap, documentSchema } from '../../../shared/document';
import type { ImportedDraft } from '../../../shared/model/document';
import type { Result } from '../../../shared/result';
import { makeCorruptPdf, makeEncryptedPdf, makePdfWithChromium, makeScannedPdf } from '../testing/fixtures';
import { importDocumentBytes, importDocumentFile } from './import-document';

const cjkParagraph =
  '現在,我代表區人民政府向大會報告工作,請予審查,並請各位列席人員提出意見。全年實現區內生產總值264億元,' +
  '同比增長4.9%;完成公共財政收入9.1億元,同比下降10.21%,為預算調整的105.57%;地方財政收入5.51億元,' +
  '同比下降19.87%;完成社會固定資產投資148.48億元。';
const latinParagraph =
  'The district reported revenue of 9.1 billion yuan, a decline of 10.21 percent, which was 105.57 percent ' +
  'of the adjusted budget; fixed-asset investment reached 148.48 billion yuan, down 20.8 percent.';

let dir: string;
let draft: ImportedDraft;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-pdf-'));
  const path = await makePdfWithChromium(
    dir,
    `<h1>鶴城區政府工作報告</h1><p>${cjkParagraph}</p><p>${latinParagraph}</p>` +
      `<p style="break-before: page">第二頁的內容。</p><p>工作報告結束。</p>`,
  );
  const result = await importDocumentFile(path);
  if (!result.ok) throw new Error(result.error.message);
  draft = result.value;
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const errorOf = (result: Result<ImportedDraft>) => {
  if (result.ok) throw new Error('expected an error');
  return result.error;
};

describe('PDF import (Chromium-printed)', () => {
  it('counts pages and projects text consistently', () => {
    expect(draft).toMatchObject({ format: 'pdf', encoding: null, pages: 2, title: '鶴城區政府工作報告' });
    expect(draft.text).toBe(buildTextMap(Node.fromJSON(documentSchema, draft.doc)).text);
  });

  it('rebuilds wrapped paragraphs: CJK joined without spaces, Latin with one', () => {
    const blocks = draft.doc.content!.map((b) => ({
      type: b.type,
      page: b.attrs!.page,
      text: b.content![0]!.text,
    }));
    expect(blocks).toEqual([
      { type: 'heading', page: 1, text: '鶴城區政府工作報告' },
      { type: 'paragraph', page: 1, text: cjkParagraph },
      { type: 'paragraph', page: 1, text: latinParagraph },
      { type: 'paragraph', page: 2, text: '第二頁的內容。' },
      { type: 'paragraph', page: 2, text: '工作報告結束。' },
    ]);
    expect(draft.paragraphs).toBe(5);
  });

  it('maps Kangxi radicals from the embedded font back to ideographs', () => {
    expect(draft.text).not.toMatch(/[\u2e80-\u2fdf]/);
    expect(draft.text).toContain('人民政府');
  });
});

describe('bad PDFs', () => {
  it('refuses a password-protected PDF and says to remove the password', async () => {
    const error = errorOf(await importDocumentFile(await makeEncryptedPdf(dir)));
    expect(error.code).toBe('encrypted');
    expect(error.message).toMatch(/password-protected.*Remove the password/);
  });

  it('refuses a corrupt PDF', async () => {
    const error = errorOf(await importDocumentFile(await makeCorruptPdf(dir)));
    expect(error).toMatchObject({ code: 'corrupt', detail: { fileName: 'corrupt.pdf' } });
  });

  it('refuses a truncated PDF', async () => {
    const bytes = await readFile(await makeScannedPdf(dir, 'to-truncate.pdf'));
    const error = errorOf(await importDocumentBytes('truncated.pdf', bytes.subarray(0, 40)));
    expect(error.code).toBe('corrupt');
  });

  it('refuses a PDF without a text layer and says to run OCR', async () => {
    const error = errorOf(await importDocumentFile(await makeScannedPdf(dir)));
    expect(error.code).toBe('empty-file');
    expect(error.message).toMatch(/no text layer.*run OCR/);
    expect(error.detail).toEqual({ fileName: 'scanned.pdf', pages: 2 });
  });
});
