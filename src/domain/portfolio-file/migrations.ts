import { FOLIO_FORMAT_VERSION } from './layout';

/** Turns portfolio.json of one format version into the next; `from` is the version it reads. */
interface Migration {
  from: number;
  migrate: (data: unknown) => unknown;
}

/**
 * One step per format version ever shipped, in order. Version 1 is the first, so there is nothing yet:
 * when version 2 ships, add `{ from: 1, migrate: … }` here with a test that loads a real version 1 file.
 */
const migrations: readonly Migration[] = [];

export function isReadableVersion(version: number): boolean {
  return Number.isInteger(version) && version >= 1 && version <= FOLIO_FORMAT_VERSION;
}

/** Brings data written as `version` up to the current version. The caller checks `isReadableVersion` first. */
export function migrateFolioData(version: number, data: unknown): unknown {
  let current = data;
  for (let v = version; v < FOLIO_FORMAT_VERSION; v += 1) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new Error(`No migration from .folio format version ${v}`);
    current = step.migrate(current);
  }
  return current;
}
