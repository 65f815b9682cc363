/**
 * Find in document. Searches the version's plain text (the TextMap), so a query matches across marks
 * and works the same for CJK and Latin text; matches are drawn as inline decorations and the current one
 * is scrolled into view. Plugin state is a pure function of transactions (`findPluginKey` metas); the
 * find bar is a separate component that dispatches the commands below.
 */
import { Plugin, PluginKey, type Command, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { textOffsetToPos, type TextMap } from '../../../shared/document/text-map';
import { scrollToPos } from '../queries/scroll';

/** Above this many matches only the count is exact; decorating more would slow the view down. */
export const maxDecoratedMatches = 5000;

export interface FindMatch {
  from: number;
  to: number;
}

export interface FindState {
  query: string;
  matches: FindMatch[];
  /** Index of the current match, -1 when there is none. */
  current: number;
  decorations: DecorationSet;
}

export type FindMeta =
  { type: 'set-query'; query: string } | { type: 'move'; delta: 1 | -1 } | { type: 'clear' };

export const findPluginKey = new PluginKey<FindState>('find');

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Offsets of every occurrence of `query` in `text`, case-insensitive, non-overlapping. */
export function findInText(text: string, query: string): { start: number; end: number }[] {
  if (query.length === 0) return [];
  const pattern = new RegExp(escapeRegExp(query), 'giu');
  const found: { start: number; end: number }[] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

function decorate(state: EditorState, matches: FindMatch[], current: number): DecorationSet {
  const shown = matches.slice(0, maxDecoratedMatches).map((match, index) =>
    Decoration.inline(match.from, match.to, {
      class: index === current ? 'tm-find-match tm-find-current' : 'tm-find-match',
    }),
  );
  if (current >= maxDecoratedMatches) {
    const match = matches[current]!;
    shown.push(Decoration.inline(match.from, match.to, { class: 'tm-find-match tm-find-current' }));
  }
  return DecorationSet.create(state.doc, shown);
}

const emptyState = (): FindState => ({
  query: '',
  matches: [],
  current: -1,
  decorations: DecorationSet.empty,
});

/** Creates the find plugin for a version whose plain text is `textMap`. */
export function createFindPlugin(options: { textMap: TextMap }): Plugin<FindState> {
  const { textMap } = options;
  return new Plugin<FindState>({
    key: findPluginKey,
    state: {
      init: emptyState,
      apply(tr, previous, _oldState, newState) {
        const meta = tr.getMeta(findPluginKey) as FindMeta | undefined;
        if (!meta) {
          if (!tr.docChanged) return previous;
          return { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) };
        }
        if (meta.type === 'clear') return emptyState();
        if (meta.type === 'set-query') {
          const matches = findInText(textMap.text, meta.query).map(({ start, end }) => ({
            from: textOffsetToPos(textMap, start),
            to: textOffsetToPos(textMap, end),
          }));
          const current = matches.length > 0 ? 0 : -1;
          return { query: meta.query, matches, current, decorations: decorate(newState, matches, current) };
        }
        if (previous.matches.length === 0) return previous;
        const count = previous.matches.length;
        const current = (previous.current + meta.delta + count) % count;
        return { ...previous, current, decorations: decorate(newState, previous.matches, current) };
      },
    },
    props: {
      decorations: (state) => findPluginKey.getState(state)?.decorations,
    },
    view: () => ({
      update(view, previousState) {
        const now = findPluginKey.getState(view.state);
        const before = findPluginKey.getState(previousState);
        if (!now || now.current < 0) return;
        if (before && before.current === now.current && before.matches === now.matches) return;
        scrollToPos(view, now.matches[now.current]!.from, 0.35);
      },
    }),
  });
}

const dispatchMeta =
  (meta: FindMeta): Command =>
  (state, dispatch) => {
    if (!findPluginKey.getState(state)) return false;
    dispatch?.(state.tr.setMeta(findPluginKey, meta));
    return true;
  };

/** Command: search for `query` (empty clears the matches). */
export const setFindQuery = (query: string): Command => dispatchMeta({ type: 'set-query', query });

/** Command: go to the next match (wraps around). */
export const findNext: Command = (state, dispatch) =>
  (findPluginKey.getState(state)?.matches.length ?? 0) > 0 &&
  dispatchMeta({ type: 'move', delta: 1 })(state, dispatch);

/** Command: go to the previous match (wraps around). */
export const findPrevious: Command = (state, dispatch) =>
  (findPluginKey.getState(state)?.matches.length ?? 0) > 0 &&
  dispatchMeta({ type: 'move', delta: -1 })(state, dispatch);

/** Command: forget the query and remove the highlights. */
export const clearFind: Command = dispatchMeta({ type: 'clear' });
