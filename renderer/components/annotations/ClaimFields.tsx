/**
 * Category and tags of a claim. Tags autocomplete from the tags used in this document (a datalist, so
 * the browser handles keyboard selection); a reviewer can add a category of their own.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestTags } from '../../../shared/annotations/filter';
import {
  builtInClaimCategories,
  type ClaimBody,
  type CustomCategory,
} from '../../../shared/annotations/model';

export interface ClaimFieldsProps {
  body: ClaimBody;
  knownTags: readonly string[];
  customCategories: readonly CustomCategory[];
  onChange(body: ClaimBody): void;
  onAddCategory(label: string): Promise<CustomCategory>;
}

export function ClaimFields({
  body,
  knownTags,
  customCategories,
  onChange,
  onAddCategory,
}: ClaimFieldsProps) {
  const { t } = useTranslation('annotations');
  const [tagInput, setTagInput] = useState('');
  const [newCategory, setNewCategory] = useState<string | null>(null);
  const suggestions = useMemo(
    () => suggestTags(knownTags, tagInput, body.tags),
    [knownTags, tagInput, body.tags],
  );

  const addTag = (raw: string): void => {
    const tag = raw.trim();
    if (tag && !body.tags.includes(tag)) onChange({ ...body, tags: [...body.tags, tag] });
    setTagInput('');
  };
  const saveCategory = async (): Promise<void> => {
    if (!newCategory?.trim()) return;
    const category = await onAddCategory(newCategory);
    onChange({ ...body, category: category.id });
    setNewCategory(null);
  };

  return (
    <div className="tm-anno-fields">
      <label className="tm-field">
        <span>{t('claim.category')}</span>
        <select
          data-testid="claim-category"
          value={body.category}
          onChange={(event) => onChange({ ...body, category: event.currentTarget.value })}
        >
          {builtInClaimCategories.map((id) => (
            <option key={id} value={id}>
              {t(`category.${id}`)}
            </option>
          ))}
          {customCategories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.label}
            </option>
          ))}
        </select>
      </label>
      {newCategory === null ? (
        <button
          type="button"
          className="tm-link-button"
          data-testid="claim-add-category"
          onClick={() => setNewCategory('')}
        >
          {t('claim.addCategory')}
        </button>
      ) : (
        <div className="tm-anno-inline">
          <input
            data-testid="claim-new-category"
            aria-label={t('claim.newCategory')}
            placeholder={t('claim.newCategory')}
            value={newCategory}
            autoFocus
            onChange={(event) => setNewCategory(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void saveCategory();
              }
            }}
          />
          <button type="button" data-testid="claim-save-category" onClick={() => void saveCategory()}>
            {t('claim.saveCategory')}
          </button>
        </div>
      )}
      <div className="tm-field">
        <span>{t('claim.tags')}</span>
        <ul className="tm-anno-tags" data-testid="claim-tags">
          {body.tags.map((tag) => (
            <li key={tag} className="tm-anno-tag">
              {tag}
              <button
                type="button"
                className="tm-icon-button"
                aria-label={t('claim.removeTag', { tag })}
                onClick={() => onChange({ ...body, tags: body.tags.filter((other) => other !== tag) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          data-testid="claim-tag-input"
          list="tm-anno-tag-suggestions"
          aria-label={t('claim.tagPlaceholder')}
          placeholder={t('claim.tagPlaceholder')}
          value={tagInput}
          onChange={(event) => setTagInput(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault();
              addTag(tagInput);
            }
          }}
        />
        <datalist id="tm-anno-tag-suggestions">
          {suggestions.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
        {suggestions.length > 0 && tagInput.trim() && (
          <ul className="tm-anno-suggestions" data-testid="claim-tag-suggestions" role="listbox">
            {suggestions.map((tag) => (
              <li key={tag}>
                <button type="button" role="option" aria-selected={false} onClick={() => addTag(tag)}>
                  {tag}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
