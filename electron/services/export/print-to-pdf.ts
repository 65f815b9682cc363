/**
 * The seam between the export service and whatever Chromium prints the pages: Electron's hidden window
 * (`webContents.printToPDF`) in the app, Playwright-driven Chromium in the CLI, tests and benches. Both
 * honour the CSS @page size and margins (`preferCSSPageSize`) and Chromium's header/footer templates.
 */
export interface PrintRequest {
  html: string;
  /** Running header and footer (Chromium templates with `pageNumber` / `totalPages`). */
  headerTemplate?: string;
  footerTemplate?: string;
}

/** Prints one HTML document to PDF bytes. Rejects with an `AbortError` when `signal` fires. */
export type PrintToPdf = (request: PrintRequest, signal?: AbortSignal) => Promise<Uint8Array>;
