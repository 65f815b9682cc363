/**
 * Bombs: .docx and .xlsx whose parts expand to 100 MB, 1 GB and 10 GB, liars that understate it, and a
 * PDF with a 1 GB stream. Each is refused within 2 s, without the process growing by 300 MB, with a
 * message that names the file and the limit. Also: a small file whose text is over the 50 MB limit.
 */
import { describe, expect, it } from 'vitest';
import { importSourceBytes } from '../sources/import-source';
import { makeOfficeBomb, makePdfBomb, zipOf } from '../testing/bomb-fixtures';
import { buildDocx } from '../testing/fixtures';
import { importDocumentBytes } from './import-document';
import { checkTextLength } from './read-input';

const MB = 1024 * 1024;
/**
 * The bound: each bomb refused within 2 s. Asserted on wall time and on CPU time (all threads
 * of the process): streaming the inflate (expansion-limits.ts) takes 0.05–0.3 s of either here.
 */
const refusalBudgetMs = 2000;
const GB = 1024 * MB;

async function refusal(run: () => Promise<{ ok: boolean; error?: { code: string; message: string } }>) {
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await run();
  const cpu = process.cpuUsage(cpuBefore);
  const elapsed = performance.now() - started;
  const grown = process.memoryUsage().rss - before;
  if (result.ok) throw new Error('expected a refusal');
  expect((cpu.user + cpu.system) / 1000).toBeLessThan(refusalBudgetMs);
  process.stdout.write(
    `bomb refused: ${elapsed.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU, +${(grown / MB).toFixed(0)} MB\n`,
  );
  return { error: result.error!, elapsed, grown };
}

describe.each([
  ['100 MB', 100 * MB],
  ['1 GB', GB],
  ['10 GB', 10 * GB],
])('Office files that expand to %s', (_label, size) => {
  it.each(['docx', 'xlsx'] as const)('refuses the %s from its central directory', async (kind) => {
    const bytes = makeOfficeBomb(kind, size);
    const { error, elapsed, grown } = await refusal(() =>
      kind === 'docx' ? importDocumentBytes('bomb.docx', bytes) : importSourceBytes('bomb.xlsx', bytes),
    );
    expect(error.code).toBe('too-large');
    expect(error.message).toContain(`bomb.${kind}`);
    expect(error.message).toContain('64 MB limit');
    expect(elapsed).toBeLessThan(refusalBudgetMs);
    expect(grown).toBeLessThan(300 * MB);
  });
});

describe('Office files whose headers lie about their size', () => {
  it.each(['docx', 'xlsx'] as const)(
    'refuses a %s stating 1 KB that expands to 1 GB, streaming',
    async (kind) => {
      const bytes = makeOfficeBomb(kind, GB, false);
      const { error, elapsed, grown } = await refusal(() =>
        kind === 'docx' ? importDocumentBytes('liar.docx', bytes) : importSourceBytes('liar.xlsx', bytes),
      );
      expect(error).toMatchObject({ code: 'too-large' });
      expect(error.message).toMatch(/"liar\.(docx|xlsx)" expands to more than the 64 MB limit/);
      expect(elapsed).toBeLessThan(refusalBudgetMs);
      expect(grown).toBeLessThan(300 * MB);
    },
  );

  it('still imports an honest Word document', async () => {
    const result = await importDocumentBytes(
      'fine.docx',
      await buildDocx({ title: '公报', paragraphs: ['地区生产总值2640亿元。'] }),
    );
    expect(result.ok).toBe(true);
  });

  it('leaves a file that is not a zip to its parser', async () => {
    const result = await importDocumentBytes('not-a-zip.docx', zipOf([]).subarray(0, 10));
    expect(result.ok ? null : result.error.code).toBe('corrupt');
  });
});

describe('PDF with a huge stream', () => {
  it('refuses a PDF whose content stream expands to 1 GB', async () => {
    const bytes = makePdfBomb(GB);
    const { error, elapsed, grown } = await refusal(() => importDocumentBytes('bomb.pdf', bytes));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain(
      '"bomb.pdf" has a compressed stream that expands to more than the 128 MB limit',
    );
    expect(elapsed).toBeLessThan(refusalBudgetMs);
    expect(grown).toBeLessThan(300 * MB);
  });

  it('reads a PDF whose stream is within the limit', async () => {
    const result = await importDocumentBytes('blank.pdf', makePdfBomb(MB));
    // A content stream of zeros draws nothing: the PDF is readable and has no text layer.
    expect(result.ok ? null : result.error.code).toBe('empty-file');
  });
});

describe('extracted text', () => {
  it('is held to the 50 MB limit too', () => {
    expect(() => checkTextLength('dense.docx', 'x'.repeat(51 * MB))).toThrow(
      /text extracted from "dense\.docx".*50 MB/,
    );
    expect(() => checkTextLength('fine.docx', 'x'.repeat(1000))).not.toThrow();
  });
});
