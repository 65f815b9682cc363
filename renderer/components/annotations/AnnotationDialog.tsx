/**
 * The form for one annotation, shown in the side pane beside the text (PaneSection): a new claim,
 * comment or figure on the selected text (stored when the reviewer saves), or an existing annotation
 * (claim and figure fields saved on Save; a comment thread's replies and resolve/reopen are written as
 * they happen). The test ids keep the name "annotation-dialog" it had as a modal dialog.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { collectFacets } from '../../../shared/annotations/filter';
import { defaultBody, isKind, type AnnotationBody } from '../../../shared/annotations/model';
import { useAppStore } from '../../state/store';
import { editDraftKey, newAnnotationDraftKey, type Draft } from '../../db/draft-repository';
import { PaneSection } from '../PaneSection';
import { useDraftState } from './use-draft';
import { annotationSummary, shortQuote } from './annotation-labels';
import { ClaimFields } from './ClaimFields';
import { CommentThread } from './CommentThread';
import { FigureFields } from './FigureFields';

const bodyCodec = {
  encode: (body: AnnotationBody | null): Draft['value'] => (body ? { body } : { text: '' }),
  decode: (value: Draft['value']): AnnotationBody | null | undefined =>
    'body' in value ? value.body : undefined,
};

export function AnnotationDialog() {
  const { t } = useTranslation('annotations');
  const {
    dialog,
    openDialog,
    list,
    records,
    custom,
    addCategory,
    add,
    update,
    requestDelete,
    text,
    versionId,
  } = useAppStore(
    useShallow((state) => ({
      dialog: state.annotationDialog,
      openDialog: state.openAnnotationDialog,
      list: state.annotationList,
      records: state.annotationRecords.annotations,
      custom: state.customCategories,
      addCategory: state.addCustomCategory,
      add: state.addAnnotation,
      update: state.updateAnnotation,
      requestDelete: state.requestDeleteAnnotation,
      text: state.current?.version.text ?? '',
      versionId: state.current?.version.id ?? '',
    })),
  );
  const close = (): void => openDialog(null);
  const existing = dialog?.mode === 'edit' ? records.get(dialog.id) : undefined;
  // What is typed is kept as a draft (a thread's reply has its own, in CommentThread).
  const draftKey =
    dialog?.mode === 'new'
      ? newAnnotationDraftKey(versionId, dialog.kind, dialog.start, dialog.end)
      : existing && !isKind(existing, 'comment')
        ? editDraftKey(existing.id)
        : null;
  const [body, setBody, draft] = useDraftState<AnnotationBody | null>(
    draftKey,
    existing?.id ?? null,
    dialog?.mode === 'new' ? defaultBody(dialog.kind) : (existing?.body ?? null),
    bodyCodec,
  );
  const knownTags = useMemo(() => collectFacets(list).tags, [list]);
  if (!dialog || !body || (dialog.mode === 'edit' && !existing)) return null;

  const quote = dialog.mode === 'new' ? text.slice(dialog.start, dialog.end) : existing!.target.exact;
  const title =
    dialog.mode === 'new'
      ? t('dialog.new', { kind: t(`kind.${dialog.kind}`) })
      : annotationSummary(t, existing!, custom);
  const save = async (): Promise<void> => {
    const saved =
      dialog.mode === 'new'
        ? (await add({ start: dialog.start, end: dialog.end }, body)) !== null
        : await update(dialog.id, body);
    if (!saved) return;
    draft.clear();
    close();
  };
  const isThread = existing && isKind(existing, 'comment');
  const canSave = !isThread && !(body.kind === 'comment' && !body.text.trim());
  return (
    <PaneSection
      title={title}
      testId="annotation-dialog"
      onCancel={close}
      onSubmit={canSave ? () => void save() : undefined}
    >
      <blockquote className="tm-anno-quote" data-testid="annotation-dialog-quote">
        {shortQuote(quote, 240)}
      </blockquote>
      {body.kind === 'claim' && (
        <ClaimFields
          body={body}
          knownTags={knownTags}
          customCategories={custom}
          onChange={setBody}
          onAddCategory={addCategory}
        />
      )}
      {body.kind === 'figure' && <FigureFields body={body} onChange={setBody} />}
      {body.kind === 'comment' && !isThread && (
        <textarea
          className="tm-anno-comment-input"
          data-testid="comment-input"
          aria-label={t('comment.placeholder')}
          placeholder={t('comment.placeholder')}
          autoFocus
          value={body.text}
          onChange={(event) => setBody({ ...body, text: event.currentTarget.value })}
        />
      )}
      {isThread && <CommentThread annotation={existing} />}
      <div className="tm-dialog-actions">
        {draft.hasDraft && (
          <span className="tm-draft-note" data-testid="draft-kept">
            {t('workspace:draft.kept')}
          </span>
        )}
        {draft.hasDraft && (
          <button
            type="button"
            className="tm-link-button"
            data-testid="draft-discard"
            onClick={() => {
              draft.discard();
              close();
            }}
          >
            {t('workspace:draft.discard')}
          </button>
        )}
        {existing && (
          <button
            type="button"
            className="tm-danger"
            data-testid="annotation-delete"
            onClick={() => requestDelete(existing.id)}
          >
            {t('dialog.delete')}
          </button>
        )}
        <button type="button" data-testid="annotation-cancel" onClick={close}>
          {t(isThread ? 'dialog.close' : 'dialog.cancel')}
        </button>
        {!isThread && (
          <button
            type="button"
            className="tm-primary"
            data-testid="annotation-save"
            disabled={!canSave}
            onClick={() => void save()}
          >
            {t('dialog.save')}
          </button>
        )}
      </div>
    </PaneSection>
  );
}
