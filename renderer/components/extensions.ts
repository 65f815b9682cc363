/**
 * The renderer's extension points (documented in ../EXTENSIONS.md). A feature is one `RendererFeature`
 * object: side-panel tabs, ProseMirror plugins for each opened version, and components mounted over the
 * document pane or at app level. To add a feature, import it here and append it to `rendererFeatures`.
 */
import type { ComponentType } from 'react';
import type { EditorPluginFactory } from '../editor/editor-context';
import { OutlinePanel } from './OutlinePanel';
import { annotationsFeature } from './annotations/annotations-feature';
import { figuresFeature } from './figures/figures-feature';
import { reviewIoFeature } from './review-io/review-io-feature';
import { carryFeature } from './carry/carry-feature';
import { backupFeature } from './backup/backup-feature';
import { encodingFeature } from './encoding/encoding-feature';
import { pageLabelsFeature } from './page-labels/page-labels-feature';

/** A tab of the right side panel. */
export interface SidePanelTab {
  /** Unique id, also the `data-testid` suffix: `side-tab-<id>`, panel `side-panel-<id>`. */
  id: string;
  /** i18n key with namespace, e.g. `annotations:panel.title`. */
  labelKey: string;
  /** Tabs are sorted by `order` (outline is 10). */
  order: number;
  /** Rendered while the tab is selected and a document is open; use `useEditorHandle()` for the view. */
  Component: ComponentType;
}

export interface RendererFeature {
  id: string;
  sidePanelTabs?: SidePanelTab[];
  /** Plugins for each opened version (called once per version, after the core plugins). */
  editorPlugins?: EditorPluginFactory;
  /**
   * Shown in the side pane above the tabs' content while it renders something (an annotation's thread or
   * fields beside the text); the selected tab's content is hidden meanwhile. Render null when idle.
   */
  SidePanelDetail?: ComponentType;
  /** Mounted inside the document pane while a document is open (toolbars, popovers, plugin bridges). */
  DocumentOverlay?: ComponentType;
  /** Mounted once at app level, with or without a document (dialogs, global shortcuts). */
  AppOverlay?: ComponentType;
}

const coreFeature: RendererFeature = {
  id: 'core',
  sidePanelTabs: [{ id: 'outline', labelKey: 'common:panel.outline', order: 10, Component: OutlinePanel }],
};

/** Every feature, in mount order. Features append one line each. */
export const rendererFeatures: readonly RendererFeature[] = [
  coreFeature,
  annotationsFeature,
  figuresFeature,
  reviewIoFeature,
  carryFeature,
  backupFeature,
  encodingFeature,
  pageLabelsFeature,
];

/** All side-panel tabs, sorted. */
export const sidePanelTabs = (): SidePanelTab[] =>
  rendererFeatures.flatMap((feature) => feature.sidePanelTabs ?? []).sort((a, b) => a.order - b.order);

/** All plugin factories, in feature order. */
export const editorPluginFactories = (): EditorPluginFactory[] =>
  rendererFeatures.flatMap((feature) => (feature.editorPlugins ? [feature.editorPlugins] : []));
