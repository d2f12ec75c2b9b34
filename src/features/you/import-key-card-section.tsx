import { useId, useRef, useState, type FormEvent } from 'react';
import { announceKeyCard, importKeyCard, type KeyCardImport } from '../../db/key-cards';
import { errorDetail } from '../../domain/error-detail';
import { KEY_CARD_EXTENSION } from '../../domain/signing/key-card';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorNotice } from '../../ui/error-notice';
import { TextAreaField } from '../../ui/fields';

type Outcome = { kind: 'done' | 'error'; message: string };

/** Import someone's key card (a .folio-key file) to confirm their key on this device. */
export function ImportKeyCardSection() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState<{ bytes: Uint8Array; result: Extract<KeyCardImport, { status: 'needs-confirmation' | 'yours-elsewhere' }> } | null>(null);
  const [busy, setBusy] = useState(false);
  const [text, setText] = useState('');

  async function act(step: () => Promise<Outcome | void>) {
    setBusy(true);
    try {
      const next = await step();
      if (next) setOutcome(next);
    } catch (e) {
      setOutcome({ kind: 'error', message: errorDetail(e, 'The key card could not be imported.') });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
      setText('');
    }
  }

  function chosen(file: File | undefined) {
    if (file) importBytes(async () => new Uint8Array(await file.arrayBuffer()));
  }

  function pasted(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) {
      setOutcome({ kind: 'error', message: 'Paste the text of a key card first: a phone’s camera reads it from the signer’s QR code.' });
      return;
    }
    importBytes(async () => new TextEncoder().encode(text.trim()));
  }

  function importBytes(read: () => Promise<Uint8Array>) {
    setOutcome(null);
    void act(async () => {
      const bytes = await read();
      const result = await importKeyCard(bytes);
      if (result.status === 'needs-confirmation' || result.status === 'yours-elsewhere') {
        setPending({ bytes, result });
        return;
      }
      return { kind: result.status === 'refused' ? 'error' : 'done', message: result.message };
    });
  }

  function confirmPending() {
    const current = pending;
    setPending(null);
    if (!current) return;
    void act(async () => {
      if (current.result.status === 'yours-elsewhere') return { kind: 'done', message: (await announceKeyCard(current.bytes)).message };
      const result = await importKeyCard(current.bytes, { replace: true });
      return { kind: result.status === 'refused' ? 'error' : 'done', message: result.message };
    });
  }

  function cancelPending() {
    setPending(null);
    setOutcome({ kind: 'done', message: 'Nothing was changed.' });
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Confirm someone’s key</h2>
      <p>
        When an assessor, learner or tutor gives you their key card in person, import it here and compare the fingerprint with theirs. Their signatures then show as
        confirmed, and a signature by any other key in their name shows a warning.
      </p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-file`}>
          Key card file ({KEY_CARD_EXTENSION})
        </label>
        <input ref={input} id={`${id}-file`} type="file" accept={`${KEY_CARD_EXTENSION},application/json`} disabled={busy} onChange={(e) => chosen(e.target.files?.[0])} />
      </div>
      <form onSubmit={pasted} aria-labelledby={`${id}-paste-title`}>
        <h3 id={`${id}-paste-title`}>Or paste a key card’s text</h3>
        <TextAreaField
          label="Key card text"
          hint="The text a phone’s camera reads from the signer’s QR code, or the contents of their key card file."
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
        />
        <button type="submit" className="button button--secondary" disabled={busy}>
          Confirm this key
        </button>
      </form>
      {busy ? <p role="status">Checking the key card…</p> : null}
      {outcome?.kind === 'error' ? <ErrorNotice>{outcome.message}</ErrorNotice> : null}
      {outcome?.kind === 'done' ? (
        <p className="notice" role="status">
          {outcome.message}
        </p>
      ) : null}
      <ConfirmDialog
        open={pending !== null}
        title={pending?.result.status === 'yours-elsewhere' ? 'Announce your key from another device?' : 'Use this key instead?'}
        confirmLabel={pending?.result.status === 'yours-elsewhere' ? 'Announce it as my key' : 'Use this key'}
        danger={pending?.result.status === 'needs-confirmation'}
        onConfirm={confirmPending}
        onCancel={cancelPending}
      >
        <p>{pending?.result.message}</p>
      </ConfirmDialog>
    </section>
  );
}
