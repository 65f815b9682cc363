/**
 * What counts as a fuzzing failure. Importers must answer bad input with a Result error whose code is
 * one of the app's and whose message is a sentence for a person — not a crash, not a hang, not a raw
 * JavaScript error string leaking through (`Cannot read properties of undefined`).
 */
import type { AppError, Result } from '../../shared/result';

export type CaseOutcome =
  | { kind: 'result'; result: Result<unknown> | undefined }
  | { kind: 'thrown'; thrown: { name: string; message: string; stack: string } | undefined }
  | { kind: 'hung'; detail: string }
  | { kind: 'died'; detail: string };

const errorCodes = new Set<AppError['code']>([
  'cancelled',
  'not-found',
  'unreadable',
  'empty-file',
  'binary-file',
  'too-large',
  'corrupt',
  'encrypted',
  'unsupported-format',
  'invalid-argument',
  'internal',
]);

/** Messages that are a JavaScript engine's words, not ours. */
const rawEngineMessage =
  /Cannot read propert|is not a function|is not iterable|undefined is not|null is not|Maximum call stack|Invalid array length|out of memory|\[object Object\]/i;

/** A one-line (then stack) description of what went wrong, or null when the case was handled well. */
export function describeProblem(outcome: CaseOutcome): string | null {
  switch (outcome.kind) {
    case 'hung':
      return `HANG: ${outcome.detail}`;
    case 'died':
      return `DIED (memory cap or crash): ${outcome.detail}`;
    case 'thrown':
      return `THROWN ${outcome.thrown?.name}: ${outcome.thrown?.message}\n${outcome.thrown?.stack ?? ''}`;
    case 'result': {
      const result = outcome.result;
      if (!result || typeof result.ok !== 'boolean') return `NOT A RESULT: ${JSON.stringify(result)}`;
      if (result.ok) return null;
      const { code, message } = result.error;
      if (!errorCodes.has(code)) return `UNKNOWN CODE ${code}: ${message}`;
      if (code === 'internal') return `INTERNAL: ${message}`;
      if (typeof message !== 'string' || message.trim().length < 10)
        return `NO MESSAGE (${code}): ${message}`;
      // A library's own words in parentheses after our explanation are detail for the logs, not the
      // message; an engine error standing alone (or outside parentheses) is not a clear message.
      if (rawEngineMessage.test(withoutParentheses(message))) return `UNCLEAR MESSAGE (${code}): ${message}`;
      return null;
    }
  }
}

/** `message` with every parenthesised part removed, innermost first. */
function withoutParentheses(message: string): string {
  let previous = '';
  let current = message;
  while (current !== previous) {
    previous = current;
    current = current.replace(/\([^()]*\)/g, '');
  }
  return current;
}
