/**
 * The preload exposes exactly the contract under `window.tickmark`, maps each call to its fixed
 * channel, and its event wrappers hide the IPC event and unsubscribe cleanly.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bridgeGlobalName, eventChannels, invokeChannels } from '../../shared/ipc/contract';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }));
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      listeners.get(channel)?.delete(listener),
  },
}));

await import('./preload');
const bridge = exposed.get(bridgeGlobalName) as Record<string, (...args: unknown[]) => unknown>;

function emit(channel: string, payload?: unknown) {
  for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipc event' }, payload);
}

describe('preload bridge', () => {
  beforeEach(() => invoke.mockClear());

  it('exposes one global with exactly the contract keys', () => {
    expect([...exposed.keys()]).toEqual([bridgeGlobalName]);
    expect(Object.keys(bridge).sort()).toEqual(
      [
        ...Object.keys(invokeChannels),
        'onDidReceiveDocuments',
        'onDidRequestCommand',
        'onDidReportExportProgress',
        'onDidReportImportProgress',
      ].sort(),
    );
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
  });

  it('maps every call to its own channel with its arguments', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const argsFor: Record<string, unknown[]> = {
      importDroppedDocument: [{ name: 'a.txt', bytes }],
      importDroppedSource: [{ name: 'b.csv', bytes }],
      openExternalLink: ['https://example.com/'],
      saveWebAnnotations: ['{"type":"AnnotationCollection"}', 'review.jsonld'],
      saveFigureLedger: [{ title: 't', figures: [], sources: [] }, 'ledger.xlsx'],
      exportAnnotatedPdf: [{ options: { paper: 'a4' } }],
      saveBackup: ['{"manifest":{"format":"tickmark-backup"}}', 'review.tickmark-backup.json'],
      reopenDocumentWithEncoding: ['a'.repeat(64), 'big5'],
    };
    for (const [method, channel] of Object.entries(invokeChannels)) {
      const args = argsFor[method] ?? [];
      await bridge[method]!(...args);
      expect(invoke).toHaveBeenLastCalledWith(channel, ...args);
    }
    expect(invoke).toHaveBeenCalledTimes(Object.keys(invokeChannels).length);
  });

  it('passes only the dropped file fields, not extra properties', async () => {
    const bytes = new Uint8Array([1]);
    await bridge.importDroppedDocument!({ name: 'a.txt', bytes, path: '/etc/passwd' });
    expect(invoke).toHaveBeenLastCalledWith(invokeChannels.importDroppedDocument, { name: 'a.txt', bytes });
  });

  it('delivers menu commands without the IPC event, ignores unknown ones, and unsubscribes', () => {
    const received: unknown[] = [];
    const stop = bridge.onDidRequestCommand!((command: unknown) => received.push(command)) as () => void;
    emit(eventChannels.command, 'find');
    emit(eventChannels.command, 'rm -rf');
    stop();
    emit(eventChannels.command, 'open');
    expect(received).toEqual(['find']);
    expect(listeners.get(eventChannels.command)?.size).toBe(0);
  });

  it('signals received documents with no arguments', () => {
    const calls: unknown[][] = [];
    const stop = bridge.onDidReceiveDocuments!((...args: unknown[]) => calls.push(args)) as () => void;
    emit(eventChannels.documentsReceived);
    stop();
    emit(eventChannels.documentsReceived);
    expect(calls).toEqual([[]]);
  });

  it('passes valid import progress on without the IPC event and drops forged progress', () => {
    const received: unknown[] = [];
    const stop = bridge.onDidReportImportProgress!((progress: unknown) =>
      received.push(progress),
    ) as () => void;
    const progress = { fileName: 'report.pdf', stage: 'pages', done: 3, total: 120 };
    emit(eventChannels.importProgress, progress);
    emit(eventChannels.importProgress, { ...progress, stage: 'rm -rf' });
    emit(eventChannels.importProgress, { ...progress, done: -1 });
    emit(eventChannels.importProgress, '/etc/passwd');
    stop();
    emit(eventChannels.importProgress, progress);
    expect(received).toEqual([progress]);
    expect(listeners.get(eventChannels.importProgress)?.size).toBe(0);
  });

  it('reopens a draft with an encoding on its own channel', async () => {
    await bridge.reopenDocumentWithEncoding!('b'.repeat(64), 'gb18030');
    expect(invoke).toHaveBeenLastCalledWith(
      invokeChannels.reopenDocumentWithEncoding,
      'b'.repeat(64),
      'gb18030',
    );
  });
});
