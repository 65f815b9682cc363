import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../shared/document/schema';
import { buildTextMap } from '../../../shared/document/text-map';
import { createFigureUnderlinesPlugin, figureUnderlinesKey, type FigureUnderline } from './figure-underlines';

const doc = documentSchema.node('doc', null, [
  documentSchema.node('paragraph', null, [documentSchema.text('生產總值264億元，增長5.2%。')]),
  documentSchema.node('paragraph', null, [documentSchema.text('就業增加12萬人。')]),
]);
const textMap = buildTextMap(doc);

const figure = (start: number, end: number, over: Partial<FigureUnderline> = {}): FigureUnderline => ({
  key: `${start}:${end}`,
  start,
  end,
  colour: '#999999',
  style: 'dotted',
  letter: 'U',
  selected: false,
  flagged: false,
  ...over,
});

const at = textMap.text.indexOf('12萬人');
const lastKey = `${at}:${at + 4}`;
const figures = [figure(4, 9), figure(12, 16), figure(at, at + 4)];

function start() {
  return EditorState.create({ doc, plugins: [createFigureUnderlinesPlugin({ textMap })] });
}
const send = (state: EditorState, list: readonly FigureUnderline[]) =>
  state.apply(state.tr.setMeta(figureUnderlinesKey, { type: 'set', figures: list }));
const pluginState = (state: EditorState) => figureUnderlinesKey.getState(state)!;

describe('figure underlines plugin', () => {
  it('draws one decoration per figure over its text, with status colour and key', () => {
    const state = send(start(), figures);
    const found = pluginState(state).decorations.find();
    expect(found).toHaveLength(3);
    const texts = found.map((d) => state.doc.textBetween(d.from, d.to));
    expect(texts.sort()).toEqual(['12萬人', '264億元', '5.2%'].sort());
    // Inline decorations keep their DOM attributes on `type.attrs` (not public API, but stable in prosemirror-view).
    const spec = (found[0] as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
    expect(spec['data-figure-key']).toMatch(/^\d+:\d+$/);
    expect(spec.style).toContain('text-decoration-color: #999999');
  });

  it('changes only the decoration of the figure whose status changed', () => {
    const first = send(start(), figures);
    const before = pluginState(first).byKey;
    const changed = [
      figures[0]!,
      figure(12, 16, { colour: '#009E73', style: 'solid', letter: 'V' }),
      figures[2]!,
    ];
    const second = send(first, changed);
    const after = pluginState(second).byKey;
    expect(after.get('4:9')!.decoration).toBe(before.get('4:9')!.decoration);
    expect(after.get(lastKey)!.decoration).toBe(before.get(lastKey)!.decoration);
    expect(after.get('12:16')!.decoration).not.toBe(before.get('12:16')!.decoration);
    expect(after.get('12:16')!.figure.letter).toBe('V');
    expect(pluginState(second).decorations.find()).toHaveLength(3);
  });

  it('keeps the same state for an identical list and drops figures no longer listed', () => {
    const first = send(start(), figures);
    const same = send(
      first,
      figures.map((f) => ({ ...f })),
    );
    for (const key of ['4:9', '12:16', lastKey])
      expect(pluginState(same).byKey.get(key)!.decoration).toBe(
        pluginState(first).byKey.get(key)!.decoration,
      );
    const fewer = send(same, [figures[0]!]);
    expect([...pluginState(fewer).byKey.keys()]).toEqual(['4:9']);
    expect(pluginState(fewer).decorations.find()).toHaveLength(1);
    // A transaction without the meta leaves the state object untouched.
    expect(pluginState(fewer.apply(fewer.tr))).toBe(pluginState(fewer));
  });
});
