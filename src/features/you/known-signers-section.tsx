import { useKnownKeys } from '../../db/keys';
import { formatDate } from '../../domain/readable-dates';
import { roleLabels } from '../../domain/schemas';
import { formatFingerprint } from '../../domain/signing/keys';
import { keyStandingLabels, keyStandings } from '../../domain/signing/key-standing';

/** Every signer's key this device knows, and whether it is confirmed, pinned or another key in their name. */
export function KnownSignersSection() {
  const keys = useKnownKeys();
  const standings = keyStandings(keys ?? []);
  return (
    <section className="card" aria-labelledby="known-signers-title">
      <h2 id="known-signers-title">Signers this device knows</h2>
      {keys === undefined ? (
        <p role="status">Loading the keys…</p>
      ) : (
        // On a phone the table scrolls sideways in its own box, which a keyboard must be able to reach.
        <div className="table-wrap" role="region" aria-label="Signers table (scrolls sideways on a small screen)" tabIndex={0}>
          <table>
            <caption className="visually-hidden">Signers and their keys</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Fingerprint</th>
                <th scope="col">Standing</th>
                <th scope="col">First seen</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.fingerprint}>
                  <th scope="row">{k.signer.name}</th>
                  <td>{roleLabels[k.signer.role]}</td>
                  <td>
                    <code className="fingerprint">{formatFingerprint(k.fingerprint)}</code>
                  </td>
                  <td>{keyStandingLabels[standings.get(k.fingerprint) ?? 'other']}</td>
                  <td>{formatDate(k.firstSeenAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
