/**
 * The app's imports as main runs them: each in its own capped worker (run-import-worker.ts), with
 * progress passed to the window and one Cancel that stops every import under way. It also remembers the
 * last few text drafts it imported (by sha256) so "Reopen with encoding…" can decode the same file again
 * without the renderer ever holding a path.
 */
import type { ReopenEncoding } from '../../../shared/import/encodings';
import type { ImportProgressListener } from '../../../shared/import/import-progress';
import type { ImportedDraft } from '../../../shared/model/document';
import { err, type Result } from '../../../shared/result';
import type { ImportJob, ImportJobResult } from './import-job';
import { runImportInWorker } from './run-import-worker';

/** How many text drafts "Reopen with encoding…" can still reach (bytes of dropped files are kept). */
const rememberedTextDrafts = 8;

type DocumentJob = Extract<ImportJob, { kind: 'document' }>;

export interface ImportRunner {
  run<J extends ImportJob>(job: J): Promise<ImportJobResult<J>>;
  /** Stops every import under way (each resolves `cancelled`); how many there were. */
  cancelAll(): number;
  /** Imports the text draft with this sha256 again, decoded with `encoding`. */
  reopenWithEncoding(sha256: string, encoding: ReopenEncoding): Promise<Result<ImportedDraft>>;
}

export function createImportRunner(
  options: { onProgress?: ImportProgressListener; memoryLimitMb?: number } = {},
): ImportRunner {
  const running = new Set<AbortController>();
  const textDrafts = new Map<string, DocumentJob>();

  const remember = (job: DocumentJob, result: Result<ImportedDraft>): void => {
    if (!result.ok || result.value.encoding === null) return;
    const { sha256 } = result.value;
    const { encoding: _chosen, ...bare } = job;
    textDrafts.delete(sha256);
    textDrafts.set(sha256, bare as DocumentJob);
    while (textDrafts.size > rememberedTextDrafts) textDrafts.delete(textDrafts.keys().next().value!);
  };

  const run = async <J extends ImportJob>(job: J): Promise<ImportJobResult<J>> => {
    const controller = new AbortController();
    running.add(controller);
    try {
      const result = await runImportInWorker(job, {
        signal: controller.signal,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.memoryLimitMb ? { memoryLimitMb: options.memoryLimitMb } : {}),
      });
      if (job.kind === 'document') remember(job as DocumentJob, result as Result<ImportedDraft>);
      return result;
    } finally {
      running.delete(controller);
    }
  };

  return {
    run,
    cancelAll() {
      const count = running.size;
      for (const controller of running) controller.abort();
      return count;
    },
    async reopenWithEncoding(sha256, encoding) {
      const job = textDrafts.get(sha256);
      if (!job) {
        return err(
          'not-found',
          'The file of this draft is no longer at hand (Tickmark keeps the last few text files it ' +
            'opened): open the file again, then reopen it with another encoding.',
          { sha256 },
        );
      }
      return run({ ...job, encoding });
    },
  };
}
