/**
 * The one implementation of the renderer-to-main contract (`RendererToMain`). Electron main calls it from
 * its validated IPC handlers and the e2e harness calls it from Playwright's `exposeBinding`, so both run
 * the same code. What differs between the two (native dialogs, the command line, the system browser)
 * comes in through `AppHost`. Every method catches at this edge and returns a `Result`: nothing thrown
 * here ever crosses the bridge.
 */
import path from 'node:path';
import type { AppInfo, PendingImport, RendererToMain } from '../../shared/ipc/contract';
import { AppFailure, err, ok, type Result } from '../../shared/result';
import { createExportApi, type ExportHost } from './export/export-api';
import type { ImportProgressEvent } from '../../shared/import/import-progress';
import { createImportRunner } from './import/import-runner';
import { readAnnotationFile } from './annotations/read-annotation-file';
import { sweepAbandonedTemporaries } from './files/temp-journal';
import { writeFileAtomic } from './files/write-atomic';
import { writeLedgerFile } from './ledger/write-ledger';
import { readBackupText } from './backup/read-backup-text';

/** What the API needs from its surroundings: Electron in the app, a scripted stand-in in e2e tests. */
export interface AppHost {
  /** Shows the Open dialog for a draft or a source; the chosen path, or null when cancelled. */
  showOpenDialog(kind: 'document' | 'source' | 'web-annotations' | 'backup'): Promise<string | null>;
  /**
   * Shows the Save dialog for an export, proposing `suggestedName`; the chosen path, or null when
   * cancelled. `ledger` offers CSV and XLSX: the chosen path's extension says which.
   */
  chooseSavePath(
    kind: 'web-annotations' | 'ledger' | 'backup',
    suggestedName: string,
  ): Promise<string | null>;
  /** Paths given on the command line or by the OS since the last call; each path is returned once. */
  takeLaunchPaths(): string[];
  /** Opens a URL in the system browser; only called with URLs this module has checked. */
  openExternal(url: string): Promise<void>;
  appInfo: AppInfo;
  /** Folder holding `samples/` (the app's `resources/`). */
  resourcesDir: string;
  /** Save dialog, print window, file manager and progress events for Export > Annotated PDF. */
  export: ExportHost;
  /** Sends an import's progress to the window (imports run in a capped worker thread). */
  reportImportProgress?(progress: ImportProgressEvent): void;
  /** Heap cap of the import worker, MB; defaults to run-import-worker.ts's `importMemoryLimitMb`. */
  importMemoryLimitMb?: number;
}

/** File name of the bundled sample report inside `<resourcesDir>/samples/`. */
export const sampleFileName = 'hecheng-work-report.txt';

/** Protocols `openExternalLink` hands to the system browser; everything else is refused. */
const externalProtocols = new Set(['http:', 'https:']);

