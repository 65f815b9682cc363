/**
 * Draws annotations as inline decorations (never marks: the draft is not edited). Plugin state is a pure
 * function of transactions: metas add, remove or update annotations, and select/hover one; `apply`
 * returns the previous state when neither a meta nor a doc change arrives, and otherwise changes the
 * DecorationSet incrementally with `.add` / `.remove` (no rebuild per change; 5,000 annotations stay
 * cheap). Overlapping annotations each get their own span, so all stay visible and each carries its id
 * in `data-annotation-id`. Offsets arrive as plain-text offsets and are converted with the TextMap.
 *
 * The plugin knows nothing of stores: clicks and hovers over annotated text go to the callbacks given
 * to `createAnnotationDecorationsPlugin` (Outline `Comment.ts`).
 */
import { Plugin, PluginKey, type Command, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { textOffsetToPos, type TextMap } from '../../../shared/document/text-map';

/** What the plugin needs to draw one annotation. */
export interface AnnotationMark {
  id: string;
  /** Plain-text offsets, end exclusive. */
  start: number;
  end: number;
  kind: string;
  /** Kind-specific variant drawn by CSS (`open`, `resolved`, `verified`, a category id…). */
  status: string;
}

export interface AnnotationDecorationsState {
  decorations: DecorationSet;
  /** The drawn decoration of each annotation, by id (so removal finds the exact object). */
  byId: ReadonlyMap<string, Decoration>;
  marks: ReadonlyMap<string, AnnotationMark>;
  selectedId: string | null;
  hoveredIds: readonly string[];
}

export type AnnotationDecorationsMeta =
  | { type: 'add'; marks: readonly AnnotationMark[] }
  | { type: 'remove'; ids: readonly string[] }
  | { type: 'update'; marks: readonly AnnotationMark[] }
  | { type: 'select'; id: string | null }
  | { type: 'hover'; ids: readonly string[] };

export const annotationDecorationsKey = new PluginKey<AnnotationDecorationsState>('annotation-decorations');

export interface AnnotationDecorationsOptions {
  textMap: TextMap;
  /** Marks drawn from the start (the version's stored annotations). */
  initial?: readonly AnnotationMark[];
  /** Click on annotated text: every annotation under the pointer, innermost first. */
  onClick?(ids: string[], event: MouseEvent): void;
  /** Pointer moved onto / off annotated text (empty list when off). */
  onHover?(ids: string[], event: MouseEvent): void;
}

/** The CSS class list for one annotation's span. */
export function markClass(mark: AnnotationMark, selected: boolean, hovered: boolean): string {
  const status = mark.status.replace(/[^A-Za-z0-9_-]/g, '-');
  return `tm-anno tm-anno-${mark.kind} tm-anno-${mark.kind}-${status}${selected ? ' tm-anno-selected' : ''}${hovered ? ' tm-anno-hovered' : ''}`;
}

function decorationFor(
  textMap: TextMap,
  mark: AnnotationMark,
  selected: boolean,
  hovered: boolean,
): Decoration | null {
  const length = textMap.text.length;
  if (mark.start < 0 || mark.end > length || mark.end <= mark.start) return null;
  const from = textOffsetToPos(textMap, mark.start);
  const to = textOffsetToPos(textMap, mark.end);
  if (to <= from) return null;
  return Decoration.inline(
    from,
    to,
    // nodeName makes each annotation its own nested span (ProseMirror would otherwise merge overlapping
    // decorations into one span and keep only the last data attribute).
    { nodeName: 'span', class: markClass(mark, selected, hovered), 'data-annotation-id': mark.id },
    // inclusiveStart/End false: text is never typed into a read-only draft anyway.
    { annotationId: mark.id },
  );
}

/** Builds a new state by redrawing `ids` (after their marks or selection/hover changed). */
function redraw(
  state: EditorState,
  textMap: TextMap,
  previous: AnnotationDecorationsState,
  marks: Map<string, AnnotationMark>,
  ids: Iterable<string>,
  selectedId: string | null,
  hoveredIds: readonly string[],
): AnnotationDecorationsState {
  const byId = new Map(previous.byId);
  const removed: Decoration[] = [];
  const added: Decoration[] = [];
  const hovered = new Set(hoveredIds);
  for (const id of new Set(ids)) {
    const old = byId.get(id);
    if (old) {
      removed.push(old);
      byId.delete(id);
    }
    const mark = marks.get(id);
    if (!mark) continue;
    const decoration = decorationFor(textMap, mark, id === selectedId, hovered.has(id));
    if (decoration) {
      added.push(decoration);
      byId.set(id, decoration);
    }
  }
  let decorations = previous.decorations;
  if (removed.length > 0) decorations = decorations.remove(removed);
  if (added.length > 0) decorations = decorations.add(state.doc, added);
  return { decorations, byId, marks, selectedId, hoveredIds };
}

/** Creates the plugin for one version (its TextMap converts offsets to positions). */
export function createAnnotationDecorationsPlugin(options: AnnotationDecorationsOptions): Plugin {
  const { textMap } = options;
  return new Plugin<AnnotationDecorationsState>({
    key: annotationDecorationsKey,
    state: {
      init(_config, state) {
        const marks = new Map((options.initial ?? []).map((mark) => [mark.id, mark]));
        const byId = new Map<string, Decoration>();
        for (const mark of marks.values()) {
          const decoration = decorationFor(textMap, mark, false, false);
          if (decoration) byId.set(mark.id, decoration);
        }
        return {
          decorations: DecorationSet.create(state.doc, [...byId.values()]),
          byId,
          marks,
          selectedId: null,
          hoveredIds: [],
        };
      },
      apply(tr, previous, _oldState, newState) {
        const meta = tr.getMeta(annotationDecorationsKey) as AnnotationDecorationsMeta | undefined;
        if (!meta) {
          if (!tr.docChanged) return previous;
          return { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) };
        }
        const { selectedId, hoveredIds } = previous;
        switch (meta.type) {
          case 'add':
          case 'update': {
            if (meta.marks.length === 0) return previous;
            const marks = new Map(previous.marks);
            for (const mark of meta.marks) marks.set(mark.id, mark);
            const ids = meta.marks.map((mark) => mark.id);
            return redraw(newState, textMap, previous, marks, ids, selectedId, hoveredIds);
          }
          case 'remove': {
            const ids = meta.ids.filter((id) => previous.marks.has(id));
            if (ids.length === 0) return previous;
            const marks = new Map(previous.marks);
            for (const id of ids) marks.delete(id);
            const selected = selectedId !== null && ids.includes(selectedId) ? null : selectedId;
            return redraw(
              newState,
              textMap,
              previous,
              marks,
              ids,
              selected,
              hoveredIds.filter((id) => !ids.includes(id)),
            );
          }
          case 'select': {
            if (meta.id === selectedId) return previous;
            const ids = [selectedId, meta.id].filter((id): id is string => id !== null);
            return redraw(newState, textMap, previous, new Map(previous.marks), ids, meta.id, hoveredIds);
          }
          case 'hover': {
            if (meta.ids.length === hoveredIds.length && meta.ids.every((id, i) => id === hoveredIds[i])) {
              return previous;
            }
            const ids = [...hoveredIds, ...meta.ids];
            return redraw(newState, textMap, previous, new Map(previous.marks), ids, selectedId, meta.ids);
          }
        }
      },
    },
    props: {
      decorations: (state) => annotationDecorationsKey.getState(state)?.decorations,
      handleClick(view, pos, event) {
        const ids = annotationIdsAt(view.state, pos);
        if (ids.length === 0) return false;
        options.onClick?.(ids, event);
        return false; // let the selection still move, so double-click sentence selection keeps working
      },
      handleDOMEvents: {
        mouseover(view, event) {
          options.onHover?.(idsFromElement(view, event.target), event);
          return false;
        },
        mouseleave(_view, event) {
          options.onHover?.([], event);
          return false;
        },
      },
    },
  });
}

