import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noteTemporary, sweepAbandonedTemporaries } from './temp-journal';
import { writeFileAtomic } from './write-atomic';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tickmark-journal-'));
  process.env.TICKMARK_TEMP_JOURNAL = path.join(dir, 'journal');
});
afterEach(async () => {
  delete process.env.TICKMARK_TEMP_JOURNAL;
  await rm(dir, { recursive: true, force: true });
});

/** The pid of a process that has exited (so it is certainly not running now). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('temporary-file journal', () => {
  it('forgets a write once it ends, leaving neither marker nor temporary', async () => {
    const target = path.join(dir, 'review.json');
    expect(await writeFileAtomic(target, '{"a":1}')).toEqual({ ok: true, value: null });
    expect(await readdir(dir)).toEqual(['journal', 'review.json']);
    expect(await readdir(path.join(dir, 'journal'))).toEqual([]);
  });

  it('sweeps the temporary of a writer that died before its rename, and nothing else', async () => {
    const abandoned = path.join(dir, '.review.pdf.1234.1.tmp');
    await writeFile(abandoned, 'half a PDF');
    const inFlight = path.join(dir, '.other.pdf.abc.part');
    await writeFile(inFlight, 'being written');
    const userFile = path.join(dir, 'notes.txt');
    await writeFile(userFile, 'mine');
    const pid = await deadPid();
    const journal = path.join(dir, 'journal');
    // A dead writer's markers: its temporary, and a path that is not one of our temporaries.
    await noteTemporary(inFlight); // this process: still running, left alone
    await writeFile(path.join(journal, `${pid}-a.json`), JSON.stringify({ pid, path: abandoned }));
    await writeFile(path.join(journal, `${pid}-b.json`), JSON.stringify({ pid, path: userFile }));
    await writeFile(path.join(journal, `${pid}-c.json`), '{"pid":'); // cut short by the kill

    expect(await sweepAbandonedTemporaries()).toEqual([abandoned]);
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(userFile)).toBe(true);
    expect(existsSync(inFlight)).toBe(true);
    expect((await readdir(journal)).filter((name) => name.startsWith(`${pid}-`))).toEqual([]);
    expect(await readdir(journal)).toHaveLength(1);
  });
});
