import { useRef, useState, type FormEvent } from 'react';
import { setPeopleToRedact, usePeopleToRedact } from '../../db/people-to-redact';
import { errorDetail } from '../../domain/error-detail';
import { personNameIssue, tidyPersonName } from '../../domain/privacy/person-name-issue';
import { ErrorNotice } from '../../ui/error-notice';
import { TextField } from '../../ui/fields';

/**
 * The learner's list of customers' and colleagues' names for Folio to find in evidence and mask in
 * exports. Kept on this device only.
 */
export function PeopleToRedactSection({ portfolioId }: { portfolioId: string }) {
  const people = usePeopleToRedact(portfolioId);
  const inputRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | undefined>();

  const save = async (names: readonly string[], done: string) => {
    setFailure(undefined);
    try {
      await setPeopleToRedact(portfolioId, names);
      setStatus(done);
      return true;
    } catch (e) {
      setFailure(errorDetail(e, 'The list could not be saved on this device.'));
      return false;
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (people === undefined) return;
    const issue = personNameIssue(name, people);
    setError(issue);
    setStatus('');
    if (issue !== undefined) {
      inputRef.current?.focus();
      return;
    }
    const tidy = tidyPersonName(name);
    if (await save([...people, tidy], `Added ${tidy}.`)) setName('');
  };

  const remove = async (index: number) => {
    if (people === undefined) return;
    const removed = people[index];
    if (removed === undefined) return;
    // The button pressed goes away with its name: focus returns to the field, not to the page's top.
    if (await save(people.filter((_, i) => i !== index), `Removed ${removed}.`)) inputRef.current?.focus();
  };

  return (
    <section className="card" aria-labelledby="people-title">
      <h2 id="people-title">People to redact</h2>
      <p>
        Names of customers and colleagues that should not leave this device. Folio warns you when one appears in your evidence, and will
        offer to remove them before you export.
      </p>
      <p>
        <strong>This list never leaves this device.</strong> It is not in the portfolio file, the PDF or anything else you export.
      </p>
      {people === undefined ? (
        <p className="muted">Loading the list…</p>
      ) : people.length === 0 ? (
        <p className="muted">No names yet.</p>
      ) : (
        <ul className="people-list" aria-label="Names to redact">
          {people.map((person, index) => (
            <li key={person}>
              <span className="people-list__name">{person}</span>{' '}
              <button type="button" className="button button--secondary button--small" onClick={() => void remove(index)}>
                Remove <span className="visually-hidden">{person}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)} noValidate aria-label="Add a name to redact">
        <TextField
          ref={inputRef}
          label="Name to add"
          hint="A first name, surname or full name, as it is written in your evidence."
          error={error}
          autoComplete="off"
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setStatus('');
          }}
        />
        <button type="submit" className="button button--secondary" disabled={people === undefined}>
          Add name
        </button>
      </form>
      <p role="status" className="settings-asked">
        {status}
      </p>
      {failure !== undefined ? <ErrorNotice>{failure}</ErrorNotice> : null}
    </section>
  );
}
