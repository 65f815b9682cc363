/**
 * Orphans in the Annotations tab: annotations whose text did not survive into this draft, kept with
 * their old quote, opening comment and replies, in a group of their own. They have no place in the
 * text, so a card here never scrolls the document; "Re-anchor on selection" puts one on the text the
 * reviewer selected.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { selectOrphans } from '../../state/carry-slice';
import { useAppStore } from '../../state/store';
import { useEditorHandle } from '../editor-handle';
import { readSelection } from '../annotations/use-text-selection';
import { carryOf } from './carry-text';

export function OrphansGroup() {
  const { t } = useTranslation('carry');
  const handle = useEditorHandle();
  const { list, replies, review } = useAppStore(
    useShallow((s) => ({ list: s.annotationList, replies: s.repliesByAnnotation, review: s.reviewCarried })),
  );
  const orphans = useMemo(() => selectOrphans({ annotationList: list }), [list]);
  const [hint, setHint] = useState<string | null>(null);
  if (orphans.length === 0) return null;
  const reanchor = (id: string): void => {
    const selection = handle ? readSelection(handle) : null;
    if (!selection) {
      setHint(t('queue.selectFirst'));
      return;
    }
    setHint(null);
    void review(id, 'accepted', { start: selection.start, end: selection.end });
  };
  return (
    <section className="tm-carry-orphan-group" data-testid="orphans-group">
      <h3>{t('report.orphans', { count: orphans.length })}</h3>
      {hint ? <p className="tm-muted">{hint}</p> : null}
      <ul className="tm-carry-orphans">
        {orphans.map((a) => (
          <li key={a.id} data-testid="orphan-card">
            <q>{carryOf(a)?.previousQuote}</q>
            {a.body.kind === 'comment' && a.body.text ? (
              <p className="tm-carry-orphan-comment">{a.body.text}</p>
            ) : null}
            {(replies.get(a.id) ?? []).map((reply) => (
              <p key={reply.id} className="tm-carry-orphan-reply" data-testid="orphan-reply">
                {reply.author}: {reply.text}
              </p>
            ))}
            <button
              type="button"
              className="tm-button"
              data-testid="orphan-card-reanchor"
              onClick={() => reanchor(a.id)}
            >
              {t('orphans.reanchor')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
