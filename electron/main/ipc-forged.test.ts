/**
 * Forged IPC: for every renderer-to-main channel, calls a compromised renderer could make — wrong types,
 * missing and extra fields, 100 MB strings, NaN, prototype-pollution keys, paths the user never chose,
 * path traversal, frames that are not the app's — must come back as a validation error (or a refusal for
 * foreign frames) before any service runs. The channel list comes from the contract, and a channel with
 * no forged cases below fails this test (and the typecheck), so a new channel cannot slip through.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultExportPdfOptions } from '../../shared/export/export-options';
import { writeBackupFile } from '../../shared/backup/backup-file';
import { invokeChannels, type RendererToMain } from '../../shared/ipc/contract';
import { invokeArgumentSchemas } from '../../shared/ipc/schemas';
import { ok } from '../../shared/result';
import { invokeMethods, invokeValidated } from '../services/invoke-validated';

type Handler = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => Promise<unknown>;
const handlers = new Map<string, Handler>();
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) },
}));
const { registerAppApi } = await import('./ipc');

const appFrame = { senderFrame: { url: 'tickmark://app/index.html' } };
const bytes = new Uint8Array([104, 105]);
const hundredMegabytes = 'x'.repeat(100 * 1024 * 1024);
/** What JSON.parse (or a structured clone of it) gives: an own "__proto__" key, not a prototype. */
const polluted = (fields: object) => ({
  ...JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  ...fields,
});

/** A well-formed annotated-PDF export request, with `change` applied on top. */
function exportRequest(change: Record<string, unknown> = {}) {
  return {
    version: {
      title: 'Report',
      fileName: 'report.txt',
      sha256: 'a'.repeat(64),
      number: 1,
      doc: { type: 'doc', content: [] },
      text: '',
    },
    annotations: [],
    replies: [],
    sources: [],
    customStatuses: [],
    statusLabels: {},
    options: defaultExportPdfOptions,
    ...change,
  };
}
/** The smallest backup writeBackupFile makes. */
const validBackupText = writeBackupFile({
  documents: [],
  versions: [],
  annotations: [],
  replies: [],
  sources: [],
  links: [],
});

/** One well-formed call per channel: proves the cases below fail for their forgery, not for nothing. */
const validCalls = {
  openDocument: [],
  importDroppedDocument: [{ name: 'draft.txt', bytes }],
  takePendingDocuments: [],
  loadSample: [],
  getAppInfo: [],
  openExternalLink: ['https://www.gov.cn/zhengce/'],
  openSource: [],
  importDroppedSource: [{ name: 'table.csv', bytes }],
  openWebAnnotations: [],
  saveWebAnnotations: ['{"type":"AnnotationCollection"}', 'review.jsonld'],
  saveFigureLedger: [{ title: 'Report', figures: [], sources: [] }, 'ledger.xlsx'],
  exportAnnotatedPdf: [exportRequest()],
  cancelExport: [],
  showExportedFile: [],
  saveBackup: [validBackupText, 'review.tickmark-backup.json'],
  openBackup: [],
  cancelImport: [],
  reopenDocumentWithEncoding: ['a'.repeat(64), 'big5'],
} satisfies Record<keyof RendererToMain, unknown[]>;

const forgedSuggestedNames = [
  '../../../../etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '..',
  '',
  hundredMegabytes,
  42,
  Number.NaN,
];

const forgedFile = [
  [],
  [null],
  ['/etc/passwd'],
  [{ name: 'a.txt' }],
  [{ bytes }],
  [{ name: 'a.txt', bytes: 'not bytes' }],
  [{ name: 'a.txt', bytes: [104, 105] }],
  [{ name: 'a.txt', bytes: { 0: 104, length: 1 } }],
  [{ name: 42, bytes }],
  [{ name: Number.NaN, bytes }],
  [{ name: '', bytes }],
  [{ name: hundredMegabytes, bytes }],
  [{ name: '../../../../etc/passwd', bytes }],
  [{ name: '/etc/passwd', bytes }],
  [{ name: 'C:\\Windows\\win.ini', bytes }],
  [{ name: 'a.txt\0.pdf', bytes }],
  [{ name: 'a.txt', bytes, path: '/home/someone/.ssh/id_rsa' }],
  [polluted({ name: 'a.txt', bytes })],
  [{ name: 'a.txt', bytes }, 'extra'],
];

