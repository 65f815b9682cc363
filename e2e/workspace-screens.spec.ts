/**
 * The main screens in every language at three window sizes (issue 11): screenshots into docs/screens/
 * (linked from the README) and an axe accessibility check of each screen with no serious or critical
 * violations. Screens: the document with the Figures ledger, a comment thread beside the text, and the
 * start screen.
 */
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './harness';
import { projectRoot } from './harness-paths';
import { selectText, setReviewerName, waitForDocument } from './annotations-helpers';

const sizes = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1600, height: 1000 },
] as const;
const languages = [
  { locale: 'zh-TW', tag: 'zh-Hant', name: '林審計', comment: '這個數字的來源是哪一份預算報告？' },
  { locale: 'zh-CN', tag: 'zh-Hans', name: '王代表', comment: '这个数字出自哪一份预算报告？' },
  { locale: 'en-US', tag: 'en', name: 'Ana Lee', comment: 'Which budget report is this figure from?' },
] as const;

/** Serious and critical axe violations on the page as it is now, summarised for the failure message. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Legacy mode runs in the page itself: the default opens a blank page to merge frame results, and the
  // harness closes every page the app did not open (as Electron's window-open handler would).
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(projectRoot, 'docs', 'screens', `${name}.png`) });

for (const language of languages) {
  test(`main screens in ${language.tag}: screenshots at three sizes, no serious axe violations`, async () => {
    test.setTimeout(120_000);
    const app = await launchApp({ locale: language.locale });
    const { page } = app;
    try {
      await waitForDocument(page);
      await setReviewerName(page, language.name);
      await selectText(page, '完成公共財政收入9.1億元');
      await page.keyboard.press('c');
      await page.keyboard.type(language.comment);
      await page.keyboard.press('Control+Enter');
      await expect(page.getByTestId('annotation-dialog')).toBeHidden();

      for (const size of sizes) {
        const suffix = `${language.tag}-${size.width}x${size.height}`;
        await page.setViewportSize(size);
        // 1. The document with the Figures ledger.
        await page.getByTestId('side-tab-figures').click();
        await expect(page.getByTestId('figure-row').first()).toBeVisible({ timeout: 15_000 });
        await page.getByTestId('figure-row').nth(2).click();
        await page.mouse.move(0, 0);
        await shot(page, `ledger-${suffix}`);
        if (size.width === 1280) expect(await seriousViolations(page)).toEqual([]);

        // 2. A comment thread beside the text.
        await page.locator('.tm-document .tm-anno-comment').first().click();
        await expect(page.getByTestId('comment-thread')).toBeVisible();
        await page.getByTestId('reply-input').fill(language.comment.slice(0, 8));
        await page.mouse.move(0, 0);
        await shot(page, `thread-${suffix}`);
        if (size.width === 1280) expect(await seriousViolations(page)).toEqual([]);
        await page.getByTestId('reply-draft-discard').click();
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('annotation-dialog')).toBeHidden();

        // 3. The start screen.
        await page.getByTestId('go-start').click();
        await expect(page.getByTestId('start-continue')).toBeVisible();
        await shot(page, `start-${suffix}`);
        if (size.width === 1280) expect(await seriousViolations(page)).toEqual([]);
        await page.getByTestId('start-continue').click();
        await waitForDocument(page);
      }
    } finally {
      await app.close();
    }
  });
}
