/**
 * HTML → ProseMirror doc JSON: the one converter behind .html, .md (markdown-it's output) and .docx
 * (mammoth's output). It is also the sanitiser: only the elements the draft schema represents survive,
 * everything active or remote (script, style, iframe, object, img, forms, on* attributes, javascript:
 * links) is dropped by construction, because nothing but text, structure and http/https/mailto hrefs is
 * ever copied out of the tree. Whitespace collapses as a browser would, except inside <pre>.
 */
import { parseDocument } from 'htmlparser2';
import type { PmNodeJson } from '../../../shared/model/document';
import { InlineRun, type MarkJson } from './inline-run';

/** The slice of a domhandler node this converter reads (structural, so domhandler stays internal). */
interface HtmlNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
  data?: string;
}

/** Elements dropped with their whole content: active content, remote resources, forms, metadata. */
const droppedElements = new Set(
  (
    'script style iframe frame frameset object embed applet img picture video audio source ' +
    'track canvas svg math link meta base head title form input button select option textarea ' +
    'noscript template map area param dialog portal'
  ).split(' '),
);

/** Containers whose children flow as blocks; inline content directly inside becomes a paragraph. */
const flowContainers = new Set(
  (
    'html body div section article main header footer nav aside figure figcaption address ' +
    'center dl dt dd details summary fieldset legend hgroup caption thead tbody tfoot'
  ).split(' '),
);

const markOf: Record<string, string> = {
  strong: 'strong',
  b: 'strong',
  em: 'em',
  i: 'em',
  cite: 'em',
  dfn: 'em',
  var: 'em',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
  sub: 'sub',
  sup: 'sup',
};

const safeHref = /^(https?:|mailto:)/i;

/** Converts an HTML string to doc JSON blocks (possibly empty: the caller decides what that means). */
export function htmlToBlocks(html: string): PmNodeJson[] {
  const root = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  return flow(root.children as unknown as HtmlNode[]);
}

/** Children in block context: block elements become blocks, inline runs between them paragraphs. */
function flow(children: readonly HtmlNode[]): PmNodeJson[] {
  return textblock('paragraph', children);
}

function isBlock(node: HtmlNode): boolean {
  const name = node.name;
  if (!name || node.type === 'text') return false;
  return (
    flowContainers.has(name) ||
    /^h[1-6]$/.test(name) ||
    ['p', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'blockquote', 'pre', 'hr'].includes(name)
  );
}

/** One block-level element → zero or more blocks. */
function block(node: HtmlNode): PmNodeJson[] {
  const name = node.name!;
  const children = node.children ?? [];
  const heading = /^h([1-6])$/.exec(name);
  if (heading) return textblock('heading', children, { level: Number(heading[1]) });
  switch (name) {
    case 'p':
      return textblock('paragraph', children);
    case 'pre':
      return codeBlock(node);
    case 'hr':
      return [{ type: 'horizontal_rule' }];
    case 'blockquote': {
      const content = flow(children);
      return content.length > 0 ? [{ type: 'blockquote', content }] : [];
    }
    case 'ul':
    case 'ol':
      return list(node);
    case 'li':
      return flow(children); // a stray <li> outside a list reads as its content
    case 'table':
      return table(node);
    case 'tr':
    case 'td':
    case 'th':
      return flow(children); // table parts outside a table: keep the text
    default:
      return flow(children);
  }
}

/**
 * A heading or paragraph. Block elements inside one (invalid HTML, but common in exported files)
 * split it: the inline runs around them keep the element's type.
 */
function textblock(
  type: string,
  children: readonly HtmlNode[],
  attrs?: Record<string, unknown>,
): PmNodeJson[] {
  const blocks: PmNodeJson[] = [];
  let run = new InlineRun();
  const flush = (): void => {
    const content = run.finish();
    if (content.length > 0) blocks.push(attrs ? { type, attrs, content } : { type, content });
    run = new InlineRun();
  };
  for (const child of children) {
    if (isBlock(child)) {
      flush();
      blocks.push(...block(child));
    } else {
      inline(child, run, []);
    }
  }
  flush();
  return blocks;
}

