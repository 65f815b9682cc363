import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxFailure, docxProblem } from './docx-failure';
import { importDocumentBytes } from './import-document';

const crasher = path.join(
  import.meta.dirname,
  '../../../scripts/fuzz/corpus/crashers/docx/mammoth-null-tagname.docx',
);

describe('docxFailure', () => {
  it.each([
    ['Corrupted zip or bug: unexpected signature (\\x12\\xCC, expected \\x50\\x4B)', /ZIP container/],
    ["Corrupted zip: can't find end of central directory", /ZIP container/],
    ['End of data reached (data length = 10, asked index = 40). Corrupted zip ?', /ZIP container/],
    ['Could not find main document part. Are you sure this is a valid .docx file?', /word\/document\.xml/],
    ['[xmldom error]\telement parse error: Error: invalid attribute:<w:p', /XML content is malformed/],
    ["Cannot read properties of null (reading 'tagName')", /not laid out the way Word writes it/],
  ])('names the broken layer for "%s" and keeps the library words out of the message', (reason, expected) => {
    const failure = docxFailure('draft.docx', new Error(reason));
    expect(failure.code).toBe('corrupt');
    expect(failure.message).toMatch(expected);
    expect(failure.message).toMatch(/^"draft\.docx" is not a readable Word document: /);
    expect(failure.message).toMatch(/save it again as \.docx/);
    expect(failure.message).not.toContain(reason);
    expect(failure.detail).toMatchObject({ fileName: 'draft.docx', reason });
  });

  it('answers the fuzzer’s kept crasher with the clear sentence, not mammoth’s TypeError', async () => {
    const result = await importDocumentBytes('draft.docx', new Uint8Array(readFileSync(crasher)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('corrupt');
    expect(result.error.message).toBe(
      `"draft.docx" is not a readable Word document: ${docxProblem("Cannot read properties of null (reading 'tagName')")}. ` +
        'The file may be damaged, incomplete or an old .doc renamed to .docx: open it in Word or LibreOffice and save it again as .docx.',
    );
    expect(result.error.message).not.toMatch(/Cannot read|tagName/);
  });
});
