/** Status, value, unit and note of a figure check (the figures ledger offers the full workflow). */
import { useTranslation } from 'react-i18next';
import { builtInFigureStatuses, type FigureBody } from '../../../shared/annotations/model';
import { figureStatusLabel } from './annotation-labels';

export function FigureFields({ body, onChange }: { body: FigureBody; onChange(body: FigureBody): void }) {
  const { t } = useTranslation('annotations');
  const statuses = (builtInFigureStatuses as readonly string[]).includes(body.status)
    ? builtInFigureStatuses
    : [...builtInFigureStatuses, body.status];
  return (
    <div className="tm-anno-fields">
      <label className="tm-field">
        <span>{t('figure.status')}</span>
        <select
          data-testid="figure-status"
          value={body.status}
          onChange={(event) => onChange({ ...body, status: event.currentTarget.value })}
        >
          {statuses.map((status) => (
            <option key={status} value={status}>
              {figureStatusLabel(t, status)}
            </option>
          ))}
        </select>
      </label>
      <label className="tm-field">
        <span>{t('figure.value')}</span>
        <input
          type="number"
          data-testid="figure-value"
          value={body.value ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.valueAsNumber;
            onChange({ ...body, value: Number.isFinite(value) ? value : null });
          }}
        />
      </label>
      <label className="tm-field">
        <span>{t('figure.unit')}</span>
        <input
          data-testid="figure-unit"
          value={body.unit}
          onChange={(event) => onChange({ ...body, unit: event.currentTarget.value })}
        />
      </label>
      <label className="tm-field">
        <span>{t('figure.note')}</span>
        <textarea
          data-testid="figure-note"
          value={body.note}
          onChange={(event) => onChange({ ...body, note: event.currentTarget.value })}
        />
      </label>
    </div>
  );
}
