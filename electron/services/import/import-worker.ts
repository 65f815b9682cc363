/**
 * Entry of the import worker thread (worker_threads). Main, the CLI and the e2e harness run every
 * import here, under a V8 heap cap (run-import-worker.ts), so a file that needs gigabytes kills this
 * thread and never the app. Messages to the parent: `progress` any number of times, then one `result`
 * (the Result the importers return) or one `crash` (a bug: an exception that is not an expected
 * failure, passed on so the parent can throw it where it used to be thrown).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportProgressEvent } from '../../../shared/import/import-progress';
import { runImportJob, type ImportJob } from './import-job';

/** What the worker posts to its parent. */
export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgressEvent }
  | { type: 'result'; result: Awaited<ReturnType<typeof runImportJob>> }
  | { type: 'crash'; message: string; stack?: string };

/** `workerData` of the import worker. */
export interface ImportWorkerData {
  job: ImportJob;
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('import-worker.ts must run as a worker thread (no parentPort).');
  const { job } = workerData as ImportWorkerData;
  const post = (message: ImportWorkerMessage): void => port.postMessage(message);
  try {
    const result = await runImportJob(job, (progress) => post({ type: 'progress', progress }));
    post({ type: 'result', result });
  } catch (error) {
    const crash = error instanceof Error ? error : new Error(String(error));
    post({ type: 'crash', message: crash.message, ...(crash.stack ? { stack: crash.stack } : {}) });
  }
}

void main();
