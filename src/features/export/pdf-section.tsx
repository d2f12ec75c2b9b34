import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ExportPrivacy } from './use-export-privacy';
import { maskedWords } from './masked-words';
import { ProgressBar } from '../../ui/progress-bar';
import { FileReady } from './file-ready';
import { plural } from '../../domain/plural';
import { progressLabel } from './pdf-protocol';
import { chosenUnitIds, defaultPdfChoices, PdfChoices, type PdfChoicesValue } from './pdf-choices';
import { usePdfExport, type PdfExportState } from './use-pdf-export';
import { ErrorNotice } from '../../ui/error-notice';

function PdfProgress({ state }: { state: PdfExportState }) {
  if (state.phase === 'reading') return <ProgressBar label="Reading your portfolio…" />;
  if (state.phase !== 'rendering') return null;
  const label = progressLabel(state.done, state.total);
  return state.total === 0 ? <ProgressBar label={label} /> : <ProgressBar label={label} value={state.done} max={state.total} />;
}

/** Part one of the export page: the assessor PDF, made in a worker with progress and a way to stop. */
export function PdfSection({ portfolioId, privacy }: { portfolioId: string; privacy?: Pick<ExportPrivacy, 'blocked' | 'prepare'> }) {
  const { state, start, cancel } = usePdfExport(portfolioId);
  const [options, setOptions] = useState<PdfChoicesValue>(defaultPdfChoices);
  const [unitError, setUnitError] = useState<string | undefined>();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const busy = state.phase === 'reading' || state.phase === 'rendering';
  const blocked = privacy?.blocked;
  const blockedId = useId();

  // The Create button is disabled while working, so focus goes to Cancel; then to what happened.
  useEffect(() => {
    if (busy) cancelRef.current?.focus();
    else if (state.phase !== 'idle') outcomeRef.current?.focus();
  }, [busy, state.phase]);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const unitIds = chosenUnitIds(options);
    if (unitIds?.length === 0) {
      setUnitError('Choose at least one unit, or choose the whole portfolio');
      return;
    }
    setUnitError(undefined);
    if (privacy?.blocked !== undefined) return;
    void start({ unitIds, includeAttachments: options.includeAttachments, includeAudit: options.includeAudit }, privacy?.prepare);
  }

  return (
    <section className="card export-part" aria-labelledby="pdf-title">
      <h2 id="pdf-title">PDF for your assessor</h2>
      <p>
        One document your assessor can judge from without opening Folio: cover, declaration, contents, every marking point with the
        evidence and page that shows it, the mapping matrix, each piece of evidence in full, decisions and the gaps still to fill.
      </p>
      <form onSubmit={onSubmit} noValidate>
        <PdfChoices
          value={options}
          onChange={(next) => {
            setOptions(next);
            if (unitError && chosenUnitIds(next)?.length !== 0) setUnitError(undefined);
          }}
          disabled={busy}
          unitError={unitError}
        />
        <div className="cluster">
          <button type="submit" className="button" disabled={busy || blocked !== undefined} aria-describedby={blocked === undefined ? undefined : blockedId}>
            Create PDF
          </button>
          {busy ? (
            <button type="button" className="button button--secondary" ref={cancelRef} onClick={cancel}>
              Cancel
            </button>
          ) : null}
        </div>
      </form>
      {blocked === undefined ? null : (
        <p id={blockedId} className="notice">
          {blocked}
        </p>
      )}
      <PdfProgress state={state} />
      <div ref={outcomeRef} tabIndex={-1} className="export-outcome">
        {state.phase === 'ready' ? (
          <FileReady
            lead={`PDF ready${maskedWords(state.masked)}: ${state.pages === undefined ? '' : `${plural(state.pages, 'page')}, `}`}
            file={state}
            againLabel="Download the PDF again"
          />
        ) : null}
        {state.phase === 'cancelled' ? (
          <p className="notice" role="status">
            Cancelled — nothing was saved.
          </p>
        ) : null}
        {state.phase === 'failed' ? (
          <ErrorNotice>
            {state.message}
          </ErrorNotice>
        ) : null}
      </div>
    </section>
  );
}
