/**
 * The opened editor as React sees it: the EditorView, the version's TextMap and a subscription to its
 * transactions. Provided by DocumentWorkspace to the document pane, the side panel and every feature's
 * components (through `useEditorHandle` / `useEditorState`), so features never reach into the view's DOM.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { EditorPluginContext } from '../editor/editor-context';

export interface EditorHandle {
  view: EditorView;
  /** The version, its doc and TextMap (built once per version). */
  context: EditorPluginContext;
  /** Calls `listener` after every transaction is applied; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export const EditorHandleContext = createContext<EditorHandle | null>(null);

/** The open editor, or null while no document is shown (or before the view is mounted). */
export function useEditorHandle(): EditorHandle | null {
  return useContext(EditorHandleContext);
}

const noSubscription = (): (() => void) => () => undefined;

/**
 * Re-renders when `select(view.state)` changes (compared with Object.is), e.g. a plugin's state:
 * `useEditorState((s) => findPluginKey.getState(s))`. Returns undefined while no editor is open.
 */
export function useEditorState<T>(select: (state: EditorState) => T): T | undefined {
  const handle = useEditorHandle();
  return useSyncExternalStore(handle ? handle.subscribe : noSubscription, () =>
    handle ? select(handle.view.state) : undefined,
  );
}
