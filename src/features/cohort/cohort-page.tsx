import { useEffect, useMemo, useRef } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { catalogue } from '../../catalogue';
import { useCohortInputs } from '../../db/cohort-data';
import { buildCohort } from '../../domain/cohort/cohort';
import { describeFilter, filterCohort, filterFromSearch, filterToSearch, isFiltered, type CohortFilter } from '../../domain/cohort/cohort-filter';
import { plural } from '../../domain/plural';
import { COHORT_DATA_MARK } from '../../domain/cohort/render-marks';
import { cohortFocusOf } from '../../ui/cohort-return';
import { PageHeader } from '../../ui/page-header';
import { SiteHeader } from '../../ui/site-header';
import { TutorNav } from '../../ui/tutor-nav';
import { CohortExport } from './cohort-export';
import { CohortFilters } from './cohort-filters';
import { CohortGrid, type CohortGridHandle } from './cohort-grid';
import { CohortLegend } from './cohort-legend';
import { gapOrderFromSearch, gapOrderToSearch } from './gap-order';
import { NumberClashes } from './number-clashes';
import { SharedGaps, TopGaps } from './shared-gaps';
import './cohort.css';

/**
 * `/cohort`: the tutor's home. Every learner on this device against every marking point, the gaps most of
 * them share, filters kept in the address, and the table as CSV or PDF.
 */
export function CohortPage() {
  const inputs = useCohortInputs();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const grid = useRef<CohortGridHandle>(null);
  const search = params.toString();
  const filter = useMemo(() => filterFromSearch(new URLSearchParams(search), catalogue), [search]);
  const order = gapOrderFromSearch(params);
  const cohort = useMemo(() => {
    if (!inputs) return undefined;
    // The data has arrived: `npm run bench` times the grid from here (from this mark to the grid's).
    performance.mark(COHORT_DATA_MARK);
    return buildCohort(catalogue, inputs);
  }, [inputs]);
  const view = useMemo(() => (cohort ? filterCohort(cohort, filter, catalogue) : undefined), [cohort, filter]);
  const names = useMemo(() => new Map(cohort?.learners.map((l) => [l.portfolioId, l.learnerName])), [cohort]);
  const cohortUrl = search ? `/cohort?${search}` : '/cohort';

  // Back from a learner's portfolio: focus the cell that opened it, once, when the rows are there.
  const returning = useRef(cohortFocusOf(location.state));
  const hasRows = (view?.learners.length ?? 0) > 0;
  useEffect(() => {
    const focus = returning.current;
    if (!focus || !hasRows) return;
    returning.current = undefined;
    grid.current?.focusPoint(focus.portfolioId, focus.pointId);
  }, [hasRows]);

  const setFilter = (next: CohortFilter) => setParams(filterToSearch(next, params), { replace: true });

  return (
    <>
      <SiteHeader nav={<TutorNav />}>
        <span className="shell__who">
          <Link to="/portfolios">Portfolios on this device</Link>
        </span>
      </SiteHeader>
      <main id="main" tabIndex={-1}>
        <PageHeader title="Cohort" lead="Every learner’s portfolio on this device, against every marking point.">
          <Link className="button button--secondary" to="/cohort/load">
            Load learners’ files
          </Link>
        </PageHeader>
        {cohort === undefined || view === undefined ? (
          <p role="status">Loading the cohort…</p>
        ) : cohort.learners.length === 0 ? (
          <section className="card empty-state" aria-labelledby="cohort-empty-title">
            <h2 id="cohort-empty-title">No learners yet</h2>
            <p>Load the portfolio files (.folio) your learners sent you: the cohort fills in as they load.</p>
            <Link className="button" to="/cohort/load">
              Load learners’ files
            </Link>
          </section>
        ) : (
          <>
            <TopGaps gaps={view.gaps} />
            <CohortFilters catalogue={catalogue} filter={filter} assessors={cohort.assessors} groups={cohort.groups} onChange={setFilter} />
            <p className="cohort-summary" role="status">
              Showing {view.learners.length} of {plural(cohort.learners.length, 'learner')} and {plural(view.pointIds.length, 'marking point')}
              {isFiltered(filter) ? `: ${describeFilter(filter, catalogue)}` : ''}.
            </p>
            <NumberClashes learners={cohort.learners} names={names} />
            {view.learners.length === 0 ? (
              <section className="card empty-state" aria-labelledby="cohort-none-title">
                <h2 id="cohort-none-title">No learner matches these filters</h2>
                <button type="button" className="button" onClick={() => setFilter({})}>
                  Clear the filters
                </button>
              </section>
            ) : (
              <>
                <p id="cohort-help" className="muted">
                  Tab into the grid, then use the arrow keys to move between cells (Home and End go to the start and end of a row, Page Up and
                  Page Down move ten learners). Enter on a cell opens that learner’s portfolio at the marking point.
                </p>
                <CohortGrid ref={grid} catalogue={catalogue} view={view} cohortUrl={cohortUrl} names={names} describedBy="cohort-help" />
                <CohortLegend />
              </>
            )}
            <SharedGaps catalogue={catalogue} gaps={view.gaps} order={order} onOrder={(o) => setParams(gapOrderToSearch(o, params), { replace: true })} />
            <CohortExport catalogue={catalogue} cohort={cohort} view={view} filter={filter} />
          </>
        )}
      </main>
    </>
  );
}
