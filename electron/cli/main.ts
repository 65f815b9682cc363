/**
 * `tickmark` command line: the app's importers, figure detection and checks without a window.
 * Each subcommand lives in ./commands and returns an exit code; usage errors exit 2.
 */
import { runCommand } from './run-command';

runCommand(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `tickmark: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
