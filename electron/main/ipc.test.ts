/**
 * The validated IPC wrapper: foreign senders are refused, arguments are parsed against the contract's
 * schemas, and good calls reach the app API. `electron` is mocked (no binary where unit tests run).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { invokeChannels, type RendererToMain } from '../../shared/ipc/contract';
import { ok } from '../../shared/result';

type Handler = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => Promise<unknown>;
const handlers = new Map<string, Handler>();

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) },
}));

const { isTrustedSender, registerAppApi } = await import('./ipc');

const appFrame = { senderFrame: { url: 'tickmark://app/index.html' } };

/** An API whose every method records its arguments and returns ok(method name). */
function recordingApi() {
  const calls: [string, unknown[]][] = [];
  const api = Object.fromEntries(
    Object.keys(invokeChannels).map((method) => [
      method,
      async (...args: unknown[]) => {
        calls.push([method, args]);
        return ok(method);
      },
    ]),
  ) as unknown as RendererToMain;
  return { api, calls };
}

describe('registerAppApi', () => {
  let calls: [string, unknown[]][];

  beforeEach(() => {
    handlers.clear();
    const recording = recordingApi();
    calls = recording.calls;
    registerAppApi(recording.api);
  });

  it('registers exactly one handler per contract channel', () => {
    expect([...handlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort());
  });

  it('refuses calls from frames that are not the app', async () => {
    const handler = handlers.get(invokeChannels.loadSample)!;
    await expect(handler({ senderFrame: { url: 'https://evil.example/' } })).rejects.toThrow(
      /Refused to handle "sample:load": the sender https:\/\/evil.example\/ is not the Tickmark app/,
    );
    await expect(handler({ senderFrame: { url: 'file:///tmp/index.html' } })).rejects.toThrow(/Refused/);
    await expect(handler({ senderFrame: null })).rejects.toThrow(/\(no frame\)/);
    expect(calls).toEqual([]);
  });

  it('returns invalid-argument for bad arguments without calling the API', async () => {
    const dropped = handlers.get(invokeChannels.importDroppedDocument)!;
    const asString = await dropped(appFrame, { name: 'a.txt', bytes: 'not bytes' });
    expect(asString).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect((asString as { error: { message: string } }).error.message).toMatch(
      /document:import-dropped.*bytes/,
    );
    expect(await dropped(appFrame)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dropped(appFrame, { name: '', bytes: new Uint8Array(1) })).toMatchObject({ ok: false });
    const link = handlers.get(invokeChannels.openExternalLink)!;
    expect(await link(appFrame, 42)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const sample = handlers.get(invokeChannels.loadSample)!;
    expect(await sample(appFrame, 'extra')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(calls).toEqual([]);
  });

  it('passes good arguments through to the API', async () => {
    const bytes = new Uint8Array([104, 105]);
    const dropped = handlers.get(invokeChannels.importDroppedDocument)!;
    expect(await dropped(appFrame, { name: 'a.txt', bytes })).toEqual(ok('importDroppedDocument'));
    const link = handlers.get(invokeChannels.openExternalLink)!;
    expect(await link(appFrame, 'https://example.com/')).toEqual(ok('openExternalLink'));
    expect(calls).toEqual([
      ['importDroppedDocument', [{ name: 'a.txt', bytes }]],
      ['openExternalLink', ['https://example.com/']],
    ]);
  });
});

describe('isTrustedSender', () => {
  it('accepts only the app origin', () => {
    expect(isTrustedSender(appFrame as never)).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'tickmark://app/sub/page.html' } } as never)).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'tickmark://other/index.html' } } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'not a url' } } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: undefined } as never)).toBe(false);
  });
});
