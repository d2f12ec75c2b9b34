import { Link } from 'react-router';
import { formatDateTime } from '../../domain/readable-dates';
import type { StorageAnswer } from '../../ui/persistent-storage';
import { spaceSentence } from './space-sentence';
import { useDeviceStorage, type DeviceStorage } from './use-device-storage';

function keptText(persisted: boolean | undefined): string {
  if (persisted === true) return 'Yes. The browser has agreed to keep Folio’s data even when the device runs low on space.';
  if (persisted === false) return 'Not yet. The browser may clear Folio’s data if the device runs low on space.';
  return 'This browser does not say whether it will keep Folio’s data when space runs low.';
}

function askedText(persisted: boolean | undefined): string {
  return persisted
    ? 'The browser has agreed to keep Folio’s data.'
    : 'The browser has not agreed. Browsers usually agree for sites that are used often, bookmarked or installed.';
}

function answerText(answer: StorageAnswer | undefined): string {
  if (!answer) return 'Not yet. Folio asks once, when the first evidence item is saved on this device.';
  const when = formatDateTime(answer.askedAt);
  return answer.granted ? `Yes, on ${when}: the browser agreed to keep Folio’s data.` : `Yes, on ${when}: the browser did not agree.`;
}

function StorageFacts({ state }: { state: Extract<DeviceStorage, { phase: 'known' }> }) {
  return (
    <dl className="settings-facts">
      <div>
        <dt>Space</dt>
        <dd>{spaceSentence(state.usage, state.quota) ?? 'This browser does not say how much space Folio uses.'}</dd>
      </div>
      <div>
        <dt>Kept when space runs low</dt>
        <dd>{keptText(state.persisted)}</dd>
      </div>
      {state.canAsk ? (
        <div>
          <dt>Folio asked the browser</dt>
          <dd>{answerText(state.answer)}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** What this browser holds for Folio, and why a .folio file is the backup that counts. */
export function StorageSection({ portfolioId }: { portfolioId: string }) {
  const { state, asked, askToKeep } = useDeviceStorage();

  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title">Storage on this device</h2>
      <p>Folio keeps every portfolio in this browser, on this device only. The figures cover all of them and the app itself.</p>
      {state.phase === 'checking' ? <p className="muted">Asking the browser…</p> : null}
      {state.phase === 'unsupported' ? (
        <p>This browser does not say how much space Folio uses or whether it will keep Folio’s data when space runs low.</p>
      ) : null}
      {state.phase === 'known' ? <StorageFacts state={state} /> : null}
      {state.phase === 'known' && state.persisted === false && state.canAsk ? (
        <button type="button" className="button button--secondary" onClick={() => void askToKeep()}>
          Ask the browser to keep it
        </button>
      ) : null}
      <p role="status" className="settings-asked">
        {asked && state.phase === 'known' ? askedText(state.persisted) : null}
      </p>
      <p>
        Even when the browser keeps it, the data lives only here: clearing the browser’s data, a private window, or a lost or broken device
        takes the portfolio with it. Export a portfolio file (.folio) regularly and keep it somewhere else — that file is your backup, and
        it opens in Folio on any device. Your private signing key is the one thing it never carries: it lives only on this device, and on
        a new device you make a new one (see <Link to="/you">You and your key</Link>).
      </p>
      <p>
        <Link to={`/p/${portfolioId}/export`}>Export a portfolio file</Link>
      </p>
    </section>
  );
}
