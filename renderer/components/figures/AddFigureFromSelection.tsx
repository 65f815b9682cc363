/**
 * "Add as figure": turns the text selected in the document into a figure the detector missed. When the
 * detector can read a value in the selection it is added at once; otherwise a small inline form asks
 * for the value and unit (both optional: a figure can be checked before its value is known). What is
 * typed there is a draft in the database at once (keyed by the selected range, like a new comment's):
 * Escape, Cancel or another selection keep it, selecting the same text and adding it again brings it
 * back, and only "Discard draft" drops it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { posToTextOffset } from '../../../shared/document/text-map';
import { detectFigures } from '../../../shared/figures/detect';
import { addFigureDraftKey } from '../../db/draft-repository';
import { getAppStore } from '../../state/store';
import { fieldsCodec, useDraftState } from '../annotations/use-draft';
import { useEditorHandle } from '../editor-handle';

type Range = { start: number; end: number };
const codec = fieldsCodec(['value', 'unit'] as const);
const noFields = { value: '', unit: '' };

export function AddFigureFromSelection() {
  const { t } = useTranslation('figures');
  const handle = useEditorHandle();
  const [pending, setPending] = useState<Range | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const store = () => getAppStore().getState();

  const start = () => {
    setProblem(null);
    if (!handle) return;
    const { from, to, empty } = handle.view.state.selection;
    const range = {
      start: posToTextOffset(handle.context.textMap, from),
      end: posToTextOffset(handle.context.textMap, to),
    };
    const text = handle.context.version.text.slice(range.start, range.end);
    if (empty || !text.trim()) return setProblem('add.selectFirst');
    if (detectFigures(text).length > 0) return void store().addManualFigure(range);
    setPending(range);
  };

  return (
    <>
      <button
        type="button"
        data-testid="figures-add-selection"
        title={t('add.title')}
        onMouseDown={(e) => e.preventDefault()}
        onClick={start}
      >
        {t('ledger.addFromSelection')}
      </button>
      {pending && handle && (
        <AddFigureForm
          key={`${pending.start}-${pending.end}`}
          range={pending}
          versionId={handle.context.version.id}
          quote={handle.context.version.text.slice(pending.start, pending.end)}
          onProblem={setProblem}
          onClose={() => setPending(null)}
        />
      )}
      {problem && (
        <p role="alert" className="tm-figure-form-problem" data-testid="figure-add-problem">
          {t(problem)}
        </p>
      )}
    </>
  );
}

interface AddFigureFormProps {
  range: Range;
  versionId: string;
  quote: string;
  onProblem(problem: string | null): void;
  onClose(): void;
}

/** The value and unit of a selection the detector could not read, kept as a draft as they are typed. */
function AddFigureForm({ range, versionId, quote, onProblem, onClose }: AddFigureFormProps) {
  const { t } = useTranslation('figures');
  const [fields, setFields, draft] = useDraftState(
    addFigureDraftKey(versionId, range.start, range.end),
    null,
    noFields,
    codec,
  );
  const finish = () => {
    const cleaned = fields.value.replace(/[,\s]/g, '');
    const number = cleaned === '' ? null : Number(cleaned);
    if (number !== null && !Number.isFinite(number)) return onProblem('add.badValue');
    onProblem(null);
    void getAppStore()
      .getState()
      .addManualFigure(range, { value: number, unit: fields.unit })
      .then((saved) => {
        if (!saved) return;
        draft.clear();
        onClose();
      });
  };
  return (
    <form
      className="tm-figure-add-form"
      data-testid="figure-add-form"
      onSubmit={(e) => {
        e.preventDefault();
        finish();
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.nativeEvent.isComposing) return;
        // What was typed stays as a draft; the same selection and "add" bring it back.
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
    >
      <q>{quote}</q>
      <input
        data-testid="figure-add-value"
        inputMode="decimal"
        placeholder={t('add.value')}
        aria-label={t('add.value')}
        value={fields.value}
        autoFocus
        onChange={(e) => setFields({ ...fields, value: e.target.value })}
      />
      <input
        data-testid="figure-add-unit"
        placeholder={t('add.unit')}
        aria-label={t('add.unit')}
        value={fields.unit}
        onChange={(e) => setFields({ ...fields, unit: e.target.value })}
      />
      <button type="submit" data-testid="figure-add-submit">
        {t('add.submit')}
      </button>
      <button type="button" data-testid="figure-add-cancel" onClick={onClose}>
        {t('form.cancel')}
      </button>
      {draft.hasDraft && (
        <p className="tm-muted" data-testid="figure-add-draft">
          {t('workspace:draft.kept')}{' '}
          <button
            type="button"
            className="tm-link-button"
            data-testid="figure-add-discard"
            onClick={() => draft.discard()}
          >
            {t('workspace:draft.discard')}
          </button>
        </p>
      )}
    </form>
  );
}
