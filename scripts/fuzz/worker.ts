/**
 * Runs fuzz cases for one target inside a worker thread, so a case that hangs or eats memory takes down
 * only this worker (the runner kills it after the timeout; `resourceLimits` caps its heap).
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { fuzzTargets } from './targets';

const target = fuzzTargets.find((candidate) => candidate.name === (workerData as { target: string }).target);
if (!target) throw new Error(`Unknown fuzz target "${String((workerData as { target: string }).target)}"`);

/**
 * CPU milliseconds this thread has used (utime + stime of /proc/thread-self/stat, in 10 ms ticks), or
 * undefined off Linux. Read synchronously, so by this thread: /proc/thread-self is the caller's.
 */
function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

parentPort?.on('message', async (message: { bytes: Uint8Array }) => {
  const before = threadCpuMs();
  const cpuMs = () => {
    const after = threadCpuMs();
    return before === undefined || after === undefined ? undefined : after - before;
  };
  try {
    const result = await target.run(message.bytes);
    parentPort?.postMessage({ result, cpuMs: cpuMs() });
  } catch (error) {
    const thrown = error instanceof Error ? error : new Error(String(error));
    parentPort?.postMessage({
      thrown: { name: thrown.name, message: thrown.message, stack: thrown.stack ?? '' },
      cpuMs: cpuMs(),
    });
  }
});
// Warm up on a seed before taking cases: the first import loads pdf.js, fonts and friends, which can take
// seconds on a busy machine and must not count against the first case's timeout.
// Every seed, not only the first: a Chromium PDF loads CMaps and font code a pdf-lib one never needs.
const warmUp = (workerData as { warmUp?: readonly Uint8Array[] }).warmUp ?? [];
void (async () => {
  for (const bytes of warmUp) await target.run(bytes).catch(() => undefined);
  parentPort?.postMessage({ ready: true });
})();
