/**
 * Draft import: a file (path or dropped bytes) becomes an `ImportedDraft` — ProseMirror doc JSON, its
 * plain text, sha256, and what was detected (format, encoding, pages). Dispatches on the extension to
 * one converter per format; every expected failure (missing, empty, too large, binary, corrupt,
 * encrypted, unsupported) comes back as a `Result` error with a specific message, never a throw.
 */
import type { DocumentFormat, ImportedDraft, PmNodeJson } from '../../../shared/model/document';
import { AppFailure, ok, type Result } from '../../../shared/result';
import { decodeText, declaredHtmlCharset } from './decode-text';
import type { ImportProgressListener } from '../../../shared/import/import-progress';
import { finishDoc } from './finish-draft';
import { pageLabelsOf } from './pdf-page-labels';
import { docxToDoc, htmlToDoc, markdownToDoc } from './office-to-doc';
import { pdfToDoc } from './pdf-to-doc';
import { checkByteLength, checkTextLength, extensionOf, readInputFile, sha256Hex } from './read-input';
import { normaliseLineEndings, textToDoc } from './text-to-doc';

/** File extensions Tickmark imports as drafts, and the format each one is. */
export const draftExtensions: Readonly<Record<string, DocumentFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

/**
 * How to import: `encoding` reopens a text file with the encoding a user picked instead of detecting;
 * `onProgress` hears how far a long import got (the import worker forwards it to the window).
 */
export interface ImportOptions {
  encoding?: string;
  onProgress?: ImportProgressListener;
}

/** Imports the draft at `path`. The size is checked before the file is read. */
export async function importDocumentFile(
  path: string,
  options: ImportOptions = {},
): Promise<Result<ImportedDraft>> {
  try {
    const { fileName, bytes } = await readInputFile(path);
    return ok(await convert(fileName, bytes, options));
  } catch (error) {
    return failure(error);
  }
}

/** Imports a draft from bytes (a file dropped on the window). */
export async function importDocumentBytes(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<Result<ImportedDraft>> {
  try {
    checkByteLength(fileName, bytes.byteLength);
    return ok(await convert(fileName, bytes, options));
  } catch (error) {
    return failure(error);
  }
}

/** Expected failures become Result errors; anything else is a bug and keeps propagating. */
export function failure(error: unknown): Result<never> {
  if (error instanceof AppFailure) return { ok: false, error: error.toError() };
  throw error;
}

async function convert(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportedDraft> {
  const extension = extensionOf(fileName);
  const format = draftExtensions[extension];
  if (!format) {
    const supported = Object.keys(draftExtensions)
      .map((e) => `.${e}`)
      .join(', ');
    throw new AppFailure(
      'unsupported-format',
      `"${fileName}" is not a format Tickmark imports${extension ? ` (.${extension})` : ''}. Supported: ${supported}.`,
      { fileName, extension, supported },
    );
  }
  let encoding: string | null = null;
  let pages: number | undefined;
  let labels: ReadonlyMap<number, string> | undefined;
  let decoding: ImportedDraft['decoding'];
  let doc: PmNodeJson;
  if (format === 'docx') {
    doc = await docxToDoc(fileName, bytes);
  } else if (format === 'pdf') {
    const onProgress = options.onProgress;
    ({ doc, pages, labels } = await pdfToDoc(
      fileName,
      bytes,
      onProgress && ((done, total) => onProgress({ fileName, stage: 'pages', done, total })),
    ));
  } else {
    const decoded = decodeText(
      fileName,
      bytes,
      format === 'html' ? declaredHtmlCharset(bytes) : null,
      options.encoding ?? null,
    );
    encoding = decoded.encoding;
    if (decoded.replaced || decoded.uncertain) {
      decoding = {};
      if (decoded.replaced) decoding.replaced = decoded.replaced;
      if (decoded.uncertain) decoding.alternatives = decoded.uncertain.alternatives;
    }
    const source = normaliseLineEndings(decoded.text);
    doc =
      format === 'txt'
        ? textToDoc(fileName, source)
        : format === 'md'
          ? markdownToDoc(source)
          : htmlToDoc(source);
  }
  const finished = finishDoc(fileName, doc);
  checkTextLength(fileName, finished.text);
  const draft: ImportedDraft = {
    title: finished.title,
    fileName,
    format,
    encoding,
    sha256: sha256Hex(bytes),
    byteLength: bytes.byteLength,
    doc: finished.doc,
    text: finished.text,
    paragraphs: finished.paragraphs,
  };
  if (pages !== undefined) draft.pages = pages;
  if (labels && labels.size > 0) draft.pageLabels = pageLabelsOf(finished.doc, labels);
  if (decoding) draft.decoding = decoding;
  return draft;
}
