/**
 * Switches for the underlines in the text, one per kind (figures, claims, comments), remembered in
 * settings. Reading a clean page and then turning one kind back on is how reviewers check a section for
 * just that kind. The choice is applied as `data-hide-underlines` on the document element (workspace.css).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/store';
import { underlineKinds } from '../state/workspace-slice';

export function UnderlineToggles() {
  const { t } = useTranslation('workspace');
  const { hidden, toggle } = useAppStore(
    useShallow((state) => ({ hidden: state.hiddenUnderlines, toggle: state.toggleUnderline })),
  );
  useEffect(() => {
    document.documentElement.dataset.hideUnderlines = hidden.join(' ');
    return () => void delete document.documentElement.dataset.hideUnderlines;
  }, [hidden]);
  return (
    <div className="tm-underline-toggles" role="group" aria-label={t('underlines.label')}>
      <span className="tm-muted">{t('underlines.label')}</span>
      {underlineKinds.map((kind) => (
        <button
          key={kind}
          type="button"
          className="tm-underline-toggle"
          aria-pressed={!hidden.includes(kind)}
          data-testid={`underline-toggle-${kind}`}
          onClick={() => void toggle(kind)}
        >
          {t(`underlines.${kind}`)}
        </button>
      ))}
    </div>
  );
}
