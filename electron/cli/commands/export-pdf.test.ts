import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toW3cList } from '../../../shared/annotations/w3c';
import {
  makeReviewFixture,
  reviewDraftMarkdown,
  type ReviewFixture,
} from '../../services/testing/review-fixture';
import { captureIo } from '../cli-io';
import { runCommand } from '../run-command';
import { exportPdfHelp } from './export-pdf';

let dir: string;
let draft: string;
let annotations: string;
let fixture: ReviewFixture;
const savedChromium = process.env.TICKMARK_CHROMIUM;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-cli-export-'));
  fixture = await makeReviewFixture();
  draft = join(dir, 'hecheng-draft.md');
  await writeFile(draft, reviewDraftMarkdown());
  annotations = join(dir, 'review.jsonld');
  const items = toW3cList(fixture.annotations, fixture.replies);
  await writeFile(
    annotations,
    JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items },
    }),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  if (savedChromium === undefined) delete process.env.TICKMARK_CHROMIUM;
  else process.env.TICKMARK_CHROMIUM = savedChromium;
});

describe('tickmark export-pdf', () => {
  it('names the Chromium it prints with in --help, and what to do without one', () => {
    expect(exportPdfHelp({})).toContain('Printing uses /usr/bin/chromium');
    expect(exportPdfHelp({ TICKMARK_CHROMIUM: '/usr/bin/chromium' })).toContain('(TICKMARK_CHROMIUM)');
    expect(exportPdfHelp({ TICKMARK_CHROMIUM: '/nowhere/chrome' })).toContain(
      '"/nowhere/chrome", which does not exist',
    );
    // The fonts that ship with Tickmark, and what happens without any.
    expect(exportPdfHelp({})).toMatch(
      /Notes are drawn with DroidSansFallbackFull\.ttf and DejaVuSans\.ttf \(.*resources[\\/]fonts\)/,
    );
    expect(exportPdfHelp({ TICKMARK_NOTE_FONTS: '' })).toContain('printed by Chromium instead');
  });

  it('writes the annotated PDF of a draft and its W3C annotations, orphans counted', async () => {
    const out = join(dir, 'out.pdf');
    const io = captureIo();
    const code = await runCommand(
      ['export-pdf', draft, '--annotations', annotations, '--out', out, '--paper', 'letter'],
      io,
    );
    expect(io.stderr).toBe('');
    expect(code).toBe(0);
    expect(io.stdout).toMatch(
      /^Wrote .*out\.pdf: \d+ pages, 13 annotations highlighted, 1 not found in the draft \(listed in the appendix\)\.$/m,
    );
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(
      /Page size:\s+612 x 792 pts \(letter\)/,
    );
    const doc = await getDocument({ data: new Uint8Array(readFileSync(out)), verbosity: 0 }).promise;
    let highlights = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const found = (await (await doc.getPage(n)).getAnnotations()) as Array<{
        subtype: string;
        inReplyTo?: string;
      }>;
      highlights += found.filter((a) => a.subtype === 'Highlight' && !a.inReplyTo).length;
    }
    expect(highlights).toBe(fixture.annotations.length - 1);
    expect((await readdir(dir)).filter((f) => f.endsWith('.part'))).toEqual([]);
  }, 120_000);

  it('leaves out kinds not asked for, and the cover and appendix when told', async () => {
    const out = join(dir, 'claims.pdf');
    const io = captureIo();
    const args = [
      'export-pdf',
      draft,
      '--annotations',
      annotations,
      '--out',
      out,
      '--kinds',
      'claim',
      '--no-cover',
      '--no-appendix',
    ];
    expect(await runCommand(args, io)).toBe(0);
    expect(io.stdout).toMatch(/, 3 annotations highlighted\.$/m);
    const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('第1項工作穩步推進');
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).not.toContain('Appendix');
  }, 60_000);

  it("reads other tools' files (Hypothesis API rows) and prints the cover and appendix in --lang", async () => {
    const exact = fixture.draft.text.slice(40, 52);
    const hypothesis = join(dir, 'hypothesis.json');
    await writeFile(
      hypothesis,
      JSON.stringify({
        total: 1,
        rows: [
          {
            id: 'hyp-1',
            created: '2026-11-20T08:00:00Z',
            updated: '2026-11-20T08:00:00Z',
            user: 'acct:dana@hypothes.is',
            text: '請補上資料來源',
            tags: ['來源'],
            target: [
              { source: 'https://example.org/draft', selector: [{ type: 'TextQuoteSelector', exact }] },
            ],
          },
        ],
      }),
    );
    const out = join(dir, 'hyp.pdf');
    const io = captureIo();
    expect(
      await runCommand(
        ['export-pdf', draft, '--annotations', hypothesis, '--out', out, '--lang', 'zh-Hant'],
        io,
      ),
    ).toBe(0);
    expect(io.stdout).toMatch(/, 1 annotations? highlighted/m);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('請補上資料來源');
    expect(text).toContain('附錄');
    expect(text).toContain('審閱批註');
    const bad = captureIo();
    expect(await runCommand(['export-pdf', draft, '--out', out, '--lang', 'fr'], bad)).toBe(2);
    expect(bad.stderr).toContain('--lang takes en, zh-Hant, zh-Hans');
    await rm(out); // the bad-input test below lists the folder's PDFs
  }, 60_000);

  it('says what is wrong with bad input and writes nothing', async () => {
    const notJson = join(dir, 'bad.jsonld');
    await writeFile(notJson, '{"type": "Annotation",');
    const notAnnotations = join(dir, 'other.json');
    await writeFile(notAnnotations, '{"hello": "world"}');
    const out = join(dir, 'never.pdf');
    const run = async (...args: string[]): Promise<[number, string]> => {
      const io = captureIo();
      return [await runCommand(['export-pdf', ...args], io), io.stderr];
    };
    expect(await run(draft, '--annotations', notJson, '--out', out)).toEqual([
      1,
      expect.stringContaining('is not JSON'),
    ]);
    expect(await run(draft, '--annotations', notAnnotations, '--out', out)).toEqual([
      1,
      expect.stringContaining('is JSON but not Web Annotations'),
    ]);
    expect(await run(draft, '--out', out, '--paper', 'a3')).toEqual([
      2,
      expect.stringContaining('--paper takes a4 or letter'),
    ]);
    expect(await run(draft, '--annotations', annotations)).toEqual([
      2,
      expect.stringContaining('--out OUT.pdf is required'),
    ]);
    process.env.TICKMARK_CHROMIUM = join(dir, 'no-chrome');
    expect(await run(draft, '--out', out)).toEqual([
      1,
      expect.stringContaining('TICKMARK_CHROMIUM is set to'),
    ]);
    delete process.env.TICKMARK_CHROMIUM;
    const missingFolder = join(dir, 'no-such-folder', 'x.pdf');
    expect(await run(draft, '--out', missingFolder)).toEqual([
      1,
      expect.stringContaining('does not exist. Choose another folder.'),
    ]);
    expect((await readdir(dir)).filter((f) => f.endsWith('.pdf'))).toEqual(['claims.pdf', 'out.pdf']);
  }, 60_000);
});
