import { beforeEach, describe, expect, it } from 'vitest';
import { clock, createPortfolio, db, deletePortfolio, FolioDatabase, listEvidence, listMappings, setDatabase } from '../../src/db';
import { deleteEvidence, saveEvidence } from '../../src/db/evidence-writes';
import { removeMapping, setMapping } from '../../src/db/mapping-writes';
import { sha256Hex } from '../../src/domain/hash';
import type { EvidenceInput } from '../../src/domain/schemas';

const input = (title: string): EvidenceInput => ({
  title,
  kind: 'other',
  date: '2026-11-20',
  customerType: 'external',
  fields: { description: 'A document.' },
  reflection: 'What I learned.',
  tags: ['Customer charter'],
});

async function newPortfolio() {
  return createPortfolio({ learnerName: 'Zoë Brontë', learnerNumber: 'L1', centre: 'Centre', assessorName: 'A. Assessor', startDate: '2026-09-01' });
}

beforeEach(() => {
  setDatabase(new FolioDatabase(`test-${crypto.randomUUID()}`));
});

describe('evidence in the database', () => {
  it('gives references in order and never reuses one after a deletion', async () => {
    const p = await newPortfolio();
    const a = await saveEvidence({ portfolioId: p.id, input: input('A'), mappings: [] });
    const b = await saveEvidence({ portfolioId: p.id, input: input('B'), mappings: [] });
    expect([a.ref, b.ref]).toEqual(['E001', 'E002']);
    await deleteEvidence(b.id);
    const c = await saveEvidence({ portfolioId: p.id, input: input('C'), mappings: [] });
    expect(c.ref).toBe('E003');
    expect((await listEvidence(p.id)).map((e) => e.ref)).toEqual(['E001', 'E003']);
  });

  it('keeps references per portfolio', async () => {
    const p1 = await newPortfolio();
    const p2 = await newPortfolio();
    await saveEvidence({ portfolioId: p1.id, input: input('A'), mappings: [] });
    const other = await saveEvidence({ portfolioId: p2.id, input: input('B'), mappings: [] });
    expect(other.ref).toBe('E001');
  });

  it('keeps the reference and bumps the version on edit, replacing the mapping set', async () => {
    const p = await newPortfolio();
    const a = await saveEvidence({ portfolioId: p.id, input: input('A'), mappings: [{ markingPointId: 'EXT-1', rationale: 'Shows it' }] });
    const edited = await saveEvidence({
      portfolioId: p.id,
      evidenceId: a.id,
      input: input('A, revised'),
      mappings: [{ markingPointId: 'REL-3', rationale: '  Two techniques  ' }],
    });
    expect(edited.ref).toBe('E001');
    expect(edited.version).toBe(2);
    const maps = await listMappings(p.id);
    expect(maps.map((m) => [m.markingPointId, m.rationale])).toEqual([['REL-3', 'Two techniques']]);
  });

  it('stores an attachment as a Blob and gives the same bytes back', async () => {
    const p = await newPortfolio();
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    const sha256 = await sha256Hex(bytes);
    const a = await saveEvidence({
      portfolioId: p.id,
      input: input('With file'),
      mappings: [],
      addAttachments: [{ name: 'photo.png', type: 'image/png', size: bytes.length, sha256, blob: new Blob([bytes], { type: 'image/png' }) }],
    });
    const rows = await db().attachments.where('evidenceId').equals(a.id).toArray();
    expect(rows).toHaveLength(1);
    const back = new Uint8Array(await rows[0]!.blob.arrayBuffer());
    expect(Array.from(back)).toEqual(Array.from(bytes));
    expect(await sha256Hex(back)).toBe(sha256);
  });

  it('deletes an item with its mappings, attachments and draft: nothing orphaned', async () => {
    const p = await newPortfolio();
    const blob = new Blob(['hello'], { type: 'text/plain' });
    const a = await saveEvidence({
      portfolioId: p.id,
      input: input('A'),
      mappings: [{ markingPointId: 'EXT-1', rationale: 'r' }],
      addAttachments: [{ name: 'a.txt', type: 'text/plain', size: 5, sha256: await sha256Hex(new TextEncoder().encode('hello')), blob }],
    });
    const keep = await saveEvidence({ portfolioId: p.id, input: input('B'), mappings: [{ markingPointId: 'EXT-1', rationale: 'r' }] });
    await db().drafts.put({ id: a.id, portfolioId: p.id, evidenceId: a.id, values: {}, savedAt: '2026-11-20T00:00:00Z' });
    await deleteEvidence(a.id);
    expect(await db().evidence.get(a.id)).toBeUndefined();
    expect(await db().mappings.where('evidenceId').equals(a.id).count()).toBe(0);
    expect(await db().attachments.where('evidenceId').equals(a.id).count()).toBe(0);
    expect(await db().drafts.get(a.id)).toBeUndefined();
    expect(await db().mappings.where('evidenceId').equals(keep.id).count()).toBe(1);
  });

  it('changes nothing when a save fails part-way', async () => {
    const p = await newPortfolio();
    const file = { name: 'a.txt', type: 'text/plain', size: 1, sha256: 'a'.repeat(64), blob: new Blob(['a']) };
    // Two attachments given one id collide after the item and the counter were written: all must roll back.
    const realNewId = clock.newId;
    clock.newId = () => 'same-id';
    try {
      await expect(
        saveEvidence({ portfolioId: p.id, input: input('A'), mappings: [{ markingPointId: 'EXT-1', rationale: 'r' }], addAttachments: [file, file] }),
      ).rejects.toThrow();
    } finally {
      clock.newId = realNewId;
    }
    expect(await db().evidence.count()).toBe(0);
    expect(await db().mappings.count()).toBe(0);
    expect(await db().attachments.count()).toBe(0);
    expect((await db().portfolios.get(p.id))?.nextEvidenceNumber).toBe(1);
    await expect(saveEvidence({ portfolioId: 'missing', input: input('B'), mappings: [] })).rejects.toThrow(/no longer exists/);
  });

  it('maps and unmaps from a marking point page', async () => {
    const p = await newPortfolio();
    const a = await saveEvidence({ portfolioId: p.id, input: input('A'), mappings: [] });
    await setMapping(a.id, 'PRN-2', 'Three factors named');
    expect((await listMappings(p.id)).map((m) => m.markingPointId)).toEqual(['PRN-2']);
    await removeMapping(a.id, 'PRN-2');
    expect(await listMappings(p.id)).toEqual([]);
  });

  it('deletes a whole portfolio and everything it owns', async () => {
    const p = await newPortfolio();
    const other = await newPortfolio();
    await saveEvidence({ portfolioId: p.id, input: input('A'), mappings: [{ markingPointId: 'EXT-1', rationale: 'r' }] });
    await saveEvidence({ portfolioId: other.id, input: input('B'), mappings: [] });
    await deletePortfolio(p.id);
    expect(await db().portfolios.get(p.id)).toBeUndefined();
    expect(await db().evidence.where('portfolioId').equals(p.id).count()).toBe(0);
    expect(await db().mappings.where('portfolioId').equals(p.id).count()).toBe(0);
    expect(await db().audit.where('portfolioId').equals(p.id).count()).toBe(0);
    expect(await db().evidence.where('portfolioId').equals(other.id).count()).toBe(1);
  });
});

describe('audit trail', () => {
  it('records who did what, signed with the learner name', async () => {
    const p = await newPortfolio();
    const a = await saveEvidence({ portfolioId: p.id, input: input('A'), mappings: [] });
    await setMapping(a.id, 'EXT-1', 'Shows it');
    await removeMapping(a.id, 'EXT-1');
    await deleteEvidence(a.id);
    const entries = await db().audit.where('portfolioId').equals(p.id).toArray();
    // Entries made in the same millisecond share a time, so compare them as a set of actions.
    expect(entries.map((e) => e.action).sort()).toEqual(['evidence added', 'evidence deleted', 'mapping removed', 'mapping set', 'portfolio created']);
    expect(new Set(entries.map((e) => `${e.role}:${e.name}`))).toEqual(new Set(['learner:Zoë Brontë']));
    expect(entries.find((e) => e.action === 'mapping set')?.detail).toBe('E001 → EXT-1');
  });
});
