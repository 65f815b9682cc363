import { describe, expect, it } from 'vitest';
import { documentSchema as s } from '../../../shared/document/schema';
import { listHeadings } from './headings';

describe('listHeadings', () => {
  it('lists headings in order with their positions and levels', () => {
    const doc = s.node('doc', null, [
      s.node('heading', { level: 1 }, [s.text('一、回顧')]),
      s.node('paragraph', null, [s.text('正文')]),
      s.node('blockquote', null, [s.node('heading', { level: 2 }, [s.text('(一)產業')])]),
    ]);
    const headings = listHeadings(doc);
    expect(headings.map((h) => [h.level, h.text])).toEqual([
      [1, '一、回顧'],
      [2, '(一)產業'],
    ]);
    for (const heading of headings) {
      expect(doc.resolve(heading.pos).parent.textContent).toBe(heading.text);
    }
  });
});
