import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxBackupBytes } from '../../../shared/backup/backup-file';
import { readBackupText } from './read-backup-text';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-read-backup-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readBackupText', () => {
  it('refuses a file over the limit from its size alone', async () => {
    // A sparse file: reading it whole would take seconds and 400 MB; the refusal takes milliseconds.
    const huge = path.join(dir, 'huge.tickmark-backup.json');
    await writeFile(huge, '');
    await truncate(huge, maxBackupBytes + 1);
    const started = performance.now();
    const read = await readBackupText(huge);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(read).toMatchObject({
      ok: false,
      error: { code: 'too-large', message: expect.stringMatching(/at most 400 MB/) },
    });
  });

  it('refuses empty, missing, folder and non-UTF-8 files with the reason', async () => {
    const empty = path.join(dir, 'empty.json');
    await writeFile(empty, '');
    const binary = path.join(dir, 'photo.json');
    await writeFile(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    expect(await readBackupText(empty)).toMatchObject({ ok: false, error: { code: 'empty-file' } });
    expect(await readBackupText(path.join(dir, 'nope.json'))).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await readBackupText(dir)).toMatchObject({ ok: false, error: { code: 'unreadable' } });
    expect(await readBackupText(binary)).toMatchObject({
      ok: false,
      error: { code: 'corrupt', message: expect.stringMatching(/not UTF-8/) },
    });
  });

  it('returns the text of a good file', async () => {
    const good = path.join(dir, 'good.json');
    await writeFile(good, '{"manifest":{"format":"tickmark-backup"}} 審閱');
    expect(await readBackupText(good)).toEqual({
      ok: true,
      value: '{"manifest":{"format":"tickmark-backup"}} 審閱',
    });
  });
});
