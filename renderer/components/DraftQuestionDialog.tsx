/** Asks whether a changed file with a known name is a new draft of that document or a separate one. */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/store';
import { Dialog } from './Dialog';
import { formatDateTime } from './format';

export function DraftQuestionDialog() {
  const { t, i18n } = useTranslation();
  const { question, answer } = useAppStore(
    useShallow((state) => ({ question: state.draftQuestion, answer: state.answerDraftQuestion })),
  );
  if (!question) return null;
  const { draft, existing } = question;
  return (
    <Dialog
      title={t('draftDialog.title', { title: existing.title })}
      testId="draft-dialog"
      onCancel={() => answer('cancel')}
    >
      <p>{t('draftDialog.body', { fileName: draft.fileName })}</p>
      <p className="tm-muted">
        {t('draftDialog.existing', {
          count: existing.versionCount,
          date: formatDateTime(existing.openedAt, i18n.language),
        })}
      </p>
      <div className="tm-dialog-actions">
        <button
          type="button"
          className="tm-button"
          data-testid="draft-dialog-cancel"
          onClick={() => answer('cancel')}
        >
          {t('draftDialog.cancel')}
        </button>
        <button
          type="button"
          className="tm-button"
          data-testid="draft-dialog-separate"
          onClick={() => answer('separate')}
        >
          {t('draftDialog.separate')}
        </button>
        <button
          type="button"
          className="tm-button tm-button-primary"
          data-testid="draft-dialog-new-draft"
          autoFocus
          onClick={() => answer('new-draft')}
        >
          {t('draftDialog.newDraft', { number: existing.versionCount + 1 })}
        </button>
      </div>
    </Dialog>
  );
}
