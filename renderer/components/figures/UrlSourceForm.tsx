/**
 * "Add URL source": a web page the reviewer read, kept as the URL and the passage pasted from it. The
 * quote is the source's text, so it is matched like any attached file. The URL must be http or https;
 * a problem is shown beside the form and nothing is stored. What is typed is a draft of the version in
 * the database at once: Escape or Cancel close the form and keep it, the form reopens with it, and only
 * "Discard draft" drops it. Ctrl/Cmd+Enter adds the source from either field.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { urlSourceDraftKey } from '../../db/draft-repository';
import { getAppStore, useAppStore } from '../../state/store';
import { fieldsCodec, useDraftState } from '../annotations/use-draft';

const codec = fieldsCodec(['url', 'quote'] as const);
const noFields = { url: '', quote: '' };

export function UrlSourceForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation('figures');
  const versionId = useAppStore((state) => state.current?.version.id ?? null);
  const [fields, setFields, draft] = useDraftState(
    versionId ? urlSourceDraftKey(versionId) : null,
    null,
    noFields,
    codec,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = () => {
    setBusy(true);
    void getAppStore()
      .getState()
      .addUrlSource(fields.url, fields.quote)
      .then((result) => {
        setBusy(false);
        setProblem(result);
        if (result) return;
        draft.clear();
        onDone();
      });
  };

  return (
    <form
      className="tm-url-source-form"
      data-testid="url-source-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.nativeEvent.isComposing) return;
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          if (!busy) submit();
        } else if (e.key === 'Escape') {
          // What was typed stays as a draft; "Add URL source…" brings it back.
          e.preventDefault();
          e.stopPropagation();
          onDone();
        }
      }}
    >
      <label>
        {t('url.url')}
        <input
          data-testid="url-source-url"
          inputMode="url"
          placeholder="https://"
          value={fields.url}
          onChange={(e) => setFields({ ...fields, url: e.target.value })}
        />
      </label>
      <label>
        {t('url.quote')}
        <textarea
          data-testid="url-source-quote"
          placeholder={t('url.quotePlaceholder')}
          value={fields.quote}
          onChange={(e) => setFields({ ...fields, quote: e.target.value })}
        />
      </label>
      <div>
        <button type="submit" data-testid="url-source-submit" disabled={busy}>
          {t('url.submit')}
        </button>
        <button type="button" data-testid="url-source-cancel" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
      {draft.hasDraft && (
        <p className="tm-muted" data-testid="url-source-draft">
          {t('workspace:draft.kept')}{' '}
          <button
            type="button"
            className="tm-link-button"
            data-testid="url-source-discard"
            onClick={() => draft.discard()}
          >
            {t('workspace:draft.discard')}
          </button>
        </p>
      )}
      {problem && (
        <p role="alert" className="tm-figure-form-problem" data-testid="url-source-problem">
          {t(problem)}
        </p>
      )}
    </form>
  );
}
