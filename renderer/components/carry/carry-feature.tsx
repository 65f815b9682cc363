/**
 * The carry-over feature as the renderer mounts it (components/extensions.ts): the Drafts tab (version
 * picker, reports, orphans, "Compare with…"), the report dialog with its confirmation queue, and the
 * changes view between two versions.
 */
import type { RendererFeature } from '../extensions';
import { CarryOverlays } from './CarryOverlays';
import { DraftsPanel } from './DraftsPanel';
import './carry.css';

export const carryFeature: RendererFeature = {
  id: 'carry',
  sidePanelTabs: [{ id: 'drafts', labelKey: 'carry:panel.title', order: 40, Component: DraftsPanel }],
  DocumentOverlay: CarryOverlays,
};
