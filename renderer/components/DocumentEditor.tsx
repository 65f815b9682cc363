/**
 * The one React wrapper around the ProseMirror view. It builds the version's state (doc, TextMap, core
 * and feature plugins) when the version changes, never on re-render, and hands an `EditorHandle` up so
 * the rest of the UI can read plugin state and dispatch. The view is read-only (editor/plugins/read-only).
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorView } from 'prosemirror-view';
import type { DocumentVersion } from '../../shared/model/document';
import { createEditorState } from '../editor/create-editor-state';
import type { EditorHandle } from './editor-handle';
import { editorPluginFactories } from './extensions';
import { adoptDomSelection, keepDomSelection } from '../editor/queries/dom-selection';
import { detectDocumentLanguage } from '../editor/queries/document-language';

export interface DocumentEditorProps {
  version: DocumentVersion;
  /** Called with the handle once the view is mounted, and with null when it is destroyed. */
  onHandle(handle: EditorHandle | null): void;
}

export function DocumentEditor({ version, onHandle }: DocumentEditorProps) {
  const { t } = useTranslation();
  const mountRef = useRef<HTMLDivElement>(null);
  const onHandleRef = useRef(onHandle);
  // The text's own language (not the UI's) picks fonts, punctuation width and line breaking.
  const lang = useMemo(() => detectDocumentLanguage(version.text), [version.id]);
  onHandleRef.current = onHandle;

  useLayoutEffect(() => {
    const mount = mountRef.current;
    if (!mount) return;
    const { state, context } = createEditorState(version, editorPluginFactories());
    const listeners = new Set<() => void>();
    const view: EditorView = new EditorView(mount, {
      state,
      dispatchTransaction(tr) {
        keepDomSelection(view, tr, () => view.updateState(view.state.apply(adoptDomSelection(view, tr))));
        for (const listener of listeners) listener();
      },
    });
    const handle: EditorHandle = {
      view,
      context,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    onHandleRef.current(handle);
    // Read by bench/renderer-open.bench.ts: the view exists; the next frame paints it.
    performance.mark('tickmark:editor-mounted', { detail: version.id });
    return () => {
      onHandleRef.current(null);
      view.destroy();
    };
    // The view is rebuilt only for another version: versions are immutable, so the id says it all.
  }, [version.id]);

  return (
    <div
      ref={mountRef}
      className="tm-document-mount"
      data-testid="document"
      data-version-id={version.id}
      lang={lang}
      aria-label={t('document.label')}
    />
  );
}
