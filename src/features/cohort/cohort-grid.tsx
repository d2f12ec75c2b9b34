import { useEffect, useImperativeHandle, useRef, useState, type MouseEvent, type Ref } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Catalogue } from '../../catalogue/schema';
import type { CohortLearner } from '../../domain/cohort/cohort';
import type { CohortView } from '../../domain/cohort/cohort-filter';
import { percent, statusLabels } from '../../domain/coverage';
import { formatDate } from '../../domain/readable-dates';
import { COHORT_RENDERED_MARK } from '../../domain/cohort/render-marks';
import type { CohortReturn } from '../../ui/cohort-return';
import { statusSymbols } from '../../ui/status-badge';
import { signatureStatusLabels } from '../../domain/signing/status';
import { useRovingGrid, type Cell } from '../../ui/use-roving-grid';
import { gridColumns, type GridColumn } from './grid-columns';
import { OVERSCAN, rowWindow, ROW_PX } from './row-window';

/** What the page can ask of the grid: focus a learner's cell, coming back from their portfolio. */
export interface CohortGridHandle {
  /** Focus a learner's cell at a marking point, or their name when no point is given. */
  focusPoint(portfolioId: string, pointId?: string): void;
}

interface CohortGridProps {
  catalogue: Catalogue;
  view: CohortView;
  /** The cohort page's address, so that a learner's portfolio can lead back to it. */
  cohortUrl: string;
  names: ReadonlyMap<string, string>;
  describedBy: string;
  ref?: Ref<CohortGridHandle>;
}

const INFO_HEADERS = ['Progress', 'Assessor', 'Group', 'Last activity'] as const;

/**
 * Learners down, marking points across grouped by unit, each cell one status by symbol, colour and (for
 * screen readers) words. Only the rows in view are drawn, with spacers standing in for the rest, so 200
 * learners render as quickly as 20; aria-rowcount and aria-rowindex keep the whole grid's shape for
 * assistive technology, and the active cell's row is always drawn so the grid never loses its tab stop.
 */
