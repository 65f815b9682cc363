/**
 * Page labels of a PDF draft shown where the reader is: a small tag at the start of
 * the first paragraph of each labelled page ("p. 7", as the document numbers its pages, which may differ
 * from the sheet in the file when numbering starts after a cover). Widgets only: the marks are not part
 * of the text, so find, selection, quotes and offsets ignore them.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { PageLabel } from '../../../shared/document/page-labels';
import { textOffsetToPos, type TextMap } from '../../../shared/document/text-map';

export const pageMarksKey = new PluginKey<DecorationSet>('page-marks');

export interface PageMarksOptions {
  textMap: TextMap;
  labels: readonly PageLabel[];
  /** The mark's text and its tooltip for one label (localised by the caller). */
  format(label: PageLabel): { text: string; title: string };
}

function markOf(label: PageLabel, format: PageMarksOptions['format']): HTMLElement {
  const { text, title } = format(label);
  const mark = document.createElement('span');
  mark.className = 'tm-page-mark';
  mark.textContent = text;
  mark.title = title;
  mark.contentEditable = 'false';
  mark.setAttribute('data-page', String(label.page));
  mark.setAttribute('data-page-label', label.label);
  return mark;
}

export function createPageMarksPlugin({ textMap, labels, format }: PageMarksOptions): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: pageMarksKey,
    state: {
      init: (_, state) =>
        DecorationSet.create(
          state.doc,
          labels
            .filter((label) => label.offset <= textMap.text.length)
            .map((label) =>
              Decoration.widget(textOffsetToPos(textMap, label.offset), () => markOf(label, format), {
                side: -1,
                key: `page-${label.page}`,
                ignoreSelection: true,
              }),
            ),
        ),
      // The document is read-only: the marks never move.
      apply: (_, decorations) => decorations,
    },
    props: { decorations: (state) => pageMarksKey.getState(state) },
  });
}
