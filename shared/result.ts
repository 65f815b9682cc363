/**
 * Result values for expected failures (file missing, user cancelled, corrupt input).
 * They cross the IPC bridge as plain data, so errors are serialisable objects, never `Error`s.
 */

/** Codes for every expected failure the app reports to the user. */
export type ErrorCode =
  | 'cancelled'
  | 'not-found'
  | 'unreadable'
  | 'empty-file'
  | 'binary-file'
  | 'too-large'
  | 'corrupt'
  | 'encrypted'
  | 'unsupported-format'
  | 'invalid-argument'
  | 'internal';

/** A failure as data: `code` drives the user-facing text, `message` is for logs and the CLI. */
export interface AppError {
  code: ErrorCode;
  /** English, specific: what was wrong and with which value. */
  message: string;
  /** Values the UI interpolates into its translated message (file name, limit, size). */
  detail?: Record<string, string | number>;
}

export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

export const err = (code: ErrorCode, message: string, detail?: AppError['detail']): Result<never> => ({
  ok: false,
  error: detail ? { code, message, detail } : { code, message },
});

/** Thrown inside services to abort with an expected failure; converted to a Result at the edge. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: AppError['detail'],
  ) {
    super(message);
    this.name = 'AppFailure';
  }

  toError(): AppError {
    return this.detail
      ? { code: this.code, message: this.message, detail: this.detail }
      : { code: this.code, message: this.message };
  }
}
