/**
 * The last step of every importer: validate the doc JSON against the draft schema, project its plain
 * text with the shared text map (so `text` is by construction what the renderer and the anchors see),
 * count paragraphs and pick a title.
 */
import { Node } from 'prosemirror-model';
import { buildTextMap, documentSchema } from '../../../shared/document';
import type { PmNodeJson } from '../../../shared/model/document';
import { AppFailure } from '../../../shared/result';

export interface FinishedDoc {
  doc: PmNodeJson;
  text: string;
  paragraphs: number;
  title: string;
}

const maxTitleLength = 120;

/** Validates `json`, projects its text and derives the title (first heading, first line, file name). */
export function finishDoc(fileName: string, json: PmNodeJson): FinishedDoc {
  if (!json.content || json.content.length === 0) {
    throw new AppFailure('empty-file', `"${fileName}" contains no text to review.`, { fileName });
  }
  let node: Node;
  try {
    node = Node.fromJSON(documentSchema, json);
    node.check();
  } catch (error) {
    // A converter produced JSON the schema rejects: a bug in Tickmark, not in the user's file.
    throw new Error(`Importer produced an invalid document for "${fileName}": ${String(error)}`, {
      cause: error,
    });
  }
  const { text } = buildTextMap(node);
  let paragraphs = 0;
  let heading: string | null = null;
  let firstLine: string | null = null;
  node.descendants((child) => {
    if (!child.isTextblock) return true;
    const content = child.textContent.trim();
    if (content.length > 0) {
      paragraphs++;
      if (heading === null && child.type.name === 'heading') heading = content;
      firstLine ??= content;
    }
    return false;
  });
  if (paragraphs === 0) {
    throw new AppFailure('empty-file', `"${fileName}" contains no text to review.`, { fileName });
  }
  const title = clip((heading ?? firstLine ?? fileName).split('\n')[0]!.trim()) || fileName;
  return { doc: node.toJSON() as PmNodeJson, text, paragraphs, title };
}

function clip(title: string): string {
  return title.length <= maxTitleLength ? title : `${title.slice(0, maxTitleLength - 1)}…`;
}
