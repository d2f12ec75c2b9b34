import { describe, expect, it } from 'vitest';
import { decisionFromV1 } from '../../src/domain/decision-v1';
import { contentHash } from '../../src/domain/evidence-hash';
import { sha256Hex } from '../../src/domain/hash';
import { decodeFolio, encodeFolio, FOLIO_FORMAT_VERSION } from '../../src/domain/portfolio-file';
import { folioDataV1Schema } from '../../src/domain/portfolio-file/schema-v1';
import { makeVersion } from '../../src/domain/versions';
import { buildV1Folio, v1AttachmentBytes, v1Data } from '../fixtures/folio-v1';
import { refusedWith } from './folio-edit';

const decodeV1 = async (data: unknown = v1Data) => {
  const decoded = await decodeFolio(await buildV1Folio(data));
  if (!decoded.ok) throw new Error(decoded.error.message);
  return decoded;
};

describe('a format version 1 file (Folio before issue 8)', () => {
  it('is read, and every item, mapping, attachment, decision and audit entry comes through', async () => {
    expect(FOLIO_FORMAT_VERSION).toBe(4);
    const { snapshot, manifest } = await decodeV1();
    expect(manifest.formatVersion).toBe(1);
    expect(snapshot.portfolio).toEqual(v1Data.portfolio);
    expect(snapshot.evidence.map((e) => [e.ref, e.title, e.version, e.versionId])).toEqual([
      ['E001', 'Resolved a billing complaint by phone', 3, 'ev-1:v3'],
      ['E003', 'Team huddle notes', 1, 'ev-2:v1'],
    ]);
    const { versionId: _v, ...first } = snapshot.evidence[0] ?? { versionId: '' };
    expect(first).toEqual(v1Data.evidence[0]);
    // The rationale's outer space goes, as every save trims it; the rest of the mapping is as it was.
    expect(snapshot.mappings.map((m) => [m.id, m.rationale, m.createdAt])).toEqual([
      ['ev-1:EXT-1', 'Shows how I found out what the customer needed.', '2026-03-04T10:00:00.000Z'],
      ['ev-2:REL-1', 'Working with colleagues on the rota.', '2026-04-01T08:30:00.000Z'],
    ]);
    expect(snapshot.attachments).toHaveLength(1);
    expect(Array.from(snapshot.attachments[0]?.bytes ?? [])).toEqual(Array.from(v1AttachmentBytes));
    expect(snapshot.attachments[0]?.sha256).toBe(await sha256Hex(v1AttachmentBytes));
    expect(snapshot.audit).toEqual(v1Data.audit);
    expect(snapshot.records).toEqual([]);
    expect(snapshot.keys).toEqual([]);
  });

  it('gives each item one version, hashed from its content, mappings and attachments', async () => {
    const { snapshot } = await decodeV1();
    expect(snapshot.versions.map((v) => [v.id, v.evidenceId, v.version, v.parents, v.savedAt, v.author])).toEqual([
      ['ev-1:v3', 'ev-1', 3, [], '2026-03-06T11:15:00.000Z', { role: 'learner', name: 'Priya Shah' }],
      ['ev-2:v1', 'ev-2', 1, [], '2026-04-01T08:30:00.000Z', { role: 'learner', name: 'Priya Shah' }],
    ]);
    const v = snapshot.versions[0];
    const item = folioDataV1Schema.shape.evidence.parse(v1Data.evidence)[0];
    if (!v || !item) throw new Error('missing');
    const pngSha = await sha256Hex(v1AttachmentBytes);
    expect(v.attachments).toEqual([{ id: 'att-1', sha256: pngSha }]);
    expect(v.contentHash).toBe(await contentHash(item, [pngSha]));
    // The same version the database upgrade to schema 3 writes for the same stored item (same id, time, author).
    const upgraded = await makeVersion({
      id: 'ev-1:v3', portfolioId: item.portfolioId, evidenceId: 'ev-1', number: 1, version: 3, parents: [],
      savedAt: item.updatedAt, author: { role: 'learner', name: 'Priya Shah' }, content: item,
      attachments: [{ id: 'att-1', sha256: pngSha }], mappings: [{ markingPointId: 'EXT-1', rationale: 'Shows how I found out what the customer needed.' }],
    });
    expect(v).toEqual(upgraded);
  });

  it('brings decisions into the new shape, unsigned, keeping the basis of a deleted item', async () => {
    const { snapshot } = await decodeV1();
    expect(snapshot.decisions).toEqual(folioDataV1Schema.shape.decisions.parse(v1Data.decisions).map(decisionFromV1));
    expect(snapshot.decisions.every((d) => d.signature === undefined && d.methods.length === 0)).toBe(true);
    expect(snapshot.decisions[1]?.basedOn).toEqual([{ evidenceId: 'ev-2', version: 1 }, { evidenceId: 'deleted-item', version: 2 }]);
    expect(snapshot.decisions[0]?.assessor).toEqual({ role: 'assessor', name: 'Morgan Ellis' });
  });

  it('is written back as the current format and reads the same', async () => {
    const { snapshot } = await decodeV1();
    const again = await decodeFolio(await encodeFolio(snapshot, { appVersion: '0.2.0', now: '2026-11-30T10:00:00.000Z' }));
    if (!again.ok) throw new Error(again.error.message);
    expect(again.manifest.formatVersion).toBe(FOLIO_FORMAT_VERSION);
    expect(again.snapshot).toStrictEqual(snapshot);
  });

  it('is refused, naming the record and field, when its version 1 data is bad', async () => {
    const bad = structuredClone(v1Data);
    const item = bad.evidence[1];
    if (item) item.date = '2026-02-30';
    expect(refusedWith(await decodeFolio(await buildV1Folio(bad)), 'invalid-data')).toMatch(/evidence E003: date — Enter a real date/);
    const noName = structuredClone(v1Data) as unknown as { decisions: Record<string, unknown>[] };
    if (noName.decisions[0]) delete noName.decisions[0].assessorName;
    expect(refusedWith(await decodeFolio(await buildV1Folio(noName)), 'invalid-data')).toMatch(/decision EXT-1: assessorName — it is missing/);
  });

  it('a version 1 file that already holds format 2 parts is read as version 1 (the extra parts are dropped)', async () => {
    const extra = { ...structuredClone(v1Data), versions: [{ id: 'forged' }], records: [{ id: 'forged' }] };
    const { snapshot } = await decodeV1(extra);
    expect(snapshot.versions.map((v) => v.id)).toEqual(['ev-1:v3', 'ev-2:v1']);
    expect(snapshot.records).toEqual([]);
  });
});
