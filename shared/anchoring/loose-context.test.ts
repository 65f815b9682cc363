import { describe, expect, it } from 'vitest';
import { looseContextKept } from './loose-context';

describe('looseContextKept', () => {
  it('counts stored context through a comma switched to full width and a doubled space', () => {
    const text = 'reserves stand at  £27.8 million， equal to 6.3 per cent';
    const start = text.indexOf('£');
    const end = text.indexOf('，');
    const kept = looseContextKept(text, start, end, 'reserves stand at ', ', equal to 6.3');
    expect(kept).toEqual({ before: 'reserves stand at '.length, after: ', equal to 6.3'.length });
  });

  it('stops at the first real difference on each side', () => {
    const text = 'reserves are at £27.8 million, equals';
    const kept = looseContextKept(text, text.indexOf('£'), text.indexOf(','), 'stand at ', ', equal to');
    expect(kept).toEqual({ before: ' at '.length, after: ', equal'.length });
  });
});
