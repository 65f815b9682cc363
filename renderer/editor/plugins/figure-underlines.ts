/**
 * Underlines every figure of the ledger in its status colour and underline style (colour-blind and
 * print safe, see shared/figures/statuses.ts), and marks the selected ones. Plugin state is a pure
 * function of transactions: a `set` meta carries the full list, and `apply` changes the DecorationSet
 * incrementally (removes only decorations whose figure changed, adds only new ones). A click on an
 * underlined figure goes to the `onSelect` callback; the plugin never imports a store.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { textOffsetToPos, type TextMap } from '../../../shared/document/text-map';

/** One figure to draw. */
export interface FigureUnderline {
  /** `start:end`, the ledger row key. */
  key: string;
  start: number;
  end: number;
  colour: string;
  style: string;
  /** Status letter, shown as a tooltip prefix. */
  letter: string;
  selected: boolean;
  flagged: boolean;
}

export interface FigureUnderlinesState {
  decorations: DecorationSet;
  byKey: ReadonlyMap<string, { figure: FigureUnderline; decoration: Decoration }>;
}

export type FigureUnderlinesMeta = { type: 'set'; figures: readonly FigureUnderline[] };

export const figureUnderlinesKey = new PluginKey<FigureUnderlinesState>('figure-underlines');

export interface FigureUnderlinesOptions {
  textMap: TextMap;
  /** Click on an underlined figure (its ledger key), with the modifier state for multi-select. */
  onSelect?(key: string, additive: boolean): void;
}

const same = (a: FigureUnderline, b: FigureUnderline): boolean =>
  a === b ||
  (a.start === b.start &&
    a.end === b.end &&
    a.colour === b.colour &&
    a.style === b.style &&
    a.selected === b.selected &&
    a.flagged === b.flagged &&
    a.letter === b.letter);

function decorate(textMap: TextMap, figure: FigureUnderline): Decoration {
  const from = textOffsetToPos(textMap, figure.start);
  const to = textOffsetToPos(textMap, figure.end);
  return Decoration.inline(
    from,
    to,
    {
      class: `tm-figure${figure.selected ? ' tm-figure-selected' : ''}${figure.flagged ? ' tm-figure-flagged' : ''}`,
      style: `text-decoration-line: underline; text-decoration-color: ${figure.colour}; text-decoration-style: ${figure.style}; text-decoration-thickness: 2px; text-underline-offset: 3px`,
      'data-figure-key': figure.key,
      'data-figure-letter': figure.letter,
    },
    { key: figure.key },
  );
}

export function createFigureUnderlinesPlugin(
  options: FigureUnderlinesOptions,
): Plugin<FigureUnderlinesState> {
  return new Plugin<FigureUnderlinesState>({
    key: figureUnderlinesKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty, byKey: new Map() }),
      apply(tr, previous) {
        const meta = tr.getMeta(figureUnderlinesKey) as FigureUnderlinesMeta | undefined;
        if (!meta && !tr.docChanged) return previous;
        let decorations = previous.decorations.map(tr.mapping, tr.doc);
        if (!meta) return { ...previous, decorations };
        const next = new Map<string, { figure: FigureUnderline; decoration: Decoration }>();
        const removed: Decoration[] = [];
        const added: Decoration[] = [];
        const wanted = new Map(meta.figures.map((f) => [f.key, f]));
        for (const [key, entry] of previous.byKey) {
          const figure = wanted.get(key);
          if (figure && same(figure, entry.figure)) next.set(key, entry);
          else removed.push(entry.decoration);
        }
        for (const figure of meta.figures) {
          if (next.has(figure.key)) continue;
          const decoration = decorate(options.textMap, figure);
          next.set(figure.key, { figure, decoration });
          added.push(decoration);
        }
        if (removed.length > 0) decorations = decorations.remove(removed);
        if (added.length > 0) decorations = decorations.add(tr.doc, added);
        return { decorations, byKey: next };
      },
    },
    props: {
      decorations: (state) => figureUnderlinesKey.getState(state)?.decorations,
      handleDOMEvents: {
        click(_view, event) {
          const target = (event.target as HTMLElement | null)?.closest?.('[data-figure-key]');
          const key = target?.getAttribute('data-figure-key');
          if (!key) return false;
          options.onSelect?.(key, event.shiftKey || event.metaKey || event.ctrlKey);
          return false;
        },
      },
    },
  });
}
