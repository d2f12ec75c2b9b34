import { describe, expect, it } from 'vitest';
import { mergeSnapshots } from '../../src/domain/merge';
import { Device, emptyPortfolio, World } from './device-sim';

async function learnerAndAssessor(): Promise<{ learner: Device; assessor: Device; id: string }> {
  const world = new World();
  const learner = new Device(world, 'l');
  const id = await learner.create('Complaint handled');
  await learner.map(id, 'CR-1', 'I logged and resolved it');
  await learner.attach(id, 'complaint-form');
  const assessor = new Device(world, 's', learner.exportCopy());
  return { learner, assessor, id };
}

describe('mergeSnapshots', () => {
  it('adds the assessor’s decisions, comments and sign-offs and keeps the learner’s later edits', async () => {
    const { learner, assessor, id } = await learnerAndAssessor();
    const decision = assessor.decide('CR-1');
    assessor.comment(id, 'Good record.');
    assessor.signOff('CR', [decision.id]);
    await learner.edit(id, 'Complaint handled, with follow-up');

    const result = learner.importCopy(assessor.exportCopy());
    expect(result.changed).toBe(true);
    expect(result.added).toMatchObject({ decisions: 1, records: 2, versions: 0, items: 0, byRecordType: { comment: 1, 'sign-off': 1 } });
    expect(result.conflicts).toEqual([]);
    expect(learner.snapshot.decisions.map((d) => d.id)).toEqual([decision.id]);
    expect(learner.snapshot.evidence.map((e) => e.title)).toEqual(['Complaint handled, with follow-up']);
  });

  it('changes nothing the second time the same file is imported', async () => {
    const { learner, assessor } = await learnerAndAssessor();
    assessor.decide('CR-1');
    const file = assessor.exportCopy();
    learner.importCopy(file);
    const once = structuredClone(learner.snapshot);
    const again = learner.importCopy(file);
    expect(again.changed).toBe(false);
    expect(again.added).toMatchObject({ items: 0, versions: 0, decisions: 0, records: 0, attachments: 0, audit: 0, keys: 0 });
    expect(learner.snapshot).toEqual(once);
  });

  it('does not bring back an item deleted after the copy was sent, nor its attachment', async () => {
    const { learner, assessor, id } = await learnerAndAssessor();
    assessor.decide('CR-1');
    learner.delete(id);
    const result = learner.importCopy(assessor.exportCopy());
    expect(learner.snapshot.evidence).toEqual([]);
    expect(learner.snapshot.versions).toEqual([]);
    expect(learner.snapshot.attachments).toEqual([]);
    expect(result.added.decisions).toBe(1);
    // And the other way: the assessor's copy loses the item once the learner's file arrives.
    const back = assessor.importCopy(learner.exportCopy());
    expect(back.removed).toMatchObject({ items: 1, versions: 3, attachments: 1 });
    expect(assessor.snapshot.evidence).toEqual([]);
  });

  it('keeps an item edited on one device after it was deleted on the other, flagged', async () => {
    const { learner, assessor, id } = await learnerAndAssessor();
    const other = new Device(assessor.world, 'l2', learner.exportCopy());
    learner.delete(id);
    await other.edit(id, 'Still needed');
    const result = learner.importCopy(other.exportCopy());
    expect(learner.snapshot.evidence.map((e) => e.title)).toEqual(['Still needed']);
    expect(result.conflicts.map((c) => c.kind)).toEqual(['edited-after-delete']);
    // The edit keeps the attachment it named, though the delete removed it from this device.
    expect(learner.snapshot.attachments).toHaveLength(1);
  });

  it('keeps both of two different files under one attachment id, the incoming one under a new id', async () => {
    const { learner, assessor, id } = await learnerAndAssessor();
    const file = assessor.exportCopy();
    const [attachment] = file.attachments;
    if (!attachment) throw new Error('no attachment');
    const changedBytes = new TextEncoder().encode('not the same file');
    const otherSha = 'f'.repeat(64);
    file.attachments = [{ ...attachment, bytes: changedBytes, sha256: otherSha }];
    file.versions = file.versions.map((v) => ({ ...v, id: `${v.id}-x`, parents: v.parents.map((p) => `${p}-x`), attachments: v.attachments.map((a) => ({ ...a, sha256: otherSha })) }));
    const result = learner.importCopy(file);
    const clash = result.conflicts.find((c) => c.kind === 'attachment-clash');
    expect(clash).toMatchObject({ attachmentId: attachment.id, incomingKeptAs: `${attachment.id}~ffffffffffffffff` });
    expect(learner.snapshot.attachments.map((a) => a.sha256).sort()).toEqual([attachment.sha256, otherSha].sort());
    const renamed = learner.snapshot.versions.filter((v) => v.id.endsWith('-x')).flatMap((v) => v.attachments.map((a) => a.id));
    expect(new Set(renamed)).toEqual(new Set([`${attachment.id}~ffffffffffffffff`]));
    expect(learner.snapshot.evidence.filter((e) => e.id === id)).toHaveLength(1);
  });

  it('shows, and does not drop, a decision whose id the two copies use for different content', async () => {
    const { learner, assessor } = await learnerAndAssessor();
    const decision = assessor.decide('CR-1');
    learner.importCopy(assessor.exportCopy());
    const file = assessor.exportCopy();
    file.decisions = [{ ...decision, feedback: 'Changed in the file' }];
    const result = learner.importCopy(file);
    expect(result.conflicts).toEqual([{ kind: 'different-record', part: 'decisions', local: decision, incoming: { ...decision, feedback: 'Changed in the file' } }]);
    expect(learner.snapshot.decisions).toEqual([decision]);
  });

  it('takes the later portfolio details and the larger next number', async () => {
    const local = emptyPortfolio('2026-11-01T09:00:00.000Z');
    const incoming = emptyPortfolio('2026-11-01T09:00:00.000Z');
    incoming.portfolio = { ...incoming.portfolio, centre: 'Hillside', updatedAt: '2026-11-03T09:00:00.000Z', nextEvidenceNumber: 4 };
    local.portfolio = { ...local.portfolio, nextEvidenceNumber: 7 };
    const merged = mergeSnapshots(local, incoming).snapshot.portfolio;
    expect(merged).toMatchObject({ centre: 'Hillside', nextEvidenceNumber: 7, updatedAt: '2026-11-03T09:00:00.000Z' });
    expect(mergeSnapshots(incoming, local).snapshot.portfolio).toEqual(merged);
  });

  it('refuses to merge two different portfolios', () => {
    const other = emptyPortfolio();
    other.portfolio = { ...other.portfolio, id: 'p2' };
    expect(() => mergeSnapshots(emptyPortfolio(), other)).toThrow('These are two different portfolios');
  });
});

describe('mergeSnapshots and the dates of mappings', () => {
  it('keeps the dates a mapping already had when its rationale is unchanged, and its first date when it changed', async () => {
    const world = new World();
    const learner = new Device(world, 'l');
    const id = await learner.create('Complaint');
    await learner.map(id, 'CR-1', 'I logged it');
    await learner.map(id, 'CR-2', 'I resolved it');
    const shown = learner.snapshot.mappings.map((m) => ({ ...m, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' }));
    learner.snapshot = { ...learner.snapshot, mappings: shown };
    const other = new Device(world, 'o', learner.exportCopy());
    await other.map(id, 'CR-2', 'I resolved it the same day');
    const merged = learner.importCopy(other.exportCopy()).snapshot.mappings;
    const [cr1, cr2] = merged;
    expect(cr1).toMatchObject({ markingPointId: 'CR-1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' });
    expect(cr2).toMatchObject({ markingPointId: 'CR-2', rationale: 'I resolved it the same day', createdAt: '2026-01-01T00:00:00.000Z' });
    expect(cr2?.updatedAt).not.toBe('2026-01-02T00:00:00.000Z');
  });
});
