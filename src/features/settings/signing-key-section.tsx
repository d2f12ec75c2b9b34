import { Link } from 'react-router';
import { useIdentity } from '../../db/identity';
import { roleLabels } from '../../domain/schemas';
import { formatFingerprint } from '../../domain/signing/keys';

/** Who signs on this device and their key's fingerprint, to compare in person; the You screen changes them. */
export function SigningKeySection() {
  const identity = useIdentity();
  return (
    <section className="card" aria-labelledby="signing-key-title">
      <h2 id="signing-key-title">You and your key</h2>
      {identity === undefined ? (
        <p role="status">Loading…</p>
      ) : identity === null ? (
        <p>
          Nobody has said who they are on this device yet. <Link to="/you">Say who you are</Link> to get a signing key.
        </p>
      ) : (
        <>
          <p>
            {identity.name} · {roleLabels[identity.role]}. Your key’s fingerprint: <code>{formatFingerprint(identity.fingerprint)}</code>
          </p>
          <p>Your private key lives only on this device: no backup or portfolio file carries it.</p>
          <p>
            <Link to="/you">Change your role or name, share your key card, or confirm someone’s key</Link>
          </p>
        </>
      )}
    </section>
  );
}
