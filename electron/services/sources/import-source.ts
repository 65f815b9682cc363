/**
 * Source extraction: a file an auditor checks figures against (PDF, XLSX, CSV, DOCX, TXT) becomes an
 * `ImportedSource` — its text, extracted once, with regions that map offsets back to a page or a cell,
 * and a sha256. Reuses the draft importers' readers, decoders and bad-input handling.
 */
import { basename } from 'node:path';
import type { ImportedSource, SourceFormat, SourceRegion } from '../../../shared/model/source';
import { AppFailure, ok, type Result } from '../../../shared/result';
import { decodeText } from '../import/decode-text';
import { failure } from '../import/import-document';
import { readPdfParagraphs } from '../import/pdf-to-doc';
import type { PdfPageProgress } from '../import/pdf-reader';
import type { ImportProgressListener } from '../../../shared/import/import-progress';
import {
  checkByteLength,
  checkTextLength,
  extensionOf,
  readInputFile,
  sha256Hex,
} from '../import/read-input';
import { normaliseLineEndings } from '../import/text-to-doc';
import { docxToSourceText } from './docx-source';
import { csvToText, xlsxToText } from './sheet-source';

/** File extensions Tickmark extracts as sources, and the format each one is. */
export const sourceExtensions: Readonly<Record<string, Exclude<SourceFormat, 'url'>>> = {
  pdf: 'pdf',
  xlsx: 'xlsx',
  xls: 'xlsx',
  ods: 'xlsx',
  csv: 'csv',
  docx: 'docx',
  txt: 'txt',
};

/** Extracts the source at `path`; the size is checked before the file is read. */
export async function importSourceFile(
  path: string,
  onProgress?: ImportProgressListener,
): Promise<Result<ImportedSource>> {
  try {
    const { fileName, bytes } = await readInputFile(path);
    return ok(await extract(fileName, bytes, onProgress));
  } catch (error) {
    return failure(error);
  }
}

/** Extracts a source from bytes (a file dropped on the source pane). */
export async function importSourceBytes(
  fileName: string,
  bytes: Uint8Array,
  onProgress?: ImportProgressListener,
): Promise<Result<ImportedSource>> {
  try {
    checkByteLength(fileName, bytes.byteLength);
    return ok(await extract(fileName, bytes, onProgress));
  } catch (error) {
    return failure(error);
  }
}

const stem = (fileName: string): string => basename(fileName).replace(/\.[^.]+$/, '') || fileName;

async function extract(
  fileName: string,
  bytes: Uint8Array,
  onProgress?: ImportProgressListener,
): Promise<ImportedSource> {
  const extension = extensionOf(fileName);
  const format = sourceExtensions[extension];
  if (!format) {
    const supported = Object.keys(sourceExtensions)
      .map((e) => `.${e}`)
      .join(', ');
    throw new AppFailure(
      'unsupported-format',
      `"${fileName}" is not a source format Tickmark reads${extension ? ` (.${extension})` : ''}. ` +
        `Supported: ${supported}.`,
      { fileName, extension, supported },
    );
  }
  const { text, regions, merges } = await extractText(format, fileName, bytes, onProgress);
  checkTextLength(fileName, text);
  if (text.trim().length === 0) {
    throw new AppFailure('empty-file', `"${fileName}" contains no text to check figures against.`, {
      fileName,
    });
  }
  return {
    title: stem(fileName),
    fileName,
    format,
    sha256: sha256Hex(bytes),
    byteLength: bytes.byteLength,
    text,
    regions,
    ...(merges ? { merges } : {}),
  };
}

async function extractText(
  format: Exclude<SourceFormat, 'url'>,
  fileName: string,
  bytes: Uint8Array,
  onProgress?: ImportProgressListener,
): Promise<{ text: string; regions: SourceRegion[]; merges?: { sheet: string; range: string }[] }> {
  switch (format) {
    case 'pdf':
      return pdfText(
        fileName,
        bytes,
        onProgress && ((done, total) => onProgress({ fileName, stage: 'pages', done, total })),
      );
    case 'xlsx':
      return xlsxToText(fileName, bytes);
    case 'csv':
      return csvToText(stem(fileName), normaliseLineEndings(decodeText(fileName, bytes).text));
    case 'docx':
      return docxToSourceText(fileName, bytes);
    case 'txt':
      return { text: normaliseLineEndings(decodeText(fileName, bytes).text), regions: [] };
  }
}

/** Pages' paragraphs joined by newlines, pages by a blank line, one `page` region per page. */
async function pdfText(
  fileName: string,
  bytes: Uint8Array,
  onPage?: PdfPageProgress,
): Promise<{ text: string; regions: SourceRegion[] }> {
  const { pages } = await readPdfParagraphs(fileName, bytes, onPage);
  const parts: string[] = [];
  const regions: SourceRegion[] = [];
  let offset = 0;
  for (const { page, label, paragraphs } of pages) {
    if (paragraphs.length === 0) continue;
    if (parts.length > 0) {
      parts.push('\n\n');
      offset += 2;
    }
    const pageText = paragraphs.map((p) => p.text).join('\n');
    parts.push(pageText);
    // The printed page number (running footer) lets links cite the page as the document numbers it.
    regions.push({
      kind: 'page',
      page,
      ...(label ? { label } : {}),
      start: offset,
      end: offset + pageText.length,
    });
    offset += pageText.length;
  }
  return { text: parts.join(''), regions };
}
