// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { EditorState, Plugin, TextSelection } from 'prosemirror-state';
import { Decoration, DecorationSet, EditorView } from 'prosemirror-view';
import { documentSchema } from '../../../shared/document/schema';
import { adoptDomSelection, keepDomSelection } from './dom-selection';

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

/** A plugin that draws a highlight over 生產總值264 once a transaction tagged `redraw` arrives. */
const redrawing = new Plugin<number>({
  state: {
    init: () => 0,
    apply: (tr, count) => (tr.getMeta('redraw') ? count + 1 : count),
  },
  props: {
    decorations(state) {
      if (redrawing.getState(state) === 0) return DecorationSet.empty;
      return DecorationSet.create(state.doc, [Decoration.inline(7, 14, { class: 'mark' })]);
    },
  },
});

describe('keepDomSelection', () => {
  function mountRedrawing(keep: boolean): EditorView {
    const mount = document.createElement('div');
    document.body.append(mount);
    const created: EditorView = new EditorView(mount, {
      state: EditorState.create({ doc, plugins: [redrawing] }),
      editable: () => false,
      dispatchTransaction: (tr) => {
        const apply = () => created.updateState(created.state.apply(adoptDomSelection(created, tr)));
        if (keep) keepDomSelection(created, tr, apply);
        else apply();
      },
    });
    return created;
  }

  function selectInsideMark(target: EditorView, from: number, to: number): void {
    const text = target.dom.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, from);
    range.setEnd(text, to);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }

  it('keeps a selection across a redraw that splits its text (a highlight saved in the background)', () => {
    view = mountRedrawing(true);
    selectInsideMark(view, 10, 15); // 264億元
    expect(document.getSelection()!.toString()).toBe('264億元');
    view.dispatch(view.state.tr.setMeta('redraw', true));
    expect(view.dom.querySelector('.mark')!.textContent).toBe('生產總值264');
    expect(document.getSelection()!.toString()).toBe('264億元');
  });

  it('puts back a selection the redraw moved (Chromium moves a range off replaced text nodes)', () => {
    view = mountRedrawing(false);
    const target = view;
    selectInsideMark(target, 10, 15);
    const tr = target.state.tr.setMeta('redraw', true);
    keepDomSelection(target, tr, () => {
      target.dispatch(tr);
      // What Chromium does when the redraw replaces the text nodes the range pointed into.
      document.getSelection()!.collapse(target.dom.querySelector('p')!, 0);
    });
    expect(document.getSelection()!.toString()).toBe('264億元');
  });

  it('leaves a collapsed caret and a selection outside the view alone', () => {
    view = mountRedrawing(false);
    const target = view;
    const text = target.dom.querySelector('p')!.firstChild!;
    document.getSelection()!.collapse(text, 3);
    const tr = target.state.tr.setMeta('redraw', true);
    keepDomSelection(target, tr, () => target.dispatch(tr));
    expect(document.getSelection()!.isCollapsed).toBe(true);
  });

  it('leaves alone a selection the transaction sets on purpose', () => {
    view = mountRedrawing(false);
    const target = view;
    selectInsideMark(target, 10, 15);
    const tr = target.state.tr.setSelection(TextSelection.create(target.state.doc, 1, 3));
    keepDomSelection(target, tr, () => {
      target.dispatch(tr);
      // What the view does for a selection of its own: the DOM follows it.
      document.getSelection()!.collapse(target.dom.querySelector('p')!.firstChild!, 2);
    });
    expect(document.getSelection()!.isCollapsed).toBe(true);
  });
});
