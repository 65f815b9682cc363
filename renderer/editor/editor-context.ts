/**
 * What a feature's plugin factory receives when a version is opened: the version, its ProseMirror doc
 * and its TextMap (plain-text offsets ↔ positions; shared/document/text-map.ts). Built once per version.
 */
import type { Node } from 'prosemirror-model';
import type { Plugin } from 'prosemirror-state';
import type { DocumentVersion } from '../../shared/model/document';
import type { TextMap } from '../../shared/document/text-map';

export interface EditorPluginContext {
  version: DocumentVersion;
  doc: Node;
  textMap: TextMap;
}

/** Makes the plugins of one feature for one opened version. */
export type EditorPluginFactory = (context: EditorPluginContext) => Plugin[];
