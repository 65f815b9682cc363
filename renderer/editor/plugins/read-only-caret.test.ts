import { describe, expect, it } from 'vitest';
import { caretMotion } from './read-only-caret';

const key = (
  key: string,
  mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('caretMotion', () => {
  it('moves by character and line, extends with Shift', () => {
    expect(caretMotion(key('ArrowRight'))).toEqual({
      alter: 'move',
      direction: 'forward',
      granularity: 'character',
    });
    expect(caretMotion(key('ArrowUp', { shiftKey: true }))).toEqual({
      alter: 'extend',
      direction: 'backward',
      granularity: 'line',
    });
  });

  it('goes by word and sentence with Ctrl or Cmd, to line and document ends with Home/End', () => {
    expect(caretMotion(key('ArrowLeft', { ctrlKey: true, shiftKey: true }))?.granularity).toBe('word');
    expect(caretMotion(key('ArrowDown', { metaKey: true }))?.granularity).toBe('sentence');
    expect(caretMotion(key('End'))).toEqual({
      alter: 'move',
      direction: 'forward',
      granularity: 'lineboundary',
    });
    expect(caretMotion(key('Home', { ctrlKey: true }))?.granularity).toBe('documentboundary');
  });

  it('leaves other keys and Alt combinations alone', () => {
    expect(caretMotion(key('t'))).toBeNull();
    expect(caretMotion(key('PageDown'))).toBeNull();
    expect(caretMotion(key('ArrowLeft', { altKey: true }))).toBeNull();
  });
});
