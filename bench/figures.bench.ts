/**
 * Figure detection over 10 MB of text (the bundled Traditional sample repeated, with the English and
 * Simplified labelled fixtures mixed in), beside a plain `/\d+/g` scan of the same text as baseline.
 * Target (issue #4): under 1 s.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFigures } from '../shared/figures/detect';
import { timeMedian } from './median';
import type { BenchRow } from './run';

const fixtures = join(import.meta.dirname, '..', 'shared', 'figures', 'fixtures');
const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

/** About `bytes` of UTF-8: the Chinese sample four times for every English and Simplified document. */
export function tenMegabytes(bytes = 10 * 1024 * 1024): string {
  const sample = read('hecheng-work-report.txt');
  const english = read('state-budget-summary.txt');
  const simplified = read('jiangbei-work-report.txt');
  const unit = `${sample}\n${sample}\n${english}\n${sample}\n${simplified}\n${sample}\n${english}\n`;
  const unitBytes = Buffer.byteLength(unit);
  return unit.repeat(Math.ceil(bytes / unitBytes));
}

export default async (): Promise<BenchRow[]> => {
  const text = tenMegabytes();
  const megabytes = Buffer.byteLength(text) / 1024 / 1024;
  let count = 0;
  const baseline = await timeMedian(5, () => {
    let n = 0;
    const digits = /\d+/g;
    while (digits.exec(text)) n++;
    return n;
  });
  const detect = await timeMedian(5, () => {
    count = detectFigures(text).length;
  });
  // CPU time of one warm run: on a shared machine wall time also measures the neighbours.
  const cpuStart = process.cpuUsage();
  detectFigures(text);
  const cpu = process.cpuUsage(cpuStart).user / 1000;
  const name = `detectFigures, ${megabytes.toFixed(1)} MB (${count} figures)`;
  return [
    {
      name,
      value: detect,
      unit: 'ms',
      baseline: { name: '/\\d+/g scan', value: baseline },
      target: '< 1000 ms',
    },
    {
      name: 'detectFigures, same text, CPU time of one warm run',
      value: cpu,
      unit: 'ms',
      target: '< 1000 ms',
    },
    {
      name: 'detectFigures throughput',
      value: megabytes / (detect / 1000),
      unit: 'MB/s',
      baseline: { name: '/\\d+/g scan', value: megabytes / (baseline / 1000) },
    },
  ];
};
