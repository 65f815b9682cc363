/**
 * The app API over a scripted host, with the real import services and real files: what the Electron
 * IPC handlers and the e2e bridge both call.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/result';
import { checkExternalUrl, createAppApi, sampleFileName, type AppHost } from './app-api';

const resourcesDir = path.resolve(import.meta.dirname, '../../resources');
const samplePath = path.join(resourcesDir, 'samples', sampleFileName);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-app-api-'));
  await writeFile(path.join(dir, 'draft.txt'), '第一章\r\n\r\n收入增長 4.9%。\r\n');
  await writeFile(path.join(dir, 'figures.csv'), 'item,value\nGDP,264\n');
  await writeFile(path.join(dir, 'empty.txt'), '');
});

/** A host whose dialog answers from a queue and which records what it was asked. */
function scriptedHost(options: { dialog?: (string | null)[]; launch?: string[] } = {}) {
  const dialogAnswers = [...(options.dialog ?? [])];
  const launch = [...(options.launch ?? [])];
  const asked: string[] = [];
  const opened: string[] = [];
  const host: AppHost = {
    showOpenDialog: async (kind) => {
      asked.push(kind);
      return dialogAnswers.shift() ?? null;
    },
    chooseSavePath: async (kind) => {
      asked.push(`save:${kind}`);
      return dialogAnswers.shift() ?? null;
    },
    takeLaunchPaths: () => launch.splice(0),
    openExternal: async (url) => {
      opened.push(url);
    },
    appInfo: { version: '9.9.9', systemLocale: 'zh-TW', platform: 'linux' },
    resourcesDir,
    export: {
      showSaveDialog: async () => null,
      printToPdf: async () => {
        throw new Error('not printed in these tests (see export-api.test.ts)');
      },
      showItemInFolder: () => undefined,
      reportProgress: () => undefined,
    },
  };
  return { host, asked, opened };
}

describe('createAppApi', () => {
  it('loads the bundled sample with the real importer', async () => {
    const result = await createAppApi(scriptedHost().host).loadSample();
    const bytes = await readFile(samplePath);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ fileName: sampleFileName, format: 'txt' });
    expect(result.value.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(result.value.text.length).toBeGreaterThan(10_000);
  });

  it('imports what the Open dialog picks, and returns ok(null) when it is cancelled', async () => {
    const { host, asked } = scriptedHost({ dialog: [path.join(dir, 'draft.txt'), null] });
    const api = createAppApi(host);
    const picked = await api.openDocument();
    expect(picked.ok && picked.value?.text).toBe('第一章\n\n收入增長 4.9%。\n');
    expect(await api.openDocument()).toEqual({ ok: true, value: null });
    expect(asked).toEqual(['document', 'document']);
  });

  it('passes importer failures through as Results', async () => {
    const { host } = scriptedHost({ dialog: [path.join(dir, 'missing.txt'), path.join(dir, 'empty.txt')] });
    const api = createAppApi(host);
    expect(await api.openDocument()).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await api.openDocument()).toMatchObject({ ok: false, error: { code: 'empty-file' } });
  });

  it('hands launch paths over once, each with its own result', async () => {
    const { host } = scriptedHost({ launch: [path.join(dir, 'draft.txt'), path.join(dir, 'missing.txt')] });
    const api = createAppApi(host);
    const pending = await api.takePendingDocuments();
    expect(pending.ok).toBe(true);
    if (!pending.ok) return;
    expect(pending.value.map((item) => [item.fileName, item.result.ok])).toEqual([
      ['draft.txt', true],
      ['missing.txt', false],
    ]);
    expect(await api.takePendingDocuments()).toEqual({ ok: true, value: [] });
  });

  it('imports dropped documents and sources from bytes', async () => {
    const api = createAppApi(scriptedHost().host);
    const bytes = new TextEncoder().encode('Dropped text.\n');
    expect(await api.importDroppedDocument({ name: 'dropped.txt', bytes })).toMatchObject({
      ok: true,
      value: { fileName: 'dropped.txt', text: 'Dropped text.\n' },
    });
    const csv = new TextEncoder().encode('item,value\nGDP,264\n');
    const source = await api.importDroppedSource({ name: 'figures.csv', bytes: csv });
    expect(source).toMatchObject({ ok: true, value: { format: 'csv' } });
    expect(source.ok && source.value.text).toContain('264');
    expect(await api.importDroppedDocument({ name: 'x.exe', bytes })).toMatchObject({
      ok: false,
      error: { code: 'unsupported-format' },
    });
  });

  it('opens sources through the dialog', async () => {
    const { host, asked } = scriptedHost({ dialog: [path.join(dir, 'figures.csv')] });
    const api = createAppApi(host);
    expect(await api.openSource()).toMatchObject({ ok: true, value: { fileName: 'figures.csv' } });
    expect(await api.openSource()).toEqual({ ok: true, value: null });
    expect(asked).toEqual(['source', 'source']);
  });

  it('reports app info from the host', async () => {
    expect(await createAppApi(scriptedHost().host).getAppInfo()).toEqual({
      ok: true,
      value: { version: '9.9.9', systemLocale: 'zh-TW', platform: 'linux' },
    });
  });

  it('opens only http(s) links externally', async () => {
    const { host, opened } = scriptedHost();
    const api = createAppApi(host);
    expect(await api.openExternalLink('https://www.stats.gov.cn/sj/')).toEqual({ ok: true, value: null });
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'not a url']) {
      expect(await api.openExternalLink(url)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }
    expect(opened).toEqual(['https://www.stats.gov.cn/sj/']);
  });

  it('never throws across the bridge: host failures become Results', async () => {
    const { host } = scriptedHost();
    const failing: AppHost = {
      ...host,
      showOpenDialog: async () => {
        throw new Error('dialog crashed');
      },
      openExternal: async () => {
        throw new AppFailure('unreadable', 'no browser configured');
      },
    };
    const api = createAppApi(failing);
    expect(await api.openDocument()).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Unexpected failure in the main process: dialog crashed' },
    });
    expect(await api.openExternalLink('http://example.com/')).toEqual({
      ok: false,
      error: { code: 'unreadable', message: 'no browser configured' },
    });
  });
});

describe('checkExternalUrl', () => {
  it('normalises accepted URLs and names the refused scheme', () => {
    expect(checkExternalUrl('HTTPS://Example.COM/a b')).toEqual({
      ok: true,
      value: 'https://example.com/a%20b',
    });
    const refused = checkExternalUrl('file:///etc/passwd');
    expect(!refused.ok && refused.error.message).toContain('file:');
  });
});
