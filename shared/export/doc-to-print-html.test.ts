import { describe, expect, it } from 'vitest';
import { createAnnotation, type AnnotationBody } from '../annotations/model';
import { createTarget } from '../annotations/selectors';
import { documentSchema } from '../document/schema';
import { buildTextMap } from '../document/text-map';
import type { PmNodeJson } from '../model/document';
import { annotationLinkOrigin, docToPrintHtml } from './doc-to-print-html';
import { defaultExportPdfOptions } from './export-options';
import { selectPrintAnnotations } from './print-annotations';

const doc: PmNodeJson = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '一、總體情況' }] },
    {
      type: 'paragraph',
      attrs: { blankBefore: 1 },
      content: [
        { type: 'text', text: '生產總值' },
        { type: 'text', text: '264億元', marks: [{ type: 'strong' }] },
        { type: 'hard_break' },
        { type: 'text', text: 'a <b> & "c"' },
      ],
    },
    {
      type: 'bullet_list',
      content: [
        {
          type: 'list_item',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: '新建學校5所' }] }],
        },
      ],
    },
    {
      type: 'table',
      content: [
        {
          type: 'table_row',
          content: [
            {
              type: 'table_cell',
              attrs: { header: true },
              content: [{ type: 'paragraph', content: [{ type: 'text', text: '指標' }] }],
            },
            {
              type: 'table_cell',
              attrs: { colspan: 2 },
              content: [{ type: 'paragraph', content: [{ type: 'text', text: '4.9%' }] }],
            },
          ],
        },
      ],
    },
  ],
};
const text = buildTextMap(documentSchema.nodeFromJSON(doc)).text;

const annotate = (quote: string, body: AnnotationBody) => {
  const start = text.indexOf(quote);
  return createAnnotation({
    documentId: 'd',
    versionId: 'v',
    target: createTarget(text, start, start + quote.length),
    body,
    author: 'A',
  });
};

/** Text each annotation index covers in the HTML, from the placeholder links. */
function coveredText(html: string): Map<number, string> {
  const covered = new Map<number, string>();
  const decode = (s: string): string =>
    s
      .replace(/<br>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
  for (const match of html.matchAll(/<a class="tm" href="([^"]+)">(.*?)<\/a>/g)) {
    const indices = match[1]!.slice(annotationLinkOrigin.length).split('+').map(Number);
    for (const index of indices) covered.set(index, (covered.get(index) ?? '') + decode(match[2]!));
  }
  return covered;
}

describe('docToPrintHtml', () => {
  const annotations = [
    annotate('總體情況', { kind: 'highlight' }),
    annotate('生產總值264億元', { kind: 'claim', category: 'achievement', tags: [] }),
    annotate('264億元\na <b>', { kind: 'comment', text: 'x', resolved: false }),
    annotate('新建學校5所', {
      kind: 'figure',
      status: 'disputed',
      note: '',
      origin: 'manual',
      value: 5,
      unit: '所',
      dismissed: false,
    }),
    annotate('指標\n4.9', { kind: 'comment', text: 'across cells', resolved: true }),
  ];
  const { placed } = selectPrintAnnotations({
    text,
    annotations,
    replies: [],
    options: defaultExportPdfOptions,
  });
  const out = docToPrintHtml(doc, placed);

  it('walks the plain-text projection exactly (blank lines, breaks, lists, tables)', () => {
    expect(out.length).toBe(text.length);
    expect(out.headings).toEqual([{ start: 0, level: 1, title: '一、總體情況' }]);
  });

  it('wraps each annotated stretch in placeholder links that name every owner of overlapping pieces', () => {
    const covered = coveredText(out.html);
    // Block separators print nothing; hard breaks print <br>, read back as \n.
    const bare = (s: string): string => s.replace(/\n/g, '');
    placed.forEach((entry, index) => {
      expect(bare(covered.get(index)!), entry.annotation.target.exact).toBe(
        bare(entry.annotation.target.exact),
      );
    });
    expect(covered.get(placed.findIndex((e) => e.annotation.body.kind === 'comment'))).toContain(
      '264億元\na',
    );
    expect(out.html).toContain(`href="${annotationLinkOrigin}1+2"`);
    expect(out.html).not.toMatch(/<a[^>]*>[^<]*<a/);
  });

  it('keeps structure and marks, escapes text, and draws each kind in its own line style', () => {
    expect(out.html).toContain('<h1>');
    expect(out.html).toContain('<ul><li><p>');
    expect(out.html).toContain('<th><p>');
    expect(out.html).toContain('<td colspan="2">');
    expect(out.html).toContain('<strong>264億元</strong>');
    expect(out.html).toContain('a &#60;b&#62;');
    expect(out.html).not.toContain('<b>');
    expect(out.html).toContain('class="k-figure u-wavy" style="--c:#D55E00"');
    expect(out.html).toContain('class="k-comment k-resolved"');
  });
});
