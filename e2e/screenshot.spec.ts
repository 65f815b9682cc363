/** Writes docs/screenshot.png (used by the README): the app with the bundled sample open. */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp } from './harness';

test('screenshot of the sample for the README', async () => {
  const app = await launchApp({ locale: 'zh-TW' });
  try {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.getByTestId('document-title')).toHaveText('鶴城區政府工作報告');
    await expect(page.getByTestId('outline-item').first()).toBeVisible();
    const file = path.resolve(import.meta.dirname, '..', 'docs', 'screenshot.png');
    const png = await page.screenshot({ path: file });
    expect(png.byteLength).toBeGreaterThan(20_000);
  } finally {
    await app.close();
  }
});