export function CohortGrid({ catalogue, view, cohortUrl, names, describedBy, ref }: CohortGridProps) {
  const columns = gridColumns(catalogue, view.pointIds);
  const learners = view.learners;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);

  function bringIntoView(cell: Cell) {
    const el = scroller.current;
    if (!el || cell.row < 1) return;
    const top = (cell.row - 1) * ROW_PX;
    const height = el.clientHeight;
    // Leave room for the sticky headings above the row.
    if (top < el.scrollTop || top + ROW_PX > el.scrollTop + height - 2 * ROW_PX) {
      el.scrollTop = Math.max(0, top - Math.floor(height / 3));
      setScrollTop(el.scrollTop);
    }
  }

  const navigate = useNavigate();
  /** A cell's link, followed by the router unless the person asked for a new tab or window. */
  function follow(e: MouseEvent<HTMLAnchorElement>, to: string, state: unknown) {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void navigate(to, { state });
  }

  const grid = useRovingGrid(learners.length + 1, columns.length, { row: 1, col: 0 }, { onMove: bringIntoView });

  useImperativeHandle(ref, () => ({
    focusPoint(portfolioId, pointId) {
      const row = learners.findIndex((l) => l.portfolioId === portfolioId);
      const col = pointId === undefined ? 0 : columns.findIndex((c) => c.kind === 'point' && c.pointId === pointId);
      if (row >= 0) grid.focusCell(row + 1, Math.max(col, 0));
    },
  }));

  useEffect(() => {
    const el = scroller.current;
    if (el) setViewport(el.clientHeight);
    performance.mark(COHORT_RENDERED_MARK);
  }, []);

  // Before the scroller is measured, draw just what fills its 70vh (the stylesheet's height), so the first
  // paint comes soonest; the margin for scrolling follows once it is measured, right after.
  const measured = viewport > 0;
  const rows = rowWindow(learners.length, scrollTop, measured ? viewport : Math.round(window.innerHeight * 0.7), grid.active.row - 1, measured ? OVERSCAN : 0);
  const unitCols = catalogue.units
    .map((unit) => ({ unit, span: columns.filter((c) => c.unitId === unit.id).length }))
    .filter((u) => u.span > 0);

  return (
    <div
      ref={scroller}
      className="matrix-scroll cohort-scroll"
      role="region"
      aria-label="Cohort grid (scrolls down and sideways)"
      onScroll={(e) => {
        setScrollTop(e.currentTarget.scrollTop);
        setViewport(e.currentTarget.clientHeight);
      }}
    >
      <table
        role="grid"
        className="matrix cohort-grid"
        aria-label="Cohort: learners by marking point"
        aria-describedby={describedBy}
        aria-rowcount={learners.length + 2}
        onKeyDown={grid.onKeyDown}
      >
        <thead>
          <tr role="row" aria-rowindex={1} className="cohort-grid__units">
            <th role="columnheader" scope="col" rowSpan={2} className="matrix__corner" {...grid.cellProps(0, 0)}>
              Learner
            </th>
            {INFO_HEADERS.map((label, i) => (
              <th key={label} role="columnheader" scope="col" rowSpan={2} className="cohort-grid__info-head" {...grid.cellProps(0, i + 1)}>
                {label}
              </th>
            ))}
            {unitCols.map(({ unit, span }) => (
              <th key={unit.id} role="columnheader" scope="colgroup" colSpan={span} className="matrix__unit" title={unit.title}>
                Unit {unit.number} <span className="visually-hidden">{unit.title}</span>
              </th>
            ))}
          </tr>
          <tr role="row" aria-rowindex={2} className="cohort-grid__points">
            {columns.map((col, c) =>
              col.kind === 'point' ? (
                <th key={col.key} role="columnheader" scope="col" className="matrix__point" title={col.text} {...grid.cellProps(0, c)}>
                  <span className="cohort-grid__point-id">{col.pointId}</span>
                  <span className="visually-hidden">: {col.text}</span>
                </th>
              ) : col.kind === 'unit' ? (
                <th key={col.key} role="columnheader" scope="col" className="cohort-grid__unit-total" {...grid.cellProps(0, c)}>
                  Unit {col.unitNumber} met
                </th>
              ) : null,
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((slot) =>
            slot.kind === 'gap' ? (
              <tr key={`gap-${slot.from}`} aria-hidden="true" className="cohort-grid__spacer">
                <td colSpan={columns.length} style={{ height: `${slot.rows * ROW_PX}px` }} />
              </tr>
            ) : (
              <LearnerRow
                key={learners[slot.index]?.portfolioId ?? slot.index}
                learner={learners[slot.index]}
                row={slot.index + 1}
                columns={columns}
                cohortUrl={cohortUrl}
                names={names}
                cellProps={grid.cellProps}
                follow={follow}
              />
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

interface LearnerRowProps {
  learner: CohortLearner | undefined;
  row: number;
  columns: readonly GridColumn[];
  cohortUrl: string;
  names: ReadonlyMap<string, string>;
  cellProps: ReturnType<typeof useRovingGrid>['cellProps'];
  follow: (e: MouseEvent<HTMLAnchorElement>, to: string, state: unknown) => void;
}

function LearnerRow({ learner, row, columns, cohortUrl, names, cellProps, follow }: LearnerRowProps) {
  if (!learner) return null;
  const l = learner;
  const units = new Map(l.units.map((u) => [u.unitId, u]));
  const shares = l.sharesNumberWith.map((id) => names.get(id) ?? 'another learner');
  return (
    <tr role="row" aria-rowindex={row + 2}>
      {columns.map((col, c) => {
        const props = cellProps(row, c);
        switch (col.kind) {
          case 'learner':
            return (
              <th key={col.key} role="rowheader" scope="row" className="matrix__item cohort-grid__learner">
                <Link to={`/p/${l.portfolioId}`} state={{ cohortReturn: { url: cohortUrl, portfolioId: l.portfolioId } satisfies CohortReturn }} {...props}>
                  <span className="cohort-grid__name">{l.learnerName}</span>{' '}
                  <span className="cohort-grid__number">
                    {l.learnerNumber}
                    {shares.length > 0 ? (
                      <>
                        <span aria-hidden="true" title={`Shares learner number ${l.learnerNumber} with ${shares.join(', ')}`}>
                          {' ⚠'}
                        </span>
                        <span className="visually-hidden">, shares this learner number with {shares.join(', ')}</span>
                      </>
                    ) : null}
                  </span>
                </Link>
              </th>
            );
          case 'progress':
            return (
              <td key={col.key} role="gridcell" className="cohort-grid__info" {...props}>
                {l.met} of {l.total} met ({percent(l.met, l.total)} %)
              </td>
            );
          case 'assessor':
            return (
              <td key={col.key} role="gridcell" className="cohort-grid__info" {...props}>
                {l.assessorName}
              </td>
            );
          case 'group':
            return (
              <td key={col.key} role="gridcell" className="cohort-grid__info" {...props}>
                {l.group ?? <span className="muted">None</span>}
              </td>
            );
          case 'activity':
            return (
              <td key={col.key} role="gridcell" className="cohort-grid__info" {...props}>
                {l.lastActivity ? formatDate(l.lastActivity) : <span className="muted">None yet</span>}
              </td>
            );
          case 'unit': {
            const u = units.get(col.unitId);
            return (
              <td key={col.key} role="gridcell" className="cohort-grid__unit-total" {...props}>
                <span aria-hidden="true">{u ? `${u.met} of ${u.total}` : '–'}</span>
                <span className="visually-hidden">{u ? `${u.met} of ${u.total} marking points of unit ${col.unitNumber} met` : `Unit ${col.unitNumber} not shown`}</span>
              </td>
            );
          }
          case 'point': {
            const status = l.statuses.get(col.pointId) ?? 'none';
            const issue = l.signatureIssues.get(col.pointId);
            const back: CohortReturn = { url: cohortUrl, portfolioId: l.portfolioId, pointId: col.pointId };
            const to = `/p/${l.portfolioId}/points/${col.pointId}`;
            return (
              <td key={col.key} role="gridcell" className={`matrix__cell cohort-cell--${status}`}>
                {/*
                  A plain link the router follows (not a <Link> each: hundreds of cells must draw quickly), the
                  words as its name and the symbol as what shows.
                */}
                <a
                  className="cohort-grid__cell-link"
                  href={to}
                  onClick={(e) => follow(e, to, { cohortReturn: back })}
                  aria-label={`${l.learnerName}, ${col.pointId}: ${statusLabels[status]}${issue ? ` (${signatureStatusLabels[issue]})` : ''}`}
                  {...props}
                >
                  {statusSymbols[status]}
                  {issue ? <sup className="cohort-grid__signature">†</sup> : null}
                </a>
              </td>
            );
          }
        }
      })}
    </tr>
  );
}
