/**
 * "Reopen with encoding…": pick an encoding, see the file's first lines decoded with it, and use it.
 * The preview is main's real decoding of the same file, not a guess made here.
 */
import { useTranslation } from 'react-i18next';
import { isReopenEncoding, reopenEncodings } from '../../../shared/import/encodings';
import { previewOf, useReopenEncodingStore } from '../../state/reopen-encoding-store';
import { Dialog } from '../Dialog';
import './encoding.css';

export function ReopenEncodingDialog() {
  const { t } = useTranslation('importing');
  const { phase, choose, apply, close } = useReopenEncodingStore();
  if (phase.kind === 'closed') return null;
  return (
    <Dialog title={t('dialogTitle')} testId="reopen-encoding-dialog" onCancel={close} onSubmit={apply}>
      <label className="tm-encoding-field">
        {t('encodingLabel')}
        <select
          data-testid="reopen-encoding-select"
          value={phase.encoding}
          onChange={(event) => {
            if (isReopenEncoding(event.target.value)) void choose(event.target.value);
          }}
        >
          {reopenEncodings.map((encoding) => (
            <option key={encoding} value={encoding}>
              {t(`encodings.${encoding}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="tm-muted">{t('preview')}</p>
      <pre className="tm-encoding-preview" data-testid="reopen-encoding-preview" aria-live="polite">
        {phase.error
          ? phase.error.message
          : phase.draft
            ? previewOf(phase.draft).join('\n')
            : t('previewLoading')}
      </pre>
      <div className="tm-dialog-actions">
        <button type="button" className="tm-button" onClick={close}>
          {t('close')}
        </button>
        <button
          type="button"
          className="tm-button tm-button-primary"
          data-testid="reopen-encoding-use"
          disabled={!phase.draft}
          onClick={() => void apply()}
        >
          {t('use')}
        </button>
      </div>
    </Dialog>
  );
}
