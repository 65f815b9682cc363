/**
 * First run, reload, relaunch and the UI language: the sample opens by itself on first run, survives a
 * reload and a relaunch on the same profile, and the UI follows the system language and the setting.
 */
import { expect, test } from '@playwright/test';
import { launchApp } from './harness';

test('first run opens the bundled sample, which survives a reload and a relaunch', async () => {
  const app = await launchApp();
  try {
    const { page } = app;
    await expect(page.getByTestId('document-title')).toHaveText('鶴城區政府工作報告');
    await expect(page.locator('.tm-document')).toContainText('現在,我代表區人民政府向大會報告工作');
    await expect(page.locator('.tm-document')).toHaveAttribute('contenteditable', 'false');
    await page.reload();
    // After a reload it reopens by itself where the reviewer was; the start screen lists it, and it
    // reopens from IndexedDB alone.
    await expect(page.getByTestId('document-title')).toHaveText('鶴城區政府工作報告');
    await page.getByTestId('go-start').click();
    await expect(page.getByTestId('recent-item')).toHaveCount(1);
    await page.getByTestId('recent-open').click();
    await expect(page.getByTestId('document-title')).toHaveText('鶴城區政府工作報告');
    await expect(page.locator('.tm-document')).toContainText('現在,我代表區人民政府向大會報告工作');
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
  const again = await launchApp({ userDataDir: app.userDataDir });
  try {
    // Not first run any more: the sample is not imported twice, the recent list still holds it.
    await expect(again.page.locator('#root')).toHaveAttribute('data-ready', 'true');
    await expect(again.page.getByTestId('document-title')).toHaveText('鶴城區政府工作報告');
    await again.page.getByTestId('go-start').click();
    await expect(again.page.getByTestId('recent-item')).toHaveCount(1);
    await again.page.getByTestId('recent-open').click();
    await expect(again.page.getByTestId('document-title')).toHaveText('鶴城區政府工作報告');
    expect(again.errors).toEqual([]);
  } finally {
    await again.close();
  }
});

test('the UI follows the system language and switches in Settings, and the choice is kept', async () => {
  const app = await launchApp({ locale: 'zh-TW' });
  try {
    const { page } = app;
    await expect(page.getByTestId('app')).toHaveAttribute('data-language', 'zh-Hant');
    await expect(page.getByTestId('settings-button')).toHaveText('設定');
    await expect(page.getByTestId('side-tab-outline')).toHaveText('大綱');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');

    await page.getByTestId('settings-button').click();
    await page.getByTestId('settings-language').selectOption('zh-Hans');
    await expect(page.getByTestId('settings-dialog')).toContainText('语言');
    await page.getByTestId('settings-close').click();
    await expect(page.getByTestId('settings-button')).toHaveText('设置');
    await expect(page.getByTestId('side-tab-outline')).toHaveText('大纲');
    await expect(page.getByTestId('open-button')).toHaveText('打开…');

    await page.getByTestId('settings-button').click();
    await page.getByTestId('settings-language').selectOption('en');
    await page.getByTestId('settings-close').click();
    await expect(page.getByTestId('settings-button')).toHaveText('Settings');
    await expect(page.getByTestId('side-tab-outline')).toHaveText('Outline');
    await expect(page.getByTestId('document-version')).toContainText('Draft 1 of 1');

    // After a relaunch the last document comes back by itself (issue 11), still in English; the start
    // screen, one key away, is in English too. (Asserting the start screen right after the reload only
    // caught its brief showing while the last document reopened, and failed when that was quick.)
    await page.reload();
    await expect(page.getByTestId('document-version')).toContainText('Draft 1 of 1');
    await expect(page.getByTestId('settings-button')).toHaveText('Settings');
    await page.keyboard.press('Control+Shift+KeyH');
    await expect(page.getByTestId('start-screen')).toContainText('Recent documents');
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});

test('Simplified Chinese system locale gives the Simplified UI', async () => {
  const app = await launchApp({ locale: 'zh-CN' });
  try {
    await expect(app.page.getByTestId('app')).toHaveAttribute('data-language', 'zh-Hans');
    await expect(app.page.getByTestId('settings-button')).toHaveText('设置');
    await expect(app.page.getByTestId('find-button')).toHaveText('查找');
  } finally {
    await app.close();
  }
});
