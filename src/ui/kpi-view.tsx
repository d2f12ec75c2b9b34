import { useId } from 'react';
import { kpiChangeText } from '../domain/kpi/kpi-change';
import { formatKpiNumber } from '../domain/kpi/kpi-number';
import { formatDate } from '../domain/readable-dates';
import type { KpiRow } from '../domain/schemas';
import { KpiChart } from './kpi-chart';

/** "61 (1 June 2026)": a figure with the date it was measured. */
function figureOn(value: number | undefined, date: string | undefined): string {
  if (value === undefined) return 'Not yet';
  return date ? `${formatKpiNumber(value)} (${formatDate(date)})` : formatKpiNumber(value);
}

/**
 * A performance report's KPI rows, read-only: the table (measure, unit, baseline with its date, target,
 * result with its date, change) and a before/target/after chart per row, each chart described by the table.
 */
export function KpiView({ rows, caption = 'KPIs' }: { rows: readonly KpiRow[]; caption?: string }) {
  const tableId = useId();
  if (rows.length === 0) return null;
  return (
    <div className="kpi-view">
      <div className="kpi-table-wrap">
        <table className="kpi-table" id={tableId}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Unit</th>
              <th scope="col">Before (date)</th>
              <th scope="col">Target</th>
              <th scope="col">After (date)</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.measure}</th>
                <td>{row.unit}</td>
                <td>{figureOn(row.baseline, row.baselineDate)}</td>
                <td>{formatKpiNumber(row.target)}</td>
                <td>{figureOn(row.result, row.resultDate)}</td>
                <td>{kpiChangeText(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="kpi-charts" aria-label={`Charts of the ${caption}`}>
        {rows.map((row) => (
          <li key={row.id}>
            <figure className="kpi-chart">
              <figcaption>
                {row.measure} ({row.unit})
              </figcaption>
              <KpiChart row={row} describedBy={tableId} />
            </figure>
          </li>
        ))}
      </ul>
    </div>
  );
}
