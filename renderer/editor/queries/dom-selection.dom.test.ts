// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { documentSchema } from '../../../shared/document/schema';
import { adoptDomSelection } from './dom-selection';

const doc = documentSchema.node('doc', null, [
  documentSchema.node('paragraph', null, [documentSchema.text('全年實現區內生產總值264億元')]),
]);

let view: EditorView | null = null;
afterEach(() => view?.destroy());

function mountView(): EditorView {
  const mount = document.createElement('div');
  document.body.append(mount);
  const created: EditorView = new EditorView(mount, {
    state: EditorState.create({ doc }),
    editable: () => false,
    dispatchTransaction: (tr) => created.updateState(created.state.apply(adoptDomSelection(created, tr))),
  });
  return created;
}

function selectDom(target: EditorView, from: number, to: number): void {
  const text = target.dom.querySelector('p')!.firstChild!;
  const range = document.createRange();
  range.setStart(text, from);
  range.setEnd(text, to);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

describe('adoptDomSelection', () => {
  it('carries a DOM selection ProseMirror has not read yet into a background transaction', () => {
    view = mountView();
    selectDom(view, 10, 15); // 264億元
    view.dispatch(view.state.tr.setMeta('background', true));
    expect(view.state.selection.from).toBe(11);
    expect(view.state.selection.to).toBe(16);
    expect(document.getSelection()!.toString()).toBe('264億元');
  });

  it('leaves transactions that set their own selection, and selections outside the view, alone', () => {
    view = mountView();
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    const range = document.createRange();
    range.selectNodeContents(outside);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    view.dispatch(view.state.tr.setMeta('background', true));
    expect(view.state.selection.from).toBe(1);
    outside.remove();
  });
});
