import { EditorState, type Transaction } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { documentSchema as s } from '../../../shared/document/schema';
import { buildTextMap } from '../../../shared/document/text-map';
import {
  clearFind,
  createFindPlugin,
  findInText,
  findNext,
  findPluginKey,
  findPrevious,
  setFindQuery,
} from './find';

const p = (...content: (string | ReturnType<typeof s.text>)[]) =>
  s.node(
    'paragraph',
    null,
    content.map((c) => (typeof c === 'string' ? s.text(c) : c)),
  );

function stateOf(
  doc = s.node('doc', null, [
    s.node('heading', { level: 1 }, [s.text('全年實現區內生產總值264億元')]),
    p('同比增長4.9%;完成公共財政收入9.1億元,同比下降10.21%'),
    p('Growth of ', s.text('GDP', [s.mark('strong')]), ' was 4.9% and gdp per head rose.'),
  ]),
) {
  const textMap = buildTextMap(doc);
  return { state: EditorState.create({ doc, plugins: [createFindPlugin({ textMap })] }), textMap };
}

function run(
  state: EditorState,
  command: (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean,
) {
  let next = state;
  const handled = command(state, (tr) => (next = state.apply(tr)));
  return { handled, state: next };
}

describe('findInText', () => {
  it('finds CJK, digits and Latin case-insensitively', () => {
    expect(findInText('同比增長4.9%;同比下降', '同比')).toEqual([
      { start: 0, end: 2 },
      { start: 9, end: 11 },
    ]);
    expect(findInText('GDP and gdp', 'Gdp')).toHaveLength(2);
    expect(findInText('a.b axb', 'a.b')).toEqual([{ start: 0, end: 3 }]);
    expect(findInText('anything', '')).toEqual([]);
  });
});

describe('find plugin', () => {
  it('maps matches to document positions and decorates them', () => {
    const { state } = stateOf();
    const { state: found } = run(state, setFindQuery('同比'));
    const find = findPluginKey.getState(found)!;
    expect(find.matches).toHaveLength(2);
    expect(find.current).toBe(0);
    for (const match of find.matches) expect(found.doc.textBetween(match.from, match.to)).toBe('同比');
    expect(find.decorations.find()).toHaveLength(2);
  });

  it('matches across marks and across case', () => {
    const { state } = stateOf();
    const find = findPluginKey.getState(run(state, setFindQuery('of gdp')).state)!;
    expect(find.matches).toHaveLength(1);
    const { from, to } = find.matches[0]!;
    expect(state.doc.textBetween(from, to)).toBe('of GDP');
  });

  it('steps next and previous with wrap-around', () => {
    let { state } = stateOf();
    state = run(state, setFindQuery('4.9%')).state;
    expect(findPluginKey.getState(state)!.matches).toHaveLength(2);
    state = run(state, findNext).state;
    expect(findPluginKey.getState(state)!.current).toBe(1);
    state = run(state, findNext).state;
    expect(findPluginKey.getState(state)!.current).toBe(0);
    state = run(state, findPrevious).state;
    expect(findPluginKey.getState(state)!.current).toBe(1);
  });

  it('reports no matches, and next does nothing then', () => {
    const { state } = stateOf();
    const searched = run(state, setFindQuery('不存在')).state;
    expect(findPluginKey.getState(searched)).toMatchObject({ query: '不存在', matches: [], current: -1 });
    expect(run(searched, findNext).handled).toBe(false);
  });

  it('keeps its state object for unrelated transactions and clears on clear', () => {
    const { state } = stateOf();
    const searched = run(state, setFindQuery('億元')).state;
    const before = findPluginKey.getState(searched);
    const unrelated = searched.apply(searched.tr.setMeta('other', true));
    expect(findPluginKey.getState(unrelated)).toBe(before);
    const cleared = run(unrelated, clearFind).state;
    expect(findPluginKey.getState(cleared)).toMatchObject({ query: '', matches: [], current: -1 });
    expect(findPluginKey.getState(cleared)!.decorations.find()).toHaveLength(0);
  });
});
