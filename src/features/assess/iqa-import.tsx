import { useId, useState } from 'react';
import { importIqaFile, type IqaImportResult } from '../../db/iqa';
import { errorDetail } from '../../domain/error-detail';
import { plural } from '../../domain/plural';
import { shortForMessage } from '../../domain/short-for-message';
import { ErrorNotice } from '../../ui/error-notice';

/** The assessor imports an IQA file: its signed outcomes join the learners' portfolios on this device. */
export function IqaImport() {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<IqaImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function load(file: File) {
    setBusy(true);
    setResult(null);
    setFailure(null);
    try {
      setResult(await importIqaFile(new Uint8Array(await file.arrayBuffer())));
    } catch (e) {
      setFailure(`${shortForMessage(file.name, 60)} was not imported: ${errorDetail(e, 'the file could not be read.')}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import an IQA file</h2>
      <p>The internal quality assurer’s file (.folio-iqa) carries their outcomes on the decisions they sampled.</p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-file`}>
          IQA file
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".folio-iqa,application/json"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void load(file);
          }}
        />
      </div>
      {busy ? <p role="status">Checking the IQA file…</p> : null}
      {failure ? <ErrorNotice>{failure}</ErrorNotice> : null}
      {result ? (
        <div role="status" className="notice notice--ok">
          <p>The IQA file is imported.</p>
          <ul>
            {result.merged.map((m) => (
              <li key={m.portfolioId}>
                {m.learnerName}: {m.added === 0 ? 'already up to date' : `${plural(m.added, 'outcome', 'outcomes')} added`}
                {m.awaitingDecision > 0
                  ? `; ${plural(m.awaitingDecision, 'outcome is', 'outcomes are')} on decisions this device does not hold yet: open the learner’s newer portfolio file, then import the IQA file again`
                  : ''}
              </li>
            ))}
            {result.notHere.map((n) => (
              <li key={n.learnerName}>
                {n.learnerName}: not on this device ({plural(n.outcomes, 'outcome', 'outcomes')} left out). Open their portfolio file first, then import the IQA file again.
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
