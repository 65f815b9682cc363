import { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { buildTextMap, documentSchema } from '../../../shared/document';
import type { PmNodeJson } from '../../../shared/model/document';
import { htmlToDoc, markdownToDoc } from './office-to-doc';

const node = (doc: PmNodeJson): Node => {
  const result = Node.fromJSON(documentSchema, doc);
  result.check();
  return result;
};
const text = (doc: PmNodeJson): string => buildTextMap(node(doc)).text;
const json = (doc: PmNodeJson): string => JSON.stringify(doc);

describe('htmlToDoc sanitising', () => {
  const hostile = `<html><head><title>T</title><script>alert('x')</script><style>p{}</style>
    <link rel="stylesheet" href="https://evil.example/s.css"><meta http-equiv="refresh" content="0"></head>
    <body onload="steal()"><h1 onclick="steal()">Budget <img src="https://evil.example/pixel.gif" onerror="steal()">2024</h1>
    <p style="background:url(https://evil.example/bg)">Revenue rose <a href="javascript:steal()">9%</a>, see
    <a href="https://stats.example/bulletin" onclick="steal()">the bulletin</a> or <a href="mailto:a@b.example">mail</a>.</p>
    <iframe src="https://evil.example/frame"></iframe><object data="x.swf"></object><embed src="y">
    <form action="https://evil.example"><input value="secret"><button>Go</button></form>
    <noscript>enable js</noscript><svg><script>alert(1)</script><text>svg text</text></svg></body></html>`;
  const doc = htmlToDoc(hostile);

  it('drops scripts, styles, frames, objects, forms, images and their text', () => {
    const serialised = json(doc);
    for (const gone of [
      'alert',
      'steal',
      'evil.example',
      'secret',
      'enable js',
      'svg text',
      'p{}',
      'refresh',
    ]) {
      expect(serialised).not.toContain(gone);
    }
    expect(text(doc)).toBe('Budget 2024\nRevenue rose 9%, see the bulletin or mail.');
  });

  it('keeps only http(s) and mailto links, as link marks', () => {
    const hrefs = [...json(doc).matchAll(/"href":"([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['https://stats.example/bulletin', 'mailto:a@b.example']);
  });
});

describe('htmlToDoc structure', () => {
  it('maps headings, paragraphs, marks, lists, tables, quotes, pre and br', () => {
    const doc = htmlToDoc(`
      <h2>Section <em>one</em></h2>
      <p>Plain <strong>bold</strong> <b>b</b> <i>it</i> <code>x</code> H<sub>2</sub>O m<sup>2</sup><br>next line</p>
      <ul><li>alpha</li><li><p>beta</p><ol start="3"><li>gamma</li></ol></li></ul>
      <table><thead><tr><th>Item</th><th colspan="2">Value</th></tr></thead>
        <tbody><tr><td>GDP</td><td>264</td><td></td></tr></tbody></table>
      <blockquote><p>Quoted</p></blockquote>
      <pre>
  keep   spaces
line two</pre>
      <div>Inline in a div</div><div><p>Nested paragraph</p></div>`);
    const n = node(doc);
    const types: string[] = [];
    n.descendants((child) => {
      types.push(child.type.name);
      return true;
    });
    for (const t of [
      'heading',
      'bullet_list',
      'ordered_list',
      'list_item',
      'table',
      'table_row',
      'table_cell',
      'blockquote',
      'code_block',
      'hard_break',
    ]) {
      expect(types).toContain(t);
    }
    expect(doc.content![0]).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    const marks = new Set([...json(doc).matchAll(/"marks":\[\{"type":"(\w+)"/g)].map((m) => m[1]));
    expect([...marks].sort()).toEqual(['code', 'em', 'strong', 'sub', 'sup']);
    expect(json(doc)).toContain('"order":3');
    expect(json(doc)).toMatch(/"header":true,"colspan":2/);
    expect(text(doc)).toBe(
      [
        'Section one',
        'Plain bold b it x H2O m2\nnext line',
        'alpha',
        'beta',
        'gamma',
        'Item',
        'Value',
        'GDP',
        '264',
        '',
        'Quoted',
        '  keep   spaces\nline two',
        'Inline in a div',
        'Nested paragraph',
      ].join('\n'),
    );
  });

  it('collapses whitespace like a browser, keeping non-breaking and ideographic spaces', () => {
    const doc = htmlToDoc('<p>\n  one \t two\n\n<b> three </b> four&nbsp;&nbsp;five\u3000six  </p>');
    expect(text(doc)).toBe('one two three four\u00a0\u00a0five\u3000six');
  });

  it('decodes entities and returns no blocks for markup without text', () => {
    expect(text(htmlToDoc('<p>A &amp; B &lt;C&gt; &#20154;</p>'))).toBe('A & B <C> 人');
    expect(htmlToDoc('<div><img src="a.png"><script>x</script></div>').content).toEqual([]);
  });
});

describe('markdownToDoc', () => {
  it('renders headings, lists, tables and emphasis, and never raw HTML', () => {
    const doc = markdownToDoc(
      [
        '# 市政府工作报告',
        '',
        '全年实现**地区生产总值**2640亿元，同比增长4.9%。',
        '',
        '- 新增就业3.2万人',
        '- 失业率3.5%',
        '',
        '| 指标 | 数值 |',
        '| --- | --- |',
        '| GDP | 2640 |',
        '',
        '<script>alert(1)</script> <img src="https://evil.example/x.png">',
        '',
        '![chart](https://evil.example/chart.png)',
      ].join('\n'),
    );
    expect(doc.content![0]).toMatchObject({ type: 'heading', attrs: { level: 1 } });
    expect(doc.content!.map((b) => b.type)).toEqual([
      'heading',
      'paragraph',
      'bullet_list',
      'table',
      'paragraph',
    ]);
    // Raw HTML is shown as literal text (escaped by markdown-it), never parsed into elements.
    expect(text(doc)).toContain('<script>alert(1)</script>');
    expect(json(doc)).not.toContain('chart.png');
  });
});
