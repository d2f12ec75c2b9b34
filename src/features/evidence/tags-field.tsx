import { useId, useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { LIMITS } from '../../domain/schemas';
import { FieldError } from '../../ui/fields';
import type { EvidenceFormValues } from './form-values';
import { addTag, tagSuggestions } from './tag-suggestions';

export const TAG_ENTRY_NAME = 'tag-entry';

/** Free-text tags with suggestions; each tag can be removed, and Enter adds what is typed. */
export function TagsField() {
  const id = useId();
  const { control, formState } = useFormContext<EvidenceFormValues>();
  const { field } = useController({ control, name: 'tags' });
  const [entry, setEntry] = useState('');
  const tags = field.value;
  const tagErrors = formState.errors.tags;
  const error = tagErrors?.message ?? (Array.isArray(tagErrors) ? tagErrors.find((e) => e?.message)?.message : undefined);
  const unused = tagSuggestions.filter((s) => !tags.some((t) => t.toLowerCase() === s.toLowerCase()));

  function add(text: string) {
    const next = addTag(tags, text);
    if (next !== tags) field.onChange(next);
  }

  function addEntry() {
    add(entry);
    setEntry('');
  }

  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={`${id}-entry`} className="field__label">
        Other tags
      </label>
      <p id={`${id}-hint`} className="field__hint">
        Any other words to find this item by, such as a procedure it follows. Type one and press Enter, or pick a suggestion.
      </p>
      <FieldError id={`${id}-error`} message={error} />
      {tags.length > 0 ? (
        <ul className="tag-list" aria-label="Tags on this item">
          {tags.map((tag) => (
            <li key={tag} className="tag">
              <span>{tag}</span>
              <button type="button" className="tag__remove" onClick={() => field.onChange(tags.filter((t) => t !== tag))}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">Remove tag {tag}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="tag-entry">
        <input
          id={`${id}-entry`}
          name={TAG_ENTRY_NAME}
          type="text"
          list={`${id}-suggestions`}
          value={entry}
          maxLength={LIMITS.tagMax}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setEntry(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addEntry();
            }
          }}
          onBlur={field.onBlur}
        />
        <button type="button" className="button button--secondary" onClick={addEntry}>
          Add tag
        </button>
      </div>
      <datalist id={`${id}-suggestions`}>
        {unused.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {unused.length > 0 ? (
        <div className="tag-suggestions" role="group" aria-label="Suggested tags">
          <span className="muted">Suggestions:</span>
          {unused.map((s) => (
            <button key={s} type="button" className="chip" onClick={() => add(s)}>
              <span aria-hidden="true">+ </span>
              {s}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
