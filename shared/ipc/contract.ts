/**
 * The typed contract between the renderer and the main process: one interface per direction
 * (Hypothesis' GuestToHostCalls). Every call returns a `Result` with serialisable errors. Preload
 * implements `RendererToMain` over `ipcRenderer.invoke` on the channels below, main registers one
 * validated handler per channel (argument schemas in ./schemas.ts), and the e2e harness implements the
 * same interface over Playwright's `exposeBinding`. The renderer never handles file-system paths: it gets
 * imported content, and sends bytes only for files the user dropped on the window.
 */
import type { WebAnnotationFile } from '../annotations/w3c-incoming';
import type { LedgerTable } from '../figures/ledger-table';
import type { ExportPdfOutcome, ExportPdfRequest, ExportProgressEvent } from '../export/export-request';
import type { ReopenEncoding } from '../import/encodings';
import type { ImportProgressEvent } from '../import/import-progress';
import type { ImportedDraft } from '../model/document';
import type { ImportedSource } from '../model/source';
import type { Result } from '../result';

export interface AppInfo {
  version: string;
  /** The system's preferred UI language, BCP 47 (`zh-TW`, `zh-CN`, `en-US`, …). */
  systemLocale: string;
  platform: string;
}

/** A file the user dropped on the window. */
export interface DroppedFile {
  name: string;
  bytes: Uint8Array;
}

/** A file given on the command line or by the OS ("open with"), imported by main. */
export interface PendingImport {
  fileName: string;
  result: Result<ImportedDraft>;
}

/** A file main saved where the user chose: its name only (the renderer never sees paths). */
export interface SavedFile {
  fileName: string;
}

/** A Web Annotation file the user opened, read by main (size checked before reading). */
export interface OpenedWebAnnotations {
  fileName: string;
  file: WebAnnotationFile;
}

/** A backup file the user opened, read by main (size checked before reading); the renderer parses it. */
export interface OpenedBackup {
  fileName: string;
  text: string;
}

/** Menu items and accelerators that main forwards to the renderer. */
export const menuCommands = [
  'open',
  'find',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  'settings',
  'start-screen',
  'export-web-annotations',
  'import-web-annotations',
  'export-figure-ledger',
  'export-pdf',
  'back-up-review',
  'restore-backup',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

export interface RendererToMain {
  /** Shows the Open dialog and imports the chosen draft; `ok(null)` when the user cancels. */
  openDocument(): Promise<Result<ImportedDraft | null>>;
  /** Imports a draft the user dropped on the window. */
  importDroppedDocument(file: DroppedFile): Promise<Result<ImportedDraft>>;
  /** Drafts given on the command line or by the OS since the last call (each is handed over once). */
  takePendingDocuments(): Promise<Result<PendingImport[]>>;
  /** The bundled sample report, for the first run. */
  loadSample(): Promise<Result<ImportedDraft>>;
  getAppInfo(): Promise<Result<AppInfo>>;
  /** Opens an http(s) link in the system browser after main checks it; anything else is refused. */
  openExternalLink(url: string): Promise<Result<null>>;
  /** Shows the Open dialog for a source file (PDF, XLSX, CSV, DOCX, TXT); `ok(null)` when cancelled. */
  openSource(): Promise<Result<ImportedSource | null>>;
  /** Extracts a source the user dropped on the source pane. */
  importDroppedSource(file: DroppedFile): Promise<Result<ImportedSource>>;
  /** Shows the Open dialog for a Web Annotation file (JSON-LD) and reads it; `ok(null)` when cancelled. */
  openWebAnnotations(): Promise<Result<OpenedWebAnnotations | null>>;
  /** Shows the Save dialog and writes a Web Annotation file (`text`); `ok(null)` when cancelled. */
  saveWebAnnotations(text: string, suggestedName: string): Promise<Result<SavedFile | null>>;
  /** Shows the Save dialog (CSV or XLSX) and writes the ledger in the chosen format; `ok(null)` when cancelled. */
  saveFigureLedger(table: LedgerTable, suggestedName: string): Promise<Result<SavedFile | null>>;
  /**
   * Asks where to save (main's Save dialog), then exports the annotated PDF there; `ok(null)` when the
   * user cancels the dialog or the export. Progress arrives through `onDidReportExportProgress`.
   */
  exportAnnotatedPdf(request: ExportPdfRequest): Promise<Result<ExportPdfOutcome | null>>;
  /** Cancels the export that is running, if any (it then resolves `ok(null)`, leaving no file). */
  cancelExport(): Promise<Result<null>>;
  /** Shows the last exported file in the system's file manager. */
  showExportedFile(): Promise<Result<null>>;
  /** Shows the Save dialog and writes a backup file (`text`, shared/backup format); `ok(null)` when cancelled. */
  saveBackup(text: string, suggestedName: string): Promise<Result<SavedFile | null>>;
  /** Shows the Open dialog for a backup file and reads its text; `ok(null)` when cancelled. */
  openBackup(): Promise<Result<OpenedBackup | null>>;
  /**
   * Stops every import under way (drafts and sources run in main's import worker); each resolves a
   * `cancelled` error, or `ok(null)` for an Open dialog's import. Progress arrives through
   * `onDidReportImportProgress`.
   */
  cancelImport(): Promise<Result<null>>;
  /**
   * Decodes the text draft main imported with this sha256 again with `encoding` ("Reopen with
   * encoding…"); `not-found` when main no longer has the file at hand.
   */
  reopenDocumentWithEncoding(sha256: string, encoding: ReopenEncoding): Promise<Result<ImportedDraft>>;
}

export interface MainToRenderer {
  /** A menu item or accelerator was used; returns an unsubscribe function. */
  onDidRequestCommand(listener: (command: MenuCommand) => void): () => void;
  /** New files arrived from the OS or a second instance: call `takePendingDocuments`. */
  onDidReceiveDocuments(listener: () => void): () => void;
  /** Progress of a running PDF export; returns an unsubscribe function. */
  onDidReportExportProgress(listener: (progress: ExportProgressEvent) => void): () => void;
  /** Progress of an import running in main's import worker; returns an unsubscribe function. */
  onDidReportImportProgress(listener: (progress: ImportProgressEvent) => void): () => void;
}

/** The whole API preload exposes as `window.tickmark`. */
export type TickmarkBridge = RendererToMain & MainToRenderer;

/** IPC channel of each renderer-to-main call (`domain:verb`). */
export const invokeChannels = {
  openDocument: 'document:open',
  importDroppedDocument: 'document:import-dropped',
  takePendingDocuments: 'document:take-pending',
  loadSample: 'sample:load',
  getAppInfo: 'app:info',
  openExternalLink: 'link:open-external',
  openSource: 'source:open',
  importDroppedSource: 'source:import-dropped',
  openWebAnnotations: 'annotations:open-w3c',
  saveWebAnnotations: 'annotations:save-w3c',
  saveFigureLedger: 'ledger:save',
  exportAnnotatedPdf: 'export:pdf',
  cancelExport: 'export:cancel',
  showExportedFile: 'export:show-in-folder',
  saveBackup: 'backup:save',
  openBackup: 'backup:open',
  cancelImport: 'import:cancel',
  reopenDocumentWithEncoding: 'document:reopen-with-encoding',
} as const satisfies Record<keyof RendererToMain, string>;

/** Channels main sends on. */
export const eventChannels = {
  command: 'menu:command',
  documentsReceived: 'document:received',
  exportProgress: 'export:progress',
  importProgress: 'import:progress',
} as const;

/** Name of the global preload exposes; `renderer/platform/bridge.ts` is its only reader. */
export const bridgeGlobalName = 'tickmark';
