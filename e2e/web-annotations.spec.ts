/**
 * Handing a review in and out (issue #7, data part) through the real app: annotate the sample, Export >
 * Web Annotations, check the file against the W3C MUST assertions, import it into a fresh profile and
 * export again (same annotations); merge two reviewers' files with overlapping and conflicting edits;
 * a bad file changes nothing; Export > Figure ledger read back with exceljs and papaparse.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { detectFigures } from '../shared/figures/detect';
import { checkCollection } from '../electron/services/testing/w3c-schemas';
import { launchApp, type LaunchedApp } from './harness';
import {
  readStoredAnnotations,
  samplePath,
  saveDialog,
  selectText,
  setReviewerName,
  waitForDocument,
} from './annotations-helpers';

type Json = Record<string, unknown> & { id: string };
interface Collection {
  first: { items: Json[] };
}

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-w3c-e2e-'));
});
test.afterAll(() => (process.env.KEEP_E2E_FILES ? undefined : rm(dir, { recursive: true, force: true })));

async function annotate(page: Page): Promise<void> {
  const dialog = page.getByTestId('annotation-dialog');
  await selectText(page, '區內生產總值 264億元');
  await page.keyboard.press('t');
  await dialog.getByTestId('claim-category').selectOption('achievement');
  await dialog.getByTestId('claim-tag-input').fill('GDP');
  await dialog.getByTestId('claim-tag-input').press('Enter');
  await saveDialog(page);
  await selectText(page, '森林覆蓋率達64.23%');
  await page.keyboard.press('c');
  await dialog.getByTestId('comment-input').fill('Which survey? 哪一年的調查？');
  await saveDialog(page);
  await selectText(page, '64.23%');
  await page.keyboard.press('f');
  await dialog.getByTestId('figure-status').selectOption('verified');
  await saveDialog(page);
  await selectText(page, '同比增長4.9%');
  await page.keyboard.press('h');
}

/** Runs a menu command whose Save/Open dialog "picks" `file`, and waits for the outcome dialog. */
async function viaMenu(
  app: LaunchedApp,
  command: Parameters<LaunchedApp['sendMenuCommand']>[0],
  file: string,
) {
  app.queueDialogFile(file);
  await app.sendMenuCommand(command);
  await expect(app.page.getByTestId('review-io-dialog')).toBeVisible({ timeout: 20_000 });
}

async function closeOutcome(page: Page) {
  await page.getByTestId('review-io-close').click();
  await expect(page.getByTestId('review-io-dialog')).toBeHidden();
}

const count = (page: Page, key: string) =>
  page.getByTestId(`review-io-count-${key}`).getAttribute('data-count').then(Number);

/** Items without the ids of the profile that wrote them (each profile has its own document ids). */
const portable = (collection: Collection) =>
  collection.first.items.map((item) => ({ ...item, 'tickmark:documentId': '', 'tickmark:versionId': '' }));

test('annotate, export, import into a fresh profile, export again: the same annotations', async () => {
  test.setTimeout(120_000);
  const first = path.join(dir, 'review.jsonld');
  const second = path.join(dir, 'review-again.jsonld');
  const ana = await launchApp({ locale: 'en-US' });
  try {
    await waitForDocument(ana.page);
    await setReviewerName(ana.page, 'Ana');
    await annotate(ana.page);
    await expect.poll(async () => (await readStoredAnnotations(ana.page)).annotations.length).toBe(4);
    await viaMenu(ana, 'export-web-annotations', first);
    await expect(ana.page.getByTestId('review-io-exported')).toContainText('4 annotations and replies');
    expect(ana.errors).toEqual([]);
  } finally {
    await ana.close();
  }
  const exported = JSON.parse(await readFile(first, 'utf8')) as Collection;
  expect(checkCollection(exported)).toEqual([]);
  expect(exported.first.items.map((i) => i.motivation).sort()).toEqual([
    'assessing',
    'commenting',
    'highlighting',
    'tagging',
  ]);

  const bo = await launchApp({ locale: 'zh-TW' });
  try {
    await waitForDocument(bo.page);
    await viaMenu(bo, 'import-web-annotations', first);
    await expect(bo.page.getByTestId('review-io-dialog')).toContainText('已匯入 Web 註解');
    expect(await count(bo.page, 'added')).toBe(4);
    expect(await count(bo.page, 'orphans')).toBe(0);
    await bo.page.screenshot({ path: path.join(dir, 'web-annotations-import-zh.png') });
    await closeOutcome(bo.page);
    const stored = await readStoredAnnotations(bo.page);
    expect(stored.annotations.map((a) => a.author)).toEqual(['Ana', 'Ana', 'Ana', 'Ana']);
    await expect(bo.page.locator('.tm-document [data-annotation-id]').first()).toBeVisible();
    // Importing the same file again changes nothing.
    await viaMenu(bo, 'import-web-annotations', first);
    expect(await count(bo.page, 'unchanged')).toBe(4);
    expect(await count(bo.page, 'added')).toBe(0);
    await closeOutcome(bo.page);
    await viaMenu(bo, 'export-web-annotations', second);
    await closeOutcome(bo.page);
    // The import is ONE undo step (the second import changed nothing and adds none): Ctrl+Z takes all
    // four back out of the database and the page, Shift+Ctrl+Z puts them back.
    await bo.page.locator('.tm-document').focus();
    await bo.page.keyboard.press('Control+z');
    await expect.poll(async () => (await readStoredAnnotations(bo.page)).annotations.length).toBe(0);
    await expect(bo.page.locator('.tm-document [data-annotation-id]')).toHaveCount(0);
    await bo.page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await readStoredAnnotations(bo.page)).annotations.length).toBe(4);
    await expect(bo.page.locator('.tm-document [data-annotation-id]').first()).toBeVisible();
    expect(bo.errors).toEqual([]);
  } finally {
    await bo.close();
  }
  const again = JSON.parse(await readFile(second, 'utf8')) as Collection;
  expect(portable(again)).toEqual(portable(exported));
});

