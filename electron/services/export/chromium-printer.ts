/**
 * `PrintToPdf` over a Chromium or Chrome found on this machine, driven by Playwright (playwright-core).
 * Used by the CLI, the tests and the benches; the app prints with Electron's own Chromium instead
 * (electron/main/print-window.ts). `TICKMARK_CHROMIUM` overrides the search.
 */
import { existsSync } from 'node:fs';
import { AppFailure } from '../../../shared/result';
import type { Browser } from 'playwright-core';
import type { PrintRequest, PrintToPdf } from './print-to-pdf';

/** Where Chromium/Chrome usually live, in the order tried after `TICKMARK_CHROMIUM`. */
export const chromiumCandidates: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const chromiumMissingMessage =
  'No Chromium or Chrome was found to print the PDF. Install one (Debian/Ubuntu: `apt-get install chromium`; ' +
  'macOS/Windows: Google Chrome) or set TICKMARK_CHROMIUM to the browser executable.';

/** The browser the CLI will use, or null. A set TICKMARK_CHROMIUM that does not exist is an error. */
export function findChromium(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
): string | null {
  const override = env.TICKMARK_CHROMIUM;
  if (override) {
    if (!exists(override)) {
      throw new AppFailure('not-found', `TICKMARK_CHROMIUM is set to "${override}", which does not exist.`);
    }
    return override;
  }
  return chromiumCandidates.find((path) => exists(path)) ?? null;
}

export interface ChromiumPrinter {
  printToPdf: PrintToPdf;
  /** Closes the browser; always call it. */
  close(): Promise<void>;
}

const abortError = (): Error => Object.assign(new Error('Export cancelled'), { name: 'AbortError' });

/** Starts Chromium lazily on the first print and reuses it for the next ones. */
export function createChromiumPrinter(executablePath: string): ChromiumPrinter {
  let browser: Promise<Browser> | null = null;
  const launch = async (): Promise<Browser> => {
    let playwright: { chromium: { launch(options: object): Promise<Browser> } };
    try {
      playwright = await import('playwright-core');
    } catch {
      throw new AppFailure(
        'not-found',
        'The CLI prints through playwright-core: run `npm install playwright-core`.',
      );
    }
    return playwright.chromium.launch({ executablePath, headless: true });
  };
  const print = async (request: PrintRequest, signal?: AbortSignal): Promise<Uint8Array> => {
    browser ??= launch();
    const context = await (await browser).newContext();
    try {
      if (signal?.aborted) throw abortError();
      const page = await context.newPage();
      await page.setContent(request.html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: Boolean(request.headerTemplate || request.footerTemplate),
        headerTemplate: request.headerTemplate ?? '<span></span>',
        footerTemplate: request.footerTemplate ?? '<span></span>',
        tagged: false,
        outline: false,
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close().catch(() => undefined);
    }
  };
  // Cancelling rejects at once; the print still running is dropped with its context when it ends.
  const printToPdf: PrintToPdf = async (request, signal) => {
    if (signal?.aborted) throw abortError();
    if (!signal) return print(request);
    let onAbort = (): void => undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(abortError());
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([print(request, signal), aborted]);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  };
  return {
    printToPdf,
    close: async () => {
      if (browser) await (await browser.catch(() => null))?.close();
      browser = null;
    },
  };
}
