import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useDeviceLearners } from '../../db/cohort-load';
import { formatFileSize, formatStorageSize } from '../../domain/byte-sizes';
import { learnerNumberClashes } from '../../domain/cohort/learner-number-clashes';
import { DEFAULT_MAX_BYTES } from '../../domain/portfolio-file';
import { plural } from '../../domain/plural';
import { FolioPicker } from '../../ui/folio-picker';
import { checkingLabel } from '../../ui/folio-check/import-protocol';
import { PageHeader } from '../../ui/page-header';
import { ProgressBar } from '../../ui/progress-bar';
import { SiteHeader } from '../../ui/site-header';
import { TutorNav } from '../../ui/tutor-nav';
import './cohort-load.css';
import { DeviceLearnersSection } from './device-learners-section';
import { LoadResults, resultSummary } from './load-results';
import { fits, useCohortLoad, type CohortLoadState } from './use-cohort-load';

const GROUP_MAX = 80;

function SpaceLine({ state }: { state: Extract<CohortLoadState, { phase: 'chosen' }> }) {
  const files = `${plural(state.files.length, 'file')} chosen, ${formatFileSize(state.bytes)} in all.`;
  if (state.free === undefined) return <p>{files} This browser does not say how much space it has free; Folio will stop and say so if it runs out.</p>;
  if (fits(state)) return <p>{files} This device has about {formatStorageSize(state.free)} free for Folio, so they fit.</p>;
  return (
    <p className="notice notice--error" role="alert">
      {files} This device has only about {formatStorageSize(state.free)} free for Folio, so they will not fit and Folio will not start loading them. Free some space (remove
      learners you no longer need, below), or choose fewer files.
    </p>
  );
}

/** `/cohort/load`: a tutor loads many learners' .folio files at once and manages the learners on the device. */
export function CohortLoadPage() {
  const { state, choose, start, cancel, reset } = useCohortLoad();
  const learners = useDeviceLearners();
  const [group, setGroup] = useState('');
  const groupId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const running = state.phase === 'running';
  const clashes = useMemo(() => learnerNumberClashes((learners ?? []).map((l) => ({ id: l.portfolioId, learnerNumber: l.learnerNumber }))), [learners]);

  // While files load, focus is on Cancel (the picker is disabled); when they are done, on the results.
  useEffect(() => {
    if (running) cancelRef.current?.focus();
    else if (state.phase === 'finished') resultsRef.current?.focus();
  }, [running, state.phase]);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void start(group);
  }

  return (
    <>
      <SiteHeader nav={<TutorNav />} />
      <main id="main" tabIndex={-1}>
        <PageHeader
          title="Load learners’ files"
          lead="Load the .folio files your learners or their assessors sent you, as many as you like at once. Each file is checked whole before anything is stored; a learner already here is brought up to date, and a file that cannot be loaded is listed with the reason, without stopping the others."
        />
        <section className="card" aria-labelledby="choose-files-title">
          <h2 id="choose-files-title">Choose the files</h2>
          <FolioPicker multiple onFiles={(files) => void choose(files)} disabled={running} maxBytes={DEFAULT_MAX_BYTES} />
          {state.phase === 'chosen' ? (
            <form onSubmit={onSubmit} aria-label="Load the chosen files">
              <SpaceLine state={state} />
              <div className="field">
                <label htmlFor={groupId} className="field__label">
                  Group (optional)
                </label>
                <p id={`${groupId}-hint`} className="field__hint">
                  A label for these learners on this device, for example 2026 September intake. It is never put in their files.
                </p>
                <input id={groupId} aria-describedby={`${groupId}-hint`} value={group} maxLength={GROUP_MAX} onChange={(e) => setGroup(e.target.value)} />
              </div>
              <div className="cluster">
                <button type="submit" className="button" disabled={!fits(state)}>
                  Load {plural(state.files.length, 'file')}
                </button>
                <button type="button" className="button button--secondary" onClick={reset}>
                  Choose again
                </button>
              </div>
            </form>
          ) : null}
          {state.phase === 'running' ? (
            <>
              <ProgressBar label={`${state.results.length} of ${plural(state.total, 'file')} done`} value={state.results.length} max={state.total} />
              <p role="status">
                {state.stopping
                  ? 'Stopping after the files under way…'
                  : state.checking
                    ? checkingLabel(state.checking.fileName, state.checking.done, state.checking.total)
                    : 'Starting…'}
              </p>
              <div className="cluster">
                <button type="button" className="button button--secondary" ref={cancelRef} onClick={cancel} disabled={state.stopping}>
                  Cancel
                </button>
              </div>
            </>
          ) : null}
        </section>
        {state.phase === 'running' || state.phase === 'finished' ? (
          <section className="card" aria-labelledby="load-results-title">
            <h2 id="load-results-title" ref={resultsRef} tabIndex={-1}>
              Results
            </h2>
            {state.phase === 'finished' ? (
              <p role="status" className={state.results.some((r) => r.outcome === 'refused') || state.cancelled ? 'notice notice--warn' : 'notice notice--ok'}>
                {resultSummary(state.results, state.total, state.cancelled)}
              </p>
            ) : null}
            <LoadResults results={state.results} clashes={clashes} learners={learners ?? []} />
            {state.phase === 'finished' ? (
              <div className="cluster">
                <Link className="button" to="/cohort">
                  See the cohort
                </Link>
                <button type="button" className="button button--secondary" onClick={reset}>
                  Load more files
                </button>
              </div>
            ) : null}
          </section>
        ) : null}
        {running ? (
          <section className="card" aria-labelledby="device-learners-title">
            <h2 id="device-learners-title">Learners on this device</h2>
            {/* Not redrawn after every file, and nobody removed while files are still being written. */}
            <p>The list comes back when the files are loaded.</p>
          </section>
        ) : learners ? (
          <DeviceLearnersSection learners={learners} clashes={clashes} />
        ) : null}
      </main>
    </>
  );
}
