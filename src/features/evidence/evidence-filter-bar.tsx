import { useEffect, useId, useState } from 'react';
import { catalogue } from '../../catalogue';
import { evidenceKinds } from '../../domain/evidence-kinds';
import { NOT_MAPPED, type EvidenceFilters } from './evidence-filters';

/** The evidence list's search box and filters; the page keeps them in the URL. */
export function EvidenceFilterBar({ filters, onChange }: { filters: EvidenceFilters; onChange: (next: EvidenceFilters) => void }) {
  const id = useId();
  // The box keeps its own text so typing is never slowed or reordered by the URL update it causes.
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);
  return (
    <form className="filters" role="search" aria-label="Search and filter evidence" onSubmit={(e) => e.preventDefault()}>
      <div className="filters__field filters__field--search">
        <label htmlFor={`${id}-q`}>Search</label>
        <input
          id={`${id}-q`}
          type="search"
          value={q}
          placeholder="Title, reflection, tags, E004…"
          onChange={(e) => {
            setQ(e.target.value);
            onChange({ ...filters, q: e.target.value });
          }}
        />
      </div>
      <div className="filters__field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={filters.kind} onChange={(e) => onChange({ ...filters, q, kind: e.target.value })}>
          <option value="">All kinds</option>
          {evidenceKinds.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor={`${id}-unit`}>Mapped to</label>
        <select id={`${id}-unit`} value={filters.unit} onChange={(e) => onChange({ ...filters, q, unit: e.target.value })}>
          <option value="">Any unit</option>
          {catalogue.units.map((u) => (
            <option key={u.id} value={u.id}>
              Unit {u.number}: {u.title}
            </option>
          ))}
          <option value={NOT_MAPPED}>Not mapped yet</option>
        </select>
      </div>
    </form>
  );
}
