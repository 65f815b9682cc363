/**
 * Browser bundle for the renderer bench's baseline: a bare read-only ProseMirror EditorView (no
 * plugins, no React, no store, no database) over the same document JSON, timed from build to first paint.
 */
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { documentSchema } from '../shared/document/schema';
import type { PmNodeJson } from '../shared/model/document';

const nextPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );

async function openBare(docJson: PmNodeJson): Promise<number> {
  const place = document.getElementById('mount')!;
  place.replaceChildren();
  const start = performance.now();
  const doc = documentSchema.nodeFromJSON(docJson);
  const view = new EditorView(place, {
    state: EditorState.create({ doc }),
    editable: () => false,
    attributes: { class: 'tm-document' },
  });
  await nextPaint();
  const elapsed = performance.now() - start;
  view.destroy();
  return elapsed;
}

(window as unknown as { __openBare: typeof openBare }).__openBare = openBare;
