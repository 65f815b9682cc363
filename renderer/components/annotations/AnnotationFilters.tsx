/** Filter menus (kind, category, tag, status, author, resolved) and the search box of the panel. */
import { useTranslation } from 'react-i18next';
import type { AnnotationFacets, AnnotationFilter } from '../../../shared/annotations/filter';
import { annotationKinds, type AnnotationKind, type CustomCategory } from '../../../shared/annotations/model';
import { categoryLabel, figureStatusLabel } from './annotation-labels';

interface FilterSelectProps {
  testId: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange(value: string): void;
}

function FilterSelect({ testId, label, value, options, onChange }: FilterSelectProps) {
  const { t } = useTranslation('annotations');
  return (
    <label className="tm-anno-filter">
      <span>{label}</span>
      <select data-testid={testId} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{t('filter.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const one = (list: readonly string[] | undefined): string => list?.[0] ?? '';
const asList = (value: string): string[] | undefined => (value ? [value] : undefined);

export function AnnotationFilters({
  filter,
  facets,
  customCategories,
  onChange,
}: {
  filter: AnnotationFilter;
  facets: AnnotationFacets;
  customCategories: readonly CustomCategory[];
  onChange(filter: AnnotationFilter): void;
}) {
  const { t } = useTranslation('annotations');
  return (
    <div className="tm-anno-filters" data-testid="annotation-filters">
      <input
        type="search"
        className="tm-anno-search"
        data-testid="annotation-search"
        aria-label={t('panel.search')}
        placeholder={t('panel.search')}
        value={filter.query ?? ''}
        onChange={(event) => onChange({ ...filter, query: event.currentTarget.value })}
      />
      <div className="tm-anno-filter-row">
        <FilterSelect
          testId="filter-kind"
          label={t('filter.kind')}
          value={one(filter.kinds)}
          options={annotationKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          onChange={(value) => onChange({ ...filter, kinds: asList(value) as AnnotationKind[] | undefined })}
        />
        <FilterSelect
          testId="filter-category"
          label={t('filter.category')}
          value={one(filter.categories)}
          options={facets.categories.map((id) => ({
            value: id,
            label: categoryLabel(t, id, customCategories),
          }))}
          onChange={(value) => onChange({ ...filter, categories: asList(value) })}
        />
        <FilterSelect
          testId="filter-tag"
          label={t('filter.tag')}
          value={one(filter.tags)}
          options={facets.tags.map((tag) => ({ value: tag, label: tag }))}
          onChange={(value) => onChange({ ...filter, tags: asList(value) })}
        />
        <FilterSelect
          testId="filter-status"
          label={t('filter.status')}
          value={one(filter.statuses)}
          options={facets.statuses.map((id) => ({ value: id, label: figureStatusLabel(t, id) }))}
          onChange={(value) => onChange({ ...filter, statuses: asList(value) })}
        />
        <FilterSelect
          testId="filter-author"
          label={t('filter.author')}
          value={one(filter.authors)}
          options={facets.authors.map((author) => ({ value: author, label: author }))}
          onChange={(value) => onChange({ ...filter, authors: asList(value) })}
        />
        <FilterSelect
          testId="filter-resolved"
          label={t('filter.resolved')}
          value={filter.resolved === undefined ? '' : String(filter.resolved)}
          options={[
            { value: 'false', label: t('comment.openState') },
            { value: 'true', label: t('comment.resolvedState') },
          ]}
          onChange={(value) => onChange({ ...filter, resolved: value === '' ? undefined : value === 'true' })}
        />
      </div>
    </div>
  );
}
