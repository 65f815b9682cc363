/**
 * Typography (issue 11): the document carries its own `lang`; in English text the curly apostrophe is
 * drawn by a Latin font (narrow: "Assembly’s", not "Assembly’ s"), in Chinese text the curly quotes are
 * full-width as Chinese typesetting expects.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './harness';
import { waitForDocument } from './annotations-helpers';
import { openWithDialog } from './app-helpers';

/**
 * Width of the character at `at` in the first occurrence of `needle` in the document, as a fraction of
 * the font size. (A quote right after 。 is trimmed to half width by CSS text-spacing-trim, as Chinese
 * typesetting wants, so tests pick one between ideographs.)
 */
const charWidth = (page: Page, needle: string, at: number) =>
  page.evaluate(
    async ({ needle, at }) => {
      // A unicode-range face loads on first use.
      await document.fonts.ready;
      const root = document.querySelector('.tm-document')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const found = node.data.indexOf(needle);
        if (found < 0) continue;
        const index = found + at;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        return (
          range.getBoundingClientRect().width / parseFloat(getComputedStyle(node.parentElement!).fontSize)
        );
      }
      return -1;
    },
    { needle, at },
  );

test('Latin apostrophes narrow in English, full-width quotes in Chinese, lang on the document', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tm-typo-'));
  const file = path.join(dir, 'assembly.txt');
  await writeFile(
    file,
    'Budget speech\n\nThe Assembly’s budget for the year rose by 4.2 per cent.\n',
    'utf8',
  );
  const app = await launchApp({ locale: 'zh-TW' });
  const { page } = app;
  try {
    await waitForDocument(page);
    await expect(page.getByTestId('document')).toHaveAttribute('lang', 'zh-Hant');
    expect(await charWidth(page, '“社區', 0)).toBeGreaterThan(0.85);

    await openWithDialog(app, file);
    await expect(page.getByTestId('document-title')).toHaveText('Budget speech');
    await expect(page.getByTestId('document')).toHaveAttribute('lang', 'en');
    const apostrophe = await charWidth(page, 'y’s', 1);
    expect(apostrophe).toBeGreaterThan(0);
    expect(apostrophe).toBeLessThan(0.45);
  } finally {
    await app.close();
  }
});

test('underlines switch off and on per kind, and stay switched', async () => {
  const app = await launchApp({ locale: 'en-US' });
  const { page } = app;
  try {
    await waitForDocument(page);
    const figure = page.locator('.tm-document .tm-figure').first();
    const line = () => figure.evaluate((el) => getComputedStyle(el).textDecorationLine);
    await expect.poll(line).toBe('underline');
    await page.getByTestId('underline-toggle-figures').click();
    await expect(page.getByTestId('underline-toggle-figures')).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(line).toBe('none');
    await page.reload();
    // The reload reopens the document where the reviewer was.
    await waitForDocument(page);
    await expect(page.getByTestId('underline-toggle-figures')).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(line).toBe('none');
    await page.getByTestId('underline-toggle-figures').click();
    await expect.poll(line).toBe('underline');
  } finally {
    await app.close();
  }
});
