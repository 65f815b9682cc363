/**
 * Over the document pane of a text draft whose encoding was a close call: which encoding it was read
 * as, which others also read as text, and the way to look at them ("Reopen with encoding…").
 */
import { useTranslation } from 'react-i18next';
import { useReopenEncodingStore } from '../../state/reopen-encoding-store';
import { selectCurrentVersion } from '../../state/documents-slice';
import { useAppStore } from '../../state/store';

export function EncodingNotice() {
  const { t } = useTranslation('importing');
  const version = useAppStore(selectCurrentVersion);
  const open = useReopenEncodingStore((state) => state.open);
  const alternatives = version?.decoding?.alternatives;
  if (!version?.encoding || !alternatives || alternatives.length === 0) return null;
  const name = (encoding: string) => t(`encodings.${encoding}`, { defaultValue: encoding });
  return (
    <div className="tm-encoding-notice" role="note" data-testid="encoding-notice">
      <span>
        {t('encodingNotice', {
          fileName: version.fileName,
          encoding: name(version.encoding),
          alternatives: alternatives.map(name).join(', '),
        })}
      </span>
      <button type="button" className="tm-button" data-testid="encoding-reopen" onClick={() => open(version)}>
        {t('reopen')}
      </button>
    </div>
  );
}
