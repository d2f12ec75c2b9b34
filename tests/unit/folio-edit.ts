import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { expect } from 'vitest';
import { sha256Hex } from '../../src/domain/hash';
import { decodeFolio, encodeFolio, FOLIO_FORMAT_VERSION, type DecodeResult, type FolioErrorCode } from '../../src/domain/portfolio-file';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';

type EncodeMeta = Parameters<typeof encodeFolio>[1];

export type Json = Record<string, unknown>;

const readJson = (files: Unzipped, path: string): Json => JSON.parse(strFromU8(files[path] ?? new Uint8Array())) as Json;

/** Unzips a good .folio, lets a test change its manifest or data, and zips it again with fresh checksums. */
export async function editFolio(good: Uint8Array, edit: (parts: { files: Unzipped; manifest: Json; data: Json }) => void): Promise<Uint8Array> {
  const files = unzipSync(good);
  const manifest = readJson(files, 'manifest.json');
  const data = readJson(files, 'portfolio.json');
  edit({ files, manifest, data });
  files['portfolio.json'] = strToU8(JSON.stringify(data));
  const entries: Record<string, { sha256: string; size: number }> = {};
  for (const [path, bytes] of Object.entries(files)) {
    if (path !== 'manifest.json') entries[path] = { sha256: await sha256Hex(bytes), size: bytes.length };
  }
  manifest.entries = entries;
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(files);
}

export const rowsOf = (data: Json, table: string): Json[] => data[table] as Json[];

/** The refusal's message, after checking the file was refused with `code`. */
export function refusedWith(result: DecodeResult, code: FolioErrorCode): string {
  if (result.ok) throw new Error(`Expected the file to be refused with ${code}, but it was accepted`);
  expect(result.error.code).toBe(code);
  return result.error.message;
}

/**
 * Writes `snapshot` as the current format, then the same file labelled as an older `version`, and reads
 * both: a migration that hands the older data on as it is must give the same snapshot.
 */
export async function readAsVersion(snapshot: PortfolioSnapshot, version: number, meta: EncodeMeta): Promise<{ current: PortfolioSnapshot; old: PortfolioSnapshot; oldVersion: number }> {
  const good = await encodeFolio(snapshot, meta);
  const current = await decodeFolio(good);
  if (!current.ok) throw new Error(current.error.message);
  expect(current.manifest.formatVersion).toBe(FOLIO_FORMAT_VERSION);
  const older = await editFolio(good, ({ manifest }) => {
    manifest.formatVersion = version;
  });
  const old = await decodeFolio(older);
  if (!old.ok) throw new Error(old.error.message);
  return { current: current.snapshot, old: old.snapshot, oldVersion: old.manifest.formatVersion };
}
