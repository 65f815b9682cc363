/** The outline tab: the document's headings; a click scrolls the text to the heading. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { listHeadings } from '../editor/queries/headings';
import { scrollToPos } from '../editor/queries/scroll';
import { useEditorHandle } from './editor-handle';

export function OutlinePanel() {
  const { t } = useTranslation();
  const handle = useEditorHandle();
  const doc = handle?.context.doc;
  const headings = useMemo(() => (doc ? listHeadings(doc) : []), [doc]);
  if (!handle) return null;
  if (headings.length === 0) {
    return (
      <p className="tm-muted" data-testid="outline-empty">
        {t('panel.outlineEmpty')}
      </p>
    );
  }
  return (
    <nav aria-label={t('panel.outlineLabel')}>
      <ol className="tm-outline" data-testid="outline">
        {headings.map((heading) => (
          <li key={heading.pos} className={`tm-outline-level-${Math.min(heading.level, 4)}`}>
            <button
              type="button"
              className="tm-outline-item"
              data-testid="outline-item"
              data-pos={heading.pos}
              onClick={() => scrollToPos(handle.view, heading.pos, 0.05)}
            >
              {heading.text}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
