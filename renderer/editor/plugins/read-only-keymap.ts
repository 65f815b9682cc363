/**
 * A keymap that works in a non-editable view. ProseMirror only calls `handleKeyDown` (and therefore
 * prosemirror-keymap's `keymap()`) when the view is editable, but it calls `handleDOMEvents.keydown`
 * always; this plugin runs the same bindings from there. Features use it instead of `keymap()`.
 */
import { keydownHandler } from 'prosemirror-keymap';
import { Plugin, type Command } from 'prosemirror-state';

/** Creates a plugin running `bindings` (prosemirror-keymap syntax: `Mod-f`, `Shift-Enter`). */
export function createReadOnlyKeymap(bindings: Record<string, Command>): Plugin {
  const handle = keydownHandler(bindings);
  return new Plugin({
    props: {
      handleDOMEvents: {
        keydown(view, event) {
          if (!handle(view, event)) return false;
          event.preventDefault();
          return true;
        },
      },
    },
  });
}
