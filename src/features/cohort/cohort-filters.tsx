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

interface Option {
  value: string;
  label: string;
}

const statuses = Object.keys(statusLabels).filter((s): s is CoverageStatus => Object.hasOwn(statusLabels, s));

/** Names as options, with the one the address asks for if the cohort does not name it (so the select shows it). */
const nameOptions = (names: readonly string[], current: string | undefined): Option[] =>
  (current && !names.includes(current) ? [...names, current] : names).map((n) => ({ value: n, label: n }));

function FilterSelect(props: { id: string; label: string; any: string; value: string | undefined; options: readonly Option[]; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.any}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Narrow the cohort by unit, status, assessor and group. Each choice applies at once and goes into the
 * page's address, so a filtered view can be bookmarked or sent, and comes back after opening a learner.
 */
export function CohortFilters({ catalogue, filter, assessors, groups, onChange }: CohortFiltersProps) {
  const set = (key: keyof CohortFilter) => (value: string) => onChange({ ...filter, [key]: value === '' ? undefined : value });
  return (
    <section className="card cohort-filters" aria-labelledby="cohort-filters-title">
      <h2 id="cohort-filters-title">Filter</h2>
      <div className="cohort-filters__fields">
        <FilterSelect
          id="cohort-unit"
          label="Unit"
          any="Every unit"
          value={filter.unit}
          options={catalogue.units.map((u) => ({ value: u.id, label: `Unit ${u.number}: ${u.title}` }))}
          onChange={set('unit')}
        />
        <FilterSelect
          id="cohort-status"
          label="Learners with a point that is"
          any="Any status"
          value={filter.status}
          options={statuses.map((s) => ({ value: s, label: statusLabels[s] }))}
          onChange={set('status')}
        />
        <FilterSelect id="cohort-assessor" label="Assessor" any="Every assessor" value={filter.assessor} options={nameOptions(assessors, filter.assessor)} onChange={set('assessor')} />
        <FilterSelect id="cohort-group" label="Group" any="Every group" value={filter.group} options={nameOptions(groups, filter.group)} onChange={set('group')} />
      </div>
      {isFiltered(filter) ? (
        <button type="button" className="button button--secondary" onClick={() => onChange({})}>
          Clear the filters
        </button>
      ) : null}
    </section>
  );
}
