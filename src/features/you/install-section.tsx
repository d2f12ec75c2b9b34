import { useRef, useState, useSyncExternalStore } from 'react';
import { installOffer, promptInstall, subscribeToInstallOffer, type InstallOutcome } from '../../ui/install-prompt';

const outcomes: Record<InstallOutcome, string> = {
  accepted: 'Folio is installed. Open it from your home screen or app list; it works offline either way.',
  dismissed: 'Folio was not installed. You can install it later here or from your browser’s menu.',
  unavailable: 'Your browser no longer offers to install Folio. Try its menu: “Install app” or “Add to home screen”.',
};

/**
 * "Install Folio", shown only where the browser has offered to install it (Chromium on phones and
 * computers); elsewhere the section is left out, as there is nothing to press.
 */
export function InstallSection() {
  const offer = useSyncExternalStore(subscribeToInstallOffer, installOffer, () => undefined);
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);

  if (!offer && result === null) return null;

  async function install() {
    setBusy(true);
    let message: string;
    try {
      message = outcomes[await promptInstall()];
    } catch (error) {
      message = `Your browser could not show its install dialog (${error instanceof Error ? error.message.slice(0, 120) : 'no reason given'}). Try its menu: “Install app” or “Add to home screen”.`;
    }
    setBusy(false);
    setResult(message);
    // The button may be gone now: keep focus on what happened rather than lose it to the page.
    requestAnimationFrame(() => status.current?.focus());
  }

  return (
    <section className="card" aria-labelledby="install-title">
      <h2 id="install-title">Folio on this device</h2>
      <p>Install Folio to open it from your home screen or app list, in a window of its own, like any other app. Your portfolio stays on this device.</p>
      {result !== null ? (
        <p className="notice" role="status" tabIndex={-1} ref={status}>
          {result}
        </p>
      ) : null}
      {offer ? (
        <button type="button" className="button" onClick={() => void install()} disabled={busy}>
          {busy ? 'Installing…' : 'Install Folio'}
        </button>
      ) : null}
    </section>
  );
}
