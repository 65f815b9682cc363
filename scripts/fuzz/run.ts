/**
 * `npm run fuzz`: feeds every importer and source reader mutated copies of real files (scripts/fuzz/
 * corpus/) with a fixed seed and budget, and fails when any case crashes (throws instead of returning a
 * Result), hangs past the timeout, blows the memory cap, or is refused without a clear message.
 * Each target runs in a worker thread capped at --memory MB; a case over --timeout ms of CPU is a hang,
 * and one with no answer after --wall-limit ms kills the worker (which is restarted). Crashers are written to --out with their error, for keeping as regression
 * fixtures (scripts/fuzz/corpus/crashers/ + fuzz-regressions.test.ts).
 *
 * Case i of a target is always the same bytes (its PRNG is seeded from seed, target and i), so --jobs N
 * (N workers per target taking the next case index) changes the speed, never the cases.
 *
 *   node --import tsx scripts/fuzz/run.ts [--cases 10000] [--seed 13] [--targets pdf,docx]
 *        [--timeout 5000] [--memory 500] [--jobs 2] [--out .tmp/fuzz]
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { caseSeed, createRandom, mutate } from './mutate';
import { fuzzTargets, type FuzzTarget } from './targets';
import { describeProblem, type CaseOutcome } from './verdict';

const here = path.dirname(fileURLToPath(import.meta.url));
const option = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
};
const cases = Number(option('cases', '10000'));
const seed = Number(option('seed', '13'));
const timeoutMs = Number(option('timeout', '5000'));
const memoryMb = Number(option('memory', '500'));
const jobs = Math.max(1, Number(option('jobs', '2')));
/**
 * The 5 s limit is on the CPU time of the worker's thread (measured in the worker from
 * /proc/thread-self/stat): on a shared machine at nice 19 a 1 s case can take 10 s of wall time. A case
 * with no answer after --wall-limit (12 x the timeout by default) is killed and counted as a hang anyway.
 */
const wallLimitMs = Number(option('wall-limit', String(timeoutMs * 12)));
const outDir = path.resolve(option('out', '.tmp/fuzz'));
const chosen = option('targets', '');
const targets = chosen
  ? fuzzTargets.filter((target) => chosen.split(',').includes(target.name))
  : fuzzTargets;

interface TargetReport {
  target: string;
  cases: number;
  accepted: number;
  refused: number;
  problems: number;
  seconds: number;
  casesPerSecond: number;
  /** CPU seconds of the whole process (all workers) while the target ran: the machine is shared. */
  cpuSeconds: number;
  /** Slowest case, in CPU milliseconds of its worker thread. */
  maxCaseCpuMs: number;
  refusalCodes: Record<string, number>;
}

/** A worker that runs one case at a time and is replaced when a case kills or hangs it. */
class CaseRunner {
  private worker: Worker | null = null;
  private pending: ((outcome: CaseOutcome) => void) | null = null;
  /** CPU time the worker's thread spent on the last case (read from /proc, Linux). */
  lastCpuMs = 0;

  constructor(
    private readonly target: string,
    private readonly warmUp: readonly Uint8Array[],
  ) {}

  private async start(): Promise<Worker> {
    const worker = new Worker(path.join(here, 'worker-entry.mjs'), {
      workerData: { target: this.target, warmUp: this.warmUp },
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 64 },
      stdout: true,
      stderr: true,
    });
    // pdf.js and friends print warnings for damaged files; drop them rather than let them pile up.
    worker.stdout.resume();
    worker.stderr.resume();
    await new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    worker.on(
      'message',
      (message: {
        result?: Extract<CaseOutcome, { kind: 'result' }>['result'];
        thrown?: Extract<CaseOutcome, { kind: 'thrown' }>['thrown'];
        cpuMs?: number;
      }) => {
        const settle = this.pending;
        this.pending = null;
        this.lastCpuMs = message.cpuMs ?? 0;
        settle?.(
          message.cpuMs !== undefined && message.cpuMs > timeoutMs
            ? { kind: 'hung', detail: `took ${message.cpuMs} ms of CPU (limit ${timeoutMs} ms)` }
            : message.thrown
              ? { kind: 'thrown', thrown: message.thrown }
              : { kind: 'result', result: message.result },
        );
      },
    );
    worker.on('error', (error) => {
      const settle = this.pending;
      this.pending = null;
      this.worker = null;
      settle?.({ kind: 'died', detail: `${error.name}: ${error.message}` });
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = null;
      const settle = this.pending;
      this.pending = null;
      settle?.({ kind: 'died', detail: `worker exited with code ${code}` });
    });
    return worker;
  }

  async run(bytes: Uint8Array): Promise<CaseOutcome> {
    this.worker ??= await this.start();
    const worker = this.worker;
    return new Promise<CaseOutcome>((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        this.worker = null;
        void worker.terminate();
        resolve({ kind: 'hung', detail: `no answer within ${wallLimitMs} ms` });
      }, wallLimitMs);
      this.pending = (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      };
      worker.postMessage({ bytes });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
  }
}

