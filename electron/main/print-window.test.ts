/**
 * Pins the hidden print window (sandboxed, no JavaScript, its own session that reaches only the print
 * file) and the printToPDF options. `electron` is mocked: its binary is not installed where tests run.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const windows: Array<{
  options: Record<string, unknown>;
  url?: string;
  destroyed: boolean;
  printed?: unknown;
}> = [];
let requestFilter:
  ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | undefined;

vi.mock('electron', () => ({
  session: {
    fromPartition: (name: string) => ({
      name,
      webRequest: { onBeforeRequest: (filter: typeof requestFilter) => (requestFilter = filter) },
    }),
  },
  BrowserWindow: class {
    record: (typeof windows)[number];
    webContents = {
      printToPDF: vi.fn(async (options: unknown) => {
        this.record.printed = options;
        expect(existsSync(fileURLToPath(this.record.url!))).toBe(true);
        return Buffer.from('%PDF-1.4 fake');
      }),
    };
    constructor(options: Record<string, unknown>) {
      this.record = { options, destroyed: false };
      windows.push(this.record);
    }
    loadURL = vi.fn(async (url: string) => {
      this.record.url = url;
    });
    isDestroyed = () => this.record.destroyed;
    destroy = () => {
      this.record.destroyed = true;
    };
  },
}));

const { createElectronPrinter, printPartition } = await import('./print-window');

describe('Electron print window', () => {
  beforeEach(() => {
    windows.length = 0;
  });

  it('prints in a hidden sandboxed window with no JavaScript, then destroys it and its file', async () => {
    const print = createElectronPrinter();
    const pdf = await print({
      html: '<p>工作報告</p>',
      headerTemplate: '<div>h</div>',
      footerTemplate: '<div>f</div>',
    });
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.4 fake');
    expect(windows).toHaveLength(1);
    expect(windows[0]!.options).toEqual({
      show: false,
      width: 900,
      height: 1200,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webSecurity: true,
        spellcheck: false,
        disableBlinkFeatures: 'Auxclick',
        partition: printPartition,
      },
    });
    expect(windows[0]!.printed).toEqual({
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<div>h</div>',
      footerTemplate: '<div>f</div>',
      generateTaggedPDF: false,
      generateDocumentOutline: false,
    });
    expect(windows[0]!.destroyed).toBe(true);
    expect(existsSync(fileURLToPath(windows[0]!.url!))).toBe(false);
  });

  it('lets the print session load only the print file', () => {
    const verdict = (url: string): boolean => {
      let cancel = false;
      requestFilter!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(verdict('file:///tmp/tickmark-print-abc.html')).toBe(false);
    expect(verdict('https://example.org/tracker.png')).toBe(true);
    expect(verdict('file:///etc/passwd')).toBe(true);
  });

  it('rejects with an AbortError when cancelled before printing', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(createElectronPrinter()({ html: '' }, controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
