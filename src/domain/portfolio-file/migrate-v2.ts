import type { MigrationResult } from './migrate-v1';

/**
 * Format 2 → 3 (issue 9): version 3 adds the `iqa` record (an internal quality assurer's outcome on a
 * sampled decision), which a reader of version 2 refuses as an unknown record type; nothing else
 * changed, so a version 2 file is already version 3 data. The result is checked as version 3 data.
 */
export function migrateV2(raw: unknown): Promise<MigrationResult> {
  return Promise.resolve({ ok: true, data: raw });
}
