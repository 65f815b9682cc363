/** The two small questions the annotation flow asks: "delete this annotation?" and "your name?" (once). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/store';
import { Dialog } from '../Dialog';
import { annotationSummary, shortQuote } from './annotation-labels';

export function ConfirmDeleteDialog() {
  const { t } = useTranslation('annotations');
  const { id, records, replies, custom, cancel, remove, closeDialog } = useAppStore(
    useShallow((state) => ({
      id: state.deletePendingId,
      records: state.annotationRecords.annotations,
      replies: state.repliesByAnnotation,
      custom: state.customCategories,
      cancel: state.requestDeleteAnnotation,
      remove: state.deleteAnnotation,
      closeDialog: state.openAnnotationDialog,
    })),
  );
  const annotation = id ? records.get(id) : undefined;
  if (!id || !annotation) return null;
  const replyCount = replies.get(id)?.length ?? 0;
  return (
    <Dialog title={t('confirm.deleteTitle')} testId="confirm-delete" onCancel={() => cancel(null)}>
      <p>
        {annotationSummary(t, annotation, custom)}: “{shortQuote(annotation.target.exact, 60)}”
      </p>
      {replyCount > 0 && <p>{t('confirm.deleteReplies', { count: replyCount })}</p>}
      <p className="tm-muted">{t('confirm.undoHint')}</p>
      <div className="tm-dialog-actions">
        <button type="button" data-testid="confirm-delete-cancel" onClick={() => cancel(null)}>
          {t('dialog.cancel')}
        </button>
        <button
          type="button"
          className="tm-danger"
          data-testid="confirm-delete-ok"
          autoFocus
          onClick={() => {
            cancel(null);
            closeDialog(null);
            void remove(id);
          }}
        >
          {t('dialog.delete')}
        </button>
      </div>
    </Dialog>
  );
}

export function NamePromptDialog() {
  const { t } = useTranslation('annotations');
  const { pending, resolve } = useAppStore(
    useShallow((state) => ({ pending: state.namePromptPending, resolve: state.resolveNamePrompt })),
  );
  const [name, setName] = useState('');
  if (!pending) return null;
  return (
    <Dialog title={t('name.title')} testId="name-prompt" onCancel={() => void resolve(null)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void resolve(name);
        }}
      >
        <p>{t('name.body')}</p>
        <input
          data-testid="name-input"
          aria-label={t('name.placeholder')}
          placeholder={t('name.placeholder')}
          value={name}
          maxLength={200}
          autoFocus
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <div className="tm-dialog-actions">
          <button type="button" data-testid="name-cancel" onClick={() => void resolve(null)}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="tm-primary" data-testid="name-save" disabled={!name.trim()}>
            {t('name.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
