/**
 * The small floating toolbar over a text selection: Tag claim, Comment, Mark as figure, Highlight. Each
 * button shows its keyboard shortcut (see use-annotation-shortcuts.ts).
 */
import { useTranslation } from 'react-i18next';
import type { TextSelection } from './use-text-selection';

export type ToolbarAction = 'claim' | 'comment' | 'figure' | 'highlight';

/** The toolbar's actions with their single-key shortcuts, in display order. */
export const toolbarActions: readonly { action: ToolbarAction; key: string }[] = [
  { action: 'claim', key: 'T' },
  { action: 'comment', key: 'C' },
  { action: 'figure', key: 'F' },
  { action: 'highlight', key: 'H' },
];

export function SelectionToolbar({
  selection,
  onAction,
}: {
  selection: TextSelection;
  onAction(action: ToolbarAction): void;
}) {
  const { t } = useTranslation('annotations');
  // Above the selection, or below it when there is no room at the top of the window.
  const top = selection.rect.top > 56 ? selection.rect.top - 44 : selection.rect.bottom + 8;
  const left = Math.max(8, Math.min(selection.rect.left, window.innerWidth - 360));
  return (
    <div
      className="tm-anno-toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      data-testid="annotation-toolbar"
      style={{ top, left }}
      // Keep the document selection: a mousedown on a button would otherwise collapse it.
      onMouseDown={(event) => event.preventDefault()}
    >
      {toolbarActions.map(({ action, key }) => (
        <button
          key={action}
          type="button"
          className={`tm-anno-toolbar-button tm-anno-swatch-${action}`}
          data-testid={`toolbar-${action}`}
          title={t('toolbar.shortcut', { action: t(`toolbar.${action}`), key })}
          onClick={() => onAction(action)}
        >
          {t(`toolbar.${action}`)} <kbd>{key}</kbd>
        </button>
      ))}
    </div>
  );
}
