/**
 * The tickmark legend: each status's letter, colour and underline style, and its label; and the form that
 * adds a team mark (label, letter, colour, what it counts as in coverage). The slice checks the mark with
 * validateCustomStatuses and keeps it in settings; a problem is shown beside the form.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statusGroups, type FigureStatusDef, type StatusGroup } from '../../../shared/figures/statuses';
import { getAppStore } from '../../state/store';
import { statusLabel } from './status-label';

function AddStatusForm() {
  const { t } = useTranslation('figures');
  const [label, setLabel] = useState('');
  const [letter, setLetter] = useState('');
  const [colour, setColour] = useState('#0072b2');
  const [group, setGroup] = useState<StatusGroup>('verified');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="tm-figure-legend-form"
      data-testid="legend-add-form"
      onSubmit={(e) => {
        e.preventDefault();
        void getAppStore()
          .getState()
          .addCustomStatus({ label, letter, colour, group })
          .then((result) => {
            setProblem(result);
            if (!result) {
              setLabel('');
              setLetter('');
            }
          });
      }}
    >
      <input
        data-testid="legend-add-label"
        placeholder={t('legend.label')}
        aria-label={t('legend.label')}
        maxLength={40}
        value={label}
        onChange={(e) => setLabel(e.target.value)}
      />
      <input
        data-testid="legend-add-letter"
        placeholder={t('legend.letter')}
        aria-label={t('legend.letter')}
        size={2}
        maxLength={1}
        value={letter}
        onChange={(e) => setLetter(e.target.value.toUpperCase())}
      />
      <input
        data-testid="legend-add-colour"
        type="color"
        aria-label={t('legend.colour')}
        value={colour}
        onChange={(e) => setColour(e.target.value)}
      />
      <select
        data-testid="legend-add-group"
        aria-label={t('legend.group')}
        value={group}
        onChange={(e) => setGroup(e.target.value as StatusGroup)}
      >
        {statusGroups.map((g) => (
          <option key={g} value={g}>
            {t(`status.${g}`)}
          </option>
        ))}
      </select>
      <button type="submit" data-testid="legend-add-submit">
        {t('legend.add')}
      </button>
      {problem && (
        <p role="alert" className="tm-figure-form-problem" data-testid="legend-add-problem">
          {t(problem)}
        </p>
      )}
    </form>
  );
}

/** The legend, folded by default; `keys` (the ledger's keyboard help) is shown inside it, not above the list. */
export function FigureLegend({ legend, keys }: { legend: readonly FigureStatusDef[]; keys?: string }) {
  const { t } = useTranslation('figures');
  return (
    <details className="tm-figure-legend" data-testid="figures-legend">
      <summary>{t('workspace:ledger.legendAndKeys')}</summary>
      <ul>
        {legend.map((s) => (
          <li key={s.id} data-status={s.id}>
            <span className="tm-figure-letter" style={{ background: s.colour }}>
              {s.letter}
            </span>
            <span style={{ textDecoration: `underline ${s.underline} ${s.colour} 2px` }}>
              {statusLabel(t, s)}
            </span>
          </li>
        ))}
      </ul>
      <AddStatusForm />
      {keys && <p className="tm-figures-keys">{keys}</p>}
    </details>
  );
}
