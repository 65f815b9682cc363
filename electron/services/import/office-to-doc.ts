/**
 * .md and .docx → doc JSON, both through HTML and the shared converter (html-to-doc.ts): markdown-it
 * with raw HTML disabled, and mammoth for Word files (headings, paragraphs, lists, tables).
 */
import MarkdownIt from 'markdown-it';
import type { PmNodeJson } from '../../../shared/model/document';
import { docxFailure } from './docx-failure';
import { checkZipExpansion } from './expansion-limits';
import { htmlToBlocks } from './html-to-doc';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Markdown source → doc JSON. Raw HTML in the markdown is shown as text, never interpreted. */
export function markdownToDoc(source: string): PmNodeJson {
  return { type: 'doc', content: htmlToBlocks(markdown.render(source)) };
}

/** HTML source → doc JSON (sanitised by construction). */
export function htmlToDoc(source: string): PmNodeJson {
  return { type: 'doc', content: htmlToBlocks(source) };
}

/** .docx bytes → HTML via mammoth; a file that is not a Word zip package is `corrupt`. */
export async function docxToHtml(fileName: string, bytes: Uint8Array): Promise<string> {
  await checkZipExpansion(fileName, bytes);
  try {
    // Loaded on first use: mammoth takes half a second to load, and most imports never need it.
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.convertToHtml({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
    return result.value;
  } catch (error) {
    throw docxFailure(fileName, error);
  }
}

/** .docx bytes → doc JSON. */
export async function docxToDoc(fileName: string, bytes: Uint8Array): Promise<PmNodeJson> {
  return htmlToDoc(await docxToHtml(fileName, bytes));
}
