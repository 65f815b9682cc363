/**
 * `node --import tsx scripts/figures-equivalence/run.ts [ref]`: the working tree's `detectFigures`
 * against the one at git `ref` (default `main`) on every fixture, blind and held-out document and the
 * product owner's sample, each with its variations (variations.ts). Prints the first difference per text
 * and exits 1 if there is any. The ref's shared/ is unpacked into a temporary folder and imported there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectFigures } from '../../shared/figures/detect';
import type { Detector } from './compare';
import { firstDifference } from './compare';
import { variationsOf } from './variations';

const root = join(import.meta.dirname, '..', '..');
const figures = join(root, 'shared', 'figures');
/**
 * The product owner's sample, in the shared folder beside the checkout (`../shared`, or TICKMARK_SHARED
 * from a worktree elsewhere); skipped when absent. Today it is the same text as fixtures/hecheng-work-report.txt.
 */
const SAMPLE = join(
  process.env.TICKMARK_SHARED ?? join(root, '..', 'shared'),
  'samples',
  'hecheng-work-report.txt',
);

/** Every document the detector is scored on: fixtures, blind and held-out sets, and the sample. */
function documents(): Array<{ name: string; text: string }> {
  const folders = readdirSync(figures).filter(
    (d) => d === 'fixtures' || d === 'blind' || /^held-out-\d+$/.test(d),
  );
  const found = folders.sort().flatMap((folder) =>
    readdirSync(join(figures, folder))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ name: `${folder}/${f}`, text: readFileSync(join(figures, folder, f), 'utf8') })),
  );
  if (existsSync(SAMPLE)) found.push({ name: 'sample', text: readFileSync(SAMPLE, 'utf8') });
  return found;
}

async function referenceDetector(ref: string, into: string): Promise<Detector> {
  const archive = execFileSync('git', ['archive', ref, 'shared'], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', into], { input: archive });
  const url = pathToFileURL(join(into, 'shared', 'figures', 'detect.ts')).href;
  const mod = (await import(url)) as { detectFigures: Detector };
  return mod.detectFigures;
}

const ref = process.argv[2] ?? 'main';
const dir = mkdtempSync(join(tmpdir(), 'figures-equivalence-'));
try {
  const reference = await referenceDetector(ref, dir);
  let texts = 0;
  let differences = 0;
  for (const doc of documents()) {
    for (const variation of variationsOf(doc.text)) {
      texts++;
      const difference = firstDifference(reference, detectFigures, variation.text);
      if (!difference) continue;
      differences++;
      process.stdout.write(
        `${doc.name} (${variation.name}): figure ${difference.index}\n  ${ref}: ${difference.expected}\n  here: ${difference.actual}\n`,
      );
    }
  }
  process.stdout.write(`${texts} texts, ${differences} with a difference against ${ref}\n`);
  process.exitCode = differences === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
