/**
 * Renderer entry: checks the bridge, builds the services and the store, reads the settings, sets up
 * i18n in the language in effect, renders the app, then starts the import flow (recent list, launch
 * files, first-run sample).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './components/App';
import { createI18n } from './i18n/i18n';
import { resolveUiLanguage } from './i18n/resolve-locale';
import { getBridge } from './platform/bridge';
import { useExportPdfStore } from './state/export-pdf-store';
import { createAppServices } from './state/services';
import { selectUiLanguage } from './state/settings-slice';
import { initAppStore } from './state/store';
import './styles/app.css';
import './styles/document.css';
import './styles/workspace.css';

async function start(root: HTMLElement): Promise<void> {
  const reactRoot = createRoot(root);
  let bridge;
  try {
    bridge = getBridge();
  } catch (error) {
    const i18n = await createI18n(resolveUiLanguage(navigator.language));
    root.textContent = i18n.t('app.noBridge', { message: (error as Error).message });
    root.setAttribute('data-testid', 'fatal');
    return;
  }
  const services = createAppServices(bridge);
  const store = initAppStore(services);
  const info = await bridge.getAppInfo();
  await store.getState().loadSettings(info.ok ? info.value.systemLocale : navigator.language);
  await useExportPdfStore.getState().loadRemembered(services.settings);
  await store.getState().loadWorkspaceSettings();
  const i18n = await createI18n(selectUiLanguage(store.getState()));
  document.documentElement.lang = i18n.language;
  reactRoot.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
  bridge.onDidReceiveDocuments(() => void store.getState().receivePending());
  await store.getState().startUp();
  root.setAttribute('data-ready', 'true');
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
void start(root);
