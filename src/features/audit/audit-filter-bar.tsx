import { useId } from 'react';
import { FieldError } from '../../ui/fields';
import type { AuditFilters } from './audit-filters';

interface Props {
  filters: AuditFilters;
  choices: { who: { key: string; label: string }[]; what: string[] };
  onChange: (next: AuditFilters) => void;
  /** Shown under the dates when they cannot be used. */
  dateError?: string;
}

/** Who, what and when: the audit screen's filters (the page keeps them in the URL). */
export function AuditFilterBar({ filters, choices, onChange, dateError }: Props) {
  const id = useId();
  const errorId = `${id}-date-error`;
  // A value from an old link that this trail no longer holds still shows as chosen, so it can be cleared.
  const whoOptions = filters.who !== '' && !choices.who.some((w) => w.key === filters.who) ? [...choices.who, { key: filters.who, label: filters.who.replace(/^[^:]*:/, '') }] : choices.who;
  const whatOptions = filters.what !== '' && !choices.what.includes(filters.what) ? [...choices.what, filters.what] : choices.what;
  const describedBy = dateError ? errorId : undefined;
  return (
    <form className="audit-filters" role="search" aria-label="Filter the audit trail" onSubmit={(e) => e.preventDefault()}>
      <div className="audit-filters__field">
        <label htmlFor={`${id}-who`}>Who</label>
        <select id={`${id}-who`} value={filters.who} onChange={(e) => onChange({ ...filters, who: e.target.value })}>
          <option value="">Everyone</option>
          {whoOptions.map((w) => (
            <option key={w.key} value={w.key}>
              {w.label}
            </option>
          ))}
        </select>
      </div>
      <div className="audit-filters__field">
        <label htmlFor={`${id}-what`}>What</label>
        <select id={`${id}-what`} value={filters.what} onChange={(e) => onChange({ ...filters, what: e.target.value })}>
          <option value="">Every kind of change</option>
          {whatOptions.map((w) => (
            <option key={w} value={w}>
              {w}
            </option>
          ))}
        </select>
      </div>
      <DateField id={`${id}-from`} label="From" value={filters.from} describedBy={describedBy} onChange={(from) => onChange({ ...filters, from })} />
      <DateField id={`${id}-to`} label="To" value={filters.to} describedBy={describedBy} onChange={(to) => onChange({ ...filters, to })} />
      <div className="audit-filters__error">
        <FieldError id={errorId} message={dateError} />
      </div>
    </form>
  );
}

/** A day limit; marked invalid, and pointing at the message, when the dates cannot be used. */
function DateField(props: { id: string; label: string; value: string; describedBy: string | undefined; onChange: (day: string) => void }) {
  return (
    <div className="audit-filters__field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="date"
        value={props.value}
        aria-invalid={props.describedBy ? true : undefined}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}
