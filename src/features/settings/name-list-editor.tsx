import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorNotice } from '../../ui/error-notice';
import { TextField } from '../../ui/fields';

/** What an add or a remove came to: a refusal to show beside the field, a save that failed, or what was done. */
export interface NameListOutcome {
  error?: string;
  failure?: string;
  status?: string;
}

export interface NameListEditorProps {
  /** undefined while loading. */
  names: readonly string[] | undefined;
  listLabel: string;
  empty: ReactNode;
  formLabel: string;
  fieldLabel: string;
  hint?: string;
  buttonLabel: string;
  add: (name: string) => Promise<NameListOutcome>;
  remove: (index: number) => Promise<NameListOutcome>;
}

/**
 * A Settings list of names kept one per line, each with its Remove button, and a form to add one with
 * its error beside the field: the "people to redact" list and the portfolio's legislation and policies.
 */
export function NameListEditor({ names, listLabel, empty, formLabel, fieldLabel, hint, buttonLabel, add, remove }: NameListEditorProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (names === undefined) return;
    setStatus('');
    setFailure(undefined);
    const outcome = await add(name);
    setError(outcome.error);
    setFailure(outcome.failure);
    if (outcome.error !== undefined) {
      inputRef.current?.focus();
      return;
    }
    if (outcome.status !== undefined) {
      setStatus(outcome.status);
      setName('');
    }
  };

  const removeAt = async (index: number) => {
    setFailure(undefined);
    const outcome = await remove(index);
    setFailure(outcome.failure);
    if (outcome.status !== undefined) {
      setStatus(outcome.status);
      // The button pressed goes away with its name: focus returns to the field, not to the page's top.
      inputRef.current?.focus();
    }
  };

  return (
    <>
      {names === undefined ? (
        <p className="muted">Loading the list…</p>
      ) : names.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="people-list" aria-label={listLabel}>
          {names.map((n, index) => (
            <li key={n}>
              <span className="people-list__name">{n}</span>{' '}
              <button type="button" className="button button--secondary button--small" onClick={() => void removeAt(index)}>
                Remove <span className="visually-hidden">{n}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={formLabel}>
        <TextField
          ref={inputRef}
          label={fieldLabel}
          hint={hint}
          error={error}
          autoComplete="off"
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setStatus('');
          }}
        />
        <button type="submit" className="button button--secondary" disabled={names === undefined}>
          {buttonLabel}
        </button>
      </form>
      <p role="status" className="settings-asked">
        {status}
      </p>
      {failure !== undefined ? <ErrorNotice>{failure}</ErrorNotice> : null}
    </>
  );
}
