import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { FolioDatabase } from '../../src/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V4 } from '../../src/db/schema-versions';
import { decisionFromV1, type DecisionV1 } from '../../src/domain/decision-v1';
import { contentHash, pointHash, versionHashes } from '../../src/domain/evidence-hash';
import { versionContentOf } from '../../src/domain/versions';
import { generatePortfolio } from '../../src/samples/generate';

/*
 * Schema 3 (issue 8) from a database written by schema 1 or 2, with real rows: items, mappings,
 * attachments, decisions in their old shape, audit entries, drafts. Every row must come through, each
 * item with a first version whose hashes are those of the item as it was, and stay so when recomputed.
 */

const NOW = '2026-11-22T10:00:00.000Z';

async function oldRows() {
  const snapshot = await generatePortfolio({ items: 12, imageEvery: 3, seed: 11, now: NOW, imageWidth: 32 });
  // Schema 1 and 2 stored items without a current version, and decisions with a name and version numbers.
  const evidence = snapshot.evidence.map(({ versionId: _v, ...row }) => row);
  const decisions: DecisionV1[] = snapshot.decisions.map((d, i) => ({
    id: d.id,
    portfolioId: d.portfolioId,
    markingPointId: d.markingPointId,
    outcome: i % 2 === 0 ? 'met' : 'not-yet-met',
    feedback: i % 2 === 0 ? '' : 'Show how you followed it up.',
    assessorName: i === 1 ? '  ' : 'Morgan Ellis',
    decidedAt: d.decidedAt,
    basedOn: Object.fromEntries(d.basedOn.map((b) => [b.evidenceId, b.version ?? 1])),
  }));
  const attachments = snapshot.attachments.map(({ bytes, ...meta }) => ({ ...meta, blob: new Blob([bytes.slice()], { type: meta.type }) }));
  const draft = { id: `${snapshot.portfolio.id}:new`, portfolioId: snapshot.portfolio.id, evidenceId: null, values: { title: 'Half typed' }, savedAt: NOW };
  return { snapshot, evidence, decisions, attachments, draft };
}

type OldRows = Awaited<ReturnType<typeof oldRows>>;

async function seed(name: string, schema: 1 | 2, rows: OldRows): Promise<void> {
  const raw = new Dexie(name);
  raw.version(1).stores(SCHEMA_V1);
  if (schema === 2) raw.version(2).stores(SCHEMA_V2);
  await raw.table('portfolios').add(rows.snapshot.portfolio);
  await raw.table('evidence').bulkAdd(rows.evidence);
  await raw.table('mappings').bulkAdd(rows.snapshot.mappings);
  await raw.table('decisions').bulkAdd(rows.decisions);
  await raw.table('audit').bulkAdd(rows.snapshot.audit);
  await raw.table('attachments').bulkAdd(rows.attachments);
  await raw.table('drafts').add(rows.draft);
  await raw.table('meta').add({ key: 'installed', value: 'yes' });
  if (schema === 2) await raw.table('printCopies').add({ key: 'k', sha256: 's', bytes: new Uint8Array([1, 2]), width: 1, height: 1, format: 'jpeg' });
  raw.close();
}

/** The hashes the item had before the upgrade, from its old rows, computed here independently of the upgrade code. */
async function hashesBefore(rows: OldRows, evidenceId: string) {
  const item = rows.evidence.find((e) => e.id === evidenceId);
  if (!item) throw new Error('no item');
  const shas = rows.snapshot.attachments.filter((a) => a.evidenceId === evidenceId).map((a) => a.sha256);
  const hash = await contentHash(versionContentOf(item), shas);
  const maps = rows.snapshot.mappings.filter((m) => m.evidenceId === evidenceId);
  const points = Object.fromEntries(await Promise.all(maps.map(async (m) => [m.markingPointId, await pointHash(hash, m.markingPointId, m.rationale)] as const)));
  return { contentHash: hash, pointHashes: points };
}

