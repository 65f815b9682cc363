export { documentSchema } from './schema';
export { buildTextMap, textOffsetToPos, posToTextOffset, type TextMap, type TextSegment } from './text-map';
