import { strFromU8 } from 'fflate';
import { catalogue as shippedCatalogue } from '../../catalogue';
import type { Catalogue } from '../../catalogue/schema';
import { sha256Hex } from '../hash';
import { verifySnapshot } from '../signing/verify-snapshot';
import type { AttachmentWithBytes, PortfolioSnapshot } from '../snapshot';
import { folioErrors, type FolioError } from './errors';
import { attachmentPath, DATA_PATH, FOLIO_FORMAT, MANIFEST_PATH } from './layout';
import { DEFAULT_MAX_BYTES } from './limits';
import { issueLocation } from './issue-location';
import { isReadableVersion } from './migrations';
import { restoreFolioData } from './restore';
import { manifestHeaderSchema, manifestSchema, type FolioManifest } from './schema';
import { screenAttachments, type RefusedAttachment } from './screen-attachments';
import { readZip, type ZipFiles, type ZipReadOptions } from './zip-reader';

export type DecodeResult =
  /** `refusedAttachments` (empty when none) are left out of `snapshot`; the caller offers to import without them. */
  | {
      ok: true;
      snapshot: PortfolioSnapshot;
      manifest: FolioManifest;
      refusedAttachments: RefusedAttachment[];
      /** The file is a redacted copy: customers' details in it are masked (issue 10). */
      redacted: boolean;
    }
  | { ok: false; error: FolioError };

/** The limits (see ./format), plus `work` to count inflated bytes and `onProgress` for bytes unpacked of those declared. */
export interface DecodeOptions extends ZipReadOptions {
  /** The qualification marking point ids are checked against; the one this build ships by default. */
  catalogue?: Catalogue;
}

type Step<T> = { ok: true; value: T } | { ok: false; error: FolioError };
const refuse = (error: FolioError): { ok: false; error: FolioError } => ({ ok: false, error });

/** A zip starts with a local file header, or, when empty, with the end-of-central-directory record. */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

function parseJson(bytes: Uint8Array): Step<unknown> {
  try {
    return { ok: true, value: JSON.parse(strFromU8(bytes)) };
  } catch {
    return refuse(folioErrors.invalidData('portfolio.json', 'it is not readable JSON'));
  }
}

function readManifest(files: ZipFiles): Step<FolioManifest> {
  const raw = files.get(MANIFEST_PATH);
  if (!raw) return refuse(folioErrors.noManifest());
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(raw));
  } catch {
    return refuse(folioErrors.badManifest('its manifest.json is not readable JSON'));
  }
  const header = manifestHeaderSchema.safeParse(json);
  if (!header.success) {
    const format = typeof json === 'object' && json !== null && 'format' in json ? json.format : undefined;
    if (typeof format === 'string' && format !== FOLIO_FORMAT) return refuse(folioErrors.wrongFormat(format));
    return refuse(folioErrors.badManifest('its manifest does not name the folio-portfolio format and a version'));
  }
  if (!isReadableVersion(header.data.formatVersion)) return refuse(folioErrors.unknownVersion(header.data.formatVersion));
  const manifest = manifestSchema.safeParse(json);
  if (!manifest.success) {
    const issue = manifest.error.issues[0];
    return refuse(folioErrors.badManifest(`its manifest is incomplete (${issue ? issue.path.map(String).join('.') : 'shape'}: ${issue?.message ?? 'invalid'})`));
  }
  return { ok: true, value: manifest.data };
}

/** Every entry of the zip must be listed in the manifest, match the checksum listed there, and the reverse. */
async function verifyEntries(manifest: FolioManifest, files: ZipFiles): Promise<FolioError | undefined> {
  const notInZip = Object.keys(manifest.entries).find((path) => !files.has(path));
  if (notInZip !== undefined) return folioErrors.checksum(notInZip, 'the manifest lists it but the zip does not hold it');
  for (const [path, bytes] of files) {
    if (path === MANIFEST_PATH) continue;
    const listed = Object.hasOwn(manifest.entries, path) ? manifest.entries[path] : undefined;
    if (!listed) return folioErrors.checksum(path, 'the manifest has no checksum for it');
    if (bytes.length !== listed.size) return folioErrors.checksum(path, `it is ${bytes.length} bytes, the manifest says ${listed.size}`);
    if ((await sha256Hex(bytes)) !== listed.sha256) return folioErrors.checksum(path, 'its SHA-256 differs from the manifest');
  }
  return undefined;
}

/**
 * Reads a .folio file into a portfolio snapshot, checking everything on the way: size, zip, manifest,
 * version, checksums, schema and references. It only returns data; writing it is the caller's choice.
 */
export async function decodeFolio(bytes: Uint8Array, options: DecodeOptions = {}): Promise<DecodeResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return refuse(folioErrors.tooLarge(bytes.length, maxBytes));
  if (!looksLikeZip(bytes)) return refuse(folioErrors.notAZip());
  const unzipped = readZip(bytes, options);
  if (!unzipped.ok) return unzipped;
  const files = unzipped.files;

  const manifest = readManifest(files);
  if (!manifest.ok) return manifest;
  const broken = await verifyEntries(manifest.value, files);
  if (broken) return refuse(broken);

  const dataBytes = files.get(DATA_PATH);
  if (!dataBytes || !manifest.value.entries[DATA_PATH]) return refuse(folioErrors.badManifest(`it has no ${DATA_PATH}`));
  const raw = parseJson(dataBytes);
  if (!raw.ok) return raw;
  const restored = await restoreFolioData(manifest.value.formatVersion, raw.value, options.catalogue ?? shippedCatalogue);
  if (!restored.ok) return restored;
  const data = restored.data;
  if (data.portfolio.id !== manifest.value.portfolioId) {
    return refuse(folioErrors.invalidData('portfolio: id', `the manifest names portfolio ${manifest.value.portfolioId}, the data ${data.portfolio.id}`));
  }

  const attachments: AttachmentWithBytes[] = [];
  const expected = new Set([MANIFEST_PATH, DATA_PATH]);
  for (const [index, meta] of data.attachments.entries()) {
    const path = attachmentPath(meta.id);
    expected.add(path);
    const fileBytes = files.get(path);
    const evidenceRef = data.evidence.find((e) => e.id === meta.evidenceId)?.ref ?? 'an evidence item';
    if (!fileBytes) return refuse(folioErrors.missingAttachment(meta.name, evidenceRef, path));
    const where = issueLocation(data, ['attachments', index]);
    if (fileBytes.length !== meta.size) return refuse(folioErrors.checksum(where, `it is ${fileBytes.length} bytes, its record says ${meta.size}`));
    if (manifest.value.entries[path]?.sha256 !== meta.sha256) return refuse(folioErrors.checksum(where, 'its SHA-256 differs from its record'));
    attachments.push({ ...meta, bytes: fileBytes });
  }
  const stray = [...files.keys()].find((path) => !expected.has(path));
  if (stray) return refuse(folioErrors.invalidData(stray, 'this entry belongs to no evidence item'));

  const { portfolio, evidence, mappings, versions, decisions, records, audit, keys, redacted } = data;
  // A record altered after it was signed refuses the whole file: nothing else in it can be trusted either.
  const signatures = await verifySnapshot({ evidence, decisions, records, keys });
  if (!signatures.ok) return refuse(folioErrors.badSignature(signatures.label, signatures.reason));
  const screened = screenAttachments(attachments, evidence);
  return {
    ok: true,
    manifest: manifest.value,
    snapshot: { portfolio, evidence, mappings, versions, decisions, records, attachments: screened.kept, audit, keys },
    redacted: redacted === true,
    refusedAttachments: screened.refused,
  };
}
