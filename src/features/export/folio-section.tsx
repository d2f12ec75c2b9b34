import { useEffect, useId, useRef } from 'react';
import { maskedWords } from './masked-words';
import type { ExportPrivacy } from './use-export-privacy';
import { ProgressBar } from '../../ui/progress-bar';
import { FileReady } from './file-ready';
import { plural } from '../../domain/plural';
import { useFolioExport } from './use-folio-export';
import { ErrorNotice } from '../../ui/error-notice';

/** Part two of the export page: the whole portfolio as one .folio file. */
export function FolioSection({ portfolioId, privacy }: { portfolioId: string; privacy?: Pick<ExportPrivacy, 'blocked' | 'prepare'> }) {
  const { state, download } = useFolioExport(portfolioId, privacy?.prepare);
  const blocked = privacy?.blocked;
  const blockedId = useId();
  const outcomeRef = useRef<HTMLDivElement>(null);
  const busy = state.phase === 'reading' || state.phase === 'packing';

  useEffect(() => {
    if (state.phase === 'ready' || state.phase === 'failed') outcomeRef.current?.focus();
  }, [state.phase]);

  return (
    <section className="card export-part" aria-labelledby="folio-title">
      <h2 id="folio-title">Portfolio file (.folio)</h2>
      <p>
        One file that holds the whole portfolio, attachments included. Use it to move your portfolio to another device, to send it to
        your assessor, or to keep a backup. Open it in Folio with “Open a portfolio file” on the home page.
      </p>
      <button
        type="button"
        className="button"
        onClick={() => void download()}
        disabled={busy || blocked !== undefined}
        aria-describedby={blocked === undefined ? undefined : blockedId}
      >
        Download the portfolio file
      </button>
      {blocked === undefined ? null : (
        <p id={blockedId} className="notice">
          {blocked}
        </p>
      )}
      {state.phase === 'reading' ? <ProgressBar label="Reading your portfolio…" /> : null}
      {state.phase === 'packing' ? (
        <ProgressBar label={state.attachments > 0 ? `Packing the portfolio and ${plural(state.attachments, 'attachment')}…` : 'Packing the portfolio…'} />
      ) : null}
      <div ref={outcomeRef} tabIndex={-1} className="export-outcome">
        {state.phase === 'ready' ? (
          <FileReady lead={`Portfolio file ready${maskedWords(state.masked)}: `} file={state} againLabel="Download the portfolio file again" />
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
