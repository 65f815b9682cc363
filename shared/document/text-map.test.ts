import { describe, expect, it } from 'vitest';
import { documentSchema } from './schema';
import { buildTextMap, posToTextOffset, textOffsetToPos } from './text-map';

const doc = documentSchema.node('doc', { trailing: 1 }, [
  documentSchema.node('heading', { level: 1 }, [documentSchema.text('標題')]),
  documentSchema.node('paragraph', { blankBefore: 1 }, [
    documentSchema.text('增長'),
    documentSchema.node('hard_break'),
    documentSchema.text('4.9%'),
  ]),
  documentSchema.node('paragraph', null, []),
]);

describe('buildTextMap', () => {
  it('projects blocks, blank lines, hard breaks and trailing newlines', () => {
    expect(buildTextMap(doc).text).toBe('標題\n\n增長\n4.9%\n\n');
  });

  it('maps offsets and positions both ways inside blocks', () => {
    const map = buildTextMap(doc);
    const offset = map.text.indexOf('4.9%');
    const pos = textOffsetToPos(map, offset);
    expect(doc.textBetween(pos, pos + 4)).toBe('4.9%');
    expect(posToTextOffset(map, pos)).toBe(offset);
  });

  it('snaps separator offsets to the end of the previous block', () => {
    const map = buildTextMap(doc);
    expect(textOffsetToPos(map, 3)).toBe(3); // just after 標題
  });

  it('rejects offsets outside the text', () => {
    const map = buildTextMap(doc);
    expect(() => textOffsetToPos(map, 999)).toThrow(RangeError);
  });
});