/** Inline content: text, marks, line breaks; dropped elements and comments vanish. */
function inline(node: HtmlNode, run: InlineRun, marks: readonly MarkJson[]): void {
  if (node.type === 'text') {
    run.text(node.data ?? '', marks);
    return;
  }
  const name = node.name;
  if (!name || node.type === 'comment' || node.type === 'directive' || droppedElements.has(name)) return;
  if (name === 'br') {
    run.hardBreak();
    return;
  }
  let inner = marks;
  const mark = markOf[name];
  if (mark) inner = [...marks.filter((m) => m.type !== mark), { type: mark }];
  if (name === 'a') {
    const href = (node.attribs?.href ?? '').trim();
    if (safeHref.test(href))
      inner = [...marks.filter((m) => m.type !== 'link'), { type: 'link', attrs: { href } }];
  }
  for (const child of node.children ?? []) {
    if (isBlock(child)) {
      // A block inside an inline element (e.g. <a><div>…</div></a>): keep its text inline.
      for (const grandChild of child.children ?? []) inline(grandChild, run, inner);
      run.space();
    } else {
      inline(child, run, inner);
    }
  }
}

function codeBlock(node: HtmlNode): PmNodeJson[] {
  let text = rawText(node).replace(/\r\n?/g, '\n');
  if (text.startsWith('\n')) text = text.slice(1); // browsers drop the newline right after <pre>
  if (text.endsWith('\n')) text = text.slice(0, -1);
  return text.length > 0 ? [{ type: 'code_block', content: [{ type: 'text', text }] }] : [];
}

function rawText(node: HtmlNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.name && droppedElements.has(node.name)) return '';
  if (node.name === 'br') return '\n';
  return (node.children ?? []).map(rawText).join('');
}

function list(node: HtmlNode): PmNodeJson[] {
  const items: PmNodeJson[] = [];
  let loose: HtmlNode[] = [];
  const pushItem = (children: readonly HtmlNode[]): void => {
    const content = flow(children);
    if (content.length === 0) return;
    // list_item must start with a paragraph: a leading heading or list is preceded by its own text
    // as a paragraph when possible, otherwise the first block is turned into a paragraph.
    if (content[0]!.type !== 'paragraph') {
      const first = content[0]!;
      if (first.type === 'heading') content[0] = { type: 'paragraph', content: first.content ?? [] };
      else content.unshift({ type: 'paragraph' });
    }
    items.push({ type: 'list_item', content });
  };
  for (const child of node.children ?? []) {
    if (child.name === 'li') {
      if (loose.length > 0) pushItem(loose);
      loose = [];
      pushItem(child.children ?? []);
    } else if (child.name === 'ul' || child.name === 'ol') {
      // A nested list written as a sibling of <li> (common in generated HTML) joins the last item.
      const nested = list(child);
      const last = items[items.length - 1];
      if (last) last.content!.push(...nested);
      else items.push(...nested.flatMap((n) => n.content ?? []));
    } else {
      loose.push(child);
    }
  }
  if (loose.length > 0) pushItem(loose);
  if (items.length === 0) return [];
  if (node.name === 'ol') {
    const start = Number.parseInt(node.attribs?.start ?? '1', 10);
    return [{ type: 'ordered_list', attrs: { order: Number.isFinite(start) ? start : 1 }, content: items }];
  }
  return [{ type: 'bullet_list', content: items }];
}

function table(node: HtmlNode): PmNodeJson[] {
  const rows: PmNodeJson[] = [];
  const visit = (parent: HtmlNode): void => {
    for (const child of parent.children ?? []) {
      if (child.name === 'tr') rows.push(...tableRow(child));
      else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') visit(child);
    }
  };
  visit(node);
  return rows.length > 0 ? [{ type: 'table', content: rows }] : [];
}

function tableRow(node: HtmlNode): PmNodeJson[] {
  const cells: PmNodeJson[] = [];
  for (const child of node.children ?? []) {
    if (child.name !== 'td' && child.name !== 'th') continue;
    const content = flow(child.children ?? []);
    const span = (name: string): number => {
      const value = Number.parseInt(child.attribs?.[name] ?? '1', 10);
      return Number.isFinite(value) && value > 1 ? Math.min(value, 1000) : 1;
    };
    cells.push({
      type: 'table_cell',
      attrs: { header: child.name === 'th', colspan: span('colspan'), rowspan: span('rowspan') },
      content: content.length > 0 ? content : [{ type: 'paragraph' }],
    });
  }
  return cells.length > 0 ? [{ type: 'table_row', content: cells }] : [];
}
