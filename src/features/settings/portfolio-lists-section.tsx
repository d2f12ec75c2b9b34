import { useRef, useState, type FormEvent } from 'react';
import { addPortfolioListEntry, PortfolioListError, removePortfolioListEntry, type PortfolioListKey } from '../../db/portfolio-lists';
import { errorDetail } from '../../domain/error-detail';
import { suggestedActs } from '../../domain/legislation';
import type { Portfolio } from '../../domain/schemas';
import { ErrorNotice } from '../../ui/error-notice';
import { TextField } from '../../ui/fields';

const WORDING: Record<PortfolioListKey, { title: string; lead: string; listName: string; field: string; button: string; empty: string }> = {
  legislation: {
    title: 'Legislation',
    lead: `Acts you can tick on any item, besides the ones Folio suggests (${suggestedActs.join(', ')}).`,
    listName: 'Acts you added',
    field: 'Act to add',
    button: 'Add act',
    empty: 'No acts of your own yet.',
  },
  policies: {
    title: 'Standards and policies',
    lead: 'Your organisation’s own standards and policies, to tick on any item (for example your customer charter or complaints procedure).',
    listName: 'Your organisation’s standards and policies',
    field: 'Standard or policy to add',
    button: 'Add standard or policy',
    empty: 'None yet.',
  },
};

/**
 * One of the portfolio's lists (legislation, or standards and policies) that the evidence editor offers as
 * ticks. They travel with the portfolio; removing a name leaves items tagged with it as they were saved.
 */
export function PortfolioListSection({ portfolio, list }: { portfolio: Portfolio; list: PortfolioListKey }) {
  const words = WORDING[list];
  const names = portfolio[list] ?? [];
  const inputRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string>();
  const titleId = `${list}-list-title`;

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    setFailure(undefined);
    try {
      const added = await addPortfolioListEntry(portfolio.id, list, name);
      setError(undefined);
      setName('');
      setStatus(`Added ${added}.`);
    } catch (e) {
      if (e instanceof PortfolioListError) {
        setError(e.message);
        inputRef.current?.focus();
      } else setFailure(errorDetail(e, 'The list could not be saved on this device.'));
    }
  };

  const remove = async (removed: string) => {
    setFailure(undefined);
    try {
      await removePortfolioListEntry(portfolio.id, list, removed);
      setStatus(`Removed ${removed}. Items tagged with it keep it.`);
      // The button pressed goes away with its name: focus returns to the field.
      inputRef.current?.focus();
    } catch (e) {
      setFailure(errorDetail(e, 'The list could not be saved on this device.'));
    }
  };

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{words.title}</h2>
      <p>{words.lead}</p>
      {names.length === 0 ? (
        <p className="muted">{words.empty}</p>
      ) : (
        <ul className="people-list" aria-label={words.listName}>
          {names.map((n) => (
            <li key={n}>
              <span className="people-list__name">{n}</span>{' '}
              <button type="button" className="button button--secondary button--small" onClick={() => void remove(n)}>
                Remove <span className="visually-hidden">{n}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)} noValidate aria-label={words.button}>
        <TextField
          ref={inputRef}
          label={words.field}
          error={error}
          autoComplete="off"
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setStatus('');
          }}
        />
        <button type="submit" className="button button--secondary">
          {words.button}
        </button>
      </form>
      <p role="status" className="settings-asked">
        {status}
      </p>
      {failure !== undefined ? <ErrorNotice>{failure}</ErrorNotice> : null}
    </section>
  );
}
