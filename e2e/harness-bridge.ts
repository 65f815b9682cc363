/**
 * `window.tickmark` for the renderer under plain Chromium: an init script defines an object with exactly
 * the `TickmarkBridge` shape, whose calls are POSTed to the harness's own server and run by
 * `createAppApi` in Node, validated by the same `invokeValidated` that Electron main uses. Arguments and
 * results travel as JSON; bytes (dropped files) as base64, converted here and only here.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { bridgeGlobalName, eventChannels, type RendererToMain } from '../shared/ipc/contract';
import { randomUUID } from 'node:crypto';
import { invokeMethods, invokeValidated } from '../electron/services/invoke-validated';
import type { Result } from '../shared/result';

/** Hidden global through which `emitToPage` delivers main-to-renderer events. */
export const harnessEmitGlobal = '__tickmarkEmit';

/** Path (on the page's origin) the bridge POSTs calls to: `<path>/<method>`. */
export const bridgeInvokePath = '/__tickmark/invoke';

/** Header carrying the launch's bridge token. */
export const bridgeTokenHeader = 'x-tickmark-bridge';

/** One call the renderer made through the bridge, with what it got back (for specs to inspect). */
export interface BridgeCall {
  method: string;
  result: Result<unknown>;
}

/** Marker object that stands for a Uint8Array while crossing the bridge. */
interface EncodedBytes {
  __tickmarkBytes: string;
}

interface BridgeScriptConfig {
  bridgeName: string;
  methods: string[];
  events: {
    command: string;
    documentsReceived: string;
    exportProgress: string;
    importProgress: string;
  };
  emitName: string;
  invokePath: string;
  token: string;
}

/** The Node end of the bridge: what the harness's server calls for each POST from the page. */
export interface BridgeEndpoint {
  /** Random per launch; the page sends it with every call so no other local client can call in. */
  token: string;
  /** Runs one call: `argsJson` is the page's JSON array; resolves to the Result as JSON. */
  handle(method: string, argsJson: string): Promise<string>;
}

/**
 * The endpoint over `api`: parses the JSON arguments, restores bytes, validates with `invokeValidated`
 * (as Electron main does), logs the call and answers the Result as JSON.
 * @throws Error for a method outside the contract or arguments that are not a JSON array.
 */
export function createBridgeEndpoint(api: RendererToMain, log: BridgeCall[] = []): BridgeEndpoint {
  return {
    token: randomUUID(),
    async handle(method, argsJson) {
      const args: unknown = JSON.parse(argsJson);
      if (!Array.isArray(args))
        throw new Error(`Refused a bridge call to ${method}: arguments are not an array.`);
      const result = await invokeValidated(api, method, args.map(decodeBytes));
      log.push({ method, result });
      return JSON.stringify(result);
    },
  };
}

/**
 * Installs the init script on `context` (so every page and every reload gets the bridge). Call before
 * the first navigation. Calls are POSTed to `bridgeInvokePath` on the page's own origin (the harness's
 * server): loopback HTTP moves a 1 MB draft in milliseconds, where a Playwright binding takes seconds.
 */
export async function installBridge(context: BrowserContext, token: string): Promise<void> {
  const config: BridgeScriptConfig = {
    bridgeName: bridgeGlobalName,
    methods: invokeMethods,
    events: eventChannels,
    emitName: harnessEmitGlobal,
    invokePath: bridgeInvokePath,
    token,
  };
  // Sent as source text with a no-op `__name`: esbuild-based loaders (tsx, used by `npm run bench`)
  // wrap named functions in `__name(...)` calls that do not exist in the page.
  await context.addInitScript({
    content: `(() => { const __name = (target) => target; (${bridgeScript.toString()})(${JSON.stringify(config)}); })();`,
  });
}

