/**
 * The only reader of `window.tickmark`, the API preload exposes (VS Code `globals.ts`). Everything else in
 * the renderer calls `getBridge()`, so a missing or partial bridge fails in one place with a message that
 * says what is wrong, instead of as `undefined is not a function` somewhere in a click handler.
 */
import { bridgeGlobalName, invokeChannels, type TickmarkBridge } from '../../shared/ipc/contract';

const requiredMembers = [
  ...Object.keys(invokeChannels),
  'onDidRequestCommand',
  'onDidReceiveDocuments',
  'onDidReportExportProgress',
] as const;

let cached: TickmarkBridge | null = null;

/** Checks that `candidate` has every member of the contract; throws naming the missing ones. */
export function assertBridge(candidate: unknown): asserts candidate is TickmarkBridge {
  if (candidate === null || typeof candidate !== 'object') {
    throw new Error(
      `window.${bridgeGlobalName} is missing: the renderer must run inside Tickmark (Electron preload) or the e2e harness.`,
    );
  }
  const record = candidate as Record<string, unknown>;
  const missing = requiredMembers.filter((name) => typeof record[name] !== 'function');
  if (missing.length > 0) {
    throw new Error(
      `window.${bridgeGlobalName} lacks ${missing.join(', ')}: preload and renderer are out of step.`,
    );
  }
}

/** The bridge to the main process, checked on first use. */
export function getBridge(): TickmarkBridge {
  if (cached) return cached;
  const candidate = (globalThis as Record<string, unknown>)[bridgeGlobalName];
  assertBridge(candidate);
  cached = candidate;
  return cached;
}

/** True when the bridge is present (lets the UI show a clear error screen instead of crashing). */
export function hasBridge(): boolean {
  try {
    getBridge();
    return true;
  } catch {
    return false;
  }
}
