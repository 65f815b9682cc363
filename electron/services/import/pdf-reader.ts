/**
 * Reads the text layer of a PDF with pdf.js (the legacy build, which runs in Node 20) as lines per page.
 * It insulates the rest of the importers from pdf.js: its loading, options (no eval, no font loading,
 * no network), its exceptions (mapped to `encrypted` / `corrupt` AppFailures) and its text items, which
 * are grouped here into positioned lines.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { AppFailure } from '../../../shared/result';
import { checkPdfExpansion } from './expansion-limits';

/** One text item of a page as pdf.js reports it (PDF user space: y grows upwards). */
export interface PdfRun {
  text: string;
  x: number;
  /** Right edge. */
  right: number;
  /** Baseline. */
  y: number;
  fontSize: number;
}

export interface PdfPageRuns {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  runs: PdfRun[];
}

/** Told after each page so a caller can show progress or stop (by throwing). */
export type PdfPageProgress = (done: number, total: number) => void;

type PdfJs = typeof PdfJsModule;

let pdfjsPromise: Promise<PdfJs> | undefined;
/** Loaded lazily: pdf.js is large and only PDF imports need it. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

/** Directory of the pdfjs-dist package, for the CMaps that CJK PDFs with predefined encodings need. */
function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  // `require` exists in the bundled CLI and Electron main (CommonJS); ESM callers (tests, benches) run
  // from the project root. `import.meta` is avoided because the CommonJS bundle cannot carry it.
  const resolver =
    typeof require === 'function' ? require : createRequire(join(process.cwd(), 'package.json'));
  const root = dirname(resolver.resolve('pdfjs-dist/package.json'));
  // pdf.js in Node reads these with fs when given a path ending in a separator.
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

/**
 * Opens a PDF and returns its text items page by page. Throws `encrypted` for a password-protected file
 * and `corrupt` for anything pdf.js cannot parse. Layout (columns, lines, paragraphs) is pdf-layout.ts's.
 */
export async function readPdfRuns(
  fileName: string,
  bytes: Uint8Array,
  onPage?: PdfPageProgress,
): Promise<PdfPageRuns[]> {
  await checkPdfExpansion(fileName, bytes);
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js transfers (detaches) the buffer it is given and rejects Node Buffers: hand it a plain
    // Uint8Array copy so the caller's bytes survive.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
    ...pdfjsAssets(),
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw pdfFailure(fileName, error);
  }
  try {
    const pages: PdfPageRuns[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
      const content = await page.getTextContent();
      pages.push({
        page: number,
        width: right - left,
        height: top - bottom,
        runs: toRuns(content.items as TextItem[], bottom),
      });
      page.cleanup();
      onPage?.(number, document.numPages);
    }
    return pages;
  } catch (error) {
    throw pdfFailure(fileName, error);
  } finally {
    await document.destroy();
  }
}

function pdfFailure(fileName: string, error: unknown): AppFailure {
  const name = (error as { name?: string } | undefined)?.name;
  const detail = (error as { message?: string } | undefined)?.message ?? String(error);
  if (name === 'PasswordException') {
    return new AppFailure(
      'encrypted',
      `"${fileName}" is password-protected. Remove the password (for example, print it to a new PDF ` +
        'or save a copy without security in your PDF reader) and import that copy.',
      { fileName },
    );
  }
  return new AppFailure(
    'corrupt',
    `"${fileName}" is not a readable PDF (${detail}). The file may be damaged or incomplete: ` +
      'download or export it again.',
    { fileName, reason: detail },
  );
}

/**
 * pdf.js text items → runs with a position and a size, page bottom at y = 0. Marked-content markers and
 * items that are only whitespace are dropped: spaces are decided from positions (pdf-layout.ts).
 */
function toRuns(items: readonly TextItem[], bottom: number): PdfRun[] {
  const runs: PdfRun[] = [];
  for (const item of items) {
    if (!('str' in item) || item.str.trim().length === 0) continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
    const fontSize = Math.hypot(a, b) || item.height || 1;
    runs.push({ text: item.str, x, right: x + item.width, y: y - bottom, fontSize });
  }
  return runs;
}
