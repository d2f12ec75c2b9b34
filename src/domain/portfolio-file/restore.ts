import type { Catalogue } from '../../catalogue/schema';
import type { FolioError } from './errors';
import { checkIntegrity } from './integrity';
import { migrateFolioData } from './migrations';
import { folioDataSchema, type FolioData } from './schema';
import { schemaRefusal } from './schema-refusal';
import { checkVersionHashes } from './version-hashes';

export type RestoreResult = { ok: true; data: FolioData } | { ok: false; error: FolioError };

/**
 * The one way portfolio data gets in from outside: migrate it from the version it was written in,
 * validate it with the entity schemas (which also drops unknown fields), check that it holds together,
 * then recompute every version's hashes. Nothing is trusted before this returns ok. (Signatures are
 * checked by the decoder next, on the whole snapshot.)
 */
export async function restoreFolioData(formatVersion: number, raw: unknown, catalogue: Catalogue): Promise<RestoreResult> {
  const migrated = await migrateFolioData(formatVersion, raw);
  if (!migrated.ok) return migrated;
  const parsed = folioDataSchema.safeParse(migrated.data);
  if (!parsed.success) return { ok: false, error: schemaRefusal(migrated.data, parsed.error) };
  const broken = checkIntegrity(parsed.data, catalogue) ?? (await checkVersionHashes(parsed.data));
  return broken ? { ok: false, error: broken } : { ok: true, data: parsed.data };
}
