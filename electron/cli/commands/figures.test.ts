import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from '../cli-io';
import { runCommand } from '../run-command';
import { sampleReportPath } from '../../services/testing/fixtures';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-figures-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('tickmark figures', () => {
  it('prints the figures of the sample as JSON with offsets into its plain text', async () => {
    const io = captureIo();
    expect(await runCommand(['figures', sampleReportPath, '--json'], io)).toBe(0);
    const figures = JSON.parse(io.stdout) as Array<Record<string, unknown>>;
    const text = readFileSync(sampleReportPath, 'utf8').replace(/\r\n?/g, '\n');
    expect(figures.length).toBeGreaterThan(240);
    for (const f of figures) {
      expect(text.slice(f.start as number, f.end as number)).toBe(f.text);
      expect(
        Object.keys(f).every((k) =>
          ['start', 'end', 'text', 'value', 'high', 'unit', 'qualifier'].includes(k),
        ),
      ).toBe(true);
    }
    expect(figures[0]).toEqual({ start: 221, end: 226, text: '264億元', value: 26400000000, unit: '元' });
    expect(figures.find((f) => f.text === '3-5%左右')).toEqual({
      start: expect.any(Number),
      end: expect.any(Number),
      text: '3-5%左右',
      value: 3,
      high: 5,
      unit: '%',
      qualifier: 'about',
    });
  });

  it('prints a readable table without --json', async () => {
    const file = join(dir, 'budget.txt');
    await writeFile(
      file,
      'The budget totals $4.2 billion, up 3.5 percent, and adds 12,000 jobs in FY2024.\n',
    );
    const io = captureIo();
    expect(await runCommand(['figures', file], io)).toBe(0);
    const lines = io.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^offsets\s+text\s+value\s+unit\s+qualifier$/);
    expect(lines[1]).toMatch(/^18-30\s+\$4\.2 billion\s+4200000000\s+USD$/);
    expect(lines[2]).toMatch(/3\.5 percent\s+3\.5\s+%/);
    expect(lines[3]).toMatch(/12,000 jobs\s+12000\s+jobs/);
    expect(lines.at(-1)).toBe('3 figures');
  });

  it('reports an unreadable file on stderr and exits 1', async () => {
    const io = captureIo();
    expect(await runCommand(['figures', join(dir, 'missing.txt'), '--json'], io)).toBe(1);
    expect(io.stderr).toMatch(/^tickmark figures: /);
    expect(io.stdout).toBe('');
  });

  it('rejects a missing FILE and unknown options with usage and exit 2', async () => {
    const none = captureIo();
    expect(await runCommand(['figures'], none)).toBe(2);
    expect(none.stderr).toContain('expected one FILE, got 0');
    const bad = captureIo();
    expect(await runCommand(['figures', 'x.txt', '--xml'], bad)).toBe(2);
    expect(bad.stderr).toContain('unknown option "--xml"');
  });
});
