import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../db/app-db';
import { createTestBridge } from '../test-support/drafts';
import { createAppServices } from './services';
import { nextZoom, selectUiLanguage } from './settings-slice';
import { createAppStore } from './store';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const freshDb = () => {
  const db = new AppDb(`tickmark-settings-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
};

describe('settings slice', () => {
  it('follows the system language until one is chosen, and keeps the choice', async () => {
    const db = freshDb();
    const store = createAppStore(createAppServices(createTestBridge(), db));
    await store.getState().loadSettings('zh-HK');
    expect(selectUiLanguage(store.getState())).toBe('zh-Hant');
    await store.getState().setLanguagePreference('zh-Hans');
    expect(selectUiLanguage(store.getState())).toBe('zh-Hans');
    await store.getState().setZoom(125);
    await store.getState().setReviewerName('  陳大文 ');

    const reopened = createAppStore(createAppServices(createTestBridge(), db));
    await reopened.getState().loadSettings('en-US');
    expect(reopened.getState()).toMatchObject({
      languagePreference: 'zh-Hans',
      zoom: 125,
      reviewerName: '陳大文',
    });
    await reopened.getState().setLanguagePreference(null);
    expect(selectUiLanguage(reopened.getState())).toBe('en');
  });

  it('falls back to defaults for stored values that no longer parse', async () => {
    const db = freshDb();
    await db.settings.bulkPut([
      { key: 'zoom', value: 'huge' },
      { key: 'language', value: 'klingon' },
    ]);
    const store = createAppStore(createAppServices(createTestBridge(), db));
    await store.getState().loadSettings('en');
    expect(store.getState()).toMatchObject({ zoom: 100, languagePreference: null });
  });

  it('steps zoom through the steps and clamps at the ends', async () => {
    expect(nextZoom(100, 1)).toBe(110);
    expect(nextZoom(100, -1)).toBe(90);
    expect(nextZoom(113, 1)).toBe(125);
    expect(nextZoom(250, 1)).toBe(250);
    expect(nextZoom(60, -1)).toBe(60);
    expect(nextZoom(175, 0)).toBe(100);
    const store = createAppStore(createAppServices(createTestBridge(), freshDb()));
    await store.getState().stepZoom(1);
    await store.getState().stepZoom(1);
    expect(store.getState().zoom).toBe(125);
    await expect(store.getState().setZoom(1000)).rejects.toThrow();
  });
});
