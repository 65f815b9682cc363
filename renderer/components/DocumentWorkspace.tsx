/**
 * The open document: a header with its title and draft, the find bar, the read-only text, the features'
 * overlays, and the side panel. Owns the EditorHandle and provides it to everything inside.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedDocument } from '../db/document-repository';
import { useAppStore } from '../state/store';
import { DocumentEditor } from './DocumentEditor';
import { EditorHandleContext, type EditorHandle } from './editor-handle';
import { rendererFeatures } from './extensions';
import { FindBar } from './FindBar';
import { SidePanel } from './SidePanel';
import { UnderlineToggles } from './UnderlineToggles';
import { usePaneFocusKeys } from './use-pane-focus-keys';
import { useSessionMemory } from './use-session-memory';
import { ReopenEncodingButton } from './encoding/ReopenEncodingButton';

export function DocumentWorkspace({ opened }: { opened: OpenedDocument }) {
  const { t } = useTranslation();
  const [handle, setHandle] = useState<EditorHandle | null>(null);
  const zoom = useAppStore((state) => state.zoom);
  const { document, version } = opened;
  usePaneFocusKeys();
  useSessionMemory(handle, document.id);
  return (
    <EditorHandleContext.Provider value={handle}>
      <div className="tm-workspace" data-testid="workspace">
        <section className="tm-document-pane">
          <header className="tm-document-header">
            <h1 className="tm-document-title" data-testid="document-title">
              {document.title}
            </h1>
            <span className="tm-muted" data-testid="document-version">
              {t('document.version', { number: version.number, count: document.versionCount })} ·{' '}
              {version.fileName}
              {version.encoding ? ` · ${t('document.encoding', { encoding: version.encoding })}` : ''}
            </span>
            <ReopenEncodingButton />
            <UnderlineToggles />
          </header>
          <FindBar />
          <div
            className="tm-document-scroll"
            data-testid="document-scroll"
            style={{ ['--tm-zoom' as string]: zoom / 100 }}
          >
            <DocumentEditor version={version} onHandle={setHandle} />
          </div>
          {handle &&
            rendererFeatures.map((feature) =>
              feature.DocumentOverlay ? <feature.DocumentOverlay key={feature.id} /> : null,
            )}
        </section>
        <SidePanel />
      </div>
    </EditorHandleContext.Provider>
  );
}
