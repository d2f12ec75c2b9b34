import type { EvidenceVersion, PortfolioRecord } from './records';
import type { AttachmentMeta, AuditEntry, Decision, Evidence, Mapping, Portfolio, SignerKey } from './schemas';

/** An attachment's record together with its bytes, as it leaves or enters the database. */
export interface AttachmentWithBytes extends AttachmentMeta {
  bytes: Uint8Array;
}

/**
 * Everything one portfolio owns, as plain data: what the PDF renders, what the .folio file carries,
 * and what an import writes back.
 *
 * `evidence` and `mappings` are the current state, derived from `versions` and the tombstones among
 * `records` (src/domain/history.ts); `versions`, `decisions`, `records` and `audit` are append-only.
 * `keys` are the public keys of everyone who signed something here.
 */
export interface PortfolioSnapshot {
  portfolio: Portfolio;
  evidence: Evidence[];
  mappings: Mapping[];
  versions: EvidenceVersion[];
  decisions: Decision[];
  records: PortfolioRecord[];
  attachments: AttachmentWithBytes[];
  audit: AuditEntry[];
  keys: SignerKey[];
}
