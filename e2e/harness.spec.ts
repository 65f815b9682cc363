/**
 * Tests of the harness itself against the built renderer: the bridge has the contract's exact shape and
 * reaches the real services, bytes and events cross it, the Open dialog and command-line queues work,
 * and IndexedDB survives a close and relaunch with the same profile.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { invokeChannels, type PendingImport, type TickmarkBridge } from '../shared/ipc/contract';
import { bridgeInvokePath, type BridgeCall } from './harness-bridge';
import { launchApp } from './harness';
import { resourcesDir } from './harness-paths';

const samplePath = path.join(resourcesDir, 'samples', 'hecheng-work-report.txt');

/** Calls the bridge in the page; the callback runs in the browser. */
type InPage<T> = (bridge: TickmarkBridge) => Promise<T>;

test('window.tickmark has exactly the contract keys and cannot be replaced', async () => {
  const app = await launchApp();
  try {
    const shape = await app.page.evaluate(() => {
      const bridge = (window as unknown as { tickmark: Record<string, unknown> }).tickmark;
      const replaced = (() => {
        try {
          (window as unknown as { tickmark: unknown }).tickmark = {};
        } catch {
          /* strict-mode assignment to a read-only global throws; either way it must not change */
        }
        return (window as unknown as { tickmark: unknown }).tickmark !== bridge;
      })();
      return {
        keys: Object.keys(bridge).sort(),
        types: [...new Set(Object.values(bridge).map((value) => typeof value))],
        frozen: Object.isFrozen(bridge),
        replaced,
      };
    });
    expect(shape.keys).toEqual(
      [
        ...Object.keys(invokeChannels),
        'onDidReceiveDocuments',
        'onDidRequestCommand',
        'onDidReportExportProgress',
        'onDidReportImportProgress',
      ].sort(),
    );
    expect(shape.types).toEqual(['function']);
    expect(shape.frozen).toBe(true);
    expect(shape.replaced).toBe(false);
  } finally {
    await app.close();
  }
});

test('loadSample returns the bundled sample through the real importer', async () => {
  const app = await launchApp({ locale: 'zh-TW' });
  try {
    const result = await app.page.evaluate(() =>
      (window as unknown as { tickmark: TickmarkBridge }).tickmark.loadSample(),
    );
    const bytes = await readFile(samplePath);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.format).toBe('txt');
    expect(result.value.fileName).toBe('hecheng-work-report.txt');
    expect(result.value.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(result.value.text).toBe(
      bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n'),
    );
    const info = await app.page.evaluate(async () => ({
      language: navigator.language,
      info: await (window as unknown as { tickmark: TickmarkBridge }).tickmark.getAppInfo(),
    }));
    expect(info.language).toBe('zh-TW');
    expect(info.info).toMatchObject({ ok: true, value: { systemLocale: 'zh-TW' } });
  } finally {
    await app.close();
  }
});

test('dropped bytes cross the bridge as a Uint8Array and bad arguments are refused', async () => {
  const app = await launchApp();
  try {
    const [good, asString] = await app.page.evaluate(async () => {
      const bridge = (window as unknown as { tickmark: TickmarkBridge }).tickmark;
      const bytes = new TextEncoder().encode('第一段\r\n\r\nSecond paragraph, 3.5%.\n');
      return [
        await bridge.importDroppedDocument({ name: 'dropped.txt', bytes }),
        await bridge.importDroppedDocument({
          name: 'dropped.txt',
          bytes: 'not bytes' as unknown as Uint8Array,
        }),
      ];
    });
    expect(good).toMatchObject({ ok: true, value: { fileName: 'dropped.txt', format: 'txt' } });
    expect(good.ok && good.value.text).toBe('第一段\n\nSecond paragraph, 3.5%.\n');
    expect(asString).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(!asString.ok && asString.error.message).toContain('importDroppedDocument');
  } finally {
    await app.close();
  }
});

test('the bridge endpoint refuses calls without the launch token', async () => {
  const app = await launchApp();
  try {
    // The app may load the sample itself on first run; let it finish before counting.
    await app.page.waitForLoadState('networkidle');
    const callsBefore = app.bridgeCalls.length;
    const statuses = await app.page.evaluate(async (invokePath) => {
      const post = (headers: Record<string, string>) =>
        fetch(`${invokePath}/loadSample`, { method: 'POST', body: '[]', headers }).then((r) => r.status);
      return [await post({}), await post({ 'X-Tickmark-Bridge': 'guessed' })];
    }, bridgeInvokePath);
    expect(statuses).toEqual([403, 403]);
    expect(app.bridgeCalls.slice(callsBefore).map((call) => call.method)).not.toContain('loadSample');
  } finally {
    await app.close();
  }
});

test('the Open dialog queue hands out queued paths, then cancels', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-harness-files-'));
  const extra = path.join(dir, 'later.txt');
  await writeFile(extra, 'Arrived later.\n');
  const app = await launchApp({ dialogFiles: [samplePath] });
  try {
    const opened = await inPage(app.page, async (bridge) => ({
      first: await bridge.openDocument(),
      cancelled: await bridge.openDocument(),
    }));
    expect(opened.first).toMatchObject({ ok: true, value: { fileName: 'hecheng-work-report.txt' } });
    expect(opened.cancelled).toEqual({ ok: true, value: null });
    app.queueDialogFile(extra);
    const queued = await inPage(app.page, (bridge) => bridge.openDocument());
    expect(queued.ok && queued.value?.text).toBe('Arrived later.\n');
  } finally {
    await app.close();
  }
});