describe.each([1, 2] as const)('upgrading a schema %i database to schema 3', (schema) => {
  it('keeps every item, mapping, attachment, decision, audit entry and draft, and drops meta', async () => {
    const name = `upgrade-${schema}-${crypto.randomUUID()}`;
    const rows = await oldRows();
    await seed(name, schema, rows);
    const d = new FolioDatabase(name);
    await d.open();
    expect(d.verno).toBe(CURRENT_SCHEMA_VERSION);
    const tables = Object.entries(SCHEMA_V4).flatMap(([table, spec]) => (spec === null ? [] : [table]));
    expect(d.tables.map((t) => t.name).sort()).toEqual(tables.sort());
    expect(tables).not.toContain('meta');

    const { snapshot } = rows;
    expect(await d.portfolios.toArray()).toEqual([snapshot.portfolio]);
    const evidence = await d.evidence.orderBy('id').toArray();
    expect(evidence.map(({ versionId: _v, ...row }) => row)).toEqual([...rows.evidence].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await d.mappings.orderBy('id').toArray()).toEqual([...snapshot.mappings].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await d.audit.orderBy('id').toArray()).toEqual([...snapshot.audit].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await d.drafts.get(rows.draft.id)).toEqual(rows.draft);
    expect(snapshot.attachments.length).toBeGreaterThan(1);
    for (const a of snapshot.attachments) {
      const row = await d.attachments.get(a.id);
      expect(row?.sha256).toBe(a.sha256);
      expect(new Uint8Array(await (row?.blob ?? new Blob()).arrayBuffer())).toEqual(a.bytes);
    }
    if (schema === 2) expect((await d.printCopies.get('k'))?.bytes).toEqual(new Uint8Array([1, 2]));

    // Decisions in today's shape: unsigned, no method, the version numbers they named, a name for a blank one.
    const decisions = await d.decisions.orderBy('id').toArray();
    expect(decisions).toEqual([...rows.decisions].sort((a, b) => a.id.localeCompare(b.id)).map(decisionFromV1));
    expect(decisions.length).toBeGreaterThan(1);
    for (const x of decisions) {
      expect(x.signature).toBeUndefined();
      expect(x.methods).toEqual([]);
      expect(x.basedOn.every((b) => b.hash === undefined && typeof b.version === 'number')).toBe(true);
    }
    expect(decisions.find((x) => x.id === rows.decisions[1]?.id)?.assessor).toEqual({ role: 'assessor', name: 'Unknown assessor' });
    d.close();
  });

  it('gives each item one first version with the hashes of the item as it was, which recomputing gives again', async () => {
    const name = `upgrade-hash-${schema}-${crypto.randomUUID()}`;
    const rows = await oldRows();
    await seed(name, schema, rows);
    const d = new FolioDatabase(name);
    const versions = await d.versions.toArray();
    expect(versions).toHaveLength(rows.evidence.length);
    for (const item of await d.evidence.toArray()) {
      const version = await d.versions.get(item.versionId);
      if (!version) throw new Error(`no version for ${item.ref}`);
      expect(version).toMatchObject({ evidenceId: item.id, portfolioId: item.portfolioId, number: item.number, version: item.version, parents: [], savedAt: item.updatedAt });
      expect(version.content).toEqual(versionContentOf(item));
      const attachments = rows.snapshot.attachments.filter((a) => a.evidenceId === item.id).map((a) => ({ id: a.id, sha256: a.sha256 }));
      expect([...version.attachments].sort((a, b) => a.id.localeCompare(b.id))).toEqual(attachments.sort((a, b) => a.id.localeCompare(b.id)));
      expect(version.mappings.map((m) => m.markingPointId).sort()).toEqual(
        rows.snapshot.mappings
          .filter((m) => m.evidenceId === item.id)
          .map((m) => m.markingPointId)
          .sort(),
      );
      // The hash the upgrade stored is the item's hash from before the upgrade…
      const before = await hashesBefore(rows, item.id);
      expect(version.contentHash).toBe(before.contentHash);
      expect(version.pointHashes).toEqual(before.pointHashes);
      // … and recomputing it from the stored version gives it again.
      const again = await versionHashes(
        version.content,
        version.attachments.map((a) => a.sha256),
        version.mappings,
      );
      expect(again).toEqual({ contentHash: version.contentHash, pointHashes: version.pointHashes });
    }
    d.close();
  });
});