/** Builds the API over a host. The returned object holds no state besides what the host keeps. */
export function createAppApi(host: AppHost): RendererToMain {
  const exports = createExportApi(host.export);
  const imports = createImportRunner({
    ...(host.reportImportProgress ? { onProgress: (p) => host.reportImportProgress!(p) } : {}),
    ...(host.importMemoryLimitMb ? { memoryLimitMb: host.importMemoryLimitMb } : {}),
  });
  // A previous run killed in the middle of saving an export or a backup may have left its temporary
  // file beside the user's; delete those now (files/temp-journal.ts). Nothing waits for it.
  void sweepAbandonedTemporaries().catch(() => undefined);
  return {
    openDocument: () =>
      atEdge(async () => {
        const chosen = await host.showOpenDialog('document');
        if (chosen === null) return ok(null);
        const result = await imports.run({ kind: 'document', path: chosen });
        // Cancelling the import of a file chosen in the dialog is like cancelling the dialog.
        return !result.ok && result.error.code === 'cancelled' ? ok(null) : result;
      }),
    importDroppedDocument: (file) =>
      atEdge(() => imports.run({ kind: 'document', fileName: file.name, bytes: file.bytes })),
    takePendingDocuments: () =>
      atEdge(async () => {
        const pending: PendingImport[] = [];
        // One at a time: a batch of large PDFs from the command line should not all be parsed at once.
        for (const filePath of host.takeLaunchPaths()) {
          pending.push({
            fileName: path.basename(filePath),
            result: await atEdge(() => imports.run({ kind: 'document', path: filePath })),
          });
        }
        return ok(pending);
      }),
    loadSample: () =>
      atEdge(() =>
        imports.run({ kind: 'document', path: path.join(host.resourcesDir, 'samples', sampleFileName) }),
      ),
    getAppInfo: () => atEdge(async () => ok({ ...host.appInfo })),
    openExternalLink: (url) =>
      atEdge(async () => {
        const checked = checkExternalUrl(url);
        if (!checked.ok) return checked;
        await host.openExternal(checked.value); // eng-disable OPEN_EXTERNAL_JS_CHECK: checked just above
        return ok(null);
      }),
    openSource: () =>
      atEdge(async () => {
        const chosen = await host.showOpenDialog('source');
        if (chosen === null) return ok(null);
        const result = await imports.run({ kind: 'source', path: chosen });
        return !result.ok && result.error.code === 'cancelled' ? ok(null) : result;
      }),
    importDroppedSource: (file) =>
      atEdge(() => imports.run({ kind: 'source', fileName: file.name, bytes: file.bytes })),
    openWebAnnotations: () =>
      atEdge(async () => {
        const chosen = await host.showOpenDialog('web-annotations');
        if (chosen === null) return ok(null);
        const read = await readAnnotationFile(chosen);
        return read.ok ? ok({ fileName: path.basename(chosen), file: read.value }) : read;
      }),
    saveWebAnnotations: (text, suggestedName) =>
      atEdge(async () => {
        const chosen = await host.chooseSavePath('web-annotations', suggestedName);
        if (chosen === null) return ok(null);
        const written = await writeFileAtomic(chosen, text);
        return written.ok ? ok({ fileName: path.basename(chosen) }) : written;
      }),
    saveFigureLedger: (table, suggestedName) =>
      atEdge(async () => {
        let chosen = await host.chooseSavePath('ledger', suggestedName);
        if (chosen === null) return ok(null);
        // A name typed without an extension (some Save dialogs do not add one) gets the default, XLSX.
        if (path.extname(chosen) === '') chosen = `${chosen}.xlsx`;
        const written = await writeLedgerFile(chosen, table);
        return written.ok ? ok({ fileName: path.basename(chosen) }) : written;
      }),
    exportAnnotatedPdf: (request) => atEdge(() => exports.exportAnnotatedPdf(request)),
    cancelExport: () => atEdge(() => exports.cancelExport()),
    showExportedFile: () => atEdge(() => exports.showExportedFile()),
    saveBackup: (text, suggestedName) =>
      atEdge(async () => {
        const chosen = await host.chooseSavePath('backup', suggestedName);
        if (chosen === null) return ok(null);
        // Temp file + rename: an interrupted backup never replaces a good one with half a file.
        const written = await writeFileAtomic(chosen, text);
        return written.ok ? ok({ fileName: path.basename(chosen) }) : written;
      }),
    openBackup: () =>
      atEdge(async () => {
        const chosen = await host.showOpenDialog('backup');
        if (chosen === null) return ok(null);
        const read = await readBackupText(chosen);
        return read.ok ? ok({ fileName: path.basename(chosen), text: read.value }) : read;
      }),
    cancelImport: () =>
      atEdge(async () => {
        imports.cancelAll();
        return ok(null);
      }),
    reopenDocumentWithEncoding: (sha256, encoding) =>
      atEdge(() => imports.reopenWithEncoding(sha256, encoding)),
  };
}

/** Accepts absolute http(s) URLs only and returns them normalised by the URL parser. */
export function checkExternalUrl(url: string): Result<string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return err('invalid-argument', `Refused to open "${url}": it is not an absolute URL.`, { url });
  }
  if (!externalProtocols.has(parsed.protocol)) {
    return err(
      'invalid-argument',
      `Refused to open "${url}": only http and https links open in the browser (got ${parsed.protocol}).`,
      { url },
    );
  }
  return ok(parsed.href);
}

/** Runs a call and turns anything it throws into a `Result` (the one place this API catches). */
async function atEdge<T>(run: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppFailure) return { ok: false, error: error.toError() };
    const message = error instanceof Error ? error.message : String(error);
    return err('internal', `Unexpected failure in the main process: ${message}`);
  }
}