/** Delivers a main-to-renderer event (`menu:command`, `document:received`) to the page's listeners. */
export async function emitToPage(page: Page, channel: string, payload?: unknown): Promise<void> {
  await page.evaluate(
    ([name, message, emitName]) => {
      const emit = (window as unknown as Record<string, (c: string, p: unknown) => void>)[emitName];
      if (!emit) throw new Error('The Tickmark bridge is not installed in this page.');
      emit(name, message);
    },
    [channel, payload, harnessEmitGlobal] as const,
  );
}

/** Replaces encoded byte markers by real Uint8Arrays, one level deep in objects (DroppedFile). */
function decodeBytes(value: unknown): unknown {
  if (isEncodedBytes(value)) return toUint8Array(value.__tickmarkBytes);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [
        key,
        isEncodedBytes(field) ? toUint8Array(field.__tickmarkBytes) : field,
      ]),
    );
  }
  return value;
}

function isEncodedBytes(value: unknown): value is EncodedBytes {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<EncodedBytes>).__tickmarkBytes === 'string'
  );
}

/** A plain Uint8Array (not a Buffer) over the decoded base64, as the Electron bridge would deliver. */
function toUint8Array(base64: string): Uint8Array {
  const buffer = Buffer.from(base64, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * Runs in the page before any of its scripts. Self-contained: Playwright serialises the function's
 * source, so it may use nothing from this module's scope.
 */
function bridgeScript(config: BridgeScriptConfig): void {
  const listeners = new Map<string, Set<(payload: unknown) => void>>([
    [config.events.command, new Set()],
    [config.events.documentsReceived, new Set()],
    [config.events.exportProgress, new Set()],
    [config.events.importProgress, new Set()],
  ]);

  const encode = (value: unknown): unknown => {
    if (value instanceof Uint8Array) {
      let binary = '';
      // Chunked: String.fromCharCode with 50 MB of arguments would overflow the stack.
      for (let offset = 0; offset < value.length; offset += 0x8000) {
        binary += String.fromCharCode(...value.subarray(offset, offset + 0x8000));
      }
      return { __tickmarkBytes: btoa(binary) };
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, encode(field)]));
    }
    return value;
  };

  const invoke = async (method: string, args: unknown[]): Promise<unknown> => {
    const response = await fetch(`${config.invokePath}/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Tickmark-Bridge': config.token },
      body: JSON.stringify(args.map(encode)),
    });
    // Like ipcRenderer.invoke: a refused call rejects; an expected failure is a Result.
    if (!response.ok) throw new Error(await response.text());
    return response.json();
  };

  const subscribe = (channel: string, listener: (payload: unknown) => void): (() => void) => {
    const set = listeners.get(channel);
    set?.add(listener);
    return () => {
      set?.delete(listener);
    };
  };

  const api: Record<string, unknown> = {};
  for (const method of config.methods) {
    api[method] = (...args: unknown[]) => invoke(method, args);
  }
  api.onDidRequestCommand = (listener: (command: unknown) => void) =>
    subscribe(config.events.command, (payload) => listener(payload));
  api.onDidReceiveDocuments = (listener: () => void) =>
    subscribe(config.events.documentsReceived, () => listener());
  api.onDidReportExportProgress = (listener: (progress: unknown) => void) =>
    subscribe(config.events.exportProgress, (payload) => listener(payload));
  api.onDidReportImportProgress = (listener: (progress: unknown) => void) =>
    subscribe(config.events.importProgress, (payload) => listener(payload));

  Object.defineProperty(window, config.bridgeName, {
    value: Object.freeze(api),
    enumerable: true,
    configurable: false,
    writable: false,
  });
  Object.defineProperty(window, config.emitName, {
    enumerable: false,
    configurable: false,
    writable: false,
    value: (channel: string, payload: unknown) => {
      for (const listener of [...(listeners.get(channel) ?? [])]) {
        try {
          listener(payload);
        } catch (error) {
          // Surface as an uncaught page error (as an Electron IPC listener would), without stopping the others.
          setTimeout(() => {
            throw error;
          });
        }
      }
    },
  });
}
