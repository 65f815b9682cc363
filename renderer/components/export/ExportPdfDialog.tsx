/**
 * Export > Annotated PDF (Ctrl/Cmd+E): the options (kinds, figure statuses, authors, resolved threads,
 * paper, cover, appendix), remembered between exports; then a progress bar with Cancel while main
 * lays out, places annotations and writes; then the result with "Show in folder".
 */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { annotationKinds, type AnnotationKind } from '../../../shared/annotations/model';
import { pickExportLanguage } from '../../../shared/export/export-labels';
import type { ExportPdfRequest } from '../../../shared/export/export-request';
import { getBridge } from '../../platform/bridge';
import { selectCurrentVersion } from '../../state/documents-slice';
import { useExportPdfStore } from '../../state/export-pdf-store';
import { getAppStore, useAppStore } from '../../state/store';
import { Dialog } from '../Dialog';
import { legendStatusLabels } from './status-labels';

function buildRequest(uiLanguage: string, translate: (key: string) => string): ExportPdfRequest | null {
  const state = getAppStore().getState();
  const version = selectCurrentVersion(state);
  if (!version) return null;
  const sourcesById = new Map(state.figureSources.map((s) => [s.id, s.title || s.fileName]));
  const sources = state.figureLinks
    .filter((link) => link.state === 'accepted')
    .map((link) => ({
      annotationId: link.annotationId,
      source: sourcesById.get(link.sourceId) ?? link.sourceId,
      locator:
        link.locator.kind === 'page'
          ? `p. ${link.locator.page}`
          : link.locator.kind === 'cell'
            ? `${link.locator.sheet}!${link.locator.cell}`
            : '',
    }));
  return {
    version: {
      title: version.title,
      fileName: version.fileName,
      sha256: version.sha256,
      number: version.number,
      doc: version.doc as ExportPdfRequest['version']['doc'],
      text: version.text,
    },
    annotations: state.annotationList,
    replies: [...state.repliesByAnnotation.values()].flat(),
    sources,
    customStatuses: state.figureLegend
      .filter((s) => !s.builtIn)
      .map((s) => ({
        id: s.id,
        letter: s.letter,
        colour: s.colour,
        underline: s.underline,
        group: s.group,
        label: s.label ?? s.id,
      })),
    statusLabels: legendStatusLabels(state.figureLegend, translate),
    options: useExportPdfStore.getState().options,
    language: pickExportLanguage(uiLanguage),
  };
}

/**
 * The authors of a list, joined (memoised on the list: the selector runs on every store change, and a
 * Set over 5,000 annotations on each ledger or list key press cost more than the key press itself).
 */
let authorsMemo: { list: readonly { author: string }[]; authors: string } | null = null;
function authorsOf(list: readonly { author: string }[]): string {
  if (authorsMemo?.list !== list)
    authorsMemo = { list, authors: [...new Set(list.map((a) => a.author))].sort().join('\u0000') };
  return authorsMemo.authors;
}

