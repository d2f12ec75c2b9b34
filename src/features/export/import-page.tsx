import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { REDACTED_REPLACE, unsentMessage, type ImportMode } from '../../db/import';

/** The import's own refusal, as a sentence for the dialog. */
const REDACTED_REPLACE_SENTENCE = `${REDACTED_REPLACE.charAt(0).toUpperCase()}${REDACTED_REPLACE.slice(1)}.`;
import { DEFAULT_MAX_BYTES } from '../../domain/portfolio-file';
import { PageHeader } from '../../ui/page-header';
import { ProgressBar } from '../../ui/progress-bar';
import { SiteHeader } from '../../ui/site-header';
import { ConflictDialog, KEEP_BOTH_SIGNED_NOTE } from './conflict-dialog';
import './export.css';
import { FolioPicker } from '../../ui/folio-picker';
import { checkingLabel } from '../../ui/folio-check/import-protocol';
import { ImportSummary } from './import-summary';
import { MergeOutcome } from './merge-outcome';
import { importLabel, mergeLabel, RefusedAttachments } from './refused-attachments';
import { useFolioImport, type ImportState } from './use-folio-import';
import { ErrorNotice } from '../../ui/error-notice';

const importedMessage: Record<ImportMode, (name: string) => string> = {
  new: (name) => `${name}’s portfolio was imported.`,
  replace: (name) => `${name}’s portfolio was replaced with the copy from the file.`,
  'keep-both': (name) => `${name}’s portfolio was imported as a separate copy; the one already on this device is unchanged.`,
};

function Progress({ state }: { state: ImportState }) {
  if (state.phase === 'reading') return <ProgressBar label={`Reading ${state.fileName}…`} value={state.loaded} max={state.total} />;
  if (state.phase !== 'checking') return null;
  const label = checkingLabel(state.fileName, state.done, state.total);
  return state.total === 0 ? <ProgressBar label={label} /> : <ProgressBar label={label} value={state.done} max={state.total} />;
}

/** `/import`: open a .folio file, see what it holds, and bring it onto this device. */
export function ImportPage() {
  const { state, open, importAs, merge, reset, cancel } = useFolioImport(DEFAULT_MAX_BYTES);
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const outcome = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const checking = state.phase === 'reading' || state.phase === 'checking';
  const cancelled = state.phase === 'idle' && state.cancelled === true;

  // The picker is disabled while a file is read and checked, so focus goes to Cancel; then, whatever
  // the file turned out to be (or that it was cancelled), say so where focus lands.
  useEffect(() => {
    if (checking) cancelRef.current?.focus();
    else if (state.phase === 'invalid' || state.phase === 'ready' || state.phase === 'merged' || cancelled) outcome.current?.focus();
  }, [checking, cancelled, state.phase]);

  async function run(mode: ImportMode) {
    if (state.phase !== 'ready') return;
    setAsking(false);
    const name = state.snapshot.portfolio.learnerName;
    const id = await importAs(mode);
    if (id) await navigate(`/p/${id}`, { state: { status: importedMessage[mode](name) } });
  }

  const busy = checking || (state.phase === 'ready' && state.writing);

  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <p>
          <Link to="/">Back to your portfolios</Link>
        </p>
        <PageHeader
          title="Open a portfolio file"
          lead="Bring in a portfolio exported from Folio on another device, or sent to you by a learner or assessor. Folio checks the whole file before it changes anything on this device."
        />
        <section className="card" aria-labelledby="choose-title">
          <h2 id="choose-title">Choose the file</h2>
          <FolioPicker onFiles={([file]) => void (file && open(file))} disabled={busy} maxBytes={DEFAULT_MAX_BYTES} />
          <Progress state={state} />
          {checking ? (
            <div className="cluster">
              <button type="button" className="button button--secondary" ref={cancelRef} onClick={cancel}>
                Cancel
              </button>
            </div>
          ) : null}
        </section>
        <div ref={outcome} tabIndex={-1} className="export-outcome">
          {cancelled ? (
            <p className="notice" role="status">
              Cancelled — nothing on this device was changed.
            </p>
          ) : null}
          {state.phase === 'invalid' ? (
            <div className="notice notice--error" role="alert">
              <p>
                <strong>{state.fileName} cannot be imported.</strong> {state.message}
              </p>
              <p>Nothing on this device was changed.</p>
            </div>
          ) : null}
          {state.phase === 'ready' ? (
            <section className="card" aria-labelledby="ready-title">
              <h2 id="ready-title">Ready to import</h2>
              <p role="status">
                {state.refused.length === 0
                  ? `${state.fileName} was checked and is a complete portfolio file.`
                  : `${state.fileName} was checked: the portfolio is complete, but some of its attachments cannot be imported.`}
              </p>
              <ImportSummary snapshot={state.snapshot} manifest={state.manifest} />
              <RefusedAttachments refused={state.refused} />
              {state.redacted ? (
                <p className="notice">
                  This file is a redacted copy: customers’ personal details in it are masked (“[email removed]” and the like). Decisions
                  made on it still count for the evidence as the learner wrote it.
                </p>
              ) : null}
              {state.existing ? (
                <p className="notice notice--warn">
                  This device already has this portfolio ({state.existing.learnerName}). Merging adds what the file has and this device
                  does not — decisions, comments, sign-offs, new versions of evidence — and keeps everything already here, including
                  changes made since the file was sent.
                </p>
              ) : null}
              {state.writeError ? (
                <ErrorNotice>
                  {state.writeError}
                </ErrorNotice>
              ) : null}
              <div className="cluster">
                <button type="button" className="button" disabled={state.writing} onClick={() => void (state.existing ? merge() : run('new'))}>
                  {state.writing ? 'Importing…' : state.existing ? mergeLabel(state.refused.length) : importLabel(state.refused.length)}
                </button>
                {state.existing ? (
                  <button type="button" className="button button--secondary" disabled={state.writing} onClick={() => setAsking(true)}>
                    Replace or keep both…
                  </button>
                ) : null}
                <button type="button" className="button button--secondary" disabled={state.writing} onClick={reset}>
                  Choose a different file
                </button>
              </div>
            </section>
          ) : null}
          {state.phase === 'merged' ? <MergeOutcome result={state.result} portfolio={state.portfolio} /> : null}
        </div>
        {asking && state.phase === 'ready' && state.existing ? (
          <ConflictDialog
            existing={state.existing}
            incoming={state.snapshot.portfolio}
            evidenceInFile={state.snapshot.evidence.length}
            replaceRefused={state.redacted ? REDACTED_REPLACE_SENTENCE : state.unsent ? unsentMessage(state.unsent) : undefined}
            keepBothNote={state.signed ? KEEP_BOTH_SIGNED_NOTE : undefined}
            onReplace={() => void run('replace')}
            onKeepBoth={() => void run('keep-both')}
            onCancel={() => setAsking(false)}
          />
        ) : null}
      </main>
    </>
  );
}
