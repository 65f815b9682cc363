/**
 * A Taiwan-style draft with half-width spaces around every Arabic number (and a no-break space, a
 * full-width space, a compound amount in spaced parts and Minguo dates), opened through Ctrl+O in real
 * Chromium with real IndexedDB: the figures ledger lists exactly the figures the detector should find,
 * each underlined over its whole spaced span, Minguo years and dates are not listed, and a
 * Chromium-printed PDF source that writes `187.26億元` without spaces is proposed as the match for
 * `187.26 亿元` in the draft.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makePdfWithChromium } from '../electron/services/testing/fixtures';
import { detectFigures } from '../shared/figures/detect';
import { openWithDialog, waitReady } from './app-helpers';
import { setReviewerName } from './annotations-helpers';
import { launchApp } from './harness';

const draft = [
  '臺中市 114 年度施政報告（草案）',
  '',
  '一、財政概況',
  '本市 113 年度歲入編列新臺幣 1,234 億元，較 112 年增加 3.5%。',
  '製造業增加值 187.26 亿元，約有 315\u00a0萬人受惠。',
  '全年發行 112 檔債券，合計 5 兆 2,310 億元；核定　48　案。',
  '新制自 115 年 7 月 1 日起實施，112 年以來已辦理 18 個月。',
].join('\n');

/** What the ledger must list, as underlined in the document. */
const expected = [
  '新臺幣 1,234 億元',
  '3.5%',
  '187.26 亿元',
  '315\u00a0萬人',
  '112 檔',
  '5 兆 2,310 億元',
  '48　案',
  '18 個月',
];

const underline = (page: Page, text: string) =>
  page.locator('.tm-document [data-figure-key]').filter({ hasText: new RegExp(`^${text}$`) });

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-spaced-'));
});

test('a spaced Taiwan-style draft: ledger count, underlines over spaced spans, and a source match', async () => {
  test.setTimeout(120_000);
  // The detector itself agrees with the list the UI is checked against.
  expect(detectFigures(draft).map((f) => f.text)).toEqual(expected);
  const file = path.join(dir, 'taichung-draft.txt');
  await writeFile(file, draft, 'utf8');
  const pdf = await makePdfWithChromium(
    dir,
    '<h1>工業統計</h1><p>全年製造業增加值187.26億元，比上年增長3.5%。</p>',
    'industry-bulletin.pdf',
  );
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await waitReady(page);
    await setReviewerName(page, 'Auditor'); // every decision is signed
    await openWithDialog(app, file);
    await expect(page.getByTestId('document-version')).toContainText('taichung-draft.txt', {
      timeout: 30_000,
    });
    await page.getByTestId('side-tab-figures').click({ timeout: 20_000 });
    // The ledger is virtualised: its size is on every row (aria-setsize), not in the number drawn.
    await expect(page.getByTestId('figure-row').first()).toHaveAttribute(
      'aria-setsize',
      String(expected.length),
      {
        timeout: 20_000,
      },
    );
    for (const text of expected) await expect(underline(page, text)).toHaveCount(1);
    // Minguo years and dates are text, not figures.
    await expect(
      page.locator('.tm-document [data-figure-key]').filter({ hasText: /^11[2-5] ?年/ }),
    ).toHaveCount(0);

    const key = await underline(page, '187.26 亿元').getAttribute('data-figure-key');
    app.queueDialogFile(pdf);
    await page.getByTestId('figures-attach-source').click({ timeout: 15_000 });
    const row = page.locator(`[data-testid="figure-row"][data-key="${key}"]`);
    await row.click({ timeout: 20_000 });
    const match = page.getByTestId('figure-match').filter({ hasText: '187.26億元' });
    await expect(match).toBeVisible({ timeout: 30_000 });
    await expect(match).toContainText('industry-bulletin.pdf');
    await match.getByTestId('figure-match-accept').click({ timeout: 15_000 });
    await expect(match).toHaveAttribute('data-decision', 'accepted');
    await expect(row).toHaveAttribute('data-status', 'traced');
    await page.screenshot({ path: path.join(dir, 'spaced-ledger.png') });
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});
