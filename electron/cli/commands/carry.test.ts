import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnnotation, createReply } from '../../../shared/annotations/model';
import { createTarget } from '../../../shared/annotations/selectors';
import { toW3cList } from '../../../shared/annotations/w3c';
import { captureIo } from '../cli-io';
import { carryCommand } from './carry';

/* Loose view of the JSON-LD written by the command. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const oldText = [
  '一、工作回顧',
  '',
  '全年實現區內生產總值264億元，同比增長4.9%；完成公共財政收入9.1億元。',
  '',
  '產業轉型穩中有效。新增果蔬基地3200畝，超級稻基地8100畝。',
  '',
  '城市建設全面提速。新建道路12條，改造老舊小區46個。',
].join('\n');
const newText = oldText
  .replace('264億元', '265億元')
  .replace('新建道路12條，', '')
  .replace('產業轉型穩中有效。', '產業轉型穩中向好。');

const on = (quote: string): ReturnType<typeof createTarget> => {
  const at = oldText.indexOf(quote);
  return createTarget(oldText, at, at + quote.length);
};
const base = { documentId: 'd', versionId: 'v1', author: 'Lin' };
const now = new Date('2026-11-30T10:00:00Z');
const figure = createAnnotation(
  {
    ...base,
    target: on('264億元'),
    body: {
      kind: 'figure',
      status: 'verified',
      note: '',
      origin: 'detected',
      value: 264e8,
      unit: '元',
      dismissed: false,
    },
  },
  { id: '00000000-0000-4000-8000-000000000001', now },
);
const claim = createAnnotation(
  { ...base, target: on('產業轉型穩中有效。'), body: { kind: 'claim', category: 'achievement', tags: [] } },
  { id: '00000000-0000-4000-8000-000000000002', now },
);
const comment = createAnnotation(
  { ...base, target: on('新建道路12條'), body: { kind: 'comment', text: 'Source?', resolved: false } },
  { id: '00000000-0000-4000-8000-000000000003', now },
);
const same = createAnnotation(
  { ...base, target: on('改造老舊小區46個'), body: { kind: 'highlight' } },
  { id: '00000000-0000-4000-8000-000000000004', now },
);
const reply = createReply(
  { annotationId: comment.id, author: 'Wu', text: 'Bureau table 3' },
  { id: '00000000-0000-4000-8000-000000000005', now },
);

describe('tickmark carry', () => {
  let dir: string;
  const path = (name: string): string => join(dir, name);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tickmark-carry-'));
    await writeFile(path('draft1.txt'), oldText, 'utf8');
    await writeFile(path('draft2.txt'), newText, 'utf8');
    const list = toW3cList([figure, claim, comment, same], [reply], { source: () => 'draft1.txt' });
    await writeFile(path('in.jsonld'), JSON.stringify(list), 'utf8');
    await writeFile(
      path('collection.jsonld'),
      JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationCollection',
        first: {
          type: 'AnnotationPage',
          items: [
            {
              id: 'https://example.org/anno/7',
              type: 'Annotation',
              motivation: 'commenting',
              target: {
                source: 'report.docx',
                selector: { type: 'TextQuoteSelector', exact: '改造老舊小區46個' },
              },
            },
          ],
        },
      }),
      'utf8',
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('re-anchors every annotation on NEW with its verdict and writes a report per id', async () => {
    const io = captureIo();
    const args = [
      '--from',
      path('draft1.txt'),
      '--to',
      path('draft2.txt'),
      '--annotations',
      path('in.jsonld'),
    ];
    expect(
      await carryCommand([...args, '--out', path('out.jsonld'), '--report', path('report.json')], io),
    ).toBe(0);
    const out = JSON.parse(await readFile(path('out.jsonld'), 'utf8')) as Record<string, Loose>[];
    expect(out.map((a) => a.id)).toEqual(
      [figure, claim, comment, reply, same].map((a) => `urn:uuid:${a.id}`),
    );
    const byId = (a: { id: string }): Record<string, Loose> => out.find((o) => o.id === `urn:uuid:${a.id}`)!;

    expect(byId(figure)['tickmark:carry']).toBe('value-changed');
    const quote = byId(figure).target.selector.find((s: Loose) => s.type === 'TextQuoteSelector');
    const position = byId(figure).target.selector.find((s: Loose) => s.type === 'TextPositionSelector');
    expect(quote.exact).toBe('265億元');
    expect(newText.slice(position.start, position.end)).toBe('265億元');
    expect(byId(figure).target.source).toBe('draft2.txt');

    expect(byId(claim)['tickmark:carry']).toBe('fuzzy');
    expect(byId(claim)['tickmark:similarity']).toBeGreaterThan(0.7);
    expect(byId(claim)['tickmark:previousQuote']).toBe('產業轉型穩中有效。');

    expect(byId(comment)['tickmark:carry']).toBe('orphan');
    expect(byId(comment).target.selector).toBeUndefined();
    expect(byId(comment)['tickmark:previousQuote']).toBe('新建道路12條');
    expect(byId(reply)).toMatchObject({ motivation: 'replying', target: `urn:uuid:${comment.id}` });
    expect(byId(same)['tickmark:carry']).toBe('moved');

    const report = JSON.parse(await readFile(path('report.json'), 'utf8')) as {
      counts: Record<string, number>;
      annotations: { id: string; verdict: string; old: object; new: object | null; figure?: object }[];
    };
    expect(report.counts).toEqual({ 'value-changed': 1, fuzzy: 1, orphan: 1, moved: 1 });
    const gdp = report.annotations.find((a) => a.id === `urn:uuid:${figure.id}`)!;
    expect(gdp.figure).toMatchObject({ change: 'value-changed', oldValue: 264e8, newValue: 265e8 });
    expect(gdp.old).toMatchObject({ quote: '264億元' });
    expect(io.stdout).toContain('4 annotations carried');
  });

  it('reads an AnnotationCollection of foreign annotations with a quote selector only', async () => {
    const io = captureIo();
    const code = await carryCommand(
      [
        '--from',
        path('draft1.txt'),
        '--to',
        path('draft2.txt'),
        '--annotations',
        path('collection.jsonld'),
        '--out',
        path('c.jsonld'),
      ],
      io,
    );
    expect(code).toBe(0);
    const [one] = JSON.parse(await readFile(path('c.jsonld'), 'utf8')) as Record<string, Loose>[];
    expect(one!.id).toBe('https://example.org/anno/7');
    expect(one!['tickmark:carry']).toBe('moved');
    expect(one!.target.selector[1].exact).toBe('改造老舊小區46個');
  });

  it('says what was wrong with bad input and writes nothing', async () => {
    await writeFile(path('bad.jsonld'), '{"type":"AnnotationCollection","first":"https://x/page1"}', 'utf8');
    const io = captureIo();
    const args = ['--from', path('draft1.txt'), '--to', path('draft2.txt'), '--out', path('never.jsonld')];
    expect(await carryCommand([...args, '--annotations', path('bad.jsonld')], io)).toBe(1);
    expect(io.stderr).toContain('must embed its first page');
    await expect(readFile(path('never.jsonld'))).rejects.toThrow();
    const usage = captureIo();
    expect(await carryCommand(['--from', path('draft1.txt')], usage)).toBe(2);
    expect(usage.stderr).toContain('missing --to, --annotations, --out');
  });
});