export function ExportPdfDialog() {
  const { t, i18n } = useTranslation('export');
  const s = useExportPdfStore();
  const { authors, legend } = useAppStore(
    useShallow((state) => ({
      // Only while open: the selector runs on every store change (every key press in the ledger).
      authors: s.open ? authorsOf(state.annotationList) : '',
      legend: state.figureLegend,
    })),
  );
  if (!s.open) return null;
  const authorList = authors ? authors.split('\u0000') : [];
  const { options } = s;
  const running = s.phase.kind === 'running';
  const close = () => {
    if (!running) s.setOpen(false);
  };
  const toggle = <T,>(list: readonly T[] | null, all: readonly T[], item: T): T[] => {
    const current = list ?? all;
    return current.includes(item) ? current.filter((x) => x !== item) : [...current, item];
  };
  const stageLabel =
    running && s.phase.kind === 'running' && s.phase.progress
      ? t(`stage.${s.phase.progress.stage}`)
      : t('stage.starting');
  return (
    <Dialog title={t('title')} testId="export-pdf-dialog" onCancel={close}>
      <div className="tm-form">
        <fieldset className="tm-field" disabled={running}>
          <legend>{t('kinds')}</legend>
          {annotationKinds.map((kind: AnnotationKind) => (
            <label key={kind}>
              <input
                type="checkbox"
                data-testid={`export-kind-${kind}`}
                checked={options.kinds.includes(kind)}
                onChange={() =>
                  s.setOptions({ ...options, kinds: toggle(options.kinds, annotationKinds, kind) })
                }
              />{' '}
              {t(`kind.${kind}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="tm-field" disabled={running}>
          <legend>{t('statuses')}</legend>
          {legend.map((status) => (
            <label key={status.id}>
              <input
                type="checkbox"
                checked={(options.statuses ?? legend.map((x) => x.id)).includes(status.id)}
                onChange={() =>
                  s.setOptions({
                    ...options,
                    statuses: toggle(
                      options.statuses,
                      legend.map((x) => x.id),
                      status.id,
                    ),
                  })
                }
              />{' '}
              {status.letter} {status.labelKey ? t(`figures:${status.labelKey}`) : status.label}
            </label>
          ))}
        </fieldset>
        {authorList.length > 1 && (
          <fieldset className="tm-field" disabled={running}>
            <legend>{t('authors')}</legend>
            {authorList.map((author) => (
              <label key={author}>
                <input
                  type="checkbox"
                  checked={(options.authors ?? authorList).includes(author)}
                  onChange={() =>
                    s.setOptions({ ...options, authors: toggle(options.authors, authorList, author) })
                  }
                />{' '}
                {author || t('anonymous')}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset className="tm-field" disabled={running}>
          <legend>{t('layout')}</legend>
          <label>
            <input
              type="checkbox"
              data-testid="export-resolved"
              checked={options.includeResolved}
              onChange={() => s.setOptions({ ...options, includeResolved: !options.includeResolved })}
            />{' '}
            {t('resolved')}
          </label>
          <label>
            <input
              type="checkbox"
              data-testid="export-cover"
              checked={options.cover}
              onChange={() => s.setOptions({ ...options, cover: !options.cover })}
            />{' '}
            {t('cover')}
          </label>
          <label>
            <input
              type="checkbox"
              data-testid="export-appendix"
              checked={options.appendix}
              onChange={() => s.setOptions({ ...options, appendix: !options.appendix })}
            />{' '}
            {t('appendix')}
          </label>
          <label>
            {t('paper')}{' '}
            <select
              data-testid="export-paper"
              value={options.paper}
              onChange={(event) =>
                s.setOptions({ ...options, paper: event.currentTarget.value === 'letter' ? 'letter' : 'a4' })
              }
            >
              <option value="a4">A4</option>
              <option value="letter">Letter</option>
            </select>
          </label>
        </fieldset>
        {running && (
          <div data-testid="export-progress" role="status">
            <progress max={1} value={s.phase.kind === 'running' ? (s.phase.progress?.fraction ?? 0) : 0} />{' '}
            {stageLabel}
          </div>
        )}
        {s.phase.kind === 'done' && (
          <p data-testid="export-done" role="status">
            {t('done', {
              file: s.phase.outcome.fileName,
              pages: s.phase.outcome.pages,
              count: s.phase.outcome.highlighted,
            })}
            {s.phase.outcome.orphans > 0 ? ` ${t('orphans', { count: s.phase.outcome.orphans })}` : ''}
          </p>
        )}
        {s.phase.kind === 'failed' && (
          <p data-testid="export-error" role="alert">
            {t('failed', { message: s.phase.error.message })}
          </p>
        )}
      </div>
      <div className="tm-dialog-actions">
        {s.phase.kind === 'done' && (
          <button
            type="button"
            className="tm-button"
            data-testid="export-show"
            onClick={() => void getBridge().showExportedFile()}
          >
            {t('showInFolder')}
          </button>
        )}
        {running ? (
          <button
            type="button"
            className="tm-button"
            data-testid="export-cancel"
            onClick={() => void s.cancel()}
          >
            {t('cancel')}
          </button>
        ) : (
          <>
            <button type="button" className="tm-button" data-testid="export-close" onClick={close}>
              {t('close')}
            </button>
            <button
              type="button"
              className="tm-button tm-button-primary"
              data-testid="export-start"
              disabled={options.kinds.length === 0}
              onClick={() => {
                const request = buildRequest(i18n.language, (key) => i18n.t(key));
                if (request) void s.run(request);
              }}
            >
              {t('export')}
            </button>
          </>
        )}
      </div>
    </Dialog>
  );
}
