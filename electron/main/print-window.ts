/**
 * `PrintToPdf` over Electron's own Chromium: a hidden, sandboxed window in its own in-memory session
 * loads the print HTML from a temporary file and `webContents.printToPDF` prints it, honouring the
 * CSS page size and margins and Chromium's header/footer templates exactly as the CLI's Chromium does.
 * The print session refuses every request except that one file, so a draft's HTML can reach nothing.
 */
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import type { PrintRequest, PrintToPdf } from '../services/export/print-to-pdf';

export const printPartition = 'tickmark-print';

const abortError = (): Error => Object.assign(new Error('Export cancelled'), { name: 'AbortError' });

/** The options every print uses; exported so the unit test pins them. */
export function printOptions(request: PrintRequest): Electron.PrintToPDFOptions {
  return {
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: Boolean(request.headerTemplate || request.footerTemplate),
    headerTemplate: request.headerTemplate ?? '<span></span>',
    footerTemplate: request.footerTemplate ?? '<span></span>',
    generateTaggedPDF: false,
    generateDocumentOutline: false,
  };
}

export function createElectronPrinter(): PrintToPdf {
  let guarded = false;
  return async (request, signal) => {
    if (signal?.aborted) throw abortError();
    const file = join(tmpdir(), `tickmark-print-${randomBytes(8).toString('hex')}.html`);
    const url = pathToFileURL(file).href;
    if (!guarded) {
      session.fromPartition(printPartition).webRequest.onBeforeRequest((details, callback) => {
        callback({ cancel: !details.url.startsWith('file:') || !details.url.includes('tickmark-print-') });
      });
      guarded = true;
    }
    await writeFile(file, request.html, 'utf8');
    const window = new BrowserWindow({
      show: false,
      width: 900,
      height: 1200,
      // Written out literally (not a shared constant) so electronegativity can verify it; the unit test
      // pins the same values.
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webSecurity: true,
        spellcheck: false,
        disableBlinkFeatures: 'Auxclick',
        partition: printPartition,
      },
    });
    const onAbort = (): void => window.destroy();
    signal?.addEventListener('abort', onAbort);
    try {
      await window.loadURL(url);
      const pdf = await window.webContents.printToPDF(printOptions(request));
      if (signal?.aborted) throw abortError();
      return new Uint8Array(pdf);
    } catch (error) {
      if (signal?.aborted) throw abortError();
      throw error;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (!window.isDestroyed()) window.destroy();
      await rm(file, { force: true });
    }
  };
}
