/**
 * The PDF export calls of the renderer-to-main contract, over an `ExportHost` (Electron's Save dialog,
 * hidden print window and file manager in the app; scripted stand-ins in the e2e harness). Main keeps
 * the chosen path: the renderer learns only the file's name. One export runs at a time.
 */
import { basename } from 'node:path';
import type {
  ExportPdfOutcome,
  ExportPdfRequest,
  ExportProgressEvent,
} from '../../../shared/export/export-request';
import { suggestedPdfName } from '../../../shared/export/export-request';
import { buildLegend } from '../../../shared/figures/statuses';
import type { RendererToMain } from '../../../shared/ipc/contract';
import type { PmNodeJson } from '../../../shared/model/document';
import { AppFailure, err, ok, type Result } from '../../../shared/result';
import { exportAnnotatedPdf } from './export-annotated-pdf';
import type { PrintToPdf } from './print-to-pdf';
import { writeFileAtomic } from './write-file-atomic';

export interface ExportHost {
  /** Shows the Save dialog with a suggested name; the chosen path, or null when cancelled. */
  showSaveDialog(suggestedName: string): Promise<string | null>;
  printToPdf: PrintToPdf;
  showItemInFolder(path: string): void;
  reportProgress(progress: ExportProgressEvent): void;
}

type ExportCalls = Pick<RendererToMain, 'exportAnnotatedPdf' | 'cancelExport' | 'showExportedFile'>;

const isAbort = (error: unknown): boolean => (error as Error | undefined)?.name === 'AbortError';

export function createExportApi(host: ExportHost, now: () => Date = () => new Date()): ExportCalls {
  let running: AbortController | null = null;
  let lastPath: string | null = null;
  return {
    async exportAnnotatedPdf(request: ExportPdfRequest): Promise<Result<ExportPdfOutcome | null>> {
      if (running) return err('invalid-argument', 'An export is already running; wait for it or cancel it.');
      const path = await host.showSaveDialog(
        suggestedPdfName(request.version.title || request.version.fileName, request.version.number),
      );
      if (path === null) return ok(null);
      const controller = new AbortController();
      running = controller;
      try {
        const result = await exportAnnotatedPdf(
          {
            version: {
              ...request.version,
              doc: request.version.doc as PmNodeJson,
            },
            annotations: request.annotations,
            replies: request.replies,
            sources: request.sources,
            legend: buildLegend(request.customStatuses),
            statusLabels: request.statusLabels,
            options: request.options,
            ...(request.language ? { language: request.language } : {}),
            exportedAt: now(),
          },
          {
            printToPdf: host.printToPdf,
            signal: controller.signal,
            onProgress: (p) => host.reportProgress(p),
          },
        );
        if (controller.signal.aborted) return ok(null);
        await writeFileAtomic(path, result.bytes);
        lastPath = path;
        return ok({
          fileName: basename(path),
          pages: result.pages,
          highlighted: result.highlighted,
          orphans: result.orphans.length,
        });
      } catch (error) {
        if (isAbort(error) || controller.signal.aborted) return ok(null);
        if (error instanceof AppFailure) return { ok: false, error: error.toError() };
        throw error;
      } finally {
        running = null;
      }
    },
    async cancelExport() {
      running?.abort();
      return ok(null);
    },
    async showExportedFile() {
      if (!lastPath) return err('not-found', 'Nothing has been exported yet.');
      host.showItemInFolder(lastPath);
      return ok(null);
    },
  };
}
