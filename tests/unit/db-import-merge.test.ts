import { conflictRef, conflictVersions } from '../../src/domain/merge-summary';
import { beforeEach, describe, expect, it } from 'vitest';
import { FolioDatabase, db, markSent, readSnapshot, setDatabase, unsentRecords, writeSnapshot } from '../../src/db';
import { saveEvidence } from '../../src/db/evidence-writes';
import { importSnapshot } from '../../src/db/import';
import { declareForExport } from '../../src/db/declaration';
import { mergeIntoDevice as mergeImport } from '../../src/db/merge';
import { decodeFolio, encodeFolio } from '../../src/domain/portfolio-file';
import type { PortfolioRecord, RecordOf } from '../../src/domain/records';
import type { Decision, Person } from '../../src/domain/schemas';
import { generateSigningKey, signRecord, verifyRecord, type SigningKey } from '../../src/domain/signing';
import { signerIdOf } from '../../src/domain/signers';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { generatePortfolio } from '../../src/samples/generate';
import { editedElsewhere } from '../fixtures/edited-elsewhere';

/*
 * The loop through files: a learner's device, an assessor's return file merged into it (and the other
 * way round), Replace refused while the device holds records it never sent, the learner's declaration.
 */

const now = '2026-11-22T09:00:00.000Z';
const assessor: Person = { role: 'assessor', name: 'Morgan Ellis' };
let assessorKey: SigningKey & { publicKey: Awaited<ReturnType<typeof generateSigningKey>>['publicKey'] };

beforeEach(async () => {
  setDatabase(new FolioDatabase(`merge-${crypto.randomUUID()}`));
  assessorKey ??= await generateSigningKey();
});

/** Every row of every table but the audit trail (a merge adds its own entry), blobs as sizes. */
async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db().tables) {
    if (table.name === 'audit') continue;
    const rows: unknown[] = await table.toArray();
    out[table.name] = rows.map((row) => (typeof row === 'object' && row !== null && 'blob' in row && row.blob instanceof Blob ? { ...row, blob: row.blob.size } : row));
  }
  return out;
}

async function learnerPortfolio(): Promise<PortfolioSnapshot> {
  return { ...(await generatePortfolio({ items: 6, imageEvery: 3, seed: 21, now, imageWidth: 16 })), decisions: [] };
}

/** What the assessor's device sends back: signed decisions on two points, a comment and a sign-off. */
async function returnFile(sent: PortfolioSnapshot): Promise<PortfolioSnapshot> {
  const pid = sent.portfolio.id;
  const mapped = [...new Set(sent.mappings.map((m) => m.markingPointId))].slice(0, 2);
  const decisions: Decision[] = [];
  for (const [i, point] of mapped.entries()) {
    const basis = sent.mappings.filter((m) => m.markingPointId === point).map((m) => {
      const v = sent.versions.find((x) => x.evidenceId === m.evidenceId);
      return { evidenceId: m.evidenceId, versionId: v?.id, version: v?.version, hash: v?.pointHashes[point] };
    });
    decisions.push(await signRecord<Decision>({ id: `decision-${i}`, portfolioId: pid, markingPointId: point, outcome: i === 0 ? 'met' : 'partially-met', feedback: i === 0 ? '' : 'Say how you followed it up.', methods: ['product-evidence'], basedOn: basis, assessor, decidedAt: '2026-11-23T10:00:00.000Z' }, assessorKey));
  }
  const item = sent.evidence[0];
  if (!item) throw new Error('the sample has evidence');
  const comment: PortfolioRecord = { id: 'comment-1', portfolioId: pid, type: 'comment', at: '2026-11-23T10:05:00.000Z', by: assessor, evidenceId: item.id, versionId: item.versionId, text: 'A clear account.' };
  const signOff = await signRecord<PortfolioRecord>({ id: 'sign-off-1', portfolioId: pid, type: 'sign-off', at: '2026-11-23T10:10:00.000Z', by: assessor, unitId: 'EXT', declaration: 'I confirm the unit is met.', decisionIds: decisions.map((d) => d.id) }, assessorKey);
  return {
    ...sent,
    decisions: [...sent.decisions, ...decisions],
    records: [...sent.records, comment, signOff],
    keys: [{ fingerprint: assessorKey.fingerprint, publicKey: assessorKey.publicKey, signer: assessor, createdAt: now }],
  };
}

/** Through a real file and back, as the app does. */
async function viaFile(snapshot: PortfolioSnapshot): Promise<PortfolioSnapshot> {
  const decoded = await decodeFolio(await encodeFolio(snapshot, { appVersion: 'test', now }));
  if (!decoded.ok) throw new Error(decoded.error.message);
  return decoded.snapshot;
}

