/**
 * `npm run bench`: runs every bench/*.bench.ts module and prints each measurement beside the baseline
 * measured in the same run. A module exports `default (): Promise<BenchRow[]>`. Pass names to run a
 * subset: `npm run bench -- figures import`.
 */
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** What the same run measured for the bare building block, if any. */
  baseline?: { name: string; value: number };
  /** The figure the issue asks for, e.g. `< 1000 ms`. */
  target?: string;
}

const only = process.argv.slice(2);
const dir = import.meta.dirname;
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const all: BenchRow[] = [];
for (const file of modules) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<BenchRow[]> };
  process.stdout.write(`\n## ${file}\n`);
  for (const row of await mod.default()) {
    all.push(row);
    const base = row.baseline
      ? `   baseline ${row.baseline.name}: ${row.baseline.value.toFixed(1)} ${row.unit}`
      : '';
    const target = row.target ? `   target ${row.target}` : '';
    process.stdout.write(
      `${row.name.padEnd(58)} ${row.value.toFixed(1).padStart(10)} ${row.unit}${base}${target}\n`,
    );
  }
}
mkdirSync(join(dir, 'results'), { recursive: true });
writeFileSync(join(dir, 'results', 'latest.json'), JSON.stringify(all, null, 2));
