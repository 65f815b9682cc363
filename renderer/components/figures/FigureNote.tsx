/**
 * A ledger row's note. What is typed is a draft in the database at once (like comments and replies), so
 * leaving the field, Escape, another row or quitting loses nothing; Enter or Ctrl/Cmd+Enter saves it as
 * the row's note (a signed decision), Shift+Enter starts a new line, Escape goes back to the ledger with
 * the draft kept, and only "Discard draft" throws it away.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../db/draft-repository';
import type { LedgerRow } from '../../../shared/figures/matching/ledger';
import { getAppStore } from '../../state/store';
import { useDraftState } from '../annotations/use-draft';

const textCodec = {
  encode: (text: string): Draft['value'] => ({ text }),
  decode: (value: Draft['value']): string | undefined => ('text' in value ? value.text : undefined),
};

/** Key of the draft of a ledger row's note (rows without an annotation yet have no id to key on). */
export const noteDraftKey = (versionId: string, rowKey: string): string => `note:${versionId}:${rowKey}`;

const focusLedger = () =>
  document.querySelector<HTMLElement>('[data-testid="figures-list"]')?.focus({ preventScroll: true });

export function FigureNote({ row, versionId }: { row: LedgerRow; versionId: string }) {
  const { t } = useTranslation('figures');
  const [note, setNote, draft] = useDraftState(
    noteDraftKey(versionId, row.key),
    row.annotationId,
    row.note,
    textCodec,
  );
  const input = useRef<HTMLTextAreaElement>(null);
  const save = async () => {
    await getAppStore().getState().setFigureNote(row.key, note);
    draft.clear();
  };
  return (
    <div className="tm-figure-note">
      <textarea
        ref={input}
        data-testid="figure-note"
        aria-label={t('ledger.notePlaceholder')}
        placeholder={t('ledger.notePlaceholder')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return;
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            e.stopPropagation();
            void save().then(focusLedger);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            focusLedger();
          }
        }}
      />
      {draft.hasDraft && (
        <p className="tm-figure-note-draft" data-testid="figure-note-draft">
          {t('workspace:draft.unsaved')}{' '}
          <button type="button" data-testid="figure-note-save" onClick={() => void save()}>
            {t('workspace:draft.save')}
          </button>{' '}
          <button
            type="button"
            className="tm-link-button"
            data-testid="figure-note-discard"
            onClick={() => {
              draft.discard();
              input.current?.focus();
            }}
          >
            {t('workspace:draft.discard')}
          </button>
        </p>
      )}
    </div>
  );
}
