/**
 * The PDF fixture set of the reader's tests, made two ways:
 * - printed by Chromium (playwright-core, /usr/bin/chromium, one browser for the whole set) in one and
 *   two columns, justified, with a running header and page numbers in the margins, and soft hyphens in
 *   long English words so that lines end in `expen-`;
 * - written line by line with pdf-lib as Word's PDF export does (pdf-cid-lines.ts).
 * PDFs are cached in `.tmp/fixture-cache/` under the hash of what made them, so a second run of the
 * suite prints nothing; a changed document or layout prints again.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { writeCidLinePdf } from './pdf-cid-lines';
import type { FixtureBlock, FixtureDocument } from './pdf-documents';
import { chromiumPath } from './pdf-fixtures';

export type FixtureLayout = 'one-column' | 'two-columns';

/** Bump when pdf-cid-lines.ts changes what it writes, so cached PDFs are made again. */
const cidWriterVersion = 'v5-embedded';

export interface FixturePdf {
  document: FixtureDocument;
  maker: 'chromium' | 'pdf-lib';
  layout: FixtureLayout;
  path: string;
}

export const fixtureCacheDir = (root = process.cwd()): string => join(root, '.tmp', 'fixture-cache');

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Soft hyphens in the middle of long English words, so Chromium may break them with a hyphen. */
const softHyphens = (text: string): string =>
  text.replace(/[A-Za-z]{9,}/g, (word) => `${word.slice(0, 4)}&shy;${word.slice(4)}`);

function blockHtml(block: FixtureBlock, lang: FixtureDocument['lang']): string {
  const text = (value: string): string =>
    lang === 'en' ? softHyphens(escapeHtml(value)) : escapeHtml(value);
  if (block.kind === 'heading') return `<h2>${text(block.text)}</h2>`;
  if (block.kind === 'paragraph') return `<p>${text(block.text)}</p>`;
  const rows = block.rows.map(
    (row, i) =>
      `<tr>${row.map((cell) => (i === 0 ? `<th>${text(cell)}</th>` : `<td>${text(cell)}</td>`)).join('')}</tr>`,
  );
  return `<table>${rows.join('')}</table>`;
}

function documentHtml(document: FixtureDocument, layout: FixtureLayout): string {
  const font =
    document.lang === 'zh-Hans'
      ? "'Noto Serif CJK SC'"
      : document.lang === 'zh-Hant'
        ? "'Noto Serif CJK TC'"
        : "'Liberation Serif', serif";
  const indent = document.lang === 'en' ? '0' : '2em';
  const body = document.blocks.map((block) => blockHtml(block, document.lang)).join('');
  return (
    `<!doctype html><html lang="${document.lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
    `<style>body{font-family:${font};font-size:11pt;line-height:1.5;margin:0}` +
    `h1{font-size:20pt;text-align:center;margin:0 0 12pt}h2{font-size:14pt;margin:10pt 0 6pt;break-after:avoid}` +
    `p{text-align:justify;text-indent:${indent};margin:0 0 6pt;orphans:2;widows:2}` +
    `.cols{column-count:2;column-gap:2.5em}` +
    `table{border-collapse:collapse;margin:6pt 0;break-inside:avoid;column-span:all}th,td{padding:2pt ${document.tableGapEm ?? 1.2}em 2pt 0;text-align:left}` +
    `</style></head><body><h1>${escapeHtml(document.title)}</h1>` +
    (layout === 'two-columns' ? `<div class="cols">${body}</div>` : body) +
    `</body></html>`
  );
}

function footerTemplate(document: FixtureDocument): string {
  const number =
    document.lang === 'en'
      ? 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>'
      : '- <span class="pageNumber"></span> -';
  return `<div style="font-size:9pt;width:100%;text-align:center;font-family:serif">${number}</div>`;
}

const headerTemplate = (document: FixtureDocument): string =>
  `<div style="font-size:8pt;width:100%;text-align:right;margin-right:2cm;font-family:'Noto Sans CJK SC',sans-serif">${escapeHtml(
    document.title,
  )}</div>`;

const hashOf = (...parts: string[]): string =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);

/**
 * Prints every document in every layout with Chromium, reusing cached PDFs. One browser serves all.
 */
export async function printFixtureSet(
  documents: readonly FixtureDocument[],
  layouts: readonly FixtureLayout[],
  cacheDir = fixtureCacheDir(),
): Promise<FixturePdf[]> {
  await mkdir(cacheDir, { recursive: true });
  const jobs = documents.flatMap((document) =>
    layouts.map((layout) => {
      const html = documentHtml(document, layout);
      const header = headerTemplate(document);
      const footer = footerTemplate(document);
      const path = join(cacheDir, `${document.name}-${layout}-${hashOf(html, header, footer)}.pdf`);
      return { document, layout, html, header, footer, path };
    }),
  );
  const missing = jobs.filter((job) => !existsSync(job.path));
  if (missing.length > 0) {
    const browser = await chromium.launch({ executablePath: chromiumPath, headless: true });
    try {
      const page = await browser.newPage();
      for (const job of missing) {
        await page.setContent(job.html, { waitUntil: 'load' });
        const bytes = await page.pdf({
          format: 'A4',
          displayHeaderFooter: true,
          headerTemplate: job.header,
          footerTemplate: job.footer,
          margin: { top: '2.5cm', bottom: '2.5cm', left: '2cm', right: '2cm' },
        });
        // Written under a temporary name first so a run killed mid-write never leaves a half PDF cached.
        await writeFile(`${job.path}.part`, bytes);
        await rename(`${job.path}.part`, job.path);
      }
    } finally {
      await browser.close();
    }
  }
  return jobs.map(({ document, layout, path }) => ({ document, layout, path, maker: 'chromium' as const }));
}

/** Writes every CJK document line by line with pdf-lib, reusing cached PDFs. */
export async function writeCidFixtureSet(
  documents: readonly FixtureDocument[],
  layouts: readonly FixtureLayout[],
  cacheDir = fixtureCacheDir(),
): Promise<FixturePdf[]> {
  await mkdir(cacheDir, { recursive: true });
  const result: FixturePdf[] = [];
  for (const document of documents) {
    for (const layout of layouts) {
      const path = join(
        cacheDir,
        `${document.name}-${layout}-cid-${hashOf(JSON.stringify(document), layout, cidWriterVersion)}.pdf`,
      );
      if (!existsSync(path)) {
        await writeFile(`${path}.part`, await writeCidLinePdf(document, layout));
        await rename(`${path}.part`, path);
      }
      result.push({ document, layout, path, maker: 'pdf-lib' });
    }
  }
  return result;
}
