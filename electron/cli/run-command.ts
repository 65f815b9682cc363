/** Dispatches `tickmark <command> …` to its module. */
import type { CliIo } from './cli-io';
import { processIo } from './cli-io';

export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  import: {
    summary: 'import FILE [--json|--text]   import a draft and print it',
    load: async () => (await import('./commands/import')).importCommand,
  },
  figures: {
    summary: 'figures FILE --json           detected figures of a draft',
    load: async () => (await import('./commands/figures')).figuresCommand,
  },
  check: {
    summary: 'check FILE --source S … --json  figures with source matches and consistency findings',
    load: async () => (await import('./commands/check')).checkCommand,
  },
  annotations: {
    summary: 'annotations validate A.jsonld [--json]  what is wrong with a W3C Web Annotation file',
    load: async () => (await import('./commands/annotations')).annotationsCommand,
  },
  'export-ledger': {
    summary: 'export-ledger DRAFT [--annotations A.jsonld] --out OUT.csv|OUT.xlsx  the figure ledger',
    load: async () => (await import('./commands/export-ledger')).exportLedgerCommand,
  },
  carry: {
    summary: 'carry --from OLD --to NEW --annotations IN.jsonld --out OUT.jsonld [--report R.json]',
    load: async () => (await import('./commands/carry')).carryCommand,
  },
  'export-pdf': {
    summary: 'export-pdf DRAFT --annotations A.jsonld --out OUT.pdf  annotated PDF (--help for options)',
    load: async () => (await import('./commands/export-pdf')).exportPdfCommand,
  },
};

export function usage(): string {
  return [
    'Usage: tickmark <command> [options]',
    '',
    ...Object.values(commands).map((c) => `  tickmark ${c.summary}`),
    '',
  ].join('\n');
}

export async function runCommand(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(`tickmark: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return (await command.load())(rest, io);
}
