/**
 * The plain-text projection of a document and the two-way map between ProseMirror positions and
 * plain-text offsets (UTF-16 code units). Anchors, figures and checks all speak in plain-text offsets;
 * only the renderer converts, through this map.
 *
 * Projection rule: textblocks in document order, separated by one "\n", plus `blankBefore` extra "\n"
 * before a block and `trailing` "\n" at the end; a hard break is "\n". Every inline leaf is one
 * position and one character, so inside a textblock positions and offsets advance together.
 */
import type { Node } from 'prosemirror-model';

/** One textblock: its content starts at `pmStart` in the doc and at `textStart` in the text. */
export interface TextSegment {
  pmStart: number;
  textStart: number;
  length: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

const leafText = (leaf: Node): string => (leaf.type.name === 'hard_break' ? '\n' : '\uFFFC');

/** Builds the plain text of `doc` and the segment table that maps it back. */
export function buildTextMap(doc: Node): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let offset = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const separators = (segments.length > 0 ? 1 : 0) + ((node.attrs.blankBefore as number | undefined) ?? 0);
    if (separators > 0) {
      parts.push('\n'.repeat(separators));
      offset += separators;
    }
    const content = node.textBetween(0, node.content.size, '', leafText);
    segments.push({ pmStart: pos + 1, textStart: offset, length: content.length });
    parts.push(content);
    offset += content.length;
    return false;
  });
  const trailing = (doc.attrs.trailing as number | undefined) ?? 0;
  if (trailing > 0) parts.push('\n'.repeat(trailing));
  return { text: parts.join(''), segments };
}

/** Index of the last segment whose `key` is ≤ `value` (segments are sorted by both keys). */
function findSegment(segments: readonly TextSegment[], value: number, key: 'pmStart' | 'textStart'): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (segments[mid]![key] <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * ProseMirror position of a plain-text offset. An offset that falls on a separator between blocks maps
 * to the end of the block before it (or the start of the first block).
 */
export function textOffsetToPos(map: TextMap, offset: number): number {
  if (offset < 0 || offset > map.text.length) {
    throw new RangeError(`Text offset ${offset} outside of text of length ${map.text.length}`);
  }
  if (map.segments.length === 0) return 0;
  const segment = map.segments[findSegment(map.segments, offset, 'textStart')]!;
  if (offset < segment.textStart) return segment.pmStart;
  return segment.pmStart + Math.min(offset - segment.textStart, segment.length);
}

/** Plain-text offset of a ProseMirror position; positions between blocks snap to the nearest text. */
export function posToTextOffset(map: TextMap, pos: number): number {
  if (map.segments.length === 0) return 0;
  const segment = map.segments[findSegment(map.segments, pos, 'pmStart')]!;
  if (pos < segment.pmStart) return segment.textStart;
  return segment.textStart + Math.min(pos - segment.pmStart, segment.length);
}
