import type { Catalogue } from '../../catalogue/schema';
import type { CohortFilter } from '../../domain/cohort/cohort-filter';
import { isFiltered } from '../../domain/cohort/cohort-filter';
import { statusLabels, type CoverageStatus } from '../../domain/coverage';

interface CohortFiltersProps {
  catalogue: Catalogue;
  filter: CohortFilter;
  assessors: readonly string[];
  groups: readonly string[];
  onChange: (filter: CohortFilter) => void;
}

const statuses = Object.keys(statusLabels).filter((s): s is CoverageStatus => Object.hasOwn(statusLabels, s));

/** A name list with the one the address asks for, if the cohort does not name it (so the select shows it). */
const withCurrent = (names: readonly string[], current: string | undefined) => (current && !names.includes(current) ? [...names, current] : names);

/**
 * Narrow the cohort by unit, status, assessor and group. Each choice applies at once and goes into the
 * page's address, so a filtered view can be bookmarked or sent, and comes back after opening a learner.
 */
export function CohortFilters({ catalogue, filter, assessors, groups, onChange }: CohortFiltersProps) {
  const set = (key: keyof CohortFilter, value: string) => onChange({ ...filter, [key]: value === '' ? undefined : value });
  return (
    <section className="card cohort-filters" aria-labelledby="cohort-filters-title">
      <h2 id="cohort-filters-title">Filter</h2>
      <div className="cohort-filters__fields">
        <div className="field">
          <label htmlFor="cohort-unit">Unit</label>
          <select id="cohort-unit" value={filter.unit ?? ''} onChange={(e) => set('unit', e.target.value)}>
            <option value="">Every unit</option>
            {catalogue.units.map((u) => (
              <option key={u.id} value={u.id}>
                Unit {u.number}: {u.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cohort-status">Learners with a point that is</label>
          <select id="cohort-status" value={filter.status ?? ''} onChange={(e) => set('status', e.target.value)}>
            <option value="">Any status</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cohort-assessor">Assessor</label>
          <select id="cohort-assessor" value={filter.assessor ?? ''} onChange={(e) => set('assessor', e.target.value)}>
            <option value="">Every assessor</option>
            {withCurrent(assessors, filter.assessor).map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cohort-group">Group</label>
          <select id="cohort-group" value={filter.group ?? ''} onChange={(e) => set('group', e.target.value)}>
            <option value="">Every group</option>
            {withCurrent(groups, filter.group).map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </div>
      </div>
      {isFiltered(filter) ? (
        <button type="button" className="button button--secondary" onClick={() => onChange({})}>
          Clear the filters
        </button>
      ) : null}
    </section>
  );
}
