// @vitest-environment jsdom
import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../shared/document/schema';
import { buildTextMap, textOffsetToPos } from '../../../shared/document/text-map';
import { createPageMarksPlugin, pageMarksKey } from './page-marks';

const doc = documentSchema.node('doc', null, [
  documentSchema.node('paragraph', null, [documentSchema.text('封面')]),
  documentSchema.node('paragraph', null, [documentSchema.text('一、總體情況：生產總值264億元。')]),
  documentSchema.node('paragraph', null, [documentSchema.text('二、財政收入9.1億元。')]),
]);
const textMap = buildTextMap(doc);
const second = textMap.text.indexOf('一、');
const third = textMap.text.indexOf('二、');
// Numbering starts after the cover: sheet 2 is printed "1", sheet 3 "2".
const labels = [
  { offset: second, page: 2, label: '1' },
  { offset: third, page: 3, label: '2' },
];

describe('page marks plugin', () => {
  it('puts one widget per labelled page at the start of its first paragraph, with the printed label', () => {
    const plugin = createPageMarksPlugin({
      textMap,
      labels,
      format: (label) => ({ text: `p. ${label.label}`, title: `sheet ${label.page}` }),
    });
    const state = EditorState.create({ doc, plugins: [plugin] });
    const found = pageMarksKey.getState(state)!.find();
    expect(found.map((d) => d.from)).toEqual([
      textOffsetToPos(textMap, second),
      textOffsetToPos(textMap, third),
    ]);
    const dom = (found[1] as unknown as { type: { toDOM: () => HTMLElement } }).type.toDOM();
    expect(dom.textContent).toBe('p. 2');
    expect(dom.title).toBe('sheet 3');
    expect(dom.getAttribute('data-page-label')).toBe('2');
    // Marks are widgets: the document's text (what find, quotes and offsets use) is unchanged.
    expect(state.doc.textContent).toBe(doc.textContent);
  });

  it('ignores a label past the end of the text (a damaged record) instead of throwing', () => {
    const plugin = createPageMarksPlugin({
      textMap,
      labels: [...labels, { offset: textMap.text.length + 10, page: 4, label: '3' }],
      format: (label) => ({ text: label.label, title: '' }),
    });
    const state = EditorState.create({ doc, plugins: [plugin] });
    expect(pageMarksKey.getState(state)!.find()).toHaveLength(2);
  });
});
