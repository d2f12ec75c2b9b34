import { useId, useRef, useState, type ReactNode } from 'react';
import { entryIssue, entryKey, hasEntry } from '../domain/structured-lists';
import { FieldError } from './fields';
import './multi-select.css';

export interface MultiSelectFieldProps {
  legend: ReactNode;
  hint?: ReactNode;
  /** The choices offered as ticks (a seed's examples, a list kept elsewhere), in order. */
  options: readonly string[];
  /** What is chosen: offered choices and the learner's own entries. */
  value: readonly string[];
  /** Called with the new list, undefined once nothing is chosen (an empty list is kept absent). */
  onChange: (next: string[] | undefined) => void;
  /** One entry in words, for the add button and messages: "factor", "act". */
  entryWord: string;
  /** The name the "add your own" input carries, so an error summary can take focus to it. */
  entryName?: string;
  /** An error about the whole list (from the form's schema). */
  error?: string;
  onBlur?: () => void;
}

/**
 * A list chosen from ticks plus the learner's own entries: a fieldset with its legend, a checkbox per
 * choice (own entries too, so unticking removes one), and "Add your own" with a button (Enter adds).
 * An entry that cannot be added says why beside the input and changes nothing.
 */
export function MultiSelectField({ legend, hint, options, value, onChange, entryWord, entryName, error, onBlur }: MultiSelectFieldProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [entry, setEntry] = useState('');
  const [entryError, setEntryError] = useState<string>();
  const own = value.filter((v) => !hasEntry(options, v));
  const choices = [...options.map((o) => ({ label: o, own: false })), ...own.map((o) => ({ label: o, own: true }))];
  const chosen = new Set(value.map(entryKey));

  function set(next: string[]) {
    onChange(next.length > 0 ? next : undefined);
  }

  function toggle(label: string, checked: boolean) {
    if (checked) set([...value, label]);
    else set(value.filter((v) => entryKey(v) !== entryKey(label)));
  }

  function add() {
    const typed = entry.trim();
    // Typing a choice already offered ticks it rather than adding it twice.
    const offered = options.find((o) => entryKey(o) === entryKey(typed));
    const issue = offered !== undefined && !chosen.has(entryKey(offered)) ? undefined : entryIssue(typed, value, entryWord);
    setEntryError(issue);
    if (issue !== undefined) {
      inputRef.current?.focus();
      return;
    }
    set([...value, offered ?? typed]);
    setEntry('');
  }

  const describedBy = [hint ? `${id}-hint` : '', entryError ? `${id}-entry-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={error || entryError ? 'field field--error multi-select' : 'field multi-select'} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
      {choices.length > 0 ? (
        <ul className="multi-select__choices">
          {choices.map((c) => (
            <li key={entryKey(c.label)}>
              <label className={c.own ? 'multi-select__own' : undefined}>
                <input type="checkbox" checked={chosen.has(entryKey(c.label))} onChange={(e) => toggle(c.label, e.target.checked)} onBlur={onBlur} />
                {c.label}
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={`${id}-entry`} className="field__label">
        Add your own {entryWord}
      </label>
      <FieldError id={`${id}-entry-error`} message={entryError} />
      <div className="multi-select__entry">
        <input
          ref={inputRef}
          id={`${id}-entry`}
          name={entryName}
          type="text"
          autoComplete="off"
          value={entry}
          aria-describedby={describedBy}
          aria-invalid={entryError ? true : undefined}
          onChange={(e) => {
            setEntry(e.target.value);
            setEntryError(undefined);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          onBlur={onBlur}
        />
        <button type="button" className="button button--secondary" onClick={add}>
          Add {entryWord}
        </button>
      </div>
    </fieldset>
  );
}
