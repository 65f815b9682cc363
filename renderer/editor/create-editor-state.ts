/**
 * Builds the EditorState of one opened version: the doc from its stored JSON, its TextMap (built once),
 * the core plugins (read-only, caret, find) and the features' plugins.
 */
import { EditorState, type Plugin } from 'prosemirror-state';
import { documentSchema } from '../../shared/document/schema';
import { buildTextMap } from '../../shared/document/text-map';
import type { DocumentVersion } from '../../shared/model/document';
import type { EditorPluginContext, EditorPluginFactory } from './editor-context';
import { createFindPlugin } from './plugins/find';
import { createReadOnlyPlugin } from './plugins/read-only';
import { createReadOnlyCaretPlugin } from './plugins/read-only-caret';
import { createPendingQuotePlugin } from './plugins/pending-quote';

export interface CreatedEditorState {
  state: EditorState;
  context: EditorPluginContext;
}

/** The doc, TextMap and state for `version`, with `factories`' plugins after the core ones. */
export function createEditorState(
  version: DocumentVersion,
  factories: readonly EditorPluginFactory[] = [],
): CreatedEditorState {
  const doc = documentSchema.nodeFromJSON(version.doc);
  const textMap = buildTextMap(doc);
  const context: EditorPluginContext = { version, doc, textMap };
  const plugins: Plugin[] = [
    createReadOnlyPlugin(),
    createReadOnlyCaretPlugin(),
    createFindPlugin({ textMap }),
    createPendingQuotePlugin(),
  ];
  for (const factory of factories) plugins.push(...factory(context));
  return { state: EditorState.create({ doc, plugins }), context };
}
