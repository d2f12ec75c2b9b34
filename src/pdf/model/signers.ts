import type { PortfolioRecord } from '../../domain/records';
import { roleLabels, type Decision, type SignerKey } from '../../domain/schemas';
import { formatFingerprint } from '../../domain/signing';
import type { SignatureChecks } from './signatures';
import type { PdfModel, SignerRow } from './types';
import { listJoin, plural } from './wording';

const recordNoun: Record<PortfolioRecord['type'], string> = {
  ready: 'ready mark',
  comment: 'comment',
  'sign-off': 'sign-off',
  countersign: 'countersignature',
  unlock: 'unlock',
  declaration: 'declaration',
  'key-change': 'key change',
  tombstone: 'deletion',
  iqa: 'IQA outcome',
  'coach-dismissal': 'coach dismissal',
};

/** Every key that signed something in this portfolio, with its fingerprint for comparing in person. */
export function buildSigners(keys: readonly SignerKey[], signed: readonly (Decision | PortfolioRecord)[], checks: SignatureChecks): PdfModel['signers'] {
  const rows = [...keys]
    .sort((a, b) => a.signer.name.localeCompare(b.signer.name) || a.createdAt.localeCompare(b.createdAt))
    .map((key): SignerRow => {
      const mine = signed.filter((r) => r.signature?.keyFingerprint === key.fingerprint);
      const counts = new Map<string, number>();
      for (const r of mine) {
        const noun = 'type' in r ? recordNoun[r.type] : 'decision';
        counts.set(noun, (counts.get(noun) ?? 0) + 1);
      }
      const statuses = new Set(mine.map((r) => checks.get(r.id)?.status));
      const status = statuses.has('confirmed')
        ? 'Confirmed on the device that made this PDF'
        : statuses.has('not-confirmed')
          ? 'Not confirmed: compare the fingerprint with the signer in person'
          : mine.length === 0
            ? 'Nothing here is signed with this key'
            : 'Its signatures here do not count (see the decisions)';
      return {
        name: key.signer.name,
        role: roleLabels[key.signer.role],
        fingerprint: formatFingerprint(key.fingerprint),
        signed: mine.length === 0 ? '—' : listJoin([...counts].map(([noun, n]) => plural(n, noun))),
        status,
      };
    });
  return {
    heading: 'Signers and key fingerprints',
    anchor: 'signers',
    intro:
      rows.length === 0
        ? 'Nothing in this portfolio is signed yet.'
        : 'Each signer’s public key fingerprint (the first 32 hex digits of its SHA-256). Ask the signer to read theirs out from Folio’s “You and your key” screen: if they differ, the signatures are not theirs.',
    head: ['Signer', 'Role', 'Key fingerprint', 'Signed here', 'Status'],
    rows,
  };
}
