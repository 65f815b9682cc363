/**
 * Opening drafts end to end: every format from real fixtures (a .docx made by the docx library, GB18030,
 * Big5 and UTF-16 text, a PDF printed by Chromium) through File > Open (Ctrl+O), the command line and
 * drag-and-drop; the same file twice; a changed file of the same name (asked, new draft); the recent list
 * after a relaunch.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  makeBig5Text,
  makeDocx,
  makeGb18030Text,
  makePdfWithChromium,
  makeUtf16Text,
  reportDocxContent,
} from '../electron/services/testing/fixtures';
import { countRows, dropFile, openWithDialog, waitReady } from './app-helpers';
import { launchApp } from './harness';

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-open-'));
});

test('opens .docx, GB18030, Big5, UTF-16 and a Chromium PDF through Ctrl+O', async () => {
  const pdfHtml =
    '<h1>統計公報</h1><p>全年地區生產總值2640億元，增長4.9%。</p><p>第二段落：財政收入91.2億元。</p>';
  const cases = [
    {
      file: await makeDocx(dir, reportDocxContent, 'report.docx'),
      title: '市政府工作报告',
      text: '全年实现地区生产总值2640亿元',
    },
    {
      file: await makeGb18030Text(dir),
      title: '市政府工作报告',
      text: '城镇居民人均可支配收入达到42305元',
      encoding: 'gb18030',
    },
    {
      file: await makeBig5Text(dir),
      title: '鶴城區政府工作報告',
      text: '完成公共財政收入9.1億元',
      encoding: 'big5',
    },
    {
      file: await makeUtf16Text(dir, { endian: 'le' }),
      title: '鶴城區政府工作報告',
      text: '城鄉居民收入分別達到23705元',
      encoding: 'utf-16le',
    },
    { file: await makePdfWithChromium(dir, pdfHtml, 'bulletin.pdf'), title: '', text: '財政收入91.2億元' },
  ];
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await waitReady(page);
    for (const item of cases) {
      await openWithDialog(app, item.file);
      // PDF import runs pdf.js in the services; on a busy two-core machine that takes seconds.
      await expect(page.getByTestId('document-version')).toContainText(path.basename(item.file), {
        timeout: 30_000,
      });
      await expect(page.locator('.tm-document')).toContainText(item.text);
      if (item.title) await expect(page.getByTestId('document-title')).toHaveText(item.title);
      if (item.encoding)
        await expect(page.getByTestId('document-version')).toContainText(item.encoding, { ignoreCase: true });
    }
    // The .docx keeps its structure: headings in the outline, a real table.
    await page.getByTestId('go-start').click();
    await page.getByTestId('recent-open').filter({ hasText: '市政府工作报告' }).first().click();
    await expect(page.getByTestId('recent-item')).toHaveCount(0);
    const counts = await countRows(page);
    expect(counts.documents).toBe(6); // the first-run sample + five drafts
    expect(counts.versions).toBe(6);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});

test('a .docx keeps headings, list and table; the outline lists its headings', async () => {
  const file = await makeDocx(dir, reportDocxContent, 'structured.docx');
  const app = await launchApp({ open: [file] });
  try {
    const { page } = app;
    await waitReady(page);
    await expect(page.getByTestId('document-title')).toHaveText('市政府工作报告');
    await expect(page.locator('.tm-document h2')).toHaveCount(2);
    await expect(page.locator('.tm-document table td, .tm-document table th')).toHaveCount(9);
    await expect(page.locator('.tm-document li')).toHaveCount(2);
    await expect(page.getByTestId('outline-item')).toHaveText([
      '市政府工作报告',
      '一、2023年工作回顾',
      '二、2024年工作安排',
    ]);
    // Launched with a file: the sample is not imported.
    expect((await countRows(page)).documents).toBe(1);
  } finally {
    await app.close();
  }
});

test('the same file twice is stored once; a changed file of the same name is asked about', async () => {
  const file = path.join(dir, 'budget.txt');
  await writeFile(file, '預算報告\n\n第一稿的內容。');
  const app = await launchApp({ open: [file] });
  try {
    const { page } = app;
    await waitReady(page);
    await expect(page.getByTestId('document-title')).toHaveText('預算報告');
    const before = await countRows(page);
    await openWithDialog(app, file);
    await expect(page.getByTestId('import-progress')).toHaveCount(0);
    await expect(page.getByTestId('document-title')).toHaveText('預算報告');
    expect(await countRows(page)).toEqual(before);

    await writeFile(file, '預算報告\n\n第二稿的內容，有修改。');
    await openWithDialog(app, file);
    const dialog = page.getByTestId('draft-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('budget.txt');
    await page.getByTestId('draft-dialog-new-draft').click();
    await expect(page.getByTestId('document-version')).toContainText('Draft 2 of 2');
    await expect(page.locator('.tm-document')).toContainText('第二稿的內容');
    expect(await countRows(page)).toMatchObject({ documents: 1, versions: 2 });

    await writeFile(file, '另一份文件\n\n完全不同。');
    await openWithDialog(app, file);
    await page.getByTestId('draft-dialog-separate').click();
    await expect(page.getByTestId('document-title')).toHaveText('另一份文件');
    expect(await countRows(page)).toMatchObject({ documents: 2, versions: 3 });

    await writeFile(file, '第三個版本\n\n取消。');
    await openWithDialog(app, file);
    await page.getByTestId('draft-dialog-cancel').click();
    await expect(page.getByTestId('draft-dialog')).toHaveCount(0);
    expect(await countRows(page)).toMatchObject({ documents: 2, versions: 3 });
  } finally {
    await app.close();
  }
});

test('a dropped file opens; the recent list survives a relaunch and reopens without the file', async () => {
  const file = path.join(dir, 'dropped-notes.md');
  await writeFile(file, '# 會議紀要\n\n本年度新增就業3.2萬人。\n');
  const app = await launchApp();
  try {
    await waitReady(app.page);
    await dropFile(app.page, file);
    await expect(app.page.getByTestId('document-title')).toHaveText('會議紀要');
    await expect(app.page.locator('.tm-document')).toContainText('本年度新增就業3.2萬人');
  } finally {
    await app.close();
  }
  const again = await launchApp({ userDataDir: app.userDataDir });
  try {
    const { page } = again;
    await waitReady(page);
    // The relaunch reopened the last document; the start screen is one click away.
    if (!(await page.getByTestId('start-screen').isVisible())) await page.getByTestId('go-start').click();
    await expect(page.getByTestId('recent-item')).toHaveCount(2);
    // Most recently opened first.
    await expect(page.getByTestId('recent-open').first()).toHaveText('會議紀要');
    await page.getByTestId('recent-open').first().click();
    await expect(page.locator('.tm-document')).toContainText('本年度新增就業3.2萬人');
    expect(again.errors).toEqual([]);
  } finally {
    await again.close();
  }
});

test('File > Open from the menu and files sent by the OS while running open drafts', async () => {
  const menuFile = path.join(dir, 'menu-open.txt');
  await writeFile(menuFile, '選單開啟\n\n由檔案選單開啟的文稿。');
  const osFile = path.join(dir, 'from-os.txt');
  await writeFile(osFile, '系統開啟\n\n由作業系統傳來的文稿。');
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await waitReady(page);
    app.queueDialogFile(menuFile);
    await app.sendMenuCommand('open');
    await expect(page.getByTestId('document-title')).toHaveText('選單開啟');
    await app.openFromOs([osFile]);
    await expect(page.getByTestId('document-title')).toHaveText('系統開啟');
    await app.sendMenuCommand('zoom-in');
    await expect(page.getByTestId('zoom-value')).toHaveText('110%');
    await app.sendMenuCommand('start-screen');
    await expect(page.getByTestId('recent-open')).toHaveText(['系統開啟', '選單開啟', '鶴城區政府工作報告']);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});

test('every format given on the command line is imported, in order, without the sample', async () => {
  const sub = await mkdtemp(path.join(dir, 'cli-'));
  const html = path.join(sub, 'notice.html');
  await writeFile(
    html,
    '<html><body><h1>通知</h1><p>請於3月1日前提交。</p><script>alert(1)</script></body></html>',
  );
  const files = [
    await makeDocx(sub, reportDocxContent, 'cli.docx'),
    await makeGb18030Text(sub, 'cli-gb18030.txt'),
    await makeBig5Text(sub, 'cli-big5.txt'),
    await makeUtf16Text(sub, { endian: 'be', fileName: 'cli-utf16be.txt' }),
    await makePdfWithChromium(sub, '<h1>公報</h1><p>人口增長0.5%。</p>', 'cli.pdf'),
    html,
  ];
  const app = await launchApp({ locale: 'en-US', open: files });
  try {
    const { page } = app;
    await waitReady(page);
    // The last file given is the one left open.
    await expect(page.getByTestId('document-title')).toHaveText('通知');
    await expect(page.locator('.tm-document')).toContainText('請於3月1日前提交。');
    await expect(page.locator('.tm-document script')).toHaveCount(0);
    await page.getByTestId('go-start').click();
    const names = await page.getByTestId('recent-item').locator('td:nth-child(2)').allTextContents();
    expect(names.sort()).toEqual(files.map((file) => path.basename(file)).sort());
    expect(await countRows(page)).toMatchObject({ documents: 6, versions: 6 });
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});
