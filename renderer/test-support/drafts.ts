/**
 * Test helpers: real ImportedDrafts made from plain text the way the .txt importer shapes them (one
 * paragraph per line), with a real sha256, and a TickmarkBridge whose answers a test sets. Unit tests
 * only; e2e tests use the real services through the harness.
 */
import { documentSchema } from '../../shared/document/schema';
import { buildTextMap } from '../../shared/document/text-map';
import type { ImportedDraft } from '../../shared/model/document';
import type {
  MenuCommand,
  OpenedBackup,
  OpenedWebAnnotations,
  PendingImport,
  TickmarkBridge,
} from '../../shared/ipc/contract';
import { err, ok, type Result } from '../../shared/result';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A draft of `text` (lines → paragraphs; lines starting with "# " → headings) named `fileName`. */
export async function makeDraft(fileName: string, text: string): Promise<ImportedDraft> {
  const blocks = text
    .split('\n')
    .map((line) =>
      line.startsWith('# ')
        ? documentSchema.node(
            'heading',
            { level: 1 },
            line.length > 2 ? [documentSchema.text(line.slice(2))] : [],
          )
        : documentSchema.node('paragraph', null, line.length > 0 ? [documentSchema.text(line)] : []),
    );
  const doc = documentSchema.node('doc', null, blocks);
  return {
    title: fileName.replace(/\.[^.]+$/, ''),
    fileName,
    format: 'txt',
    encoding: 'utf-8',
    sha256: await sha256Hex(text),
    byteLength: new TextEncoder().encode(text).byteLength,
    doc: doc.toJSON() as ImportedDraft['doc'],
    text: buildTextMap(doc).text,
    paragraphs: blocks.length,
  };
}

/** A bridge whose call results the test sets; records the calls it receives. */
export interface TestBridge extends TickmarkBridge {
  next: {
    openDocument: Result<ImportedDraft | null>[];
    dropped: Result<ImportedDraft>[];
    pending: PendingImport[];
    sample: Result<ImportedDraft> | null;
    webAnnotations: Result<OpenedWebAnnotations | null>[];
    backups: Result<OpenedBackup | null>[];
    reopened: Result<ImportedDraft>[];
  };
  /** What the save calls were given (Web Annotation text, ledger tables), in order. */
  saved: { suggestedName: string; content: unknown }[];
  calls: string[];
  emitCommand(command: MenuCommand): void;
}

export function createTestBridge(): TestBridge {
  const commandListeners = new Set<(command: MenuCommand) => void>();
  const bridge: TestBridge = {
    next: {
      openDocument: [],
      dropped: [],
      pending: [],
      sample: null,
      webAnnotations: [],
      backups: [],
      reopened: [],
    },
    saved: [],
    calls: [],
    async openDocument() {
      bridge.calls.push('openDocument');
      return bridge.next.openDocument.shift() ?? ok(null);
    },
    async importDroppedDocument(file) {
      bridge.calls.push(`importDroppedDocument:${file.name}`);
      const next = bridge.next.dropped.shift();
      if (!next) throw new Error(`No answer queued for the drop of ${file.name}`);
      return next;
    },
    async takePendingDocuments() {
      bridge.calls.push('takePendingDocuments');
      return ok(bridge.next.pending.splice(0));
    },
    async loadSample() {
      bridge.calls.push('loadSample');
      if (!bridge.next.sample) throw new Error('No sample queued');
      return bridge.next.sample;
    },
    async getAppInfo() {
      return ok({ version: '0.0.0-test', systemLocale: 'zh-TW', platform: 'linux' });
    },
    async openExternalLink() {
      return ok(null);
    },
    async openSource() {
      return ok(null);
    },
    async importDroppedSource() {
      throw new Error('not used by these tests');
    },
    async openWebAnnotations() {
      bridge.calls.push('openWebAnnotations');
      return bridge.next.webAnnotations.shift() ?? ok(null);
    },
    async saveWebAnnotations(text, suggestedName) {
      bridge.calls.push(`saveWebAnnotations:${suggestedName}`);
      bridge.saved.push({ suggestedName, content: text });
      return ok({ fileName: suggestedName });
    },
    async saveFigureLedger(table, suggestedName) {
      bridge.calls.push(`saveFigureLedger:${suggestedName}`);
      bridge.saved.push({ suggestedName, content: table });
      return ok({ fileName: suggestedName });
    },
    async exportAnnotatedPdf() {
      bridge.calls.push('exportAnnotatedPdf');
      return ok(null);
    },
    async cancelExport() {
      return ok(null);
    },
    async showExportedFile() {
      return ok(null);
    },
    onDidReportExportProgress() {
      return () => undefined;
    },
    async cancelImport() {
      bridge.calls.push('cancelImport');
      return ok(null);
    },
    async reopenDocumentWithEncoding(sha256, encoding) {
      bridge.calls.push(`reopenDocumentWithEncoding:${encoding}`);
      return bridge.next.reopened.shift() ?? err('not-found', `no file for ${sha256}`);
    },
    onDidReportImportProgress() {
      return () => undefined;
    },
    async saveBackup(text, suggestedName) {
      bridge.calls.push(`saveBackup:${suggestedName}`);
      bridge.saved.push({ suggestedName, content: text });
      return ok({ fileName: suggestedName });
    },
    async openBackup() {
      bridge.calls.push('openBackup');
      return bridge.next.backups.shift() ?? ok(null);
    },
    onDidRequestCommand(listener) {
      commandListeners.add(listener);
      return () => commandListeners.delete(listener);
    },
    onDidReceiveDocuments() {
      return () => undefined;
    },
    emitCommand(command) {
      for (const listener of commandListeners) listener(command);
    },
  };
  return bridge;
}
