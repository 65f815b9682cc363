/**
 * Keeps the document immutable: drafts are read, not edited (design.md). The view is not editable, so
 * the browser never types into it; this plugin is the second fence for everything else that could make a
 * transaction change the doc (a paste or drop handler, a stray command). Selections, decorations and
 * metadata transactions pass untouched.
 */
import { Plugin, PluginKey } from 'prosemirror-state';

export const readOnlyPluginKey = new PluginKey('readOnly');

/** Creates the plugin that rejects every doc-changing transaction. */
export function createReadOnlyPlugin(): Plugin {
  return new Plugin({
    key: readOnlyPluginKey,
    filterTransaction: (tr) => !tr.docChanged,
    props: {
      editable: () => false,
      handlePaste: () => true,
      // Returning true stops ProseMirror's own drop handling; the event still bubbles to the window,
      // where a dropped file is imported.
      handleDrop: () => true,
      // role=document: a text to read (aria-readonly is not allowed on a plain element, axe).
      attributes: { class: 'tm-document', spellcheck: 'false', role: 'document', tabindex: '0' },
    },
  });
}
