import { useRef, useState } from 'react';
import type { Catalogue } from '../../catalogue/schema';
import { clock } from '../../platform/clock';
import type { Cohort } from '../../domain/cohort/cohort';
import { cohortCsv } from '../../domain/cohort/cohort-csv';
import { describeFilter, isFiltered, type CohortFilter, type CohortView } from '../../domain/cohort/cohort-filter';
import { plural } from '../../domain/plural';
import { saveBytes } from '../../ui/download';
import { ErrorNotice } from '../../ui/error-notice';
import { ProgressBar } from '../../ui/progress-bar';
import { makeCohortPdf } from './cohort-pdf';

interface CohortExportProps {
  catalogue: Catalogue;
  cohort: Cohort;
  view: CohortView;
  filter: CohortFilter;
}

type PdfState = { phase: 'idle' } | { phase: 'making' } | { phase: 'done'; fileName: string } | { phase: 'failed'; message: string };

/** A byte-order mark first, so that spreadsheets read the names' accents as UTF-8 rather than guess. */
const BOM = '\uFEFF';

/** The table as the filters show it, as CSV or as the cohort PDF. */
export function CohortExport({ catalogue, cohort, view, filter }: CohortExportProps) {
  const [csvDone, setCsvDone] = useState<string | null>(null);
  const [pdf, setPdf] = useState<PdfState>({ phase: 'idle' });
  const outcome = useRef<HTMLDivElement>(null);
  const filterNote = isFiltered(filter) ? describeFilter(filter, catalogue) : undefined;

  function downloadCsv() {
    const fileName = `cohort-${clock.now().slice(0, 10)}.csv`;
    saveBytes(new TextEncoder().encode(BOM + cohortCsv(view)), fileName, 'text/csv;charset=utf-8');
    setCsvDone(`${fileName} downloaded: ${plural(view.learners.length, 'learner')} by ${plural(view.pointIds.length, 'marking point')}${filterNote ? ` (${filterNote})` : ''}.`);
  }

  async function downloadPdf() {
    setPdf({ phase: 'making' });
    try {
      const generatedAt = clock.now();
      const bytes = await makeCohortPdf({ catalogue, cohort, view, filterNote, generatedAt, title: 'Cohort progress' });
      const fileName = `cohort-${generatedAt.slice(0, 10)}.pdf`;
      saveBytes(bytes, fileName, 'application/pdf');
      setPdf({ phase: 'done', fileName });
    } catch (e) {
      setPdf({ phase: 'failed', message: e instanceof Error ? e.message : 'The cohort PDF could not be made. Try again.' });
    }
    outcome.current?.focus();
  }

  return (
    <section className="card" aria-labelledby="cohort-export-title">
      <h2 id="cohort-export-title">Download</h2>
      <p>What the filters show: {filterNote ?? 'every learner and marking point'}.</p>
      <div className="cohort-export__buttons">
        <button type="button" className="button" onClick={downloadCsv}>
          Download the CSV
        </button>
        <button type="button" className="button button--secondary" onClick={() => void downloadPdf()} disabled={pdf.phase === 'making'}>
          Download the cohort PDF
        </button>
      </div>
      {pdf.phase === 'making' ? <ProgressBar label="Making the cohort PDF…" /> : null}
      <div ref={outcome} tabIndex={-1} role="status" className="cohort-export__outcome">
        {csvDone ? <p>{csvDone}</p> : null}
        {pdf.phase === 'done' ? <p>{pdf.fileName} downloaded: the shared gaps first, then a page per unit.</p> : null}
      </div>
      {pdf.phase === 'failed' ? <ErrorNotice>{pdf.message}</ErrorNotice> : null}
    </section>
  );
}
