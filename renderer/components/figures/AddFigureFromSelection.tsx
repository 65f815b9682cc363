/**
 * "Add as figure": turns the text selected in the document into a figure the detector missed. When the
 * detector can read a value in the selection it is added at once; otherwise a small inline form asks
 * for the value and unit (both optional: a figure can be checked before its value is known).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { posToTextOffset } from '../../../shared/document/text-map';
import { detectFigures } from '../../../shared/figures/detect';
import { getAppStore } from '../../state/store';
import { useEditorHandle } from '../editor-handle';

type Range = { start: number; end: number };

export function AddFigureFromSelection() {
  const { t } = useTranslation('figures');
  const handle = useEditorHandle();
  const [pending, setPending] = useState<Range | null>(null);
  const [value, setValue] = useState('');
  const [unit, setUnit] = useState('');
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
    setValue('');
    setUnit('');
    setPending(range);
  };

  const finish = () => {
    if (!pending) return;
    const cleaned = value.replace(/[,\s]/g, '');
    const number = cleaned === '' ? null : Number(cleaned);
    if (number !== null && !Number.isFinite(number)) return setProblem('add.badValue');
    void store()
      .addManualFigure(pending, { value: number, unit })
      .then((saved) => {
        if (saved) setPending(null);
      });
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
        <form
          className="tm-figure-add-form"
          data-testid="figure-add-form"
          onSubmit={(e) => {
            e.preventDefault();
            finish();
          }}
        >
          <q>{handle.context.version.text.slice(pending.start, pending.end)}</q>
          <input
            data-testid="figure-add-value"
            inputMode="decimal"
            placeholder={t('add.value')}
            aria-label={t('add.value')}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
          <input
            data-testid="figure-add-unit"
            placeholder={t('add.unit')}
            aria-label={t('add.unit')}
            value={unit}
            onChange={(e) => setUnit(e.target.value)}
          />
          <button type="submit" data-testid="figure-add-submit">
            {t('add.submit')}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            {t('form.cancel')}
          </button>
        </form>
      )}
      {problem && (
        <p role="alert" className="tm-figure-form-problem" data-testid="figure-add-problem">
          {t(problem)}
        </p>
      )}
    </>
  );
}
