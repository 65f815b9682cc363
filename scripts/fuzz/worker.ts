/**
 * Runs fuzz cases for one target inside a worker thread, so a case that hangs or eats memory takes down
 * only this worker (the runner kills it after the timeout; `resourceLimits` caps its heap).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fuzzTargets } from './targets';

const target = fuzzTargets.find((candidate) => candidate.name === (workerData as { target: string }).target);
if (!target) throw new Error(`Unknown fuzz target "${String((workerData as { target: string }).target)}"`);

parentPort?.on('message', async (message: { index: number; bytes: Uint8Array }) => {
  try {
    const result = await target.run(message.bytes);
    parentPort?.postMessage({ index: message.index, result });
  } catch (error) {
    const thrown = error instanceof Error ? error : new Error(String(error));
    parentPort?.postMessage({
      index: message.index,
      thrown: { name: thrown.name, message: thrown.message, stack: thrown.stack ?? '' },
    });
  }
});
// Warm up on a seed before taking cases: the first import loads pdf.js, fonts and friends, which can take
// seconds on a busy machine and must not count against the first case's timeout.
const warmUp = (workerData as { warmUp?: Uint8Array }).warmUp;
void (warmUp ? target.run(warmUp).catch(() => undefined) : Promise.resolve()).then(() =>
  parentPort?.postMessage({ ready: true }),
);
