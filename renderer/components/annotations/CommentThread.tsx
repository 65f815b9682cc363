/**
 * A comment thread: the opening comment, its replies (author and time on each), a reply box, and
 * resolve / reopen. Reviewers edit and delete only their own entries. Every action is written at once.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { AnnotationOf, Reply } from '../../../shared/annotations/model';
import { useAppStore } from '../../state/store';
import { replyDraftKey, type Draft } from '../../db/draft-repository';
import { formatTime } from './annotation-labels';
import { useDraftState } from './use-draft';
import { annotationEvents, wasEdited } from '../../state/annotation-events';

const emptyReplies: Reply[] = [];

const textCodec = {
  encode: (text: string): Draft['value'] => ({ text }),
  decode: (value: Draft['value']): string | undefined => ('text' in value ? value.text : undefined),
};

/** Key of the draft of an edit of a thread entry (the opening comment's or a reply's id). */
const entryDraftKey = (entryId: string): string => `entry:${entryId}`;

function Entry({
  id,
  annotationId,
  author,
  createdAt,
  edited,
  text,
  own,
  testId,
  onSave,
  onDelete,
}: {
  id: string;
  annotationId: string;
  author: string;
  createdAt: string;
  edited: boolean;
  text: string;
  own: boolean;
  testId: string;
  onSave(text: string): Promise<boolean>;
  onDelete?: () => void;
}) {
  const { t, i18n } = useTranslation('annotations');
  // An edit in progress is a draft in the database like any other typing: Escape, closing the pane or
  // quitting keeps it, and the entry reopens in edit mode with it until it is saved or discarded.
  const [value, setValue, draft] = useDraftState(entryDraftKey(id), annotationId, text, textCodec);
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const open = editing || draft.hasDraft;
  const close = () => {
    setEditing(false);
    // The edit box goes away: keep focus in the thread (on this entry's Edit button), never on the body.
    requestAnimationFrame(() => editRef.current?.focus());
  };
  const save = async () => {
    if (!value.trim()) return;
    if (value !== text && !(await onSave(value))) return;
    draft.clear();
    close();
  };
  return (
    <li className="tm-anno-entry" data-testid={testId}>
      <div className="tm-anno-entry-meta">
        <strong data-testid="entry-author">{author || t('comment.anonymous')}</strong>
        <time dateTime={createdAt}>{formatTime(createdAt, i18n.language)}</time>
        {edited && <span className="tm-muted">{t('comment.edited')}</span>}
      </div>
      {!open ? (
        <p className="tm-anno-entry-text" data-testid="entry-text">
          {text}
        </p>
      ) : (
        <textarea
          data-testid="entry-edit-input"
          aria-label={t('comment.edit')}
          value={value}
          autoFocus
          onChange={(event) => setValue(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              event.stopPropagation();
              void save();
            }
          }}
        />
      )}
      {own && (
        <div className="tm-anno-entry-actions">
          {!open ? (
            <button
              ref={editRef}
              type="button"
              className="tm-link-button"
              data-testid="entry-edit"
              onClick={() => setEditing(true)}
            >
              {t('comment.edit')}
            </button>
          ) : (
            <>
              <button
                type="button"
                className="tm-link-button"
                data-testid="entry-save"
                disabled={!value.trim()}
                onClick={() => void save()}
              >
                {t('comment.save')}
              </button>
              <button
                type="button"
                className="tm-link-button"
                data-testid="entry-draft-discard"
                onClick={() => {
                  draft.discard();
                  close();
                }}
              >
                {draft.hasDraft ? t('workspace:draft.discard') : t('dialog.cancel')}
              </button>
            </>
          )}
          {onDelete && !open && (
            <button type="button" className="tm-link-button" data-testid="entry-delete" onClick={onDelete}>
              {t('comment.delete')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

export function CommentThread({ annotation }: { annotation: AnnotationOf<'comment'> }) {
  const { t } = useTranslation('annotations');
  // An unsent reply is kept as a draft of this thread until it is sent or discarded.
  const [reply, setReply, replyDraft] = useDraftState(
    replyDraftKey(annotation.id),
    annotation.id,
    '',
    textCodec,
  );
  const replyInput = useRef<HTMLTextAreaElement>(null);
  const { me, replies, addReply, editReply, deleteReply, update } = useAppStore(
    useShallow((state) => ({
      me: state.reviewerName,
      replies: state.repliesByAnnotation.get(annotation.id) ?? emptyReplies,
      addReply: state.addReply,
      editReply: state.editReply,
      deleteReply: state.deleteReply,
      update: state.updateAnnotation,
    })),
  );
  const { body } = annotation;
  const send = async (): Promise<void> => {
    if (!reply.trim()) return;
    if (!(await addReply(annotation.id, reply))) return;
    replyDraft.clear();
    setReply('');
    // Send is disabled once the box is empty, and a disabled button drops focus to the page body, where
    // Escape no longer reached the pane and the thread stayed open: keep focus in the reply box.
    replyInput.current?.focus();
  };
  return (
    <div className="tm-anno-thread" data-testid="comment-thread" data-resolved={body.resolved}>
      <ol className="tm-anno-entries">
        <Entry
          id={annotation.id}
          annotationId={annotation.id}
          author={annotation.author}
          createdAt={annotation.createdAt}
          edited={wasEdited(annotation)}
          text={body.text}
          own={annotation.author === me}
          testId="thread-opening"
          onSave={(text) => update(annotation.id, { ...body, text })}
          // No Delete here: deleting the opening comment deletes the thread, which the form's own Delete
          // button already does (two Delete buttons for one action confused reviewers).
        />
        {replies.map((entry) => (
          <Entry
            key={entry.id}
            id={entry.id}
            annotationId={annotation.id}
            author={entry.author}
            createdAt={entry.createdAt}
            edited={entry.updatedAt !== entry.createdAt}
            text={entry.text}
            own={entry.author === me}
            testId="thread-reply"
            onSave={(text) => editReply(entry.id, text)}
            onDelete={() => void deleteReply(entry.id)}
          />
        ))}
      </ol>
      <ThreadEvents annotation={annotation} />
      <textarea
        ref={replyInput}
        className="tm-anno-reply-input"
        data-testid="reply-input"
        aria-label={t('comment.replyPlaceholder')}
        placeholder={t('comment.replyPlaceholder')}
        value={reply}
        onChange={(event) => setReply(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void send();
          }
        }}
      />
      <div className="tm-anno-actions">
        <button type="button" data-testid="reply-send" disabled={!reply.trim()} onClick={() => void send()}>
          {t('comment.reply')}
        </button>
        {replyDraft.hasDraft && (
          <button
            type="button"
            className="tm-link-button"
            data-testid="reply-draft-discard"
            onClick={() => {
              replyDraft.discard();
              // The button goes away with the draft: keep focus in the thread, on the emptied box.
              replyInput.current?.focus();
            }}
          >
            {t('workspace:draft.discard')}
          </button>
        )}
        <button
          type="button"
          data-testid={body.resolved ? 'thread-reopen' : 'thread-resolve'}
          onClick={() => void update(annotation.id, { ...body, resolved: !body.resolved })}
        >
          {t(body.resolved ? 'comment.reopen' : 'comment.resolve')}
        </button>
      </div>
    </div>
  );
}

/** Who resolved or reopened the thread, and when (signed decisions, not edits). */
function ThreadEvents({ annotation }: { annotation: AnnotationOf<'comment'> }) {
  const { t, i18n } = useTranslation('workspace');
  const events = annotationEvents(annotation).filter((event) => event.type !== 'edited');
  if (events.length === 0) return null;
  return (
    <ul className="tm-anno-events" data-testid="thread-events">
      {events.map((event, index) => (
        <li key={index} data-testid="thread-event" data-type={event.type}>
          {t(`events.${event.type}`, {
            name: event.by || t('events.anonymous'),
            time: formatTime(event.at, i18n.language),
          })}
        </li>
      ))}
    </ul>
  );
}
