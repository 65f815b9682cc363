import { describe, expect, it } from 'vitest';
import { invokeChannels, type RendererToMain } from '../../shared/ipc/contract';
import { ok } from '../../shared/result';
import { invokeMethods, invokeValidated, isInvokeMethod } from './invoke-validated';

const echoApi = Object.fromEntries(
  Object.keys(invokeChannels).map((method) => [method, async (...args: unknown[]) => ok({ method, args })]),
) as unknown as RendererToMain;

describe('invokeValidated', () => {
  it('knows exactly the contract methods', () => {
    expect(invokeMethods).toEqual(Object.keys(invokeChannels));
    expect(isInvokeMethod('loadSample')).toBe(true);
    expect(isInvokeMethod('constructor')).toBe(false);
    expect(isInvokeMethod('__proto__')).toBe(false);
  });

  it('throws on a method outside the contract', async () => {
    await expect(invokeValidated(echoApi, 'deleteEverything', [])).rejects.toThrow(
      'Refused to handle call "deleteEverything": it is not part of the renderer-to-main contract.',
    );
  });

  it('refuses bad arguments with a message naming the call and the argument', async () => {
    const result = await invokeValidated(echoApi, 'importDroppedSource', [{ name: 'a.csv', bytes: [1, 2] }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(!result.ok && result.error.message).toMatch(
      /^Refused importDroppedSource\(\): bad arguments \(0\.bytes: /,
    );
    expect(await invokeValidated(echoApi, 'getAppInfo', [1])).toMatchObject({ ok: false });
  });

  it('calls the method with the parsed arguments', async () => {
    const bytes = new Uint8Array([7]);
    expect(await invokeValidated(echoApi, 'importDroppedDocument', [{ name: 'a.txt', bytes }])).toEqual(
      ok({ method: 'importDroppedDocument', args: [{ name: 'a.txt', bytes }] }),
    );
  });
});
