/**
 * Validated IPC registration (VS Code's validatedIpcMain): every handler first checks that the call comes
 * from a frame of our own app origin, then parses its arguments against the channel's schema, and only
 * then calls the app API. A foreign sender is refused with an error (the renderer's invoke rejects); bad
 * arguments come back as an `invalid-argument` Result.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { invokeChannels, type RendererToMain } from '../../shared/ipc/contract';
import { invokeArgumentSchemas } from '../../shared/ipc/schemas';
import type { Result } from '../../shared/result';
import { invokeMethods, parseArguments } from '../services/invoke-validated';
import { appOrigin } from './window';

/** True when the event was sent by a frame showing our app (not some other page that got loaded). */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const url = event.senderFrame?.url;
  if (!url) return false;
  try {
    // Compare scheme and host: WHATWG `origin` is "null" for custom schemes in Node.
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === appOrigin;
  } catch {
    return false;
  }
}

/** Registers `handler` for `channel` behind the sender check and the argument schema. */
export function handleValidated<S extends z.ZodTuple>(
  channel: string,
  schema: S,
  handler: (...args: z.infer<S>) => Promise<Result<unknown>>,
): void {
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    if (!isTrustedSender(event)) {
      throw new Error(
        `Refused to handle "${channel}": the sender ${event.senderFrame?.url ?? '(no frame)'} is not the Tickmark app.`,
      );
    }
    const parsed = parseArguments(channel, schema, args);
    if (!parsed.ok) return parsed;
    return handler(...(parsed.value as z.infer<S>));
  });
}

/** Registers one validated handler per renderer-to-main channel, all calling `api`. */
export function registerAppApi(api: RendererToMain): void {
  for (const method of invokeMethods) {
    const call = api[method] as (...args: unknown[]) => Promise<Result<unknown>>;
    handleValidated(invokeChannels[method], invokeArgumentSchemas[method], (...args) => call(...args));
  }
}
