import type { KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { statusLabels, type Coverage } from '../../domain/coverage';
import { mappingId } from '../../domain/references';
import type { Evidence, Mapping } from '../../domain/schemas';
import { useRovingGrid } from '../../ui/use-roving-grid';
import { plural } from '../../domain/plural';

interface CoverageGridProps {
  portfolioId: string;
  evidence: readonly Evidence[];
  mappings: readonly Mapping[];
  coverage: Coverage;
  describedBy: string;
}

/**
 * The assessor's mapping grid: evidence items down, marking points across grouped by unit. Every
 * cell says in text whether the item is mapped there; a marking point with no evidence is marked
 * in words and by symbol. Row 0 holds the marking point headers, the last row the totals.
 */
export function CoverageGrid({ portfolioId, evidence, mappings, coverage, describedBy }: CoverageGridProps) {
  const navigate = useNavigate();
  const points = coverage.units.flatMap((u) => u.points);
  const mapped = new Set(mappings.map((m) => mappingId(m.evidenceId, m.markingPointId)));
  const rows = evidence.length + 2;
  const cols = points.length + 1;
  const totalsRow = rows - 1;
  const grid = useRovingGrid(rows, cols, { row: 1, col: 1 });

  function openOnEnter(e: KeyboardEvent, item: Evidence) {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void navigate(`/p/${portfolioId}/evidence/${item.id}`);
  }

  return (
    <table role="grid" className="matrix" aria-label="Coverage matrix: evidence items by marking point" aria-describedby={describedBy} onKeyDown={grid.onKeyDown}>
      <colgroup>
        <col className="matrix__item-col" />
      </colgroup>
      {coverage.units.map((uc) => (
        <colgroup key={uc.unit.id} className="matrix__unit-cols" span={uc.points.length} />
      ))}
      <thead>
        <tr role="row">
          <th role="columnheader" scope="col" rowSpan={2} className="matrix__corner" {...grid.cellProps(0, 0)}>
            Evidence item
          </th>
          {coverage.units.map((uc) => (
            <th key={uc.unit.id} role="columnheader" scope="colgroup" colSpan={uc.points.length} className="matrix__unit">
              Unit {uc.unit.number}{' '}
              <span className="matrix__unit-title">{uc.unit.title}</span>
            </th>
          ))}
        </tr>
        <tr role="row">
          {points.map((pc, i) => {
            const gap = pc.evidence.length === 0;
            return (
              <th key={pc.point.id} role="columnheader" scope="col" className={gap ? 'matrix__point matrix__point--gap' : 'matrix__point'}>
                <Link to={`/p/${portfolioId}/points/${pc.point.id}`} title={pc.point.text} {...grid.cellProps(0, i + 1)}>
                  {pc.point.id}
                  {gap ? ' ' : null}
                  {gap ? (
                    <span className="matrix__gap-flag">
                      <span aria-hidden="true">⚠ </span>No evidence
                    </span>
                  ) : null}
                  {pc.stale ? (
                    <span className="matrix__gap-flag">
                      {' '}
                      <span aria-hidden="true">⚠ </span>
                      {statusLabels.stale}
                    </span>
                  ) : null}
                  <span className="visually-hidden">: {pc.point.text}</span>
                </Link>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {evidence.map((item, r) => (
          <tr key={item.id} role="row">
            <th role="rowheader" scope="row" className="matrix__item">
              <Link to={`/p/${portfolioId}/evidence/${item.id}`} {...grid.cellProps(r + 1, 0)}>
                <span className="matrix__ref">{item.ref}</span> <span className="matrix__title">{item.title}</span>
              </Link>
            </th>
            {points.map((pc, c) => {
              const on = mapped.has(mappingId(item.id, pc.point.id));
              const cls = ['matrix__cell', on ? 'matrix__cell--on' : '', pc.evidence.length === 0 ? 'matrix__cell--gap' : ''].filter(Boolean).join(' ');
              return (
                <td key={pc.point.id} role="gridcell" className={cls} {...grid.cellProps(r + 1, c + 1)} onKeyDown={(e) => openOnEnter(e, item)}>
                  <span aria-hidden="true">{on ? '✓' : '·'}</span>
                  <span className="visually-hidden">
                    {item.ref} {on ? 'mapped to' : 'not mapped to'} {pc.point.id}
                  </span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr role="row">
          <th role="rowheader" scope="row" className="matrix__item matrix__totals-head" {...grid.cellProps(totalsRow, 0)}>
            Items mapped
          </th>
          {points.map((pc, c) => {
            const n = pc.evidence.length;
            return (
              <td key={pc.point.id} role="gridcell" className={n === 0 ? 'matrix__total matrix__total--gap' : 'matrix__total'}>
                <Link to={`/p/${portfolioId}/points/${pc.point.id}`} {...grid.cellProps(totalsRow, c + 1)}>
                  {n === 0 ? (
                    <>
                      <span aria-hidden="true">⚠ 0</span>
                      <span className="visually-hidden">No evidence for {pc.point.id}</span>
                    </>
                  ) : (
                    <>
                      <span aria-hidden="true">{n}</span>
                      <span className="visually-hidden">
                        {plural(n, 'item')} mapped to {pc.point.id}
                      </span>
                    </>
                  )}
                </Link>
              </td>
            );
          })}
        </tr>
      </tfoot>
    </table>
  );
}

