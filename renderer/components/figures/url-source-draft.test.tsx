// @vitest-environment jsdom
/**
 * The URL-source form keeps what was typed as a draft in the database (issue 11: nothing typed is lost):
 * Escape closes it and the draft stays, reopening brings both fields back, adding the source or
 * "Discard draft" removes it.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, expect, it, vi } from 'vitest';
import { AppDb } from '../../db/app-db';
import { urlSourceDraftKey } from '../../db/draft-repository';
import { createI18n } from '../../i18n/i18n';
import { createAppServices } from '../../state/services';
import { initAppStore } from '../../state/store';
import { createTestBridge, makeDraft } from '../../test-support/drafts';
import { UrlSourceForm } from './UrlSourceForm';

let db: AppDb | null = null;
afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
});

/** Types into a controlled input as a user would (React listens for the native input event). */
function type(element: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
  Object.getOwnPropertyDescriptor(proto.prototype, 'value')!.set!.call(element, text);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

it('keeps the URL and quote as a draft through Escape, and drops it on discard', async () => {
  db = new AppDb(`tickmark-url-draft-${crypto.randomUUID()}`);
  const store = initAppStore(createAppServices(createTestBridge(), db));
  await store.getState().acceptDraft(await makeDraft('report.txt', '今年地區生產總值增長5.2%。'));
  store.setState({ reviewerName: '審閱人' });
  const versionId = store.getState().current!.version.id;
  await store.getState().loadDrafts(versionId);
  const i18n = await createI18n('en');
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | null = null;
  let open = true;
  const mount = async () => {
    const created = createRoot(container);
    root = created;
    await act(async () =>
      created.render(
        <I18nextProvider i18n={i18n}>
          <UrlSourceForm onDone={() => (open = false)} />
        </I18nextProvider>,
      ),
    );
  };
  const field = (id: string) => container.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)!;
  await mount();
  await act(async () => type(field('url-source-url'), 'https://stats.example.gov/bulletin'));
  await act(async () => type(field('url-source-quote'), '地區生產總值增長5.2%'));
  expect(container.querySelector('[data-testid="url-source-draft"]')).not.toBeNull();
  await act(async () =>
    field('url-source-quote').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
  );
  expect(open).toBe(false);
  act(() => root!.unmount());

  // Stored in the database, not only in memory.
  const key = urlSourceDraftKey(versionId);
  await vi.waitFor(async () =>
    expect(((await db!.drafts.get(key)) as { value?: unknown } | undefined)?.value).toEqual({
      fields: { url: 'https://stats.example.gov/bulletin', quote: '地區生產總值增長5.2%' },
    }),
  );
  // A fresh load (as after a relaunch) brings it back into the reopened form.
  await store.getState().loadDrafts(versionId);
  await mount();
  expect(field('url-source-url').value).toBe('https://stats.example.gov/bulletin');
  expect(field('url-source-quote').value).toBe('地區生產總值增長5.2%');

  await act(async () =>
    container.querySelector<HTMLButtonElement>('[data-testid="url-source-discard"]')!.click(),
  );
  expect(field('url-source-url').value).toBe('');
  await vi.waitFor(async () => expect(await db!.drafts.get(key)).toBeUndefined());
  act(() => root!.unmount());
  container.remove();
});
