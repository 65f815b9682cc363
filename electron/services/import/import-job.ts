/**
 * One import as plain data, so it can be handed to the import worker (import-worker.ts) and run there:
 * a draft or a source, from a path (Open…, the command line) or from bytes (a dropped file), with the
 * encoding a user picked. `runImportJob` is what the worker runs; tests may call it directly.
 */
import { basename } from 'node:path';
import type { ImportProgressListener } from '../../../shared/import/import-progress';
import type { ImportedDraft } from '../../../shared/model/document';
import type { ImportedSource } from '../../../shared/model/source';
import type { Result } from '../../../shared/result';
import { importSourceBytes, importSourceFile } from '../sources/import-source';
import { importDocumentBytes, importDocumentFile } from './import-document';

/** What to import. Bytes are copied into the worker (structured clone), paths are read there. */
export type ImportJob =
  | { kind: 'document'; path: string; encoding?: string }
  | { kind: 'document'; fileName: string; bytes: Uint8Array; encoding?: string }
  | { kind: 'source'; path: string }
  | { kind: 'source'; fileName: string; bytes: Uint8Array };

/** What each kind of job gives back. */
export type ImportJobResult<J extends ImportJob> = J extends { kind: 'document' }
  ? Result<ImportedDraft>
  : Result<ImportedSource>;

/** The file's name, for messages (`report.pdf`), whichever way the job names it. */
export function jobFileName(job: ImportJob): string {
  return 'path' in job ? basename(job.path) : job.fileName;
}

/** Runs the job in this thread: the import worker's body. */
export async function runImportJob(
  job: ImportJob,
  onProgress?: ImportProgressListener,
): Promise<Result<ImportedDraft> | Result<ImportedSource>> {
  onProgress?.({ fileName: jobFileName(job), stage: 'reading', done: 0, total: 0 });
  if (job.kind === 'document') {
    const options = job.encoding === undefined ? { onProgress } : { encoding: job.encoding, onProgress };
    return 'path' in job
      ? importDocumentFile(job.path, options)
      : importDocumentBytes(job.fileName, job.bytes, options);
  }
  return 'path' in job
    ? importSourceFile(job.path, onProgress)
    : importSourceBytes(job.fileName, job.bytes, onProgress);
}