test("merge of two reviewers' files: overlapping and conflicting edits; a bad file changes nothing", async () => {
  test.setTimeout(120_000);
  const base = path.join(dir, 'base.jsonld');
  const app = await launchApp({ locale: 'en-US' });
  try {
    await waitForDocument(app.page);
    await setReviewerName(app.page, 'Ana');
    await annotate(app.page);
    await expect.poll(async () => (await readStoredAnnotations(app.page)).annotations.length).toBe(4);
    await viaMenu(app, 'export-web-annotations', base);
    await closeOutcome(app.page);
    const original = JSON.parse(await readFile(base, 'utf8')) as Collection & Record<string, unknown>;
    const comment = original.first.items.find((i) => i.motivation === 'commenting')!;
    const later = '2030-01-01T00:00:00.000Z';
    const earlier = '2020-01-01T00:00:00.000Z';
    const edit = (item: Json, modified: string, text: string, author: string) => ({
      ...item,
      modified,
      creator: { type: 'Person', name: author },
      body: [{ type: 'TextualBody', purpose: 'commenting', value: text, format: 'text/plain' }],
    });
    const reply = (id: string, author: string, text: string) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `urn:uuid:${id}`,
      type: 'Annotation',
      motivation: 'replying',
      bodyValue: text,
      creator: author,
      created: '2029-06-01T00:00:00Z',
      target: comment.id,
    });
    // Bo: a newer edit of Ana's comment, a reply, and a new comment overlapping Ana's claim.
    const bo = {
      ...original,
      first: {
        ...original.first,
        items: [
          edit(comment, later, 'Bo: the 2022 forest survey.', 'Bo'),
          reply('00000000-0000-4000-8000-00000000b001', 'Bo', 'See table 3.'),
          {
            ...edit(
              { ...comment, id: 'urn:uuid:00000000-0000-4000-8000-00000000b002' },
              later,
              'Nominal?',
              'Bo',
            ),
            target: {
              source: (comment.target as { source: string }).source,
              selector: [{ type: 'TextQuoteSelector', exact: '生產總值 264' }],
            },
          },
          {
            ...edit(
              { ...comment, id: 'urn:uuid:00000000-0000-4000-8000-00000000b003' },
              later,
              'Gone?',
              'Bo',
            ),
            target: { selector: [{ type: 'TextQuoteSelector', exact: '這句話不在本稿中' }] },
          },
        ],
      },
    };
    // Cy: an OLDER edit of the same comment (loses), a reply to Bo's reply (joins the thread).
    const cy = [
      edit(comment, earlier, 'Cy: stale text', 'Cy'),
      {
        ...reply('00000000-0000-4000-8000-00000000c001', 'Cy', 'Agreed.'),
        target: 'urn:uuid:00000000-0000-4000-8000-00000000b001',
      },
    ];
    const boFile = path.join(dir, 'bo.jsonld');
    const cyFile = path.join(dir, 'cy.json');
    await writeFile(boFile, JSON.stringify(bo));
    await writeFile(cyFile, JSON.stringify(cy));

    await viaMenu(app, 'import-web-annotations', boFile);
    expect([
      await count(app.page, 'added'),
      await count(app.page, 'updated'),
      await count(app.page, 'orphans'),
    ]).toEqual([1, 1, 1]);
    await expect(app.page.getByTestId('review-io-orphans')).toContainText('這句話不在本稿中');
    await closeOutcome(app.page);
    await viaMenu(app, 'import-web-annotations', cyFile);
    await app.page.screenshot({ path: path.join(dir, 'web-annotations-merge-en.png') });
    expect([
      await count(app.page, 'added'),
      await count(app.page, 'updated'),
      await count(app.page, 'unchanged'),
    ]).toEqual([0, 0, 1]);
    await closeOutcome(app.page);

    const stored = await readStoredAnnotations(app.page);
    expect(stored.annotations).toHaveLength(6);
    // The orphan is kept and listed in the Annotations tab, drawn nowhere in the text.
    const orphan = stored.annotations.find(
      (a) => (a.target as { exact: string }).exact === '這句話不在本稿中',
    )!;
    expect(orphan.meta).toMatchObject({
      orphan: { reason: expect.stringContaining('does not occur in this draft') },
    });
    await app.page.getByTestId('side-tab-annotations').click();
    await expect(
      app.page.locator(`[data-testid="annotation-card"][data-annotation-id="${orphan.id}"]`),
    ).toBeVisible();
    await expect(app.page.locator(`.tm-document [data-annotation-id="${orphan.id}"]`)).toHaveCount(0);
    const storedComment = stored.annotations.find((a) => `urn:uuid:${a.id}` === comment.id)!;
    expect(storedComment).toMatchObject({ author: 'Bo', body: { text: 'Bo: the 2022 forest survey.' } });
    expect(stored.replies.map((r) => [r.author, r.text, `urn:uuid:${r.annotationId}`])).toEqual([
      ['Bo', 'See table 3.', comment.id],
      ['Cy', 'Agreed.', comment.id],
    ]);
    const overlapping = stored.annotations.find(
      (a) => a.author === 'Bo' && a.id !== storedComment.id && a.id !== orphan.id,
    )!;
    expect((overlapping.target as { exact: string }).exact).toBe('生產總值 264');

    // Not JSON: the outcome says so and nothing changes.
    const bad = path.join(dir, 'bad.jsonld');
    await writeFile(bad, '{"type": "AnnotationCollection", ');
    await viaMenu(app, 'import-web-annotations', bad);
    await expect(app.page.getByTestId('review-io-failure')).toHaveText(
      'bad.jsonld is not JSON. Web Annotations are JSON-LD files (.jsonld or .json).',
    );
    await closeOutcome(app.page);
    expect(await readStoredAnnotations(app.page)).toEqual(stored);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});

