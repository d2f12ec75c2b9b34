import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { FolioDatabase } from '../../src/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V4 } from '../../src/db/schema-versions';
import { generatePortfolio } from '../../src/samples/generate';
import { buildDemoSnapshot } from '../../src/samples/demo';

describe('database schema versions', () => {
  it('declares the current version it opens with', async () => {
    const d = new FolioDatabase(`mig-${crypto.randomUUID()}`);
    await d.open();
    expect(d.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(d.verno).toBe(4);
    const declared = Object.entries(SCHEMA_V4).filter(([, spec]) => spec !== null).map(([table]) => table);
    expect(d.tables.map((t) => t.name).sort()).toEqual(declared.sort());
    expect(declared).not.toContain('meta');
    d.close();
  });

  // Each later version adds a case here: seed the previous version with raw Dexie, open with the app's class.
  it('opens rows written by schema version 1 with raw Dexie', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    let n = 0;
    const demo = await buildDemoSnapshot({ now: '2026-11-22T10:00:00.000Z', newId: () => `id-${++n}` });
    const raw = new Dexie(name);
    raw.version(1).stores(SCHEMA_V1);
    await raw.table('portfolios').add(demo.portfolio);
    // Rows as schema 1 wrote them: no versionId yet.
    await raw.table('evidence').bulkAdd(demo.evidence.map(({ versionId: _versionId, ...e }) => e));
    await raw.table('mappings').bulkAdd(demo.mappings);
    raw.close();

    const d = new FolioDatabase(name);
    expect(await d.portfolios.get(demo.portfolio.id)).toEqual(demo.portfolio);
    expect(await d.evidence.where('portfolioId').equals(demo.portfolio.id).count()).toBe(demo.evidence.length);
    expect(await d.mappings.count()).toBe(demo.mappings.length);
    d.close();
  });

  it('opens a version 1 database with today\'s code: every row intact, an empty print-copy table, and meta gone', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    const snapshot = await generatePortfolio({ items: 12, imageEvery: 3, seed: 7, now: '2026-11-22T10:00:00.000Z', imageWidth: 32 });
    const attachmentRows = snapshot.attachments.map(({ bytes, ...meta }) => ({ ...meta, blob: new Blob([bytes.slice()], { type: meta.type }) }));
    const draft = { id: `${snapshot.portfolio.id}:new`, portfolioId: snapshot.portfolio.id, evidenceId: null, values: { title: 'Half typed' }, savedAt: '2026-11-22T10:00:00.000Z' };
    const raw = new Dexie(name);
    raw.version(1).stores(SCHEMA_V1);
    await raw.table('portfolios').add(snapshot.portfolio);
    await raw.table('evidence').bulkAdd(snapshot.evidence.map(({ versionId: _versionId, ...e }) => e));
    await raw.table('mappings').bulkAdd(snapshot.mappings);
    await raw.table('decisions').bulkAdd(snapshot.decisions);
    await raw.table('audit').bulkAdd(snapshot.audit);
    await raw.table('attachments').bulkAdd(attachmentRows);
    await raw.table('drafts').add(draft);
    await raw.table('meta').add({ key: 'installed', value: 'yes' });
    raw.close();

    const d = new FolioDatabase(name);
    await d.open();
    expect(d.verno).toBe(4);
    expect(await d.portfolios.toArray()).toEqual([snapshot.portfolio]);
    const withoutVersionIds = (rows: { versionId?: string }[]) => rows.map(({ versionId: _versionId, ...e }) => e);
    expect(withoutVersionIds(await d.evidence.orderBy('id').toArray())).toEqual(withoutVersionIds([...snapshot.evidence].sort((a, b) => a.id.localeCompare(b.id))));
    expect(await d.versions.count()).toBe(snapshot.evidence.length);
    expect(await d.mappings.count()).toBe(snapshot.mappings.length);
    expect(await d.decisions.count()).toBe(snapshot.decisions.length);
    expect(await d.audit.count()).toBe(snapshot.audit.length);
    expect(await d.drafts.get(draft.id)).toEqual(draft);
    expect(d.tables.map((t) => t.name)).not.toContain('meta');
    expect(snapshot.attachments.length).toBeGreaterThan(0);
    for (const a of snapshot.attachments) {
      const row = await d.attachments.get(a.id);
      expect(row?.sha256).toBe(a.sha256);
      expect(new Uint8Array(await (row?.blob ?? new Blob()).arrayBuffer())).toEqual(a.bytes);
    }
    expect(await d.printCopies.count()).toBe(0);
    await d.printCopies.put({ key: 'k', sha256: 's', bytes: new Uint8Array([1, 2]), width: 1, height: 1, format: 'jpeg' });
    expect((await d.printCopies.where('sha256').equals('s').first())?.bytes).toEqual(new Uint8Array([1, 2]));
    d.close();
  });
});
