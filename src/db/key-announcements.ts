import type { RecordOf } from '../domain/records';
import type { Signature } from '../domain/schemas';
import { formatFingerprint } from '../domain/signing/keys';
import { signRecord } from '../domain/signing/sign';
import { clock } from '../platform/clock';
import { db, type IdentityRow, type KeyRow } from './database';

/**
 * Announces `next` as the device user's new key: in every portfolio where the current key signed
 * something, a key-change record signed with the current key names the new one (with an audit entry),
 * so devices that trust the old key trust the new one too. `alsoInTransaction` runs in the same
 * transaction. Returns how many portfolios carry the announcement.
 */
export async function announceNewKey(identity: IdentityRow, next: KeyRow, alsoInTransaction: () => Promise<unknown> = async () => undefined): Promise<number> {
  const d = db();
  const old = { privateKey: identity.privateKey, fingerprint: identity.fingerprint };
  const by = { role: identity.role, name: identity.name };
  const signedByOld = (r: { signature?: Signature }) => r.signature?.keyFingerprint === old.fingerprint;
  const [decisions, records] = await Promise.all([d.decisions.filter(signedByOld).toArray(), d.records.filter(signedByOld).toArray()]);
  const portfolioIds = [...new Set([...decisions, ...records].map((r) => r.portfolioId))].sort();
  const now = clock.now();
  const announcements = await Promise.all(
    portfolioIds.map((portfolioId) => {
      const record: RecordOf<'key-change'> = { id: clock.newId(), portfolioId, at: now, by, type: 'key-change', oldFingerprint: old.fingerprint, newFingerprint: next.fingerprint };
      return signRecord(record, old);
    }),
  );
  await d.transaction('rw', [d.identity, d.keys, d.records, d.audit], async () => {
    if ((await d.identity.get('device'))?.fingerprint !== old.fingerprint) throw new Error('Your key changed while this was being done: try again.');
    await d.keys.put(next);
    await d.records.bulkAdd(announcements);
    await d.audit.bulkAdd(
      announcements.map((a) => ({
        id: clock.newId(),
        portfolioId: a.portfolioId,
        at: now,
        role: by.role,
        name: by.name,
        action: 'key changed',
        detail: `New signing key ${formatFingerprint(next.fingerprint)} announced, signed with the old key ${formatFingerprint(old.fingerprint)}.`,
      })),
    );
    await alsoInTransaction();
  });
  return announcements.length;
}
