import { useState } from 'react';
import type { IdentityRow } from '../../db';
import { makeNewKey } from '../../db/identity';
import { exportKeyCard } from '../../db/key-cards';
import { errorDetail } from '../../domain/error-detail';
import { plural } from '../../domain/plural';
import { formatFingerprint } from '../../domain/signing/keys';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorNotice } from '../../ui/error-notice';
import { KeyCardQr } from './key-card-qr';
import { keyCardFileName, saveTextFile } from './save-text-file';

/** Your fingerprint, your key card (file and QR code) and making a new key. */
export function YourKeySection({ identity }: { identity: IdentityRow }) {
  const [card, setCard] = useState<string | null>(null);
  const [showQr, setShowQr] = useState(false);
  const [confirmNewKey, setConfirmNewKey] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function cardText(): Promise<string> {
    // A key card is made for the current key; a new key makes a new card.
    const text = await exportKeyCard();
    setCard(text);
    return text;
  }

  async function saveCard() {
    setFailure(null);
    try {
      saveTextFile(await cardText(), keyCardFileName(identity.name), 'application/json');
      setNotice('Your key card was saved. Give it to the people who will check what you sign, and compare the fingerprint with them.');
    } catch (e) {
      setFailure(errorDetail(e, 'Your key card could not be made.'));
    }
  }

  async function toggleQr() {
    setFailure(null);
    if (showQr) {
      setShowQr(false);
      return;
    }
    try {
      await cardText();
      setShowQr(true);
    } catch (e) {
      setFailure(errorDetail(e, 'Your key card could not be made.'));
    }
  }

  async function newKey() {
    setConfirmNewKey(false);
    setFailure(null);
    try {
      const { fingerprint, announcedIn } = await makeNewKey();
      setCard(null);
      setShowQr(false);
      const where = announcedIn > 0 ? ` It is announced, signed with your old key, in ${plural(announcedIn, 'portfolio')}: export ${announcedIn === 1 ? 'it' : 'them'} so others learn of it.` : '';
      setNotice(`Your new key’s fingerprint is ${formatFingerprint(fingerprint)}.${where} Give people your new key card.`);
    } catch (e) {
      setFailure(errorDetail(e, 'A new key could not be made.'));
    }
  }

  const compact = card ? JSON.stringify(JSON.parse(card)) : null;
  return (
    <section className="card" aria-labelledby="your-key-title">
      <h2 id="your-key-title">Your signing key</h2>
      <p>Folio signs your decisions, sign-offs and declarations with a key made on this device.</p>
      <dl className="key-facts">
        <dt>Your fingerprint</dt>
        <dd>
          <code className="fingerprint">{formatFingerprint(identity.fingerprint)}</code>
        </dd>
      </dl>
      <p>
        <strong>Your private key lives only on this device.</strong> It cannot be copied, exported or backed up: a backup file carries your public key, never the private one.
        On a new device, or if this browser’s data is cleared, make a new key there and give people your new key card.
      </p>
      {failure ? <ErrorNotice>{failure}</ErrorNotice> : null}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <h3>Your key card</h3>
      <p>A key card lets someone confirm your key before any portfolio arrives, so your signature shows as confirmed on their device and nobody else can sign in your name unnoticed.</p>
      <div className="you__buttons">
        <button type="button" className="button" onClick={saveCard}>
          Save your key card
        </button>
        <button type="button" className="button button--secondary" aria-expanded={showQr} aria-controls="key-card-qr" onClick={toggleQr}>
          {showQr ? 'Hide the QR code' : 'Show your key card as a QR code'}
        </button>
      </div>
      <div id="key-card-qr" hidden={!showQr}>
        {showQr && compact ? <KeyCardQr text={compact} label={`QR code of the key card of ${identity.name}, fingerprint ${formatFingerprint(identity.fingerprint)}`} /> : null}
      </div>
      <h3>A new key</h3>
      <p>Make a new key if you think someone else may have used this device to sign. Your old signatures stay valid; the new key is announced in every portfolio your old key signed.</p>
      <button type="button" className="button button--secondary" onClick={() => setConfirmNewKey(true)}>
        Make a new key
      </button>
      <ConfirmDialog open={confirmNewKey} title="Make a new signing key?" confirmLabel="Make a new key" onConfirm={newKey} onCancel={() => setConfirmNewKey(false)}>
        <p>What you sign from now on uses the new key. People who confirmed your old key see the new one as confirmed once they import a portfolio carrying its announcement; give others your new key card.</p>
      </ConfirmDialog>
    </section>
  );
}
