// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../../db/app-db';
import { classifyStorageError } from '../../db/storage-errors';
import { createI18n } from '../../i18n/i18n';
import { createAppServices } from '../../state/services';
import { initAppStore } from '../../state/store';
import { createTestBridge } from '../../test-support/drafts';
import { NoticeBanner } from '../NoticeBanner';

let db: AppDb | null = null;
afterEach(() => db?.close());

async function render(
  language: 'en' | 'zh-Hant' | 'zh-Hans',
  error: unknown,
  fileName: string | null = 'report.txt',
) {
  db = new AppDb(`tickmark-quota-${crypto.randomUUID()}`);
  const store = initAppStore(createAppServices(createTestBridge(), db));
  store.getState().reportError({ code: classifyStorageError(error) }, fileName);
  const i18n = await createI18n(language);
  const container = document.createElement('div');
  const root = createRoot(container);
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  await act(async () =>
    root.render(
      <I18nextProvider i18n={i18n}>
        <NoticeBanner />
      </I18nextProvider>,
    ),
  );
  const html = container.innerHTML;
  act(() => root.unmount());
  return html;
}

// What Dexie rejects with when IndexedDB is full: an AbortError whose `inner` is the QuotaExceededError.
const dexieQuota = Object.assign(new Error('Transaction aborted'), {
  name: 'AbortError',
  inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
});

describe('storage full notice', () => {
  it('says the storage is full, that saved work is safe, and offers a backup', async () => {
    const html = await render('en', dexieQuota);
    expect(html).toContain('data-code="quota"');
    expect(html).toContain('There is no room left to save report.txt');
    expect(html).toContain('Everything saved before this is safe');
    expect(html).toMatch(/data-testid="notice-backup"[^>]*>Back Up Review…</);
  });

  it('names no file when the failed write was an annotation', async () => {
    const html = await render('en', dexieQuota, null);
    expect(html).toContain('Your last change was not saved');
    expect(html).not.toContain('Could not open the document');
    expect(html).toContain('notice-backup');
  });

  it('offers the backup in Chinese too', async () => {
    expect(await render('zh-Hant', dexieQuota)).toContain('備份審閱…');
    expect(await render('zh-Hans', dexieQuota)).toContain('备份审阅…');
  });

  it('does not offer a backup for other storage failures', async () => {
    const html = await render('en', Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }));
    expect(html).toContain('data-code="storage"');
    expect(html).not.toContain('notice-backup');
  });
});