/** Forged arguments per channel; every one must be refused with `invalid-argument`. */
const forgedCalls = {
  openDocument: [['/etc/passwd'], [{ path: '../../secret.txt' }], [Number.NaN]],
  importDroppedDocument: forgedFile,
  takePendingDocuments: [['/etc/passwd'], [['/etc/passwd']]],
  loadSample: [['../../../../etc/passwd'], [{ resourcesDir: '/' }]],
  getAppInfo: [[polluted({})]],
  openExternalLink: [
    [],
    [42],
    [Number.NaN],
    [null],
    [{ url: 'https://example.com/' }],
    [hundredMegabytes],
    ['https://example.com/' + 'a'.repeat(5000)],
    ['file:///etc/passwd'],
    ['javascript:alert(1)'],
    ['smb://attacker/share'],
    ['ms-msdt:/id PCWDiagnostic'],
    ['../../etc/passwd'],
    ['/etc/passwd'],
    ['https://example.com/', 'extra'],
  ],
  openSource: [['/etc/shadow'], [polluted({})]],
  importDroppedSource: forgedFile,
  openWebAnnotations: [['/home/someone/review.jsonld'], [{ path: '../../secret.jsonld' }]],
  saveWebAnnotations: [
    [],
    ['{}'],
    [42, 'review.jsonld'],
    [hundredMegabytes, 'review.jsonld'],
    ...forgedSuggestedNames.map((name) => ['{}', name]),
  ],
  saveFigureLedger: [
    [],
    [{ title: 'Report' }, 'ledger.xlsx'],
    ['not a table', 'ledger.xlsx'],
    [{ title: 'Report', figures: 'rows', sources: [] }, 'ledger.xlsx'],
    ...forgedSuggestedNames.map((name) => [{ title: 'Report', figures: [], sources: [] }, name]),
  ],
  exportAnnotatedPdf: [
    [],
    [null],
    [exportRequest(), 'extra'],
    [exportRequest({ options: { ...defaultExportPdfOptions, paper: 'a0' } })],
    [exportRequest({ options: { ...defaultExportPdfOptions, kinds: ['script'] } })],
    [exportRequest({ version: { title: 'Report' } })],
    [exportRequest({ annotations: 'all' })],
    [exportRequest({ statusLabels: { verified: hundredMegabytes } })],
    [exportRequest({ outputPath: '/etc/cron.d/evil' })],
  ],
  cancelExport: [['/etc/passwd'], [polluted({})]],
  showExportedFile: [['/etc/passwd'], ['../../../../home/someone/.ssh']],
  saveBackup: [
    [],
    [validBackupText],
    [42, 'review.tickmark-backup.json'],
    [{ manifest: {} }, 'review.tickmark-backup.json'],
    // Text that is not a backup (the renderer would never send it) is refused before any dialog shows.
    ['{"type":"AnnotationCollection"}', 'review.tickmark-backup.json'],
    [' ' + validBackupText, 'review.tickmark-backup.json'],
    [`{"manifest":{"format":"tickmark-backup"${'x'.repeat(401 * 1024 * 1024)}`, 'review.json'],
    ...forgedSuggestedNames.map((name) => [validBackupText, name]),
  ],
  openBackup: [
    ['/home/someone/review.tickmark-backup.json'],
    [{ path: '../../secret.json' }],
    [polluted({})],
  ],
  cancelImport: [['/etc/passwd'], [polluted({})], [{ all: true }]],
  reopenDocumentWithEncoding: [
    [],
    ['a'.repeat(64)],
    ['/etc/passwd', 'big5'],
    ['../../../../etc/passwd', 'utf-8'],
    ['A'.repeat(64), 'big5'],
    ['a'.repeat(63), 'big5'],
    ['a'.repeat(65), 'big5'],
    [hundredMegabytes, 'big5'],
    ['a'.repeat(64), 'ebcdic'],
    ['a'.repeat(64), 'BIG5 '],
    ['a'.repeat(64), ''],
    ['a'.repeat(64), hundredMegabytes],
    ['a'.repeat(64), { encoding: 'big5' }],
    [{ sha256: 'a'.repeat(64) }, 'big5'],
  ],
} satisfies Record<keyof RendererToMain, unknown[][]>;

