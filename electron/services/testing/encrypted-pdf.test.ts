import { describe, expect, it } from 'vitest';
import { buildEncryptedPdf } from './encrypted-pdf';

/** The fixture is only useful if pdf.js really treats it as encrypted: check with pdf.js itself. */
describe('buildEncryptedPdf', () => {
  const bytes = buildEncryptedPdf('secret', 'Confidential budget 264');

  const open = async (password?: string) => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    return pdfjs.getDocument({ data: new Uint8Array(bytes), password, isEvalSupported: false, verbosity: 0 })
      .promise;
  };

  it('makes pdf.js throw PasswordException without the password', async () => {
    await expect(open()).rejects.toMatchObject({ name: 'PasswordException' });
    await expect(open('wrong')).rejects.toMatchObject({ name: 'PasswordException' });
  });

  it('decrypts to the page text with the password', async () => {
    const document = await open('secret');
    const page = await document.getPage(1);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    expect(text).toBe('Confidential budget 264');
    await document.destroy();
  });

  it('does not contain the text in the clear', () => {
    expect(bytes.toString('latin1')).not.toContain('Confidential');
  });
});
