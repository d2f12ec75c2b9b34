import { beforeEach, describe, expect, it } from 'vitest';
import { createPortfolio, db, FolioDatabase, readSnapshot, setDatabase } from '../../src/db';
import { deleteEvidence, saveEvidence } from '../../src/db/evidence-writes';
import { getItemHistory, keepVersion } from '../../src/db/history';
import { mergeIntoDevice } from '../../src/db/merge';
import { sha256Hex } from '../../src/domain/hash';
import type { PortfolioRecord } from '../../src/domain/records';
import type { Decision } from '../../src/domain/schemas';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { makeVersion } from '../../src/domain/versions';
import { evidenceInput } from '../components/support/seed';

const input = (title: string) => evidenceInput({ title });

const assessor = { role: 'assessor' as const, name: 'Morgan Ellis' };

beforeEach(() => {
  setDatabase(new FolioDatabase(`merge-${crypto.randomUUID()}`));
});

async function learnerWithTwoItems() {
  const p = await createPortfolio({ learnerName: 'Sam Carter', learnerNumber: 'L1', centre: 'Centre', assessorName: 'Morgan Ellis', startDate: '2026-09-01' });
  const bytes = new TextEncoder().encode('the complaint form');
  const first = await saveEvidence({
    portfolioId: p.id,
    input: input('Complaint'),
    mappings: [{ markingPointId: 'CR-1', rationale: 'I resolved it' }],
    addAttachments: [{ name: 'form.txt', type: 'text/plain', size: bytes.length, sha256: await sha256Hex(bytes), blob: new Blob([bytes]) }],
  });
  const second = await saveEvidence({ portfolioId: p.id, input: input('Service log'), mappings: [] });
  const copy = await readSnapshot(p.id);
  if (!copy) throw new Error('no snapshot');
  return { p, first, second, copy };
}

/** The assessor's return: the learner's copy with a decision and a comment added. */
function withAssessment(copy: PortfolioSnapshot, evidenceId: string): { file: PortfolioSnapshot; decision: Decision } {
  const version = copy.versions.find((v) => v.evidenceId === evidenceId);
  if (!version) throw new Error('no version');
  const decision: Decision = {
    id: 'decision-1',
    portfolioId: copy.portfolio.id,
    markingPointId: 'CR-1',
    outcome: 'met',
    feedback: '',
    methods: ['product-evidence'],
    basedOn: [{ evidenceId, versionId: version.id, hash: version.pointHashes['CR-1'] }],
    assessor,
    decidedAt: '2030-01-01T10:00:00.000Z',
  };
  const comment: PortfolioRecord = { id: 'comment-1', portfolioId: copy.portfolio.id, type: 'comment', at: '2030-01-01T10:01:00.000Z', by: assessor, evidenceId, versionId: version.id, text: 'A clear record.' };
  return { file: { ...copy, decisions: [...copy.decisions, decision], records: [...copy.records, comment] }, decision };
}

describe('mergeIntoDevice', () => {
  it('adds the assessor’s decision and comment, keeps the learner’s later edit, and records the merge', async () => {
    const { p, first, copy } = await learnerWithTwoItems();
    const { file, decision } = withAssessment(copy, first.id);
    await saveEvidence({ portfolioId: p.id, evidenceId: first.id, input: input('Complaint, followed up'), mappings: [{ markingPointId: 'CR-1', rationale: 'I resolved it' }] });

    const result = await mergeIntoDevice(file);
    expect(result.changed).toBe(true);
    expect(result.added).toMatchObject({ decisions: 1, records: 1, versions: 0 });
    const d = db();
    expect(await d.decisions.toArray()).toEqual([decision]);
    expect((await d.records.get('comment-1'))?.type).toBe('comment');
    expect((await d.evidence.get(first.id))?.title).toBe('Complaint, followed up');
    const merged = (await d.audit.where('portfolioId').equals(p.id).toArray()).filter((a) => a.action === 'merged');
    expect(merged.map((a) => a.detail)).toEqual(['Merged a copy of this portfolio: 1 decision, 1 comment.']);
  });

  it('changes nothing, and records nothing, when the same file is merged twice', async () => {
    const { first, copy } = await learnerWithTwoItems();
    const { file } = withAssessment(copy, first.id);
    await mergeIntoDevice(file);
    const before = await readSnapshot(copy.portfolio.id);
    const again = await mergeIntoDevice(file);
    expect(again.changed).toBe(false);
    expect(await readSnapshot(copy.portfolio.id)).toEqual(before);
  });

  it('does not bring back an item deleted after the copy was made', async () => {
    const { first, second, copy } = await learnerWithTwoItems();
    await deleteEvidence(first.id);
    const result = await mergeIntoDevice(copy);
    expect(result.added).toMatchObject({ items: 0, versions: 0, attachments: 0 });
    expect((await db().evidence.toArray()).map((e) => e.id)).toEqual([second.id]);
    expect(await db().attachments.count()).toBe(0);
  });

  it('brings back, flagged, an item edited elsewhere after it was deleted here, with its attachment bytes', async () => {
    const { first, copy } = await learnerWithTwoItems();
    const [base] = copy.versions.filter((v) => v.evidenceId === first.id);
    if (!base) throw new Error('no version');
    const edited = await makeVersion({ ...base, id: 'elsewhere-2', version: 2, parents: [base.id], savedAt: '2030-01-02T09:00:00.000Z', content: { ...base.content, title: 'Kept on the laptop' } });
    const file = { ...copy, versions: [...copy.versions, edited] };
    await deleteEvidence(first.id);

    const result = await mergeIntoDevice(file);
    expect(result.conflicts.map((c) => c.kind)).toEqual(['edited-after-delete']);
    const item = await db().evidence.get(first.id);
    expect(item?.title).toBe('Kept on the laptop');
    expect(item?.ref).toBe(first.ref);
    expect((await db().mappings.where('evidenceId').equals(first.id).toArray()).map((m) => m.markingPointId)).toEqual(['CR-1']);
    const [attachment] = await db().attachments.where('evidenceId').equals(first.id).toArray();
    expect(new TextDecoder().decode(new Uint8Array(await (attachment?.blob ?? new Blob()).arrayBuffer()))).toBe('the complaint form');

    // Keeping the item answers the deletion: the flag goes, the tombstone and every version stay.
    await keepVersion(first.id, 'elsewhere-2');
    expect((await getItemHistory(first.id))?.conflicts).toEqual([]);
    expect(await db().records.where('[portfolioId+type]').equals([copy.portfolio.id, 'tombstone']).count()).toBe(1);
    expect((await db().versions.where('evidenceId').equals(first.id).toArray()).map((v) => v.parents)).toEqual(expect.arrayContaining([['elsewhere-2']]));
    await expect(keepVersion(first.id, 'elsewhere-2')).rejects.toThrow('This item has nothing to settle');
  });

  it('refuses a portfolio that is not on this device, writing nothing', async () => {
    const { copy } = await learnerWithTwoItems();
    const other = { ...copy, portfolio: { ...copy.portfolio, id: 'elsewhere' } };
    await expect(mergeIntoDevice(other)).rejects.toThrow('This portfolio is not on this device');
    expect(await db().portfolios.count()).toBe(1);
  });
});