/** Ids of the annotations covering `pos`, shortest (innermost) first. */
export function annotationIdsAt(state: EditorState, pos: number): string[] {
  const plugin = annotationDecorationsKey.getState(state);
  if (!plugin) return [];
  const found = plugin.decorations.find(pos, pos, (spec) => typeof spec.annotationId === 'string');
  return found
    .filter((decoration) => decoration.from <= pos && decoration.to >= pos)
    .sort((a, b) => a.to - a.from - (b.to - b.from))
    .map((decoration) => (decoration.spec as { annotationId: string }).annotationId);
}

/** Ids on the element under the pointer and its annotated ancestors inside the editor, innermost first. */
function idsFromElement(view: EditorView, target: EventTarget | null): string[] {
  const ids: string[] = [];
  for (
    let node = target instanceof Element ? target : null;
    node && node !== view.dom;
    node = node.parentElement
  ) {
    const id = node.getAttribute('data-annotation-id');
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Command: dispatch a meta to the plugin (false when the plugin is not installed). */
export const annotationMeta =
  (meta: AnnotationDecorationsMeta): Command =>
  (state, dispatch) => {
    if (!annotationDecorationsKey.getState(state)) return false;
    dispatch?.(state.tr.setMeta(annotationDecorationsKey, meta).setMeta('addToHistory', false));
    return true;
  };
