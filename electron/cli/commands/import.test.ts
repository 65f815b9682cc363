import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from '../cli-io';
import { runCommand } from '../run-command';
import {
  makeBig5Text,
  makeEmptyFile,
  sampleReportPath,
  traditionalReport,
} from '../../services/testing/fixtures';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('tickmark import (in process)', () => {
  it('prints the draft summary as JSON', async () => {
    const io = captureIo();
    expect(await runCommand(['import', sampleReportPath, '--json'], io)).toBe(0);
    const summary = JSON.parse(io.stdout) as Record<string, unknown>;
    const file = readFileSync(sampleReportPath, 'utf8');
    expect(summary).toMatchObject({
      title: '鶴城區政府工作報告',
      format: 'txt',
      encoding: 'utf-8',
      textLength: file.length,
      paragraphs: 50,
      byteLength: Buffer.byteLength(file),
    });
    expect(summary.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(io.stderr).toBe('');
  });

  it('prints the plain text with --text', async () => {
    const io = captureIo();
    expect(await runCommand(['import', await makeBig5Text(dir), '--text'], io)).toBe(0);
    expect(io.stdout).toBe(`${traditionalReport}\n`);
  });

  it('prints a readable summary by default', async () => {
    const io = captureIo();
    expect(await runCommand(['import', await makeBig5Text(dir)], io)).toBe(0);
    expect(io.stdout).toMatch(/^encoding\s+big5$/m);
  });

  it('exits 1 with the message on stderr for a bad file', async () => {
    const io = captureIo();
    expect(await runCommand(['import', await makeEmptyFile(dir), '--json'], io)).toBe(1);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/^tickmark import: "empty.txt" is empty/);
  });

  it.each([[[]], [['a.txt', 'b.txt']], [['a.txt', '--json', '--text']], [['a.txt', '--bogus']]])(
    'exits 2 on usage error %j',
    async (args) => {
      const io = captureIo();
      expect(await runCommand(['import', ...args], io)).toBe(2);
      expect(io.stderr).toContain('Usage: tickmark import FILE');
    },
  );
});

describe('tickmark import (spawned)', () => {
  it('runs through bin/tickmark.cjs', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['bin/tickmark.cjs', 'import', 'resources/samples/hecheng-work-report.txt', '--json'],
      { cwd: join(import.meta.dirname, '../../..'), timeout: 60_000 },
    );
    expect(JSON.parse(stdout)).toMatchObject({
      title: '鶴城區政府工作報告',
      encoding: 'utf-8',
      paragraphs: 50,
    });
  }, 60_000);
});
