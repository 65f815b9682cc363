/**
 * The fuzzer's corpus as regression tests (the long run is `npm run fuzz`): every seed imports, every
 * crasher the fuzzer ever found (corpus/crashers/<target>/…) is now answered with a clear Result, and a
 * few mutated cases per target run here too so a new crash in a common path shows up in the unit suite.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseSeed, createRandom, mutate } from './mutate';
import { fuzzTargets, type FuzzTarget } from './targets';
import { describeProblem, type CaseOutcome } from './verdict';

const corpus = path.join(import.meta.dirname, 'corpus');
const seedsOf = (target: FuzzTarget) =>
  target.seeds.map((name) => new Uint8Array(readFileSync(path.join(corpus, name))));
const pool = fuzzTargets.flatMap(seedsOf);

async function outcomeOf(target: FuzzTarget, bytes: Uint8Array): Promise<CaseOutcome> {
  try {
    return { kind: 'result', result: await target.run(bytes) };
  } catch (error) {
    const thrown = error instanceof Error ? error : new Error(String(error));
    return {
      kind: 'thrown',
      thrown: { name: thrown.name, message: thrown.message, stack: thrown.stack ?? '' },
    };
  }
}

describe.each(fuzzTargets.map((target) => [target.name, target] as const))(
  'fuzz target %s',
  (_name, target) => {
    it('imports its seed files', async () => {
      for (const bytes of seedsOf(target)) {
        const outcome = await outcomeOf(target, bytes);
        expect(outcome).toMatchObject({ kind: 'result', result: { ok: true } });
      }
    });

    it('answers every kept crasher with a clear Result', async () => {
      const dir = path.join(corpus, 'crashers', target.name);
      const files = existsSync(dir) ? readdirSync(dir).filter((file) => !file.endsWith('.txt')) : [];
      for (const file of files) {
        const outcome = await outcomeOf(target, new Uint8Array(readFileSync(path.join(dir, file))));
        expect(describeProblem(outcome), file).toBeNull();
      }
    });

    it('answers a handful of mutated files with a Result and a clear message', async () => {
      const seeds = seedsOf(target);
      for (let index = 0; index < 12; index += 1) {
        const random = createRandom(caseSeed(2026, target.name, index));
        const outcome = await outcomeOf(target, mutate(random.pick(seeds), random, pool));
        expect(describeProblem(outcome), `case ${index}`).toBeNull();
      }
    }, 60_000);
  },
);

describe('mutate', () => {
  it('is deterministic for a seed, so any case can be replayed', () => {
    const seed = pool[0]!;
    const first = mutate(seed, createRandom(caseSeed(13, 'pdf', 7)), pool);
    const again = mutate(seed, createRandom(caseSeed(13, 'pdf', 7)), pool);
    const other = mutate(seed, createRandom(caseSeed(13, 'pdf', 8)), pool);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
  });
});

describe('describeProblem', () => {
  it('flags throws, hangs, deaths, internal errors and engine messages; passes clear refusals', () => {
    const refused = (code: string, message: string): CaseOutcome => ({
      kind: 'result',
      result: { ok: false, error: { code: code as never, message } },
    });
    expect(
      describeProblem(refused('corrupt', '"a.pdf" is damaged: pdf.js could not read its page tree.')),
    ).toBeNull();
    expect(describeProblem({ kind: 'result', result: { ok: true, value: 1 } })).toBeNull();
    expect(describeProblem(refused('internal', 'Unexpected failure'))).toMatch(/^INTERNAL/);
    expect(describeProblem(refused('corrupt', "Cannot read properties of undefined (reading 'x')"))).toMatch(
      /^UNCLEAR/,
    );
    expect(describeProblem(refused('corrupt', ''))).toMatch(/^NO MESSAGE/);
    expect(
      describeProblem({ kind: 'thrown', thrown: { name: 'TypeError', message: 'x', stack: '' } }),
    ).toMatch(/^THROWN/);
    expect(describeProblem({ kind: 'hung', detail: 'no answer within 5000 ms' })).toMatch(/^HANG/);
    expect(describeProblem({ kind: 'died', detail: 'ERR_WORKER_OUT_OF_MEMORY' })).toMatch(/^DIED/);
  });
});
