import type { AttachmentMeta, AuditEntry, Decision, Evidence, Mapping, Portfolio } from './schemas';

/** An attachment's record together with its bytes, as it leaves or enters the database. */
export interface AttachmentWithBytes extends AttachmentMeta {
  bytes: Uint8Array;
}

/**
 * Everything one portfolio owns, as plain data: what the PDF renders, what the .folio file carries,
 * and what an import writes back.
 */
export interface PortfolioSnapshot {
  portfolio: Portfolio;
  evidence: Evidence[];
  mappings: Mapping[];
  decisions: Decision[];
  attachments: AttachmentWithBytes[];
  audit: AuditEntry[];
}