async function editTitle(portfolioId: string, evidenceId: string, title: string): Promise<void> {
  const item = await db().evidence.get(evidenceId);
  if (!item) throw new Error('no such item');
  const mappings = await db().mappings.where('evidenceId').equals(evidenceId).toArray();
  const { title: _t, kind, date, customerType, fields, reflection, tags } = item;
  await saveEvidence({ portfolioId, evidenceId, input: { title, kind, date, customerType, fields, reflection, tags }, mappings });
}

async function setUpDevice(role: Person['role'], name: string) {
  const key = await generateSigningKey();
  await db().identity.put({ id: 'device', role, name, privateKey: key.privateKey, fingerprint: key.fingerprint, createdAt: now });
  await db().keys.put({ fingerprint: key.fingerprint, publicKey: key.publicKey, signer: { role, name }, createdAt: now, signerId: signerIdOf({ role, name }), firstSeenAt: now, confirmed: 'own' });
  return key;
}

describe('merging a return file into the learner’s device', () => {
  it('adds the decisions, comment and sign-off, keeps the learner’s later edit, and says what it added', async () => {
    const sent = await learnerPortfolio();
    await writeSnapshot(sent, { replace: false });
    const edited = sent.evidence[1];
    if (!edited) throw new Error('the sample has evidence');
    // After sending, the learner changes an item: the return file does not have this.
    await editTitle(sent.portfolio.id, edited.id, 'Rewritten after sending');

    const result = await mergeImport(await viaFile(await returnFile(sent)));
    expect(result.changed).toBe(true);
    expect(result.added).toMatchObject({ decisions: 2, records: 2, byRecordType: { comment: 1, 'sign-off': 1 }, versions: 0, items: 0 });
    expect(result.conflicts).toEqual([]);

    const after = await readSnapshot(sent.portfolio.id);
    expect(after?.decisions.map((d) => d.id).sort()).toEqual(['decision-0', 'decision-1']);
    expect(after?.records.map((r) => r.type).sort()).toEqual(['comment', 'sign-off']);
    expect(after?.evidence.find((e) => e.id === edited.id)?.title).toBe('Rewritten after sending');
    expect(after?.versions.filter((v) => v.evidenceId === edited.id)).toHaveLength(2);
    expect(after?.evidence).toHaveLength(sent.evidence.length);
    expect(after?.attachments.map((a) => a.id).sort()).toEqual(sent.attachments.map((a) => a.id).sort());
    // The signatures survived the trip and the merge.
    for (const d of after?.decisions ?? []) expect(await verifyRecord(d, assessorKey.publicKey)).toBe(true);
    expect((await db().keys.get(assessorKey.fingerprint))?.signer).toEqual(assessor);
  });

  it('changes nothing the second time the same file is merged, and says so', async () => {
    const sent = await learnerPortfolio();
    await writeSnapshot(sent, { replace: false });
    const file = await viaFile(await returnFile(sent));
    await mergeImport(file);
    const before = await dump();
    const audit = await db().audit.count();
    const again = await mergeImport(file);
    expect(again.changed).toBe(false);
    const { byRecordType, ...counts } = again.added;
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    expect(byRecordType).toEqual({});
    expect(await dump()).toEqual(before);
    expect(await db().audit.count()).toBe(audit);
  });

  it('the other way: a newer file from the learner merges into the assessor’s device, keeping the assessor’s decisions', async () => {
    const sent = await learnerPortfolio();
    const assessed = await returnFile(sent);
    await writeSnapshot(assessed, { replace: false });
    const newer = await learnerPortfolio();
    const item = newer.evidence[2];
    if (!item) throw new Error('the sample has evidence');
    const learnerFile = await editedElsewhere(newer, item.id, { versionId: 'learner-v2', title: 'Edited for the assessor', savedAt: '2026-11-24T09:00:00.000Z' });
    const result = await mergeImport(await viaFile(learnerFile));
    expect(result.added).toMatchObject({ versions: 1, decisions: 0 });
    const after = await readSnapshot(sent.portfolio.id);
    expect(after?.decisions).toHaveLength(2);
    expect(after?.records).toHaveLength(2);
    expect(after?.evidence.find((e) => e.id === item.id)?.title).toBe('Edited for the assessor');
  });

  it('shows an item changed on both devices as a conflict, keeping both versions', async () => {
    const sent = await learnerPortfolio();
    await writeSnapshot(sent, { replace: false });
    const item = sent.evidence[0];
    if (!item) throw new Error('the sample has evidence');
    await editTitle(sent.portfolio.id, item.id, 'Changed on this device');
    const other = await editedElsewhere(sent, item.id, { versionId: 'elsewhere-v2', title: 'Changed on the other device', savedAt: '2020-01-01T00:00:00.000Z' });
    const result = await mergeImport(await viaFile(other));
    expect(result.conflicts).toHaveLength(1);
    const [conflict] = result.conflicts;
    expect(conflict).toMatchObject({ kind: 'concurrent-edits', evidenceId: item.id });
    expect(conflict ? conflictVersions(conflict).map((v) => v.id) : []).toContain('elsewhere-v2');
    expect(conflict ? conflictRef(conflict) : undefined).toBe(item.ref);
    const stored = await db().versions.where('evidenceId').equals(item.id).toArray();
    expect(stored.map((v) => v.content.title).sort()).toEqual(['Changed on the other device', 'Changed on this device', item.title].sort());
  });
});