async function loadSeeds(target: FuzzTarget): Promise<Uint8Array[]> {
  return Promise.all(
    target.seeds.map(async (name) => new Uint8Array(await readFile(path.join(here, 'corpus', name)))),
  );
}

async function fuzzTarget(target: FuzzTarget, pool: readonly Uint8Array[]): Promise<TargetReport> {
  const seeds = await loadSeeds(target);
  const runners = Array.from({ length: jobs }, () => new CaseRunner(target.name, seeds));
  const report: TargetReport = {
    target: target.name,
    cases: 0,
    accepted: 0,
    refused: 0,
    problems: 0,
    seconds: 0,
    casesPerSecond: 0,
    cpuSeconds: 0,
    maxCaseCpuMs: 0,
    refusalCodes: {},
  };
  // The seeds themselves must import: otherwise the corpus, not the importer, is broken.
  for (const [index, bytes] of seeds.entries()) {
    const outcome = await runners[0]!.run(bytes);
    if (outcome.kind !== 'result' || !outcome.result?.ok) {
      throw new Error(
        `Seed ${target.seeds[index]} of ${target.name} does not import: ${JSON.stringify(outcome)}`,
      );
    }
  }
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let next = 0;
  // Each runner takes the next case index until the budget is spent; the bytes of a case depend only on
  // its index, so the set of cases is the same for any --jobs.
  const work = async (runner: CaseRunner) => {
    while (next < cases) {
      const index = next;
      next += 1;
      const random = createRandom(caseSeed(seed, target.name, index));
      const bytes = mutate(random.pick(seeds), random, pool);
      const outcome = await runner.run(bytes);
      report.maxCaseCpuMs = Math.max(report.maxCaseCpuMs, runner.lastCpuMs);
      report.cases += 1;
      const problem = describeProblem(outcome);
      if (problem) {
        report.problems += 1;
        await keepCrasher(target, index, bytes, problem);
      } else if (outcome.kind === 'result' && outcome.result && !outcome.result.ok) {
        report.refused += 1;
        const code = outcome.result.error.code;
        report.refusalCodes[code] = (report.refusalCodes[code] ?? 0) + 1;
      } else report.accepted += 1;
    }
  };
  await Promise.all(runners.map(work));
  report.seconds = (performance.now() - started) / 1000;
  report.casesPerSecond = Math.round((report.cases / report.seconds) * 10) / 10;
  const cpu = process.cpuUsage(cpuBefore);
  report.cpuSeconds = Math.round((cpu.user + cpu.system) / 1e5) / 10;
  await Promise.all(runners.map((runner) => runner.close()));
  return report;
}

const signatures = new Map<string, number>();

/** Writes the case and its problem; at most three files per distinct problem signature. */
async function keepCrasher(
  target: FuzzTarget,
  index: number,
  bytes: Uint8Array,
  problem: string,
): Promise<void> {
  const signature = `${target.name}|${problem.split('\n')[0]?.replace(/\d+/g, 'N')}`;
  const seen = signatures.get(signature) ?? 0;
  signatures.set(signature, seen + 1);
  console.log(`  ${target.name} case ${index}: ${problem.split('\n')[0]}`);
  if (seen >= 3) return;
  const dir = path.join(outDir, 'crashers');
  await mkdir(dir, { recursive: true });
  const base = path.join(dir, `${target.name}-${seed}-${index}`);
  await writeFile(`${base}${path.extname(target.fileName)}`, bytes);
  await writeFile(`${base}.txt`, `${problem}\n`);
}

async function main(): Promise<void> {
  if (targets.length === 0) throw new Error(`No fuzz target matches --targets ${chosen}`);
  const pool = (await Promise.all(fuzzTargets.map(loadSeeds))).flat();
  console.log(
    `fuzz: seed ${seed}, ${cases} cases per target, ${jobs} worker(s) per target, timeout ${timeoutMs} ms, heap cap ${memoryMb} MB`,
  );
  const reports: TargetReport[] = [];
  for (const target of targets) {
    const report = await fuzzTarget(target, pool);
    reports.push(report);
    await mkdir(outDir, { recursive: true });
    await writeFile(
      path.join(outDir, 'report.json'),
      JSON.stringify({ seed, cases, jobs, reports }, null, 2),
    );
    console.log(
      `${report.target.padEnd(13)} ${String(report.cases).padStart(6)} cases  ${String(report.casesPerSecond).padStart(7)} cases/s  ` +
        `${String(report.cpuSeconds).padStart(6)} s CPU  slowest case ${report.maxCaseCpuMs} ms CPU  ` +
        `${report.accepted} accepted, ${report.refused} refused, ${report.problems} problems  ${JSON.stringify(report.refusalCodes)}`,
    );
  }
  const problems = reports.reduce((sum, report) => sum + report.problems, 0);
  console.log(
    problems === 0 ? 'fuzz: no problem found' : `fuzz: ${problems} problem case(s); see ${outDir}/crashers`,
  );
  process.exitCode = problems === 0 ? 0 : 1;
}

await main();
