/**
 * Files to open that arrive from outside the window: the command line, a second instance's command line,
 * and macOS 'open-file' events (which can fire before the app is ready). They wait in a queue until the
 * renderer asks for them (`takePendingDocuments`); each path is handed over once.
 */
import path from 'node:path';

/**
 * Document paths in a command line. Chromium and Node switches (`--foo`) are skipped; in development the
 * first remaining argument is the app folder given to `electron` and is skipped too.
 */
export function pathsFromArgv(
  argv: readonly string[],
  options: { isPackaged: boolean; cwd: string },
): string[] {
  const operands = argv.slice(1).filter((arg) => !arg.startsWith('-'));
  const files = options.isPackaged ? operands : operands.slice(1);
  return files.map((file) => path.resolve(options.cwd, file));
}

/** A first-in, first-out queue of paths to import, with a hook for "new files arrived". */
export class LaunchQueue {
  private readonly paths: string[] = [];
  private listener: (() => void) | null = null;

  /** Adds paths and tells the listener (the window) that there is something to take. */
  add(paths: readonly string[]): void {
    if (paths.length === 0) return;
    this.paths.push(...paths);
    this.listener?.();
  }

  /** Everything queued so far, emptying the queue. */
  take(): string[] {
    return this.paths.splice(0);
  }

  /** Called after each `add`; one listener (the main window). */
  onDidAdd(listener: (() => void) | null): void {
    this.listener = listener;
  }
}