describe('Replace and Keep both', () => {
  it('Replace is refused while the device holds records it never sent, and allowed once it has sent them', async () => {
    const sent = await learnerPortfolio();
    const assessed = await returnFile(sent);
    await writeSnapshot(assessed, { replace: false });
    // The learner's newer file has none of the assessor's decisions.
    const file = await viaFile(await learnerPortfolio());
    expect(await unsentRecords(file)).toMatchObject({ decisions: 2, records: 2 });
    const before = await dump();
    await expect(importSnapshot(file, 'replace')).rejects.toThrow(/2 assessor decisions and 2 other records \(comments, sign-offs, ready marks or deletions\) made since it last sent this portfolio.*Export the portfolio first/);
    expect(await dump()).toEqual(before);

    await markSent(sent.portfolio.id, '2026-11-30T00:00:00.000Z');
    expect(await unsentRecords(file)).toBeUndefined();
    await importSnapshot(file, 'replace');
    expect(await db().decisions.count()).toBe(0);
  });

  it('records made after the last export count as unsent; those the file holds do not', async () => {
    const sent = await learnerPortfolio();
    const assessed = await returnFile(sent);
    await writeSnapshot(assessed, { replace: false });
    await markSent(sent.portfolio.id, '2026-11-23T10:06:00.000Z');
    // The decisions and comment came before the export; the sign-off after it.
    expect(await unsentRecords(await viaFile(sent))).toMatchObject({ decisions: 0, records: 1 });
    expect(await unsentRecords(await viaFile(assessed))).toBeUndefined();
  });

  it('Keep both stores a signed file as a copy whose records have lost their signatures', async () => {
    const sent = await learnerPortfolio();
    await writeSnapshot(sent, { replace: false });
    const copyId = await importSnapshot(await viaFile(await returnFile(sent)), 'keep-both');
    expect(copyId).not.toBe(sent.portfolio.id);
    const copy = await readSnapshot(copyId);
    expect(copy?.decisions).toHaveLength(2);
    expect(copy?.decisions.every((d) => d.signature === undefined)).toBe(true);
    expect(copy?.records.every((r) => r.signature === undefined)).toBe(true);
  });
});

describe('the learner’s declaration at export', () => {
  it('is signed over the current versions, travels in the file and verifies; not signed twice over the same versions', async () => {
    const sent = await learnerPortfolio();
    await writeSnapshot(sent, { replace: false });
    const key = await setUpDevice('learner', sent.portfolio.learnerName);
    const made = await declareForExport(sent.portfolio.id);
    if (!made) throw new Error('a learner’s export declares');
    expect(made.by).toEqual({ role: 'learner', name: sent.portfolio.learnerName });
    expect(made.versions).toEqual(Object.fromEntries(sent.evidence.map((e) => [e.id, e.versionId])));
    expect(made.text).toContain('is my own work');
    expect(await verifyRecord(made, key.publicKey)).toBe(true);
    expect(await declareForExport(sent.portfolio.id)).toBeUndefined();

    const snapshot = await readSnapshot(sent.portfolio.id);
    if (!snapshot) throw new Error('gone');
    const decoded = await decodeFolio(await encodeFolio(snapshot, { appVersion: 'test', now }));
    if (!decoded.ok) throw new Error(decoded.error.message);
    const declaration = decoded.snapshot.records.find((r): r is RecordOf<'declaration'> => r.type === 'declaration');
    expect(declaration?.id).toBe(made.id);
    expect(decoded.snapshot.keys.map((k) => k.fingerprint)).toEqual([key.fingerprint]);

    const item = sent.evidence[0];
    if (!item) throw new Error('the sample has evidence');
    await editTitle(sent.portfolio.id, item.id, 'Changed before the next export');
    const next = await declareForExport(sent.portfolio.id);
    expect(next?.versions[item.id]).not.toBe(item.versionId);
  });

  it('is not made by an assessor’s or tutor’s device, nor before the user says who they are', async () => {
    const sent = await learnerPortfolio();
    await writeSnapshot(sent, { replace: false });
    expect(await declareForExport(sent.portfolio.id)).toBeUndefined();
    await setUpDevice('assessor', 'Morgan Ellis');
    expect(await declareForExport(sent.portfolio.id)).toBeUndefined();
    expect(await db().records.count()).toBe(0);
  });
});


