/**
 * "Reopen with encoding…" on demand, beside the encoding in the document header of any text draft:
 * the notice (EncodingNotice) offers it only when the decision was a close call, but a user who sees
 * gibberish in a confidently decoded file must be able to try another encoding too. The dialog only
 * previews; nothing changes until "Use this encoding".
 */
import { useTranslation } from 'react-i18next';
import { selectCurrentVersion } from '../../state/documents-slice';
import { useReopenEncodingStore } from '../../state/reopen-encoding-store';
import { useAppStore } from '../../state/store';

export function ReopenEncodingButton() {
  const { t } = useTranslation('importing');
  const version = useAppStore(selectCurrentVersion);
  const open = useReopenEncodingStore((state) => state.open);
  // Only plain-text drafts have an encoding; .docx, .html and .pdf carry theirs inside.
  if (!version?.encoding) return null;
  return (
    <button
      type="button"
      className="tm-link-button tm-encoding-reopen-any"
      data-testid="encoding-reopen-any"
      onClick={() => open(version)}
    >
      {t('reopen')}
    </button>
  );
}
