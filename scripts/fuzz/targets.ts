/**
 * What the fuzzer feeds: one target per importer and source reader, each with the seed files it mutates
 * (under scripts/fuzz/corpus/) and the entry point a user's file reaches in the app. A target resolves
 * to an outcome; anything it throws is a crasher (the importers promise a Result for bad input).
 */
import { fromW3c } from '../../shared/annotations/w3c';
import type { Result } from '../../shared/result';
import { importDocumentBytes } from '../../electron/services/import/import-document';
import { importSourceBytes } from '../../electron/services/sources/import-source';

export interface FuzzTarget {
  name: string;
  /** Seed files, relative to scripts/fuzz/corpus/. */
  seeds: string[];
  /** File name given to the importer (its extension picks the reader). */
  fileName: string;
  run(bytes: Uint8Array): Promise<Result<unknown>>;
}

const draft = (name: string, fileName: string, seeds: string[]): FuzzTarget => ({
  name,
  seeds,
  fileName,
  run: (bytes) => importDocumentBytes(fileName, bytes),
});

const source = (name: string, fileName: string, seeds: string[]): FuzzTarget => ({
  name,
  seeds,
  fileName,
  run: (bytes) => importSourceBytes(fileName, bytes),
});

export const fuzzTargets: readonly FuzzTarget[] = [
  draft('txt-utf8', 'draft.txt', ['utf8.txt']),
  draft('txt-utf8-bom', 'draft.txt', ['utf8-bom.txt']),
  draft('txt-gb18030', 'draft.txt', ['gb18030.txt']),
  draft('txt-big5', 'draft.txt', ['big5.txt']),
  draft('txt-utf16le', 'draft.txt', ['utf16le.txt']),
  draft('txt-utf16be', 'draft.txt', ['utf16be.txt']),
  draft('md', 'draft.md', ['draft.md']),
  draft('html', 'draft.html', ['draft.html', 'gbk.html']),
  draft('docx', 'draft.docx', ['draft.docx']),
  // A tiny pdf-lib PDF (standard font, ~1.5 KB) beside the Chromium one (embedded CJK subset): pdf.js
  // reads the first in ~20 ms and the second in ~60 ms, so the mix keeps 10,000 cases feasible.
  draft('pdf', 'draft.pdf', ['latin.pdf', 'draft.pdf']),
  source('xlsx', 'source.xlsx', ['bulletin.xlsx']),
  source('csv', 'source.csv', ['utf8.csv', 'gb18030.csv']),
  {
    name: 'w3c-jsonld',
    seeds: ['annotations.jsonld'],
    fileName: 'annotations.jsonld',
    run: async (bytes) => importW3cAnnotations(bytes),
  },
];

/**
 * The W3C JSON-LD read path: a file holding one annotation, an array, or an AnnotationCollection page
 * (`items`), each read with `fromW3c`. Not-JSON is a refusal with a message, like any bad file.
 */
function importW3cAnnotations(bytes: Uint8Array): Result<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
  } catch (error) {
    return { ok: false, error: { code: 'corrupt', message: `Not JSON: ${(error as Error).message}` } };
  }
  const items =
    value && typeof value === 'object' && Array.isArray((value as { items?: unknown }).items)
      ? ((value as { items: unknown[] }).items ?? [])
      : Array.isArray(value)
        ? value
        : [value];
  const results = items.map((item) => fromW3c(item));
  const failed = results.find((result) => !result.ok);
  return failed ?? { ok: true, value: results.length };
}
