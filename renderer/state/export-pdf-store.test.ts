import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultExportPdfOptions, exportPdfSettingKey } from '../../shared/export/export-options';
import { AppDb } from '../db/app-db';
import { SettingsRepository } from '../db/settings-repository';
import { useExportPdfStore } from './export-pdf-store';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

const openSettings = (name: string): { db: AppDb; settings: SettingsRepository } => {
  const db = new AppDb(name);
  dbs.push(db);
  return { db, settings: new SettingsRepository(db) };
};

describe('the remembered Export > Annotated PDF choice', () => {
  it('is written to the profile database and read back by the next start', async () => {
    const name = `tickmark-export-options-${crypto.randomUUID()}`;
    const first = openSettings(name);
    await useExportPdfStore.getState().loadRemembered(first.settings);
    expect(useExportPdfStore.getState().options).toEqual(defaultExportPdfOptions);
    const chosen = { ...defaultExportPdfOptions, paper: 'letter' as const, appendix: false };
    useExportPdfStore.getState().setOptions(chosen);
    await expect.poll(async () => (await first.db.settings.get(exportPdfSettingKey))?.value).toEqual(chosen);

    useExportPdfStore.setState({ options: defaultExportPdfOptions });
    await useExportPdfStore.getState().loadRemembered(openSettings(name).settings);
    expect(useExportPdfStore.getState().options).toEqual(chosen);
  });

  it('keeps what a partial stored value says and falls back to the defaults for a damaged one', async () => {
    const { db, settings } = openSettings(`tickmark-export-options-${crypto.randomUUID()}`);
    await db.settings.put({ key: exportPdfSettingKey, value: { cover: false } });
    await useExportPdfStore.getState().loadRemembered(settings);
    expect(useExportPdfStore.getState().options).toEqual({ ...defaultExportPdfOptions, cover: false });

    await db.settings.put({ key: exportPdfSettingKey, value: { paper: 'tabloid', cover: false } });
    await useExportPdfStore.getState().loadRemembered(settings);
    expect(useExportPdfStore.getState().options).toEqual(defaultExportPdfOptions);
  });
});
