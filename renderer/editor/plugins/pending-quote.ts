/**
 * Keeps the quote of an annotation being written highlighted while the reviewer types in the side pane:
 * focusing a text field takes the browser's selection out of the document, so without this the text the
 * comment or claim is about would no longer be marked. One inline decoration, set and cleared by meta.
 */
import { Plugin, PluginKey, type Command } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

export interface PendingQuoteState {
  range: { from: number; to: number } | null;
  decorations: DecorationSet;
}

export type PendingQuoteMeta = { type: 'set'; from: number; to: number } | { type: 'clear' };

export const pendingQuotePluginKey = new PluginKey<PendingQuoteState>('pendingQuote');

const empty: PendingQuoteState = { range: null, decorations: DecorationSet.empty };

/** Creates the plugin (core: every opened version has it). */
export function createPendingQuotePlugin(): Plugin<PendingQuoteState> {
  return new Plugin<PendingQuoteState>({
    key: pendingQuotePluginKey,
    state: {
      init: () => empty,
      apply(tr, previous) {
        const meta = tr.getMeta(pendingQuotePluginKey) as PendingQuoteMeta | undefined;
        if (!meta) {
          if (!tr.docChanged) return previous;
          return { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) };
        }
        if (meta.type === 'clear') return previous.range ? empty : previous;
        if (meta.from < 0 || meta.to > tr.doc.content.size || meta.from >= meta.to) {
          throw new RangeError(`Pending quote ${meta.from}..${meta.to} outside of document or empty`);
        }
        const decorations = DecorationSet.create(tr.doc, [
          Decoration.inline(meta.from, meta.to, { class: 'tm-pending-quote' }),
        ]);
        return { range: { from: meta.from, to: meta.to }, decorations };
      },
    },
    props: {
      decorations: (state) => pendingQuotePluginKey.getState(state)?.decorations,
    },
  });
}

/** Command: mark document positions `from..to` as the quote being annotated. */
export const setPendingQuote =
  (from: number, to: number): Command =>
  (state, dispatch) => {
    if (!pendingQuotePluginKey.getState(state)) return false;
    dispatch?.(state.tr.setMeta(pendingQuotePluginKey, { type: 'set', from, to }));
    return true;
  };

/** Command: remove the mark. */
export const clearPendingQuote: Command = (state, dispatch) => {
  const current = pendingQuotePluginKey.getState(state);
  if (!current?.range) return false;
  dispatch?.(state.tr.setMeta(pendingQuotePluginKey, { type: 'clear' }));
  return true;
};
