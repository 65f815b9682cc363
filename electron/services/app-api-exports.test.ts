/**
 * The export/import calls of the app API (Web Annotations, figure ledger) over a scripted host whose
 * Open and Save dialogs answer from a queue, with real files; plus the argument schemas main applies.
 */
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeArgumentSchemas } from '../../shared/ipc/schemas';
import { createAppApi, type AppHost } from './app-api';
import { invokeValidated } from './invoke-validated';
import { sampleLedgerTable } from './ledger/ledger-fixture';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-exports-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function host(answers: (string | null)[]) {
  const asked: string[] = [];
  const value: AppHost = {
    showOpenDialog: async (kind) => {
      asked.push(`open:${kind}`);
      return answers.shift() ?? null;
    },
    chooseSavePath: async (kind, name) => {
      asked.push(`save:${kind}:${name}`);
      return answers.shift() ?? null;
    },
    takeLaunchPaths: () => [],
    openExternal: async () => undefined,
    appInfo: { version: '1', systemLocale: 'en', platform: 'linux' },
    resourcesDir: dir,
    export: {
      showSaveDialog: async () => null,
      printToPdf: async () => {
        throw new Error('not printed in these tests (see export-api.test.ts)');
      },
      showItemInFolder: () => undefined,
      reportProgress: () => undefined,
    },
  };
  return { value, asked };
}

describe('Web Annotations and ledger through the app API', () => {
  it('saves Web Annotation text where the Save dialog points, and reads it back through the Open dialog', async () => {
    const file = path.join(dir, 'review.jsonld');
    const json = JSON.stringify([
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'urn:uuid:1',
        type: 'Annotation',
        bodyValue: '口徑?',
        target: { source: 's', selector: { type: 'TextQuoteSelector', exact: '4.9%' } },
      },
    ]);
    const { value, asked } = host([file, file]);
    const api = createAppApi(value);
    expect(await api.saveWebAnnotations(json, '鶴城區-draft-1.jsonld')).toEqual({
      ok: true,
      value: { fileName: 'review.jsonld' },
    });
    expect(await readFile(file, 'utf8')).toBe(json);
    const opened = await api.openWebAnnotations();
    expect(opened.ok && opened.value?.fileName).toBe('review.jsonld');
    expect(opened.ok && opened.value?.file.annotations.map((a) => a.body)).toEqual([
      { kind: 'comment', text: '口徑?', resolved: false },
    ]);
    expect(asked).toEqual(['save:web-annotations:鶴城區-draft-1.jsonld', 'open:web-annotations']);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('cancelled dialogs are ok(null); a 500 MB file is refused before it is read', async () => {
    const api = createAppApi(host([]).value);
    expect(await api.openWebAnnotations()).toEqual({ ok: true, value: null });
    expect(await api.saveWebAnnotations('[]', 'x.jsonld')).toEqual({ ok: true, value: null });
    const huge = path.join(dir, 'huge.jsonld');
    await writeFile(huge, '');
    await truncate(huge, 500 * 1024 * 1024);
    const refused = await createAppApi(host([huge]).value).openWebAnnotations();
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'too-large', detail: { fileName: 'huge.jsonld' } },
    });
  });

  it('writes the ledger as XLSX or CSV by the extension chosen in the Save dialog', async () => {
    const table = sampleLedgerTable();
    const xlsx = path.join(dir, 'ledger.xlsx');
    const csv = path.join(dir, 'ledger.csv');
    const api = createAppApi(host([xlsx, csv]).value);
    expect(await api.saveFigureLedger(table, 'ledger.xlsx')).toEqual({
      ok: true,
      value: { fileName: 'ledger.xlsx' },
    });
    expect(await api.saveFigureLedger(table, 'ledger.xlsx')).toEqual({
      ok: true,
      value: { fileName: 'ledger.csv' },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.getWorksheet('Figures')!.rowCount).toBe(table.figures.length + 1);
    expect((await readFile(csv, 'utf8')).startsWith('\ufeffSection,Sentence,')).toBe(true);
    const bare = path.join(dir, 'no-extension');
    expect(await createAppApi(host([bare]).value).saveFigureLedger(table, 'l.xlsx')).toEqual({
      ok: true,
      value: { fileName: 'no-extension.xlsx' },
    });
  });

  it('main refuses paths as suggested names and malformed ledgers before any dialog opens', async () => {
    const { value, asked } = host([]);
    const api = createAppApi(value);
    const bad = await invokeValidated(api, 'saveWebAnnotations', ['[]', '../../etc/passwd']);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const badTable = await invokeValidated(api, 'saveFigureLedger', [
      { title: 'x', figures: [{ value: 'NaN' }] },
      'l.csv',
    ]);
    expect(badTable).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(asked).toEqual([]);
    expect(invokeArgumentSchemas.saveFigureLedger.safeParse([sampleLedgerTable(), 'l.xlsx']).success).toBe(
      true,
    );
  });
});
