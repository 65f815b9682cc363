/**
 * Reading the sample: find in document (Ctrl+F, count, Enter / Shift+Enter, CJK), outline jump, zoom
 * (Ctrl+= / Ctrl+- / Ctrl+0, kept after a reload), and that the text cannot be edited but can be selected.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makeLargeDraft } from '../electron/services/testing/fixtures';
import { waitReady } from './app-helpers';
import { launchApp } from './harness';

const scrollTop = (page: Page) => page.getByTestId('document-scroll').evaluate((el) => el.scrollTop);

test('find highlights CJK matches, counts them and steps through them', async () => {
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await waitReady(page);
    await page.locator('.tm-document').click();
    await page.keyboard.press('Control+f');
    const input = page.getByTestId('find-input');
    await expect(input).toBeFocused();
    await input.fill('同比增長');
    const count = page.getByTestId('find-count');
    await expect(count).toHaveText(/^1\/\d+$/);
    const total = Number((await count.textContent())!.split('/')[1]);
    const text = await page.locator('.tm-document').innerText();
    expect(total).toBe(text.split('同比增長').length - 1);
    await expect(page.locator('.tm-find-match')).toHaveCount(total);
    await expect(page.locator('.tm-find-current')).toHaveText('同比增長');

    expect(total).toBeGreaterThan(3);
    const top = await scrollTop(page);
    for (let i = 0; i < 3; i++) await input.press('Enter');
    await expect(count).toHaveText(`4/${total}`);
    await expect.poll(() => scrollTop(page)).toBeGreaterThan(top);
    // Past the last match it wraps to the first; Shift+Enter from the first goes to the last.
    for (let i = 3; i < total; i++) await input.press('Enter');
    await expect(count).toHaveText(`1/${total}`);
    await input.press('Shift+Enter');
    await expect(count).toHaveText(`${total}/${total}`);
    await expect(page.locator('.tm-find-current')).toBeInViewport();

    await input.fill('不存在的詞語');
    await expect(count).toHaveText('No matches');
    await expect(page.locator('.tm-find-match')).toHaveCount(0);
    await input.press('Escape');
    await expect(page.getByTestId('find-bar')).toHaveCount(0);
  } finally {
    await app.close();
  }
});

test('outline jumps to a heading; zoom steps, resets and is kept', async () => {
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await waitReady(page);
    const item = page.getByTestId('outline-item').filter({ hasText: '三、加強政府自身建設' });
    await item.click();
    const heading = page.locator('.tm-document h1, .tm-document h2, .tm-document h3').filter({
      hasText: '三、加強政府自身建設',
    });
    await expect(heading).toBeInViewport();
    await expect.poll(() => scrollTop(page)).toBeGreaterThan(1000);

    const size = () =>
      page.locator('.tm-document').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const base = await size();
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+=');
    await expect(page.getByTestId('zoom-value')).toHaveText('125%');
    expect(await size()).toBeCloseTo(base * 1.25, 1);
    await page.keyboard.press('Control+-');
    await expect(page.getByTestId('zoom-value')).toHaveText('110%');
    await page.reload();
    await waitReady(page);
    // The reload reopens the document where it was (or the start screen lists it).
    if (await page.getByTestId('start-screen').isVisible())
      await page.getByTestId('recent-open').first().click();
    await expect(page.getByTestId('zoom-value')).toHaveText('110%');
    await page.keyboard.press('Control+0');
    await expect(page.getByTestId('zoom-value')).toHaveText('100%');
    expect(await size()).toBeCloseTo(base, 1);
  } finally {
    await app.close();
  }
});

test('the text is read-only but selectable and copyable', async () => {
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await waitReady(page);
    const documentText = page.locator('.tm-document');
    const before = await documentText.innerText();
    const paragraph = documentText.locator('p').nth(2);
    await paragraph.click();
    await page.keyboard.type('改寫');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    expect(await documentText.innerText()).toBe(before);
    await paragraph.dblclick();
    await paragraph.click({ clickCount: 3 });
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected).toContain('現在,我代表區人民政府向大會報告工作');
  } finally {
    await app.close();
  }
});

test('on a 1 MB draft, outline and find land on targets far down the document', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-large-'));
  const file = await makeLargeDraft(dir, 25, 'large-draft.txt');
  const app = await launchApp({ locale: 'en-US', open: [file] });
  try {
    const { page } = app;
    await waitReady(page);
    await expect(page.getByTestId('document-version')).toContainText('large-draft.txt');
    const items = page.getByTestId('outline-item');
    expect(await items.count()).toBeGreaterThan(200);
    await items.last().scrollIntoViewIfNeeded();
    await items.last().click();
    const lastHeading = page.locator('.tm-document h1, .tm-document h2, .tm-document h3').last();
    await expect(lastHeading).toBeInViewport();

    await page.keyboard.press('Control+f');
    await page.getByTestId('find-input').fill('同比增長');
    await expect(page.getByTestId('find-count')).toHaveText(/^1\/\d+$/);
    await page.getByTestId('find-input').press('Shift+Enter');
    const total = Number((await page.getByTestId('find-count').textContent())!.split('/')[1]);
    expect(total).toBeGreaterThan(100);
    await expect(page.getByTestId('find-count')).toHaveText(`${total}/${total}`);
    await expect(page.locator('.tm-find-current')).toBeInViewport();
  } finally {
    await app.close();
  }
});
