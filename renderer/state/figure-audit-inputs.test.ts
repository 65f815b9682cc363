import { describe, expect, it } from 'vitest';
import { buildLegend } from '../../shared/figures/statuses';
import { addToLegend, makeUrlSource, maxQuoteLength, resolveLocator } from './figure-audit-inputs';

const pdf = {
  text: '目錄\n第二頁 財政收入9.8億元',
  regions: [
    { kind: 'page' as const, page: 1, start: 0, end: 2 },
    { kind: 'page' as const, page: 2, start: 3, end: 16 },
  ],
};
const sheet = {
  text: '項目\t數值\n地區生產總值\t26400000000',
  regions: [
    { kind: 'cell' as const, sheet: '統計公報', cell: 'A2', start: 6, end: 12 },
    { kind: 'cell' as const, sheet: '統計公報', cell: 'B2', start: 13, end: 24 },
  ],
};

describe('makeUrlSource', () => {
  it('keeps the URL and the trimmed quote, hashed with sha256', async () => {
    const made = await makeUrlSource(' https://stats.example/a?x=1 ', '  abc \n');
    expect(made).toEqual({
      ok: true,
      value: {
        title: 'stats.example',
        fileName: 'https://stats.example/a?x=1',
        url: 'https://stats.example/a?x=1',
        format: 'url',
        text: 'abc',
        byteLength: 3,
        regions: [],
        // sha256("abc"), the FIPS 180-2 test vector.
        sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      },
    });
  });

  it('refuses other schemes, non-URLs, an empty and an overlong quote', async () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'stats.example', ''])
      expect(await makeUrlSource(url, 'q')).toEqual({ ok: false, problem: 'url.badUrl' });
    expect(await makeUrlSource('http://a.example', ' ')).toEqual({ ok: false, problem: 'url.noQuote' });
    expect(await makeUrlSource('http://a.example', 'x'.repeat(maxQuoteLength + 1))).toEqual({
      ok: false,
      problem: 'url.quoteTooLong',
    });
  });
});

describe('resolveLocator', () => {
  it('points a page locator at that page of a paged source', () => {
    expect(resolveLocator(pdf, { kind: 'page', page: 2 })).toEqual({
      ok: true,
      value: { start: 3, end: 16, locator: { kind: 'page', page: 2 }, quote: '第二頁 財政收入9.8億元' },
    });
    expect(resolveLocator(pdf, { kind: 'page', page: 3 })).toEqual({ ok: false, problem: 'link.noSuchPage' });
    expect(resolveLocator(pdf, { kind: 'page', page: 1.5 })).toEqual({ ok: false, problem: 'link.badPage' });
  });

  it('finds a cell whatever the case of its reference, and refuses unknown or malformed cells', () => {
    expect(resolveLocator(sheet, { kind: 'cell', sheet: '統計公報', cell: ' b2 ' })).toEqual({
      ok: true,
      value: {
        start: 13,
        end: 24,
        locator: { kind: 'cell', sheet: '統計公報', cell: 'B2' },
        quote: '26400000000',
      },
    });
    expect(resolveLocator(sheet, { kind: 'cell', sheet: '統計公報', cell: 'C9' })).toEqual({
      ok: false,
      problem: 'link.noSuchCell',
    });
    expect(resolveLocator(sheet, { kind: 'cell', sheet: '', cell: 'B2' })).toEqual({
      ok: false,
      problem: 'link.badCell',
    });
    expect(resolveLocator(sheet, { kind: 'cell', sheet: 'S', cell: '2B' })).toEqual({
      ok: false,
      problem: 'link.badCell',
    });
  });

  it('finds a quote and gives its span', () => {
    const found = resolveLocator(pdf, { kind: 'quote', quote: ' 財政收入9.8億元 ' });
    expect(found).toEqual({
      ok: true,
      value: { start: 7, end: 16, locator: { kind: 'text' }, quote: '財政收入9.8億元' },
    });
    expect(resolveLocator(pdf, { kind: 'quote', quote: '9.1億元' })).toEqual({
      ok: false,
      problem: 'link.quoteNotFound',
    });
  });
});

describe('addToLegend', () => {
  it('adds a valid mark after the existing team marks, with a unique id', () => {
    const first = addToLegend(buildLegend(), { label: 'Queried', letter: 'q', colour: '#AABBCC' });
    expect(first).toMatchObject({
      ok: true,
      value: [{ id: 'custom:queried', letter: 'Q', colour: '#aabbcc', group: 'verified', label: 'Queried' }],
    });
    const legend = buildLegend(first.ok ? first.value : []);
    const second = addToLegend(legend, {
      label: 'Queried',
      letter: '7',
      colour: '#000000',
      group: 'disputed',
    });
    expect(second.ok && second.value.map((s) => s.id)).toEqual(['custom:queried', 'custom:queried-2']);
    expect(addToLegend(legend, { label: 'Again', letter: 'Q', colour: '#000000' })).toEqual({
      ok: false,
      problem: 'legend.errorLetterTaken',
    });
  });
});
