/**
 * "Add URL source": a web page the reviewer read, kept as the URL and the passage pasted from it. The
 * quote is the source's text, so it is matched like any attached file. The URL must be http or https;
 * a problem is shown beside the form and nothing is stored.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAppStore } from '../../state/store';

export function UrlSourceForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation('figures');
  const [url, setUrl] = useState('');
  const [quote, setQuote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <form
      className="tm-url-source-form"
      data-testid="url-source-form"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void getAppStore()
          .getState()
          .addUrlSource(url, quote)
          .then((result) => {
            setBusy(false);
            setProblem(result);
            if (!result) onDone();
          });
      }}
    >
      <label>
        {t('url.url')}
        <input
          data-testid="url-source-url"
          inputMode="url"
          placeholder="https://"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
      </label>
      <label>
        {t('url.quote')}
        <textarea
          data-testid="url-source-quote"
          placeholder={t('url.quotePlaceholder')}
          value={quote}
          onChange={(e) => setQuote(e.target.value)}
        />
      </label>
      <div>
        <button type="submit" data-testid="url-source-submit" disabled={busy}>
          {t('url.submit')}
        </button>
        <button type="button" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
      {problem && (
        <p role="alert" className="tm-figure-form-problem" data-testid="url-source-problem">
          {t(problem)}
        </p>
      )}
    </form>
  );
}
