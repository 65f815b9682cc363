/**
 * The ProseMirror schema of an imported draft. Drafts are read, not edited, so the schema only has to
 * represent what importers produce: headings, paragraphs, lists, tables, quotes and a few marks.
 *
 * Textblocks carry `blankBefore` (extra empty lines before the block in the source text) and the doc
 * carries `trailing` (newlines at the end), so the plain-text projection of a .txt import reproduces the
 * file exactly and plain-text offsets are file offsets. `page` records the PDF page a block came from.
 */
import { Schema, type NodeSpec, type MarkSpec } from 'prosemirror-model';

const textblockAttrs = { blankBefore: { default: 0 }, page: { default: null } };

const nodes: Record<string, NodeSpec> = {
  doc: { content: 'block+', attrs: { trailing: { default: 0 } } },
  paragraph: {
    content: 'inline*',
    group: 'block',
    attrs: textblockAttrs,
    parseDOM: [{ tag: 'p' }],
    toDOM: () => ['p', 0],
  },
  heading: {
    content: 'inline*',
    group: 'block',
    defining: true,
    attrs: { ...textblockAttrs, level: { default: 1 } },
    parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level } })),
    toDOM: (node) => [`h${node.attrs.level as number}`, 0],
  },
  code_block: {
    content: 'text*',
    marks: '',
    group: 'block',
    code: true,
    attrs: textblockAttrs,
    parseDOM: [{ tag: 'pre', preserveWhitespace: 'full' }],
    toDOM: () => ['pre', ['code', 0]],
  },
  blockquote: {
    content: 'block+',
    group: 'block',
    parseDOM: [{ tag: 'blockquote' }],
    toDOM: () => ['blockquote', 0],
  },
  horizontal_rule: { group: 'block', parseDOM: [{ tag: 'hr' }], toDOM: () => ['hr'] },
  bullet_list: { content: 'list_item+', group: 'block', parseDOM: [{ tag: 'ul' }], toDOM: () => ['ul', 0] },
  ordered_list: {
    content: 'list_item+',
    group: 'block',
    attrs: { order: { default: 1 } },
    parseDOM: [{ tag: 'ol' }],
    toDOM: (node) => ['ol', { start: String(node.attrs.order) }, 0],
  },
  list_item: {
    content: 'paragraph block*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: () => ['li', 0],
  },
  table: {
    content: 'table_row+',
    group: 'block',
    isolating: true,
    parseDOM: [{ tag: 'table' }],
    toDOM: () => ['table', ['tbody', 0]],
  },
  table_row: { content: 'table_cell+', parseDOM: [{ tag: 'tr' }], toDOM: () => ['tr', 0] },
  table_cell: {
    content: 'block+',
    isolating: true,
    attrs: { header: { default: false }, colspan: { default: 1 }, rowspan: { default: 1 } },
    parseDOM: [{ tag: 'td' }, { tag: 'th', attrs: { header: true } }],
    toDOM: (node) => {
      const attrs: Record<string, string> = {};
      if ((node.attrs.colspan as number) > 1) attrs.colspan = String(node.attrs.colspan);
      if ((node.attrs.rowspan as number) > 1) attrs.rowspan = String(node.attrs.rowspan);
      return [node.attrs.header ? 'th' : 'td', attrs, 0];
    },
  },
  text: { group: 'inline' },
  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: () => ['br'],
  },
};

const marks: Record<string, MarkSpec> = {
  strong: { parseDOM: [{ tag: 'strong' }, { tag: 'b' }], toDOM: () => ['strong', 0] },
  em: { parseDOM: [{ tag: 'em' }, { tag: 'i' }], toDOM: () => ['em', 0] },
  code: { parseDOM: [{ tag: 'code' }], toDOM: () => ['code', 0] },
  sub: { excludes: 'sup', parseDOM: [{ tag: 'sub' }], toDOM: () => ['sub', 0] },
  sup: { excludes: 'sub', parseDOM: [{ tag: 'sup' }], toDOM: () => ['sup', 0] },
  // Links are shown but never followed by a click: the renderer asks main, which checks the URL first.
  link: {
    attrs: { href: {} },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs: (dom) => ({
          href: (dom as { getAttribute(n: string): string | null }).getAttribute('href'),
        }),
      },
    ],
    toDOM: (mark) => ['a', { 'data-href': mark.attrs.href as string, class: 'doc-link' }, 0],
  },
};

export const documentSchema = new Schema({ nodes, marks });
