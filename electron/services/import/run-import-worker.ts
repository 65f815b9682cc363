/**
 * Runs an import in a worker thread with a V8 heap cap, so a file that would need gigabytes (a
 * decompression bomb that slipped past the size checks, a pathological PDF) kills the worker, not the
 * app: main, the CLI and the e2e harness all import through here. The worker can be cancelled (it is
 * terminated, whatever it is doing) and reports progress, throttled for the IPC bridge.
 *
 * The worker's entry is `import-worker.cjs` beside the bundle that runs this code (scripts/build-node.mjs
 * builds one beside main and one beside the CLI). Run from the TypeScript sources (Vitest, tsx, the e2e
 * harness), there is no such file: esbuild bundles import-worker.ts once per process, the way the build
 * does, into `.tmp/import-worker-cache/` (named by its content's hash, so parallel test files share one
 * file and an unchanged worker is not rewritten; inside the project so its packages resolve). (A worker does not inherit the parent's TypeScript loader, and
 * registering tsx in each worker costs seconds per import.)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportProgressEvent, ImportProgressListener } from '../../../shared/import/import-progress';
import { err, type Result } from '../../../shared/result';
import { jobFileName, type ImportJob, type ImportJobResult } from './import-job';
import type { ImportWorkerData, ImportWorkerMessage } from './import-worker';

/** Heap (V8 old generation) one import may use. Bigger than any honest 50 MB file needs. */
export const importMemoryLimitMb = 512;

/** Progress reaches the listener at most this often, besides every change of stage. */
const progressIntervalMs = 100;

export interface WorkerImportOptions {
  /** V8 old-generation cap for the worker, MB (tests lower it). */
  memoryLimitMb?: number;
  onProgress?: ImportProgressListener;
  /** Aborting terminates the worker; the import then resolves a `cancelled` Result. */
  signal?: AbortSignal;
}

let devEntry: Promise<string> | undefined;

/** The worker entry to start: the built one beside this bundle, else one bundled now from the sources. */
export function importWorkerEntry(): Promise<string> {
  const here = import.meta.dirname;
  const built = path.join(here, 'import-worker.cjs');
  if (existsSync(built)) return Promise.resolve(built);
  devEntry ??= bundleFromSources(path.join(here, 'import-worker.ts'));
  return devEntry;
}

async function bundleFromSources(source: string): Promise<string> {
  // esbuild is a build tool (devDependency): only reached when running from the sources.
  const { build } = await import('esbuild');
  const built = await build({
    entryPoints: [source],
    write: false,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'error',
  });
  const code = built.outputFiles[0]!.contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const folder = path.resolve(path.dirname(source), '../../../.tmp/import-worker-cache');
  const outfile = path.join(folder, `import-worker-${hash}.cjs`);
  if (!existsSync(outfile)) {
    mkdirSync(folder, { recursive: true });
    // Older bundles go, but not ones a parallel test file may be starting a worker from right now.
    for (const name of readdirSync(folder)) {
      const file = path.join(folder, name);
      if (Date.now() - statSync(file).mtimeMs > 10 * 60_000) rmSync(file, { force: true });
    }
    const partial = `${outfile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(partial, code);
    renameSync(partial, outfile);
  }
  return outfile;
}

/** Runs `job` in a fresh worker and resolves what the importer returned, or a limit / cancel failure. */
export async function runImportInWorker<J extends ImportJob>(
  job: J,
  options: WorkerImportOptions = {},
): Promise<ImportJobResult<J>> {
  const fileName = jobFileName(job);
  const limitMb = options.memoryLimitMb ?? importMemoryLimitMb;
  const { signal } = options;
  const entry = await importWorkerEntry();
  if (signal?.aborted) return cancelled(fileName) as ImportJobResult<J>;
  const data: ImportWorkerData = { job };
  const worker = new Worker(entry, {
    workerData: data,
    resourceLimits: { maxOldGenerationSizeMb: limitMb },
    // The worker's console goes to the parent's; nothing is read from stdin.
    stdin: false,
  });
  const report = throttled(options.onProgress);
  return new Promise<ImportJobResult<J>>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      outcome();
      void worker.terminate();
    };
    const onAbort = (): void => settle(() => resolve(cancelled(fileName) as ImportJobResult<J>));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: ImportWorkerMessage) => {
      if (message.type === 'progress') report(message.progress);
      else if (message.type === 'result') {
        report({ fileName, stage: 'done', done: 0, total: 0 }, true);
        settle(() => resolve(message.result as ImportJobResult<J>));
      } else {
        const error = new Error(`Importing "${fileName}" failed in the import worker: ${message.message}`);
        if (message.stack) error.stack = message.stack;
        settle(() => reject(error));
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        settle(() => resolve(outOfMemory(fileName, limitMb) as ImportJobResult<J>));
      } else {
        settle(() => reject(error));
      }
    });
    worker.on('exit', (code) => {
      settle(() =>
        reject(
          new Error(`The import worker for "${fileName}" stopped (exit code ${code}) before answering.`),
        ),
      );
    });
  });
}

function cancelled(fileName: string): Result<never> {
  return err('cancelled', `The import of "${fileName}" was cancelled; nothing was stored.`, { fileName });
}

function outOfMemory(fileName: string, limitMb: number): Result<never> {
  return err(
    'too-large',
    `Importing "${fileName}" needed more than the ${limitMb} MB memory limit for one import, so it was ` +
      'stopped and nothing was stored. The file is probably a compression bomb or far larger inside than ' +
      'it looks: split it, or save it again from the program that made it.',
    { fileName, limitMb },
  );
}

/** Passes progress on at most every `progressIntervalMs`, and always when the stage changes. */
function throttled(listener: ImportProgressListener | undefined) {
  let last = 0;
  let lastStage: ImportProgressEvent['stage'] | null = null;
  return (progress: ImportProgressEvent, force = false): void => {
    if (!listener) return;
    const now = performance.now();
    if (!force && progress.stage === lastStage && now - last < progressIntervalMs) return;
    last = now;
    lastStage = progress.stage;
    listener(progress);
  };
}

/** A draft file imported in the worker (the CLI's commands use this, as main does). */
export function importDocumentInWorker(path: string, encoding?: string) {
  return runImportInWorker(
    encoding === undefined ? { kind: 'document', path } : { kind: 'document', path, encoding },
  );
}

/** A source file extracted in the worker. */
export function importSourceInWorker(path: string) {
  return runImportInWorker({ kind: 'source', path });
}