const foreignFrames = [
  { senderFrame: { url: 'https://evil.example/index.html' } },
  { senderFrame: { url: 'file:///tmp/index.html' } },
  { senderFrame: { url: 'tickmark://evil/index.html' } },
  { senderFrame: { url: 'tickmark://app.evil.example/index.html' } },
  { senderFrame: { url: 'devtools://devtools/bundled/inspector.html' } },
  { senderFrame: { url: 'about:blank' } },
  { senderFrame: null },
];

/** An API that records calls: every forged call must leave it untouched. */
const calls: string[] = [];
const api = Object.fromEntries(
  invokeMethods.map((method) => [
    method,
    async () => {
      calls.push(method);
      return ok(method);
    },
  ]),
) as unknown as RendererToMain;

beforeAll(() => registerAppApi(api));

/** Extra generic forgeries for a channel: one argument too many, NaN, 100 MB and polluted in each slot. */
function genericForgeries(method: keyof RendererToMain): unknown[][] {
  const arity = invokeArgumentSchemas[method].def.items.length;
  const valid = validCalls[method];
  const cases: unknown[][] = [
    [...valid, 'extra'],
    [...valid, polluted({})],
  ];
  for (let slot = 0; slot < arity; slot += 1) {
    for (const value of [Number.NaN, hundredMegabytes, polluted({}), undefined, [], true]) {
      const args = [...valid];
      args[slot] = value;
      cases.push(args);
    }
  }
  return cases;
}

describe('forged IPC arguments', () => {
  it('has a valid call and forged cases for every channel of the contract', () => {
    for (const method of invokeMethods) {
      expect(validCalls, `no valid call for ${method}`).toHaveProperty(method);
      expect(
        forgedCalls[method as keyof typeof forgedCalls]?.length ?? 0,
        `no forged cases for ${method}`,
      ).toBeGreaterThan(0);
    }
    expect([...handlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort());
  });

  describe.each(invokeMethods)('%s', (method) => {
    const channel = invokeChannels[method];

    it('refuses forged arguments with invalid-argument before any service runs', async () => {
      calls.length = 0;
      const handler = handlers.get(channel)!;
      for (const args of [...(forgedCalls[method] ?? []), ...genericForgeries(method)]) {
        for (const result of [await handler(appFrame, ...args), await invokeValidated(api, method, args)]) {
          expect(result, `${channel}(${describeArgs(args)})`).toMatchObject({
            ok: false,
            error: {
              code: 'invalid-argument',
              message: expect.stringMatching(
                new RegExp(`^Refused (${method}|${channel})\\(\\): bad arguments`),
              ),
            },
          });
          // The message names what was wrong and never echoes a 100 MB value back across the bridge.
          expect(JSON.stringify(result).length).toBeLessThan(10_000);
        }
      }
      expect(calls).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('refuses every frame that is not the app, even with good arguments', async () => {
      calls.length = 0;
      const handler = handlers.get(channel)!;
      for (const frame of foreignFrames) {
        await expect(handler(frame, ...validCalls[method])).rejects.toThrow(/Refused to handle/);
      }
      expect(calls).toEqual([]);
    });

    it('lets the well-formed call through (so the refusals above are about the forgery)', async () => {
      calls.length = 0;
      expect(await handlers.get(channel)!(appFrame, ...validCalls[method])).toEqual(ok(method));
      expect(calls).toEqual([method]);
    });
  });
});

function describeArgs(args: unknown[]): string {
  return args
    .map((arg) => (typeof arg === 'string' && arg.length > 40 ? `<${arg.length} chars>` : String(arg)))
    .join(', ')
    .slice(0, 200);
}
