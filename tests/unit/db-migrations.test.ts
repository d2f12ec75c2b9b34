import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { FolioDatabase } from '../../src/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1 } from '../../src/db/schema-versions';
import { buildDemoSnapshot } from '../../src/domain/demo';

describe('database schema versions', () => {
  it('declares the current version it opens with', async () => {
    const d = new FolioDatabase(`mig-${crypto.randomUUID()}`);
    await d.open();
    expect(d.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(d.tables.map((t) => t.name).sort()).toEqual(Object.keys(SCHEMA_V1).sort());
    d.close();
  });

  // Each later version adds a case here: seed the previous version with raw Dexie, open with the app's class.
  it('opens rows written by schema version 1 with raw Dexie', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    let n = 0;
    const demo = buildDemoSnapshot({ now: '2026-11-22T10:00:00.000Z', newId: () => `id-${++n}` });
    const raw = new Dexie(name);
    raw.version(1).stores(SCHEMA_V1);
    await raw.table('portfolios').add(demo.portfolio);
    await raw.table('evidence').bulkAdd(demo.evidence);
    await raw.table('mappings').bulkAdd(demo.mappings);
    raw.close();

    const d = new FolioDatabase(name);
    expect(await d.portfolios.get(demo.portfolio.id)).toEqual(demo.portfolio);
    expect(await d.evidence.where('portfolioId').equals(demo.portfolio.id).count()).toBe(demo.evidence.length);
    expect(await d.mappings.count()).toBe(demo.mappings.length);
    d.close();
  });
});
