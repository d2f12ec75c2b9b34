import { FOLIO_FORMAT_VERSION } from './layout';
import { migrateV1, type MigrationResult } from './migrate-v1';
import { migrateV2 } from './migrate-v2';
import { migrateV3 } from './migrate-v3';

/** Turns portfolio.json of one format version into the next; `from` is the version it reads. */
interface Migration {
  from: number;
  /** Async, since a step may hash (version 2's evidence versions); it refuses data it cannot read, by name. */
  migrate: (data: unknown) => Promise<MigrationResult>;
}

/** One step per format version ever shipped, in order, each with a test that loads a real file of the version it reads. */
const migrations: readonly Migration[] = [
  { from: 1, migrate: migrateV1 },
  { from: 2, migrate: migrateV2 },
  { from: 3, migrate: migrateV3 },
];

export function isReadableVersion(version: number): boolean {
  return Number.isInteger(version) && version >= 1 && version <= FOLIO_FORMAT_VERSION;
}

/** Brings data written as `version` up to the current version. The caller checks `isReadableVersion` first. */
export async function migrateFolioData(version: number, data: unknown): Promise<MigrationResult> {
  let current: MigrationResult = { ok: true, data };
  for (let v = version; v < FOLIO_FORMAT_VERSION && current.ok; v += 1) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new Error(`No migration from .folio format version ${v}`);
    current = await step.migrate(current.data);
  }
  return current;
}
