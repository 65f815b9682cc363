/**
 * Argument validation for every renderer-to-main call, shared by Electron main's IPC handlers and the
 * e2e harness's binding so both refuse exactly the same input. Arguments are parsed against
 * `invokeArgumentSchemas` before the API method runs (Signal: data crossing the bridge is parsed against
 * a schema); bad arguments come back as an `invalid-argument` Result, never as a thrown error.
 */
import type { z } from 'zod';
import { invokeChannels, type RendererToMain } from '../../shared/ipc/contract';
import { invokeArgumentSchemas } from '../../shared/ipc/schemas';
import { err, ok, type Result } from '../../shared/result';

/** The name of a renderer-to-main call (`openDocument`, …). */
export type InvokeMethod = keyof RendererToMain;

/** Every call of the contract, in declaration order of its channels. */
export const invokeMethods = Object.keys(invokeChannels) as InvokeMethod[];

/** True when `name` is a call of the contract (guards lookups by untrusted strings). */
export function isInvokeMethod(name: unknown): name is InvokeMethod {
  return typeof name === 'string' && Object.hasOwn(invokeChannels, name);
}

/**
 * Parses `args` for `method` and calls it on `api`.
 * @throws Error when `method` is not part of the contract: a programming error, not user input.
 */
export async function invokeValidated(
  api: RendererToMain,
  method: string,
  args: readonly unknown[],
): Promise<Result<unknown>> {
  if (!isInvokeMethod(method)) {
    throw new Error(`Refused to handle call "${method}": it is not part of the renderer-to-main contract.`);
  }
  const parsed = parseArguments(method, invokeArgumentSchemas[method], args);
  if (!parsed.ok) return parsed;
  // The tuple was parsed against this very method's schema, so the spread matches its parameters.
  const call = api[method] as (...values: unknown[]) => Promise<Result<unknown>>;
  return call(...(parsed.value as unknown[]));
}

/**
 * Parses one call's arguments against its tuple schema; an `invalid-argument` Result names the call and
 * each offending argument (`0.bytes: Input not instance of Uint8Array`).
 */
export function parseArguments<S extends z.ZodTuple>(
  label: string,
  schema: S,
  args: readonly unknown[],
): Result<z.infer<S>> {
  const parsed = schema.safeParse(args);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || '(arguments)'}: ${issue.message}`)
    .join('; ');
  return err('invalid-argument', `Refused ${label}(): bad arguments (${issues}).`, { method: label });
}