test('Export > Figure ledger as XLSX and CSV, read back', async () => {
  test.setTimeout(120_000);
  const sample = await readFile(samplePath, 'utf8');
  const figures = detectFigures(sample).length;
  const app = await launchApp({ locale: 'en-US' });
  try {
    await waitForDocument(app.page);
    await setReviewerName(app.page, 'Ana');
    await annotate(app.page);
    await expect.poll(async () => (await readStoredAnnotations(app.page)).annotations.length).toBe(4);
    const xlsx = path.join(dir, 'ledger.xlsx');
    await viaMenu(app, 'export-figure-ledger', xlsx);
    await expect(app.page.getByTestId('review-io-exported')).toContainText(`ledger of ${figures} figures`);
    await closeOutcome(app.page);
    const csv = path.join(dir, 'ledger.csv');
    await viaMenu(app, 'export-figure-ledger', csv);
    await closeOutcome(app.page);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(dir, 'ledger.xlsx'));
  const sheet = workbook.getWorksheet('Figures')!;
  expect(sheet.rowCount - 1).toBe(figures);
  const rows = Papa.parse<Record<string, string>>(
    (await readFile(path.join(dir, 'ledger.csv'), 'utf8')).slice(1),
    {
      header: true,
      skipEmptyLines: true,
    },
  ).data;
  expect(rows).toHaveLength(figures);
  const verified = rows.find((r) => r['Figure as written'] === '64.23%')!;
  expect(verified).toMatchObject({
    Status: 'V',
    'Status label': 'Verified',
    Reviewer: 'Ana',
    Value: '64.23',
  });
  // The same rows in both files.
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    expect(String(row.getCell(3).value)).toBe(rows[r - 2]!['Figure as written']);
    expect(row.getCell(6).value).toBe(rows[r - 2]!.Status);
  }
});
