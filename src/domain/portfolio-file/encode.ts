import { strToU8, zipSync, type Zippable } from 'fflate';
import { sha256Hex } from '../hash';
import type { PortfolioSnapshot } from '../snapshot';
import { attachmentPath, DATA_PATH, FOLIO_FORMAT, FOLIO_FORMAT_VERSION, MANIFEST_PATH } from './layout';
import type { FolioData, FolioManifest } from './schema';

export interface EncodeMeta {
  appVersion: string;
  /** ISO timestamp written as the file's creation time. */
  now: string;
  /** A redacted copy (src/domain/privacy/redact-snapshot.ts): portfolio.json then says so. */
  redacted?: boolean;
}

/** Types that are compressed already: deflating them again costs time and saves nothing. */
const PACKED_TYPES = /^(image\/(jpeg|png|gif|webp|heic|avif)|video\/|audio\/|application\/(zip|pdf|gzip|x-7z-compressed))/;

/** A whole portfolio, attachments included, as the bytes of a .folio file. */
export async function encodeFolio(snapshot: PortfolioSnapshot, meta: EncodeMeta): Promise<Uint8Array> {
  const data: FolioData = {
    portfolio: snapshot.portfolio,
    evidence: snapshot.evidence,
    mappings: snapshot.mappings,
    decisions: snapshot.decisions,
    audit: snapshot.audit,
    attachments: snapshot.attachments.map(({ bytes: _bytes, ...attachment }) => attachment),
    versions: snapshot.versions,
    records: snapshot.records,
    keys: snapshot.keys,
    // A copy with masks says so, and so does a copy of one (an assessor's return of a redacted file).
    ...(meta.redacted === true || snapshot.versions.some((v) => v.redacted === true) ? { redacted: true as const } : {}),
  };
  const dataBytes = strToU8(JSON.stringify(data));
  const entries: FolioManifest['entries'] = {
    [DATA_PATH]: { sha256: await sha256Hex(dataBytes), size: dataBytes.length },
  };
  const files: Zippable = {};
  for (const attachment of snapshot.attachments) {
    const path = attachmentPath(attachment.id);
    entries[path] = { sha256: await sha256Hex(attachment.bytes), size: attachment.bytes.length };
    files[path] = [attachment.bytes, { level: PACKED_TYPES.test(attachment.type) ? 0 : 6 }];
  }
  const manifest: FolioManifest = {
    format: FOLIO_FORMAT,
    formatVersion: FOLIO_FORMAT_VERSION,
    appVersion: meta.appVersion,
    createdAt: meta.now,
    portfolioId: snapshot.portfolio.id,
    entries,
  };
  // The manifest goes first so that a reader can tell what the file is from its opening bytes.
  return zipSync(
    { [MANIFEST_PATH]: strToU8(JSON.stringify(manifest, null, 2)), [DATA_PATH]: dataBytes, ...files },
    { level: 6, mtime: meta.now },
  );
}
