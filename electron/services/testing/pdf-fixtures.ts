/**
 * PDF fixtures: real PDFs printed by Chromium (playwright-core driving /usr/bin/chromium, as the app's
 * export does), an encrypted PDF that pdf.js refuses without its password, a PDF with no text layer
 * (what a scan looks like to an importer), and a corrupt one.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { chromium } from 'playwright-core';
import { buildEncryptedPdf } from './encrypted-pdf';
import { pseudoRandomBytes } from './bad-fixtures';

/** Chromium used by the tests; override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Prints `html` (a body fragment or a whole document) to an A4 PDF with headless Chromium and writes it
 * to `dir/fileName`. CJK text is embedded with the system's Noto CJK fonts. Takes 1–3 s (browser start).
 */
export async function makePdfWithChromium(
  dir: string,
  html: string,
  fileName = 'draft.pdf',
): Promise<string> {
  const document = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
      `<style>body{font-family:'Noto Sans CJK TC','Noto Sans CJK SC',sans-serif;font-size:12pt}</style>` +
      `</head><body>${html}</body></html>`;
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true });
  try {
    const page = await browser.newPage();
    await page.setContent(document, { waitUntil: 'load' });
    const path = join(dir, fileName);
    await page.pdf({ path, format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
    return path;
  } finally {
    await browser.close();
  }
}

/**
 * Writes a password-protected PDF (standard security handler, RC4 40-bit, user password `password`)
 * whose one page says `text`. pdf.js throws PasswordException without the password and reads `text`
 * with it.
 */
export async function makeEncryptedPdf(
  dir: string,
  options: { password?: string; text?: string; fileName?: string } = {},
): Promise<string> {
  const path = join(dir, options.fileName ?? 'protected.pdf');
  await writeFile(
    path,
    buildEncryptedPdf(options.password ?? 'secret', options.text ?? 'Confidential budget 264'),
  );
  return path;
}

/** Writes a PDF whose pages only hold drawn shapes (no text layer), like a scanned document. */
export async function makeScannedPdf(dir: string, fileName = 'scanned.pdf', pages = 2): Promise<string> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) {
    const page = pdf.addPage([595, 842]);
    for (let line = 0; line < 30; line++) {
      page.drawRectangle({
        x: 72,
        y: 770 - line * 22,
        width: 300 + ((line * 37) % 150),
        height: 9,
        color: rgb(0.2, 0.2, 0.2),
      });
    }
  }
  const path = join(dir, fileName);
  await writeFile(path, await pdf.save());
  return path;
}

/** Writes a file that starts like a PDF but holds no PDF structure (a broken download). */
export async function makeCorruptPdf(dir: string, fileName = 'corrupt.pdf'): Promise<string> {
  const path = join(dir, fileName);
  await writeFile(
    path,
    Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), pseudoRandomBytes(4096, 7)]),
  );
  return path;
}
