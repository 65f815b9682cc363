/**
 * Page labels: the page numbers a PDF prints in its footers are left out of the text but kept with the
 * version, by text offset, so a passage can be cited as "p. 7" even when the file's seventh sheet is
 * not page 7 (a report whose numbering starts after a cover and a contents page).
 */
import { describe, expect, it } from 'vitest';
import { pageCitationAt, pageLabelAt } from '../../../shared/document/page-labels';
import { formatLocator, locate, sortRegions } from '../../../shared/figures/matching/locator';
import { importSourceBytes } from '../sources/import-source';
import { importDocumentBytes } from './import-document';
import { numberedReportPdf } from '../testing/numbered-report-pdf';

describe('PDF page labels', () => {
  it('keeps the printed page numbers by text offset and leaves them out of the text', async () => {
    const result = await importDocumentBytes('numbered.pdf', await numberedReportPdf());
    if (!result.ok) throw new Error(result.error.message);
    const draft = result.value;
    expect(draft.text).not.toMatch(/- \d -/);
    expect(draft.pageLabels?.map(({ page, label }) => [page, label])).toEqual([
      [1, '5'],
      [2, '6'],
      [3, '7'],
      [4, '8'],
    ]);
    // Each entry points at the first paragraph of its page.
    for (const { offset, page } of draft.pageLabels!) {
      expect(draft.text.slice(offset)).toMatch(new RegExp(`^Section ${page}\\.1 `));
    }
    const third = draft.text.indexOf('Section 3.2');
    expect(pageLabelAt(draft.pageLabels, third)).toBe('7');
    expect(pageCitationAt(draft.pageLabels, third)).toBe('p. 7');
    expect(pageCitationAt(draft.pageLabels, draft.text.length - 1)).toBe('p. 8');
  });

  it('cites a source by its printed page labels (p. 7 for the third sheet)', async () => {
    const result = await importSourceBytes('numbered.pdf', await numberedReportPdf());
    if (!result.ok) throw new Error(result.error.message);
    const source = result.value;
    expect(source.regions.map((r) => (r.kind === 'page' ? [r.page, r.label] : null))).toEqual([
      [1, '5'],
      [2, '6'],
      [3, '7'],
      [4, '8'],
    ]);
    const at = source.text.indexOf('Section 3.2');
    const locator = locate(sortRegions(source.regions), at);
    expect(locator).toEqual({ kind: 'page', page: 3, label: '7' });
    expect(formatLocator(locator)).toBe('p. 7');
    // Without a label (older sources, PDFs without page numbers) the sheet is cited.
    expect(formatLocator({ kind: 'page', page: 3 })).toBe('p. 3');
  });

  it('answers null where no label is known', () => {
    expect(pageLabelAt(undefined, 10)).toBeNull();
    expect(pageLabelAt([], 10)).toBeNull();
    expect(pageLabelAt([{ offset: 20, page: 2, label: 'ii' }], 10)).toBeNull();
    expect(pageLabelAt([{ offset: 20, page: 2, label: 'ii' }], 20)).toBe('ii');
  });
});
