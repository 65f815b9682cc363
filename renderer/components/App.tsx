/**
 * The app shell: top bar, notices, import progress, then either the start screen or the open document
 * with its side panel; dialogs and features' app-level overlays on top. Keeps i18next's language and the
 * page's `lang` in step with the settings.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { selectUiLanguage } from '../state/settings-slice';
import { useAppStore } from '../state/store';
import { DocumentWorkspace } from './DocumentWorkspace';
import { DraftQuestionDialog } from './DraftQuestionDialog';
import { DropZone } from './DropZone';
import { rendererFeatures } from './extensions';
import { ImportProgress } from './ImportProgress';
import { NoticeBanner } from './NoticeBanner';
import { SettingsDialog } from './SettingsDialog';
import { ExportPdfDialog } from './export/ExportPdfDialog';
import { StartScreen } from './StartScreen';
import { TopBar } from './TopBar';
import { useAppCommands } from './use-app-commands';
import { useStartScreenKey } from './use-start-screen-key';

export function App() {
  const { i18n } = useTranslation();
  const language = useAppStore(selectUiLanguage);
  const current = useAppStore((state) => state.current);
  const startingUp = useAppStore((state) => state.startingUp);
  useAppCommands();
  useStartScreenKey();
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  return (
    <div className="tm-app" data-testid="app" data-language={language}>
      <TopBar />
      <NoticeBanner />
      <ImportProgress />
      <div className="tm-body">
        {current ? <DocumentWorkspace opened={current} /> : startingUp ? null : <StartScreen />}
      </div>
      <DropZone />
      <DraftQuestionDialog />
      <SettingsDialog />
      <ExportPdfDialog />
      {rendererFeatures.map((feature) =>
        feature.AppOverlay ? <feature.AppOverlay key={feature.id} /> : null,
      )}
    </div>
  );
}
