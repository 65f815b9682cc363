/**
 * Headings of an imported draft from its ProseMirror doc (heading nodes), with offsets into its plain
 * text; falls back to numbered heading lines of the text (./outline.ts) for drafts that have none.
 */
import type { Node } from 'prosemirror-model';
import { buildTextMap } from '../document/text-map';
import { headingsFromText, type OutlineHeading } from './outline';

/** Headings of `doc`, whose plain text is `buildTextMap(doc).text`. */
export function headingsFromDoc(doc: Node): OutlineHeading[] {
  const map = buildTextMap(doc);
  const headings: OutlineHeading[] = [];
  let block = 0;
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    const segment = map.segments[block++]!;
    if (node.type.name === 'heading') {
      headings.push({
        start: segment.textStart,
        end: segment.textStart + segment.length,
        level: (node.attrs.level as number | undefined) ?? 1,
        title: node.textContent.trim(),
      });
    }
    return false;
  });
  return headings.length > 0 ? headings : headingsFromText(map.text);
}