test('command-line paths and OS arrivals are handed over exactly once', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-harness-files-'));
  const extra = path.join(dir, 'later.txt');
  await writeFile(extra, 'Arrived later.\n');
  const app = await launchApp({ open: [samplePath] });
  try {
    // The app itself may take pending documents at start; whoever asks, each path comes out once.
    await inPage(app.page, (bridge) => bridge.takePendingDocuments());
    // The app's own call may still be in flight when ours returns empty: wait for the hand-over.
    await expect.poll(() => handedOver(app.bridgeCalls)).toEqual(['hecheng-work-report.txt']);

    await app.page.evaluate(() => {
      const state = window as unknown as { received: number; tickmark: TickmarkBridge };
      state.received = 0;
      state.tickmark.onDidReceiveDocuments(() => (state.received += 1));
    });
    await app.openFromOs([extra]);
    expect(await app.page.evaluate(() => (window as unknown as { received: number }).received)).toBe(1);
    await inPage(app.page, (bridge) => bridge.takePendingDocuments());
    await expect.poll(() => handedOver(app.bridgeCalls)).toEqual(['hecheng-work-report.txt', 'later.txt']);
    const later = app.bridgeCalls
      .flatMap((call) => (call.method === 'takePendingDocuments' && call.result.ok ? call.result.value : []))
      .find((item) => (item as PendingImport).fileName === 'later.txt') as PendingImport;
    expect(later.result.ok && later.result.value.text).toBe('Arrived later.\n');
  } finally {
    await app.close();
  }
});

/** File names returned by every `takePendingDocuments` call so far, in order. */
function handedOver(calls: BridgeCall[]): string[] {
  return calls
    .filter((call) => call.method === 'takePendingDocuments' && call.result.ok)
    .flatMap((call) => (call.result as { value: PendingImport[] }).value.map((item) => item.fileName));
}

test('menu commands reach listeners until they unsubscribe', async () => {
  const app = await launchApp();
  try {
    await app.page.evaluate(() => {
      const state = window as unknown as { commands: string[]; stop: () => void; tickmark: TickmarkBridge };
      state.commands = [];
      state.stop = state.tickmark.onDidRequestCommand((command) => state.commands.push(command));
    });
    await app.sendMenuCommand('find');
    await app.sendMenuCommand('zoom-in');
    await app.page.evaluate(() => (window as unknown as { stop: () => void }).stop());
    await app.sendMenuCommand('open');
    expect(await app.page.evaluate(() => (window as unknown as { commands: string[] }).commands)).toEqual([
      'find',
      'zoom-in',
    ]);
  } finally {
    await app.close();
  }
});

test('openExternalLink passes http(s) to the system browser and refuses other schemes', async () => {
  const app = await launchApp();
  try {
    const results = await inPage(app.page, async (bridge) => [
      await bridge.openExternalLink('https://www.gov.cn/zhengce/'),
      await bridge.openExternalLink('file:///etc/passwd'),
      await bridge.openExternalLink('javascript:alert(1)'),
    ]);
    expect(results.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual([
      'ok',
      'invalid-argument',
      'invalid-argument',
    ]);
    expect(app.openedLinks).toEqual(['https://www.gov.cn/zhengce/']);
  } finally {
    await app.close();
  }
});

test('IndexedDB survives close and relaunch with the same profile; a new profile starts empty', async () => {
  const first = await launchApp();
  const userDataDir = first.userDataDir;
  try {
    await writeProbe(first.page, 'kept across relaunch');
  } finally {
    await first.close();
  }
  const second = await launchApp({ userDataDir });
  try {
    expect(await readProbe(second.page)).toBe('kept across relaunch');
  } finally {
    await second.close();
  }
  const fresh = await launchApp();
  try {
    expect(fresh.userDataDir).not.toBe(userDataDir);
    expect(await readProbe(fresh.page)).toBeNull();
  } finally {
    await fresh.close();
  }
});

test('uncaught page errors are collected in app.errors', async () => {
  const app = await launchApp();
  try {
    await app.page.evaluate(() => {
      setTimeout(() => {
        throw new Error('probe failure 42');
      });
    });
    await expect.poll(() => app.errors.join('\n')).toContain('probe failure 42');
  } finally {
    await app.close();
  }
});

/**
 * Runs `run(window.tickmark)` in the page. Its source is sent as an expression (Playwright evaluates it
 * over the DevTools protocol, which the page's CSP does not govern), so it may only use its argument.
 */
function inPage<T>(page: Page, run: InPage<T>): Promise<T> {
  return page.evaluate(`(${run.toString()})(window.tickmark)`) as Promise<T>;
}

/** A database only this spec uses, so it never meets the app's own `tickmark` database. */
const probeDatabase = 'tickmark-harness-probe';

/** Writes `value` under key `probe` with raw IndexedDB. */
function writeProbe(page: Page, value: string): Promise<void> {
  return page.evaluate(
    ([name, text]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => open.result.createObjectStore('probe');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('probe', 'readwrite');
          transaction.objectStore('probe').put(text, 'probe');
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [probeDatabase, value] as const,
  );
}

/** Reads key `probe` (null when the database or the key does not exist). */
function readProbe(page: Page): Promise<string | null> {
  return page.evaluate(
    (name) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => open.result.createObjectStore('probe');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('probe').objectStore('probe').get('probe');
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as string | undefined) ?? null);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    probeDatabase,
  );
}
