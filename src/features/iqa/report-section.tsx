import { iqaReportCsv, type AssessorReport } from '../../domain/iqa/report';
import { saveBytesOnce } from '../../ui/download';

/** The IQA report per assessor: decisions, sampled, outcomes, and whether the plan's share is met. */
export function ReportSection({ reports, fileStem }: { reports: readonly AssessorReport[]; fileStem: string }) {
  return (
    <section className="card" aria-labelledby="report-title">
      <h2 id="report-title">Report per assessor</h2>
      <div className="table-wrap">
        <table className="iqa-report">
          <caption className="visually-hidden">The IQA report per assessor</caption>
          <thead>
            <tr>
              <th scope="col">Assessor</th>
              <th scope="col">Decisions</th>
              <th scope="col">Sampled</th>
              <th scope="col">Agreed</th>
              <th scope="col">Assessor to action</th>
              <th scope="col">Disagreed</th>
              <th scope="col">Awaiting an outcome</th>
              <th scope="col">Plan met</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.assessorId}>
                <th scope="row">
                  {r.name}
                  {r.isNew ? ' (new assessor)' : ''}
                </th>
                <td>{r.decisions}</td>
                <td>{r.sampled}</td>
                <td>{r.agreed}</td>
                <td>{r.toAction}</td>
                <td>{r.disagreed}</td>
                <td>{r.awaiting}</td>
                <td>{r.planMet ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="button button--secondary" onClick={() => saveBytesOnce(new TextEncoder().encode(iqaReportCsv(reports)), `${fileStem}-report.csv`, 'text/csv')}>
        Download the report (CSV)
      </button>
    </section>
  );
}
